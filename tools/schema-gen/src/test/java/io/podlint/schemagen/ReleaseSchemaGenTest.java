package io.podlint.schemagen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The committed release patches equal a fresh generation; the overlay's enum bounds are read per release. */
class ReleaseSchemaGenTest {
  static final Path PATCHES = Path.of(System.getProperty("releases.out", "../../src/main/resources/schemas/kubernetes-releases.json"));

  @Test
  void committedPatchesAreWhatTheGeneratorProduces() throws Exception {
    for (String client : FieldAvailabilityGen.RELEASES.values()) {
      assumeTrue(Files.isRegularFile(FieldAvailabilityGenTest.REPO.resolve("io/kubernetes/client-java-api/" + client
          + "/client-java-api-" + client + ".jar")), "client-java-api " + client + " is not in the local repository");
    }
    assertEquals(Files.readString(PATCHES, StandardCharsets.UTF_8),
        ReleaseSchemaGen.generate(FieldAvailabilityGenTest.REPO, SchemaGenTest.SCHEMA),
        "src/main/resources/schemas/kubernetes-releases.json is stale: run tools/schema-gen/generate.sh --fields");
  }

  @Test
  void enumValuesFollowTheirBounds() throws Exception {
    var values = new ObjectMapper().readTree("[\"Exists\", {\"value\": \"Lt\", \"since\": \"1.35\", \"source\": \"s\"},"
        + " {\"value\": \"Old\", \"until\": \"1.30\", \"source\": \"s\"}]");
    assertEquals(List.of("Exists", "Old"), EnumValues.at(values, "1.30"));
    assertEquals(List.of("Exists"), EnumValues.at(values, "1.34"));
    assertEquals(List.of("Exists", "Lt"), EnumValues.at(values, "1.35"));
    assertThrows(IllegalStateException.class,
        () -> EnumValues.at(new ObjectMapper().readTree("[{\"value\": \"Lt\", \"since\": \"1.35\"}]"), "1.35"));
  }
}
