#!/usr/bin/env bash
# Smoke test of the bundle that build.sh made (run by `mvn package -Pbundle` and by the release
# workflow on each platform): unpacked elsewhere, from a path with a space, with no java on PATH
# and no JAVA_HOME, it prints the pom's version, lints exactly as the jar on a full JDK does, and
# starts from its class-data sharing archive.
# Usage: check.sh TARGET VERSION JDK_HOME [BUNDLE_DIR]
set -euo pipefail
target=$1 version=$2 jdk=$3 built=${4:-$1/podlint-bundle}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
fail() { echo "bundle check: $*" >&2; exit 1; }

shopt -s nullglob
tarballs=("$target"/podlint-"$version"-*.tar.gz)
[ ${#tarballs[@]} = 1 ] || fail "expected one $target/podlint-$version-PLATFORM.tar.gz, found ${#tarballs[@]}"
tarball=${tarballs[0]}
name=$(basename "$tarball" .tar.gz)
[[ $name =~ ^podlint-$version-(linux|macos)-(x64|arm64)$ ]] || fail "unexpected name $name"
(cd "$target" && if command -v sha256sum >/dev/null; then sha256sum -c --quiet "$name.tar.gz.sha256"; \
  else shasum -a 256 -c --quiet "$name.tar.gz.sha256"; fi) || fail "checksum of $name.tar.gz does not match"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/un packed"
tar -C "$tmp/un packed" -xzf "$tarball"
home="$tmp/un packed/$name"
[ -x "$home/bin/podlint" ] || fail "$name/bin/podlint is missing or not executable"

# No java anywhere the launcher could look: no JAVA_HOME, and a PATH with only the few commands
# the launcher may use (to follow a link and to record an archive when moved).
mkdir "$tmp/tools"
for tool in readlink cksum mkdir mv rm; do
  ln -s "$(command -v "$tool")" "$tmp/tools/$tool"
done
bare() { env -i PATH="$tmp/tools" HOME="$tmp" "$@"; }
bare_opts() { local opts=$1; shift; env -i PATH="$tmp/tools" HOME="$tmp" PODLINT_JAVA_OPTS="$opts" "$@"; }
v=$(env -i "$home/bin/podlint" --version | head -n 1) # not even a PATH or HOME (so no cache)
[ "$v" = "podlint $version" ] || fail "--version printed '$v', not 'podlint $version'"

# Through a symbolic link, as a package manager installs it.
mkdir "$tmp/bin"
ln -s "$home/bin/podlint" "$tmp/bin/podlint"
bare "$tmp/bin/podlint" --version >/dev/null || fail "the launcher fails through a link"

# The same output as the jar on the build's JDK: every rule listed, the examples linted alike
# (JSON carries the version; findings of the broken examples, exit code 1).
cd "$root"
for args in "rules" "lint -f json --fail-on none testdata/examples" "lint -f sarif --fail-on none testdata/examples" \
    "describe testdata/examples/healthy/calico-macvlan.yaml" "describe --format json testdata/examples" \
    "fix --diff testdata/examples/broken"; do
  # shellcheck disable=SC2086 # the arguments are words
  expected=$("$jdk/bin/java" -jar "$home/lib/podlint.jar" $args) || true
  # shellcheck disable=SC2086
  actual=$(bare "$home/bin/podlint" $args) || true
  [ "$expected" = "$actual" ] || fail "'podlint $args' differs between the bundle and the jar on $jdk"
done
# The language server answers initialize (it loads LSP4J and Gson, which the lint never does).
init='{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}'
bye='{"jsonrpc":"2.0","method":"exit","params":null}'
lsp=$({ printf 'Content-Length: %d\r\n\r\n%s' "${#init}" "$init"; printf 'Content-Length: %d\r\n\r\n%s' "${#bye}" "$bye"; } \
  | env -i PATH="$tmp/tools" HOME="$tmp" "$(command -v timeout)" 60 "$home/bin/podlint" lsp 2>&1) || true
grep -q '"capabilities"' <<<"$lsp" || fail "podlint lsp does not answer initialize"
json=$(bare "$home/bin/podlint" lint -f json --fail-on none testdata/examples)
grep -q "\"version\" : \"$version\"" <<<"$json" || fail "the JSON report does not carry version $version"
sarif=$(bare "$home/bin/podlint" lint -f sarif --fail-on none testdata/examples)
grep -q "\"semanticVersion\" : \"$version\"" <<<"$sarif" || fail "the SARIF report does not carry version $version"
set +e
bare "$home/bin/podlint" lint -q testdata/examples/broken >/dev/null; code=$?
set -e
[ $code = 1 ] || fail "linting the broken examples exited with $code, not 1"

# Class-data sharing. The release archive leaves out the archive of the build's path, and brings
# the class list the launcher dumps one from where it is unpacked. Where it was built, the
# launcher's first class and picocli (Java 5 classes, which only a static archive holds) come from
# podlint's archive made at build time; moved elsewhere, from the one the launcher dumped in the
# cache on first use (made above for the unpacked copy; Java 17 does not share classes of a class
# path with a space: a second copy). -Xshare:on refuses to start when the archive cannot be mapped.
one=testdata/examples/healthy/web.yaml
tar -tzf "$tarball" | grep -qx "$name/lib/podlint.jsa" && fail "$name.tar.gz holds the archive of the build's path"
[ -s "$home/lib/podlint.classlist" ] || fail "$name/lib/podlint.classlist is missing"
from_archive() {
  local loaded
  loaded=$(bare_opts "-Xshare:on -Xlog:class+load=info" "$@" lint "$one")
  grep -q "io.podlint.cli.Main source: shared objects file" <<<"$loaded" \
    && grep -q "picocli.CommandLine source: shared objects file" <<<"$loaded"
}
from_archive "$built/bin/podlint" || fail "$built/lib/podlint.jsa is not used"
ls "$tmp"/.cache/podlint/bundle-*.jsa >/dev/null 2>&1 || fail "no archive was recorded for the unpacked bundle"
mkdir "$tmp/moved"
tar -C "$tmp/moved" -xzf "$tarball"
bare "$tmp/moved/$name/bin/podlint" --version >/dev/null
from_archive "$tmp/moved/$name/bin/podlint" || fail "the archive recorded for the moved bundle is not used"
[ -z "$(find "$home" "$tmp/moved" -type f -newer "$tarball")" ] || fail "the launcher wrote into the bundle"
echo "bundle check: $name ok ($(du -sh "$home" | cut -f1) unpacked, $(du -h "$tarball" | cut -f1) download)"
