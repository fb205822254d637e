#!/usr/bin/env bash
# Runs the Dockerfile's build stage without Docker (this machine has no engine): its WORKDIR,
# COPY and RUN instructions in order, in a scratch file system under a temporary folder, with the
# machine's Maven and JDK instead of the build image's. Then checks that what the final stage
# copies from the build stage exists and is a working bundle (src/bundle/check.sh already ran
# inside the build). Absolute paths in the build stage's commands that the final stage copies
# (/opt/podlint) are mapped into the scratch file system. With PODLINT_MAVEN_OFFLINE=1, Maven
# runs offline (.mvn/maven.config).
# Usage: test-dockerfile.sh [DOCKERFILE]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
dockerfile=${1:-$root/Dockerfile}
fail() { echo "dockerfile test: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fs=$tmp/fs
mkdir -p "$fs"

# Instructions, one per line: continuation lines joined, comments and blank lines dropped.
instructions=$(sed -e 's/^[[:space:]]*//' "$dockerfile" | grep -v '^#' | grep -v '^$' \
  | awk '{ if (sub(/\\$/, "")) { buf = buf $0 " " } else { print buf $0; buf = "" } }')

stage='' workdir=/ final_copies=()
while IFS= read -r line; do
  op=${line%% *} rest=${line#* }
  case ${op^^} in
    FROM)
      if [[ $rest =~ [[:space:]][Aa][Ss][[:space:]]+([A-Za-z0-9_-]+)$ ]]; then stage=${BASH_REMATCH[1]}; else stage=final; fi
      workdir=/ ;;
    WORKDIR) [ "$stage" = build ] && { workdir=$rest; mkdir -p "$fs$workdir"; } ;;
    COPY)
      if [ "$stage" = build ]; then
        read -r -a words <<<"$rest"
        dest=${words[-1]}
        [[ $dest = /* ]] || dest=$workdir/$dest
        for src in "${words[@]:0:${#words[@]}-1}"; do
          [ -e "$root/$src" ] || fail "COPY $src: not in the build context"
          if [ -d "$root/$src" ]; then
            mkdir -p "$fs$dest" && cp -R "$root/$src/." "$fs$dest/"
          else
            mkdir -p "$fs$dest" && cp "$root/$src" "$fs$dest/"
          fi
        done
      elif [[ $rest =~ ^--from=build[[:space:]]+([^[:space:]]+)[[:space:]]+([^[:space:]]+)$ ]]; then
        final_copies+=("${BASH_REMATCH[1]}")
      fi ;;
    RUN)
      if [ "$stage" = build ]; then
        cmd=$rest
        while [[ $cmd =~ ^--[a-z]+=[^[:space:]]+[[:space:]]+(.*)$ ]]; do cmd=${BASH_REMATCH[1]}; done # --mount=...
        # shellcheck disable=SC2013 # the paths are words
        for path in $(sed -n 's/^COPY --from=build \([^ ]*\) .*/\1/p' <<<"$instructions"); do
          [[ $path = /* ]] && cmd=${cmd//$path/$fs$path}
        done
        if [ "${PODLINT_MAVEN_OFFLINE:-}" = 1 ]; then
          mkdir -p "$fs$workdir/.mvn" && echo "-o" >"$fs$workdir/.mvn/maven.config"
        fi
        echo "dockerfile test: RUN $cmd" >&2
        (cd "$fs$workdir" && sh -c "$cmd" </dev/null) || fail "RUN $rest failed"
      fi ;;
    LABEL | USER | ENTRYPOINT | CMD | ENV | ARG | EXPOSE) ;;
    *) fail "unsupported instruction $op (teach this script about it)" ;;
  esac
done <<<"$instructions"

[ ${#final_copies[@]} -gt 0 ] || fail "the final stage copies nothing from the build stage"
for src in "${final_copies[@]}"; do
  [ -d "$fs$src" ] || fail "COPY --from=build $src: the build stage did not make it"
  env -i "$fs$src/bin/podlint" --version | grep -q '^podlint ' || fail "$src/bin/podlint --version failed"
  set +e
  (cd "$root" && env -i "$fs$src/bin/podlint" lint -q testdata/examples/broken >/dev/null); code=$?
  set -e
  [ $code = 1 ] || fail "$src/bin/podlint lint of the broken examples exited with $code, not 1"
done
echo "dockerfile test: the build stage makes ${final_copies[*]}, and it works"
