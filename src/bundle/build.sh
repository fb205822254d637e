#!/usr/bin/env bash
# Builds the self-contained bundle from the shaded jar (run by `mvn package -Pbundle`):
#   TARGET/podlint-bundle/               bin/podlint, lib/podlint.jar, lib/podlint.classlist,
#                                        lib/podlint.jsa, runtime/
#   TARGET/podlint-VERSION-PLATFORM.tar.gz   the same folder without lib/podlint.jsa, named
#                                        podlint-VERSION-PLATFORM
# Usage: build.sh JDK_HOME JAR VERSION TARGET [BUNDLE_DIR]
# BUNDLE_DIR (default TARGET/podlint-bundle) is where the bundle is built; its class-data sharing
# archive is valid there (the Dockerfile builds it where the image keeps it).
# The runtime is a jlink image of the modules jdeps finds in the jar, for the platform of JDK_HOME
# (jlink cannot cross-link here: each platform's bundle is built on that platform).
set -euo pipefail
jdk=$1 jar=$2 version=$3 target=$4 out=${5:-$4/podlint-bundle}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=macos ;;
  *) echo "bundle: unsupported system $(uname -s)" >&2; exit 1 ;;
esac
case "$(uname -m)" in
  x86_64 | amd64) arch=x64 ;;
  aarch64 | arm64) arch=arm64 ;;
  *) echo "bundle: unsupported machine $(uname -m)" >&2; exit 1 ;;
esac
# jlink links from the JDK's jmods.
if [ ! -f "$jdk/jmods/java.base.jmod" ]; then
  echo "bundle: $jdk has no jmods/java.base.jmod, which jlink needs (Temurin 17 and Debian's openjdk-17-jdk-headless have them; some distributions package them apart)" >&2
  exit 1
fi
name="podlint-$version-$os-$arch"
rm -rf "$out" "$target/$name.tar.gz" "$target/$name.tar.gz.sha256"
mkdir -p "$out/bin" "$out/lib"

# The modules the jar uses (the JDK's own jdeps, every module it names rather than the reduced
# list, so that dropping one below does not drop what it required; --multi-release for the
# versioned classes of the dependencies). A module that only reflection would load would be
# missed: there is none today, and check.sh runs every rule and report on the bundle.
modules=$("$jdk/bin/jdeps" --ignore-missing-deps --multi-release 17 -s "$jar" | sed -n 's/^.* -> \([a-z][a-z.]*\)$/\1/p' | sort -u)
# Modules only named by code podlint never runs (check.sh compares every report with the full JDK's):
# java.desktop (9 MB): SnakeYAML's JavaBean introspection (podlint composes nodes, it builds no
#   beans) and Jackson's optional java.beans annotations support (loaded by reflection, skipped when
#   absent);
# java.sql and java.xml (4 MB): Jackson's and Gson's optional support for JDBC date types and DOM
#   nodes, which they use only for values of those types (podlint has none; Gson probes for
#   java.sql and does without it).
modules=$(printf '%s\n' "$modules" | grep -vx -e java.desktop -e java.sql -e java.xml | paste -sd, -)
echo "bundle: modules $modules"
# No --generate-cds-archive: the JDK classes podlint uses are in podlint's own archive below.
"$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
  --compress=2 --output "$out/runtime"
# The native libraries' symbol tables, which only debuggers read (Linux: 4 MB of libjvm.so); the
# dynamic symbols stay. jlink's --strip-native-debug-symbols strips debug sections only.
if [ "$os" = linux ] && command -v strip >/dev/null; then
  find "$out/runtime/lib" -name '*.so' -exec strip --strip-unneeded {} +
fi
cp "$jar" "$out/lib/podlint.jar"
cp "$here/podlint" "$out/bin/podlint"
chmod 755 "$out/bin/podlint"
cp "$here/../../README.md" "$here/../../CHANGELOG.md" "$out/"

# podlint's class-data sharing archive: one static archive of the JDK and podlint classes that the
# training run (every command, rule and report) loads, instead of the JDK's base archive with a
# dynamic one on top: smaller, and it also holds picocli, whose Java 5 classes Java 17 archives only
# statically. First the class list (dynamic proxies cannot be archived: left out), then the dump.
# Java 17 accepts the archive only for this jar (size and time stamp) at this absolute path: the
# release archive leaves it out, and the launcher dumps one from lib/podlint.classlist where it is
# unpacked, on first use (see src/bundle/podlint).
home=$(cd "$out" && pwd -P)
"$out/runtime/bin/java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss4m -Xshare:off \
  -XX:DumpLoadedClassList="$out/lib/podlint.classlist.tmp" -jar "$home/lib/podlint.jar" train-cds >/dev/null
grep -v '\$Proxy[0-9]' "$out/lib/podlint.classlist.tmp" >"$out/lib/podlint.classlist"
rm -f "$out/lib/podlint.classlist.tmp"
"$out/runtime/bin/java" -XX:+UseSerialGC -Xshare:dump -Xlog:cds=off -XX:SharedClassListFile="$out/lib/podlint.classlist" \
  -XX:SharedArchiveFile="$out/lib/podlint.jsa" -cp "$home/lib/podlint.jar" >/dev/null
[ -s "$out/lib/podlint.jsa" ] || { echo "bundle: no class-data sharing archive was written" >&2; exit 1; }
# Where the archive is valid, and an id of this build (the launcher keys a relocated archive on it).
printf '%s\n%s-%s-%s\n' "$home" "$version" "$(date -u +%Y%m%dT%H%M%SZ)" "$$" >"$out/lib/podlint.jsa.home"

# The archive: GNU tar (Linux) renames with --transform, bsdtar (macOS) with -s.
# The archive of this folder's path stays out (valid nowhere else).
if tar --version 2>/dev/null | grep -q GNU; then
  tar -C "$out" --owner=0 --group=0 --numeric-owner --sort=name --transform "s,^\.,$name," \
    --exclude=./lib/podlint.jsa -czf "$target/$name.tar.gz" .
else
  tar -C "$out" -s ",^\.,$name," --exclude=./lib/podlint.jsa -czf "$target/$name.tar.gz" .
fi
(cd "$target" && if command -v sha256sum >/dev/null; then sha256sum "$name.tar.gz"; else shasum -a 256 "$name.tar.gz"; fi) \
  >"$target/$name.tar.gz.sha256"
echo "bundle: $out ($(du -sh "$out" | cut -f1)), $target/$name.tar.gz ($(du -h "$target/$name.tar.gz" | cut -f1))"
