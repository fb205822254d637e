package io.podlint.schemagen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Loads the generated schema with networknt json-schema-validator (the root project's version),
 * validates sample manifests ({@link Samples}) and measures compile/validate times.
 *
 * <p>Usage: {@code SchemaCheck [--schema=FILE] [--mode=preload|lazy|root] [--iterations=N] [--quiet]}
 * <ul>
 *   <li>{@code preload}: one JsonSchema per kind ({@code kinds} mapping), networknt default config
 *       (preloadJsonSchema = true: every reachable $ref is compiled when the schema is created);</li>
 *   <li>{@code lazy}: the same with preloadJsonSchema = false ($refs compiled on first use);</li>
 *   <li>{@code root}: the root schema, which dispatches on apiVersion/kind (podlint.KnownObject).</li>
 * </ul>
 * Exit code 1 if a sample does not give the expected outcome.
 */
public final class SchemaCheck {

    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final SchemaValidatorsConfig config;
    private final String base;
    private final JsonNode kinds;
    private final boolean root;
    private final Map<String, JsonSchema> byKind = new HashMap<>();

    public SchemaCheck(Path schemaFile, String mode) throws Exception {
        this.base = schemaFile.toAbsolutePath().normalize().toUri().toString();
        this.kinds = new ObjectMapper().readTree(Files.readString(schemaFile)).path("kinds");
        this.root = mode.equals("root");
        this.config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .preloadJsonSchema(!mode.equals("lazy"))
                .build();
    }

    /** Compiled schema for a document (per kind, cached), or null if podlint has no schema for it. */
    public JsonSchema schemaFor(JsonNode doc) {
        String key = root ? "" : doc.path("apiVersion").asText() + "/" + doc.path("kind").asText();
        return byKind.computeIfAbsent(key, k -> {
            String fragment = root ? "" : kinds.path(k).asText(null);
            if (fragment == null) return null;
            return factory.getSchema(SchemaLocation.of(base + fragment), config);
        });
    }

    public Set<ValidationMessage> validate(JsonNode doc) {
        JsonSchema s = schemaFor(doc);
        if (s == null) throw new IllegalArgumentException("no schema for " + doc.path("apiVersion") + "/" + doc.path("kind"));
        return s.validate(doc);
    }

    public static String describe(ValidationMessage m) {
        StringBuilder segs = new StringBuilder();
        for (int i = 0; i < m.getInstanceLocation().getNameCount(); i++) {
            segs.append(i == 0 ? "" : ",").append(m.getInstanceLocation().getElement(i));
        }
        return String.format(Locale.ROOT, "%-20s at %-48s segments=[%s]%s : %s", m.getType(),
                m.getInstanceLocation(), segs, m.getProperty() == null ? "" : " property=" + m.getProperty(), m.getMessage());
    }

    /** Null if the sample behaves as expected, else why not. */
    static String verdict(Samples.Sample s, Set<ValidationMessage> errors) {
        if (s.expectValid()) return errors.isEmpty() ? null : "expected valid, got " + errors.size() + " error(s)";
        for (ValidationMessage m : errors) {
            if (m.getType().equals(s.keyword()) && m.getInstanceLocation().toString().equals(s.instanceLocation())
                    && (s.property() == null || s.property().equals(m.getProperty()))) {
                return null;
            }
        }
        return "expected a '" + s.keyword() + "' error at " + s.instanceLocation()
                + (s.property() == null ? "" : " naming " + s.property());
    }

    public static void main(String[] args) throws Exception {
        long mainStart = System.nanoTime();
        long jvmUptimeAtMain = ManagementFactory.getRuntimeMXBean().getUptime();
        Path schema = Path.of(System.getProperty("schema.out", "../../src/main/resources/schemas/kubernetes.json"));
        String mode = "preload";
        int iterations = 2000;
        boolean quiet = false;
        for (String a : args) {
            if (a.startsWith("--schema=")) schema = Path.of(a.substring(9));
            else if (a.startsWith("--mode=")) mode = a.substring(7);
            else if (a.startsWith("--iterations=")) iterations = Integer.parseInt(a.substring(13));
            else if (a.equals("--quiet")) quiet = true;
            else throw new IllegalArgumentException("unknown argument " + a);
        }

        // ---- timings, in this fresh JVM: the first Deployment is validated before anything else.
        long t0 = System.nanoTime();
        YAMLMapper yaml = new YAMLMapper();
        JsonNode deployment = yaml.readTree(Samples.DEPLOYMENT);
        long t1 = System.nanoTime();
        SchemaCheck check = new SchemaCheck(schema, mode); // networknt factory + reads the "kinds" mapping
        long t2 = System.nanoTime();
        JsonSchema compiled = check.schemaFor(deployment);
        long t3 = System.nanoTime();
        Set<ValidationMessage> first = compiled.validate(deployment);
        long t4 = System.nanoTime();
        if (!first.isEmpty()) throw new IllegalStateException("sample Deployment invalid: " + first);
        long uptimeAfterFirst = ManagementFactory.getRuntimeMXBean().getUptime();
        // A second kind (Pod) shares most definitions with the Deployment.
        JsonNode pod = yaml.readTree("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - {name: c, image: busybox}\n");
        long t5 = System.nanoTime();
        Set<ValidationMessage> podErrors = check.validate(pod);
        long t6 = System.nanoTime();
        if (!podErrors.isEmpty()) throw new IllegalStateException("sample Pod invalid: " + podErrors);
        for (int i = 0; i < iterations; i++) compiled.validate(deployment);
        long t7 = System.nanoTime();
        int warmRuns = Math.max(1, iterations / 4);
        for (int i = 0; i < warmRuns; i++) compiled.validate(deployment);
        long t8 = System.nanoTime();

        // ---- samples
        List<String> failures = new ArrayList<>();
        for (Samples.Sample s : Samples.all()) {
            Set<ValidationMessage> errors = check.validate(yaml.readTree(s.yaml()));
            String v = verdict(s, errors);
            if (v != null) failures.add(s.name() + ": " + v);
            if (!quiet) {
                System.out.printf(Locale.ROOT, "[%s] %s -> %s%n", v == null ? "ok" : "FAIL", s.name(),
                        errors.isEmpty() ? "valid" : errors.size() + " error(s)");
                for (ValidationMessage m : errors) System.out.println("      " + describe(m));
            }
        }

        System.out.printf(Locale.ROOT, "%ntimings (mode=%s, schema %d bytes):%n", mode, Files.size(schema));
        System.out.printf(Locale.ROOT, "  JVM start -> main                          %7.1f ms%n", (double) jvmUptimeAtMain);
        System.out.printf(Locale.ROOT, "  Jackson YAML: mapper + parse the Deployment %7.1f ms%n", ms(t1 - t0));
        System.out.printf(Locale.ROOT, "  networknt factory + read kinds mapping     %7.1f ms%n", ms(t2 - t1));
        System.out.printf(Locale.ROOT, "  load + compile the Deployment schema       %7.1f ms%n", ms(t3 - t2));
        System.out.printf(Locale.ROOT, "  first validation of the Deployment         %7.1f ms%n", ms(t4 - t3));
        System.out.printf(Locale.ROOT, "  schema work for the 1st Deployment (sum)   %7.1f ms (factory + compile + validate)%n", ms(t4 - t1));
        System.out.printf(Locale.ROOT, "  main -> first result                       %7.1f ms (JVM uptime then %d ms)%n",
                ms(t4 - mainStart), uptimeAfterFirst);
        System.out.printf(Locale.ROOT, "  then compile + validate a Pod (2nd kind)   %7.1f ms%n", ms(t6 - t5));
        System.out.printf(Locale.ROOT, "  warm-up: %d validations                  %7.1f ms (%.3f ms each)%n",
                iterations, ms(t7 - t6), ms(t7 - t6) / Math.max(1, iterations));
        System.out.printf(Locale.ROOT, "  warm validation of the Deployment          %7.3f ms each%n", ms(t8 - t7) / warmRuns);
        if (!failures.isEmpty()) {
            System.out.println("\nFAILED samples:");
            failures.forEach(f -> System.out.println("  " + f));
            System.exit(1);
        }
        System.out.println("\n" + Samples.all().size() + " passed, 0 failed");
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
