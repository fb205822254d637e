#!/usr/bin/env bash
# Regenerates src/main/resources/schemas/kubernetes.json of the root project and checks it.
#
#   tools/schema-gen/generate.sh [CLIENT_VERSION [K8S_VERSION]]
#       generate from io.kubernetes:client-java-api:CLIENT_VERSION (default: the pom's, 27.0.0),
#       then run the generator's tests (schema up to date, strictness, sample manifests).
#       K8S_VERSION (e.g. 1.37) is needed only for a client release not yet listed in
#       clientToKubernetes in src/main/resources/overlay.json.
#   tools/schema-gen/generate.sh --check [--mode=preload|lazy|root] [--iterations=N]
#       no generation: validate the sample manifests in a fresh JVM, print the errors with their
#       instance locations, and the compile/validation timings.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
pom="$here/pom.xml"

if [[ "${1:-}" == "--check" ]]; then
  shift
  mvn -q -B -f "$pom" compile dependency:build-classpath \
      -Dmdep.outputFile="$here/target/cp.txt" -Dmdep.includeScope=runtime >/dev/null
  exec java -cp "$here/target/classes:$(cat "$here/target/cp.txt")" io.podlint.schemagen.SchemaCheck \
      --schema="$here/../../src/main/resources/schemas/kubernetes.json" "$@"
fi

props=()
[[ -n "${1:-}" ]] && props+=("-Dk8s.client.version=$1")
[[ -n "${2:-}" ]] && props+=("-Dk8s.version=$2")
mvn -q -B -f "$pom" "${props[@]}" compile exec:java
mvn -q -B -f "$pom" "${props[@]}" test
echo "schema regenerated and checked: src/main/resources/schemas/kubernetes.json"
