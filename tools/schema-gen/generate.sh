#!/usr/bin/env bash
# Regenerates src/main/resources/schemas/kubernetes.json of the root project and checks it.
#
#   tools/schema-gen/generate.sh [CLIENT_VERSION [K8S_VERSION]]
#       generate from io.kubernetes:client-java-api:CLIENT_VERSION (default: the pom's, 27.0.0),
#       then run the generator's tests (schema up to date, strictness, sample manifests).
#       K8S_VERSION (e.g. 1.37) is needed only for a client release not yet listed in
#       clientToKubernetes in src/main/resources/overlay.json.
#   tools/schema-gen/generate.sh --fields
#       regenerate src/main/resources/k8s/field-availability.json (which release first has each pod
#       and workload field) from the client-java-api jar of every release in FieldAvailabilityGen,
#       fetching the missing jars from Maven Central first; and src/main/resources/schemas/kubernetes-releases.json
#       (the patches that turn kubernetes.json into each older release's schema: required fields, enum values).
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

if [[ "${1:-}" == "--fields" ]]; then
  for v in 17.0.0 19.0.0 20.0.0 21.0.0 22.0.0 23.0.0 24.0.0 25.0.0 26.0.0 27.0.0; do
    mvn -q -B dependency:get -Dartifact="io.kubernetes:client-java-api:$v" -Dtransitive=false
  done
  mvn -q -B -f "$pom" compile dependency:build-classpath \
      -Dmdep.outputFile="$here/target/cp.txt" -Dmdep.includeScope=runtime >/dev/null
  java -cp "$here/target/classes:$(cat "$here/target/cp.txt")" io.podlint.schemagen.FieldAvailabilityGen \
      --out="$here/../../src/main/resources/k8s/field-availability.json"
  java -cp "$here/target/classes:$(cat "$here/target/cp.txt")" io.podlint.schemagen.ReleaseSchemaGen \
      --schema="$here/../../src/main/resources/schemas/kubernetes.json" \
      --out="$here/../../src/main/resources/schemas/kubernetes-releases.json"
  mvn -q -B -f "$pom" test -Dtest='FieldAvailabilityGenTest,ReleaseSchemaGenTest'

  exit 0
fi

props=()
[[ -n "${1:-}" ]] && props+=("-Dk8s.client.version=$1")
[[ -n "${2:-}" ]] && props+=("-Dk8s.version=$2")
mvn -q -B -f "$pom" "${props[@]}" compile exec:java
mvn -q -B -f "$pom" "${props[@]}" test
echo "schema regenerated and checked: src/main/resources/schemas/kubernetes.json"
