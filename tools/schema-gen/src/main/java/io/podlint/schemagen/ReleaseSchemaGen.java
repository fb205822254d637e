package io.podlint.schemagen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.File;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Generates {@code src/main/resources/schemas/kubernetes-releases.json} of the root project: for
 * every supported release older than the bundled schema's, the patches that turn the bundled
 * schema into that release's, as JSON pointer -> new value (null: remove the keyword).
 *
 * <ul>
 *   <li>{@code required}: from each release's {@code io.kubernetes:client-java-api} models
 *   ({@code openapiRequiredFields}), found by walking the bundled schema's definitions and the
 *   release's model classes together from each kind, field by field. Only the difference to the
 *   newest client is applied, so the bundled schema's own choices stay.
 *   <li>{@code enum}: the overlay's values whose {@code since}/{@code until} include the release
 *   (see {@link EnumValues}); the client models carry no enum lists.
 * </ul>
 *
 * <p>Two releases have no model of their own ({@link FieldAvailabilityGen#RELEASES}): 1.26 and
 * 1.29. A field is required there only when both neighbours require it (a requirement that
 * appeared or went away right next to the gap is not judged there), and enums come from the
 * overlay's bounds as for every release.
 *
 * <pre>
 *   java -cp ... io.podlint.schemagen.ReleaseSchemaGen --repo=~/.m2/repository --schema=kubernetes.json --out=FILE
 * </pre>
 */
public final class ReleaseSchemaGen {
  private static final String MODELS = "io.kubernetes.client.openapi.models.";
  private static final String DEFS = "#/$defs/";
  /** Releases without a client model, and the neighbours they are derived from. */
  static final Map<String, List<String>> GAPS = Map.of("1.26", List.of("1.25", "1.27"), "1.29", List.of("1.28", "1.30"));

  private ReleaseSchemaGen() {}

  public static void main(String[] args) throws Exception {
    Path repo = Path.of(System.getProperty("user.home"), ".m2", "repository");
    Path schema = null;
    Path out = null;
    for (String a : args) {
      if (a.startsWith("--repo=")) repo = Path.of(a.substring(7));
      if (a.startsWith("--schema=")) schema = Path.of(a.substring(9));
      if (a.startsWith("--out=")) out = Path.of(a.substring(6));
    }
    if (out == null || schema == null) throw new IllegalArgumentException("--schema=FILE and --out=FILE are required");
    Files.writeString(out, generate(repo, schema), StandardCharsets.UTF_8);
    System.out.println("wrote " + out);
  }

  static JsonNode overlay() throws Exception {
    try (InputStream in = ReleaseSchemaGen.class.getResourceAsStream("/overlay.json")) {
      return new ObjectMapper().readTree(in);
    }
  }

  /** The JSON text of the release patches, deterministic (sorted keys). */
  static String generate(Path repo, Path schemaFile) throws Exception {
    JsonNode schema = new ObjectMapper().readTree(schemaFile.toFile());
    JsonNode overlay = overlay();
    String newest = schema.path("podlint").path("kubernetesVersion").asText();
    Map<String, String> releases = FieldAvailabilityGen.RELEASES;
    if (!releases.containsKey(newest)) throw new IllegalStateException("no client release for the schema's " + newest);
    Map<String, Models> models = new LinkedHashMap<>();
    for (Map.Entry<String, String> r : releases.entrySet()) {
      models.put(r.getKey(), models(jar(repo, r.getValue()), schema, overlay));
    }
    Map<String, Set<String>> newestRequired = models.get(newest).required();
    Map<String, Object> out = new TreeMap<>();
    int newestMinor = EnumValues.minor(newest);
    for (int minor = EnumValues.minor(FieldAvailabilityGen.RELEASES.keySet().iterator().next()); minor < newestMinor; minor++) {
      String release = "1." + minor;
      Models atRelease = models.get(release);
      Map<String, Object> entry = new TreeMap<>();
      if (atRelease == null) {
        List<String> n = GAPS.get(release);
        if (n == null) throw new IllegalStateException("no client model for " + release + " and no neighbours to derive it from");
        Models before = models.get(n.get(0));
        atRelease = new Models(bothNeighbours(before.required(), models.get(n.get(1)).required()), before.fields());
        entry.put("derived", "required: only what both " + n.get(0) + " (client-java-api " + releases.get(n.get(0))
            + ") and " + n.get(1) + " (" + releases.get(n.get(1)) + ") require; fields: those of " + n.get(0)
            + "; enums: overlay.json bounds");
      } else {
        entry.put("source", "io.kubernetes:client-java-api:" + releases.get(release));
      }
      Map<String, Object> patches = new TreeMap<>();
      requiredPatches(schema, overlay.path("requiredChanges"), newestRequired, atRelease.required(), patches);
      enumPatches(overlay, newest, release, atRelease.fields(), patches);
      entry.put("patches", patches);
      out.put(release, entry);
    }
    Map<String, Object> root = new TreeMap<>();
    root.put("$comment", "GENERATED by tools/schema-gen (ReleaseSchemaGen); do not edit. For each release older than"
        + " kubernetes.json's: JSON pointer into kubernetes.json -> the release's value (null: no such keyword there).");
    root.put("base", newest);
    root.put("releases", out);
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .enable(SerializationFeature.INDENT_OUTPUT);
    return mapper.writeValueAsString(root) + "\n";
  }

  private static Map<String, Set<String>> bothNeighbours(Map<String, Set<String>> before, Map<String, Set<String>> after) {
    Map<String, Set<String>> out = new TreeMap<>();
    before.forEach((def, req) -> {
      Set<String> later = after.get(def);
      if (later != null) {
        Set<String> both = new TreeSet<>(req);
        both.retainAll(later);
        out.put(def, both);
      }
    });
    return out;
  }

  /** Changes only what the release's model requires differently from the newest model. */
  private static void requiredPatches(JsonNode schema, JsonNode reviewed, Map<String, Set<String>> newest,
      Map<String, Set<String>> release, Map<String, Object> patches) {
    for (Map.Entry<String, Set<String>> e : release.entrySet()) {
      Set<String> now = newest.get(e.getKey());
      if (now == null || now.equals(e.getValue())) continue;
      Set<String> base = new TreeSet<>();
      schema.path("$defs").path(e.getKey()).path("required").forEach(n -> base.add(n.asText()));
      Set<String> then = new TreeSet<>(base);
      for (String f : now) {
        if (!e.getValue().contains(f) && applies(reviewed, e.getKey() + "." + f)) then.remove(f);
      }
      for (String f : e.getValue()) {
        if (!now.contains(f) && applies(reviewed, e.getKey() + "." + f)) then.add(f);
      }
      if (!then.equals(base)) {
        patches.put("/$defs/" + e.getKey() + "/required", then.isEmpty() ? null : new ArrayList<>(then));
      }
    }
  }

  /** Whether a reviewed change of a required marker changes what the API server accepts. */
  private static boolean applies(JsonNode reviewed, String field) {
    JsonNode r = reviewed.path(field);
    if (!r.path("apply").isBoolean() || !r.hasNonNull("source")) {
      throw new IllegalStateException("the models' required marker of " + field + " differs between releases:"
          + " review it against upstream validation and add it to requiredChanges in overlay.json");
    }
    return r.get("apply").asBoolean();
  }

  /**
   * The overlay's enums as the release knows them, for the fields that the release's models have
   * (a field newer than the release is field-newer-than-target's, whatever its value).
   */
  private static void enumPatches(JsonNode overlay, String newest, String release, Map<String, Set<String>> fields,
      Map<String, Object> patches) {
    for (Iterator<Map.Entry<String, JsonNode>> it = overlay.path("enums").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> def = it.next();
      for (Iterator<Map.Entry<String, JsonNode>> fit = def.getValue().fields(); fit.hasNext(); ) {
        Map.Entry<String, JsonNode> f = fit.next();
        List<String> then = EnumValues.at(f.getValue(), release);
        if (then.equals(EnumValues.at(f.getValue(), newest))) continue;
        if (then.isEmpty()) throw new IllegalStateException(def.getKey() + "." + f.getKey() + " has no value in " + release);
        boolean items = f.getKey().endsWith("[]");
        String field = items ? f.getKey().substring(0, f.getKey().length() - 2) : f.getKey();
        if (!fields.getOrDefault(def.getKey(), Set.of()).contains(field)) continue;
        patches.put("/$defs/" + def.getKey() + "/properties/" + field + (items ? "/items" : "") + "/enum", then);
      }
    }
  }

  private static Path jar(Path repo, String version) {
    Path jar = repo.resolve("io/kubernetes/client-java-api/" + version + "/client-java-api-" + version + ".jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: tools/schema-gen/generate.sh --fields fetches it");
    }
    return jar;
  }

  /** For each definition of the schema that a release's models have: the fields they require, and all their fields. */
  record Models(Map<String, Set<String>> required, Map<String, Set<String>> fields) {}

  static Models models(Path jar, JsonNode schema, JsonNode overlay) throws Exception {
    List<URL> urls = new ArrayList<>();
    urls.add(jar.toUri().toURL());
    for (Class<?> dep : List.of(com.google.gson.Gson.class, io.swagger.annotations.ApiModelProperty.class)) {
      urls.add(new File(dep.getProtectionDomain().getCodeSource().getLocation().toURI()).toURI().toURL());
    }
    Map<String, Set<String>> out = new TreeMap<>();
    Map<String, Set<String>> fields = new TreeMap<>();
    try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
      Map<String, Class<?>> classes = new HashMap<>();
      for (JsonNode r : overlay.path("roots")) {
        String ref = schema.path("kinds").path(r.path("apiVersion").asText() + "/" + r.path("kind").asText()).asText();
        walk(schema, ref.substring(DEFS.length()), Class.forName(MODELS + r.path("model").asText(), false, loader), classes);
      }
      for (Map.Entry<String, Class<?>> e : classes.entrySet()) {
        out.put(e.getKey(), requiredFields(e.getValue()));
        fields.put(e.getKey(), new TreeSet<>(serializedFields(e.getValue()).keySet()));
      }
    }
    return new Models(out, fields);
  }

  /**
   * {@code openapiRequiredFields} (clients from 20.0.0 on); older clients mark the getters
   * {@code @ApiModelProperty(required = true)} instead.
   */
  static Set<String> requiredFields(Class<?> c) throws ReflectiveOperationException {
    try {
      @SuppressWarnings("unchecked")
      Set<String> req = (Set<String>) c.getField("openapiRequiredFields").get(null);
      return new TreeSet<>(req);
    } catch (NoSuchFieldException e) {
      Set<String> out = new TreeSet<>();
      for (Map.Entry<String, Field> f : serializedFields(c).entrySet()) {
        String getter = "get" + Character.toUpperCase(f.getValue().getName().charAt(0)) + f.getValue().getName().substring(1);
        for (java.lang.reflect.Method m : c.getMethods()) {
          if (!m.getName().equals(getter) || m.getParameterCount() != 0) continue;
          for (java.lang.annotation.Annotation a : m.getAnnotations()) {
            if (a.annotationType().getName().equals("io.swagger.annotations.ApiModelProperty")
                && (Boolean) a.annotationType().getMethod("required").invoke(a)) {
              out.add(f.getKey());
            }
          }
        }
      }
      return out;
    }
  }

  private static Map<String, Field> serializedFields(Class<?> c) {
    Map<String, Field> fields = new HashMap<>();
    for (Field f : c.getDeclaredFields()) {
      String name = Modifier.isStatic(f.getModifiers()) ? null : serializedName(f);
      if (name != null) fields.put(name, f);
    }
    return fields;
  }

  private static void walk(JsonNode schema, String def, Class<?> c, Map<String, Class<?>> classes) {
    Class<?> known = classes.putIfAbsent(def, c);
    if (known != null) {
      if (known != c) throw new IllegalStateException(def + " is both " + known.getName() + " and " + c.getName());
      return;
    }
    Map<String, Field> fields = serializedFields(c);
    for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("$defs").path(def).path("properties").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> p = it.next();
      String ref = ref(p.getValue());
      Field f = fields.get(p.getKey());
      Class<?> model = f == null || ref == null ? null : model(f.getGenericType());
      if (model != null) walk(schema, ref.substring(DEFS.length()), model, classes);
    }
  }

  /** The definition a property's values are, through arrays and maps; null for scalars. */
  private static String ref(JsonNode property) {
    JsonNode s = property;
    while (!s.has("$ref")) {
      if (s.has("items")) s = s.get("items");
      else if (s.path("additionalProperties").isObject()) s = s.get("additionalProperties");
      else return null;
    }
    String ref = s.get("$ref").asText();
    return ref.startsWith(DEFS) && !ref.contains("resource.Quantity") ? ref : null;
  }

  private static Class<?> model(Type t) {
    if (t instanceof ParameterizedType p) {
      Type[] args = p.getActualTypeArguments();
      return model(args[args.length - 1]);
    }
    return t instanceof Class<?> c && c.getName().startsWith(MODELS) && !c.isEnum() ? c : null;
  }

  /** The JSON name; the annotation class is the release loader's own copy of Gson's, so by name. */
  private static String serializedName(Field f) {
    for (java.lang.annotation.Annotation a : f.getAnnotations()) {
      if (a.annotationType().getName().equals("com.google.gson.annotations.SerializedName")) {
        try {
          return (String) a.annotationType().getMethod("value").invoke(a);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return null;
  }
}
