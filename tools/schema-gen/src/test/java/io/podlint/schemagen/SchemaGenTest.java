package io.podlint.schemagen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.ValidationMessage;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks the committed schema: up to date with the generator, and the sample outcomes. */
class SchemaGenTest {

    static final Path SCHEMA = Path.of(System.getProperty("schema.out", "../../src/main/resources/schemas/kubernetes.json"));
    static final YAMLMapper YAML = new YAMLMapper();

    @Test
    void committedSchemaIsWhatTheGeneratorProduces() throws Exception {
        JsonNode overlay;
        try (InputStream in = SchemaGen.class.getResourceAsStream("/overlay.json")) {
            overlay = new ObjectMapper().readTree(in);
        }
        String client = SchemaGen.clientJarVersion();
        String k8s = overlay.path("clientToKubernetes").path(client.split("\\.")[0]).asText();
        String committed = Files.readString(SCHEMA, StandardCharsets.UTF_8);
        String k8sInFile = new ObjectMapper().readTree(committed).path("podlint").path("kubernetesVersion").asText();
        if (!k8s.equals(k8sInFile)) k8s = k8sInFile; // generated with an explicit -Dk8s.version
        String generated = SchemaGen.writeCompact(new SchemaGen(overlay).generate(client, k8s));
        assertEquals(committed, generated,
                "src/main/resources/schemas/kubernetes.json is stale: run tools/schema-gen/generate.sh");
    }

    @Test
    void everyObjectDefinitionIsStrict() throws Exception {
        JsonNode defs = new ObjectMapper().readTree(SCHEMA.toFile()).path("$defs");
        defs.fields().forEachRemaining(e -> {
            JsonNode d = e.getValue();
            if (d.has("properties") && !e.getKey().equals(SchemaGen.KNOWN_OBJECT)) {
                assertEquals(Boolean.FALSE, d.path("additionalProperties").isBoolean() ? d.path("additionalProperties").asBoolean() : null,
                        e.getKey() + " must have additionalProperties: false");
            }
        });
    }

    @Test
    void kindsPointToDefinitions() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(SCHEMA.toFile());
        for (String k : List.of("v1/Pod", "v1/PodTemplate", "apps/v1/Deployment", "apps/v1/StatefulSet", "apps/v1/DaemonSet",
                "apps/v1/ReplicaSet", "v1/ReplicationController", "batch/v1/Job", "batch/v1/CronJob", "v1/List",
                "v1/Service", "v1/ConfigMap", "v1/Secret", "v1/PersistentVolumeClaim", "v1/ServiceAccount",
                "k8s.cni.cncf.io/v1/NetworkAttachmentDefinition")) {
            String ref = schema.path("kinds").path(k).asText();
            assertTrue(ref.startsWith("#/$defs/"), k);
            assertTrue(schema.path("$defs").has(ref.substring(8)), k + " -> " + ref);
        }
    }

    static Stream<Arguments> samples() {
        return Samples.all().stream().flatMap(s -> Stream.of(Arguments.of("preload", s), Arguments.of("lazy", s), Arguments.of("root", s)));
    }

    private static final Map<String, SchemaCheck> CHECKS = new java.util.concurrent.ConcurrentHashMap<>();

    @ParameterizedTest(name = "[{0}] {1}")
    @MethodSource("samples")
    void sample(String mode, Samples.Sample s) throws Exception {
        SchemaCheck check = CHECKS.computeIfAbsent(mode, m -> {
            try {
                return new SchemaCheck(SCHEMA, m);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Set<ValidationMessage> errors = check.validate(YAML.readTree(s.yaml()));
        StringBuilder sb = new StringBuilder();
        errors.forEach(m -> sb.append("\n  ").append(SchemaCheck.describe(m)));
        assertNull(SchemaCheck.verdict(s, errors), s.name() + sb);
    }
}
