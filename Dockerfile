# syntax=docker/dockerfile:1
# podlint's container image: the self-contained bundle (mvn package -Pbundle: a jlink runtime, the
# jar and its class-data sharing archive) on a small glibc base, without Maven or a JDK.
#   docker build -t podlint .
#   docker run --rm -v "$PWD:/work" podlint lint deploy/
# src/bundle/test-dockerfile.sh runs the build stage's commands without Docker.

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml README.md CHANGELOG.md ./
COPY policies policies
COPY src src
COPY testdata/examples testdata/examples
# The bundle is built where the image keeps it: its class-data sharing archive is valid there.
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -q -ntp package -DskipTests -Pbundle -Dbundle.dir=/opt/podlint

FROM debian:bookworm-slim
LABEL org.opencontainers.image.title="podlint" \
      org.opencontainers.image.description="Static linter for Kubernetes workload manifests" \
      org.opencontainers.image.source="https://github.com/podlint/podlint"
COPY --from=build /opt/podlint /opt/podlint
# It runs here, and from the class-data sharing archive made in the build stage (COPY keeps the
# jar's time stamp, which the archive checks): a slow start would fail the build, not pass unseen.
RUN ln -s /opt/podlint/bin/podlint /usr/local/bin/podlint \
    && PODLINT_JAVA_OPTS=-Xlog:class+load=info podlint --version \
       | grep -q "io.podlint.cli.Main source: shared objects file"
# Any user may run it (docker run --user "$(id -u)" keeps the report files yours); it writes nothing.
USER 65532:65532
WORKDIR /work
ENTRYPOINT ["podlint"]
CMD ["--help"]
