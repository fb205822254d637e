package io.podlint.schemagen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The committed field table equals a fresh generation from the client jars of every release. */
class FieldAvailabilityGenTest {
  static final Path TABLE = Path.of(System.getProperty("fields.out", "../../src/main/resources/k8s/field-availability.json"));
  static final Path REPO = Path.of(System.getProperty("maven.repo.local",
      Path.of(System.getProperty("user.home"), ".m2", "repository").toString()));

  @Test
  void committedTableIsWhatTheGeneratorProduces() throws Exception {
    for (String client : FieldAvailabilityGen.RELEASES.values()) {
      assumeTrue(Files.isRegularFile(REPO.resolve("io/kubernetes/client-java-api/" + client + "/client-java-api-" + client + ".jar")),
          "client-java-api " + client + " is not in the local repository: run tools/schema-gen/generate.sh --fields");
    }
    assertEquals(Files.readString(TABLE, StandardCharsets.UTF_8), FieldAvailabilityGen.generate(REPO),
        "src/main/resources/k8s/field-availability.json is stale: run tools/schema-gen/generate.sh --fields");
  }
}
