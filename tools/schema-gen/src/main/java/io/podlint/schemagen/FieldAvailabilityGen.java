package io.podlint.schemagen;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.File;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Generates {@code src/main/resources/k8s/field-availability.json} of the root project: for every
 * field path of the workload kinds and of the pod spec that is not in every Kubernetes release of
 * {@link #RELEASES}, the first release whose official model has it (and the last one without it),
 * or the last one that still had it.
 *
 * <p>Each release's {@code io.kubernetes:client-java-api} jar is loaded in a class loader of its
 * own (next to Gson and the Swagger annotations, which the models reference) and walked by
 * reflection over the {@code @SerializedName} fields, as {@link SchemaGen} does for the newest.
 * Paths use {@code []} for list items and {@code {}} for map values; the pod spec is a root of
 * its own ({@code PodSpec}), so a kind's paths stop at its pod template's {@code spec}.
 *
 * <pre>
 *   java -cp ... io.podlint.schemagen.FieldAvailabilityGen --repo=~/.m2/repository --out=FILE
 * </pre>
 */
public final class FieldAvailabilityGen {
  /**
   * Kubernetes release -> client-java-api version (kubernetes-client/java wiki "Versioning and
   * Compatibility", checked against the models: 19.0.0 has the 1.27 alpha ClusterTrustBundle, 20.0.0
   * the 1.28 sidecar restartPolicy, 21.0.0 the 1.29 sleep action...). Two releases have no faithful
   * client: 18.0.0 ("1.26") has exactly the model classes of 17.0.0 (1.25, no schedulingGates, no
   * ValidatingAdmissionPolicy), and no client was made from 1.29. A field first seen after such a
   * gap keeps {@code absentIn} before the gap, so that the gap release is never judged.
   */
  static final Map<String, String> RELEASES = releases();

  private static final String MODELS = "io.kubernetes.client.openapi.models.";
  private static final String POD_SPEC = "V1PodSpec";

  /** The kinds podlint reads (overlay.json roots), by kind. */
  static final Map<String, String> ROOTS = roots();

  private FieldAvailabilityGen() {}

  private static Map<String, String> releases() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("1.25", "17.0.0");
    m.put("1.27", "19.0.0");
    m.put("1.28", "20.0.0");
    m.put("1.30", "21.0.0");
    m.put("1.31", "22.0.0");
    m.put("1.32", "23.0.0");
    m.put("1.33", "24.0.0");
    m.put("1.34", "25.0.0");
    m.put("1.35", "26.0.0");
    m.put("1.36", "27.0.0");
    return m;
  }

  private static Map<String, String> roots() {
    Map<String, String> m = new LinkedHashMap<>();
    for (String kind : List.of("Pod", "PodTemplate", "ReplicationController", "Deployment", "StatefulSet",
        "DaemonSet", "ReplicaSet", "Job", "CronJob", "Service")) {
      m.put(kind, "V1" + kind);
    }
    m.put("PodSpec", POD_SPEC);
    return m;
  }

  public static void main(String[] args) throws Exception {
    Path repo = Path.of(System.getProperty("user.home"), ".m2", "repository");
    Path out = null;
    for (String a : args) {
      if (a.startsWith("--repo=")) repo = Path.of(a.substring(7));
      if (a.startsWith("--out=")) out = Path.of(a.substring(6));
    }
    if (out == null) throw new IllegalArgumentException("--out=FILE is required");
    Files.writeString(out, generate(repo), StandardCharsets.UTF_8);
    System.out.println("wrote " + out);
  }

  /** The JSON text of the table, deterministic (sorted keys). */
  static String generate(Path repo) throws Exception {
    Map<String, Set<String>> pathsByRelease = new LinkedHashMap<>();
    for (Map.Entry<String, String> r : RELEASES.entrySet()) {
      pathsByRelease.put(r.getKey(), paths(jar(repo, r.getValue())));
    }
    List<String> releases = new ArrayList<>(RELEASES.keySet());
    Set<String> all = new TreeSet<>();
    pathsByRelease.values().forEach(all::addAll);
    Map<String, Object> fields = new TreeMap<>();
    for (String path : all) {
      List<Boolean> has = releases.stream().map(r -> pathsByRelease.get(r).contains(path)).toList();
      if (!has.contains(false)) continue;
      Map<String, Object> entry = new TreeMap<>();
      int first = has.indexOf(true);
      int last = has.lastIndexOf(true);
      if (first > 0) {
        entry.put("since", releases.get(first));
        entry.put("absentIn", releases.get(first - 1));
      }
      if (last < releases.size() - 1) {
        entry.put("until", releases.get(last));
      }
      if (has.subList(first, last + 1).contains(false)) {
        throw new IllegalStateException(path + " comes and goes: " + has);
      }
      fields.put(path, entry);
    }
    Map<String, Object> releaseSources = new TreeMap<>();
    RELEASES.forEach((k, v) -> releaseSources.put(k, "io.kubernetes:client-java-api:" + v));
    Map<String, Object> root = new TreeMap<>();
    root.put("$comment", "GENERATED by tools/schema-gen (FieldAvailabilityGen) from the client-java-api models of"
        + " each release; do not edit. Keys: ROOT:path ([] list items, {} map values); since = first release"
        + " with the field, absentIn = the last release before it without it, until = the last release with it.");
    root.put("releases", releaseSources);
    root.put("fields", fields);
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .enable(SerializationFeature.INDENT_OUTPUT);
    return mapper.writeValueAsString(root) + "\n";
  }

  private static Path jar(Path repo, String version) {
    Path jar = repo.resolve("io/kubernetes/client-java-api/" + version + "/client-java-api-" + version + ".jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: mvn dependency:get -Dartifact=io.kubernetes:client-java-api:"
          + version + " -Dtransitive=false");
    }
    return jar;
  }

  /** Every ROOT:path of one release's models. */
  static Set<String> paths(Path jar) throws Exception {
    List<URL> urls = new ArrayList<>();
    urls.add(jar.toUri().toURL());
    for (Class<?> dep : List.of(com.google.gson.Gson.class, io.swagger.annotations.ApiModelProperty.class)) {
      urls.add(new File(dep.getProtectionDomain().getCodeSource().getLocation().toURI()).toURI().toURL());
    }
    Set<String> out = new TreeSet<>();
    try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
      for (Map.Entry<String, String> root : ROOTS.entrySet()) {
        Class<?> c = Class.forName(MODELS + root.getValue(), false, loader);
        walk(c, root.getKey() + ":", out, new HashSet<>());
      }
    }
    return out;
  }

  private static void walk(Class<?> c, String prefix, Set<String> out, Set<Class<?>> onPath) {
    if (!onPath.add(c)) return; // a recursive type: its paths are already there once
    for (Field f : c.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers())) continue;
      String name = serializedName(f);
      if (name == null) continue;
      if (prefix.endsWith(":") && name.equals("status")) continue; // never written by users
      String path = (prefix.endsWith(":") ? prefix : prefix + ".") + name;
      out.add(path);
      descend(f.getGenericType(), path, out, onPath);
    }
    onPath.remove(c);
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

  private static void descend(Type t, String path, Set<String> out, Set<Class<?>> onPath) {
    if (t instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      Type[] args = p.getActualTypeArguments();
      if (List.class.isAssignableFrom(raw) || Set.class.isAssignableFrom(raw)) {
        descend(args[0], path + "[]", out, onPath);
      } else if (Map.class.isAssignableFrom(raw)) {
        descend(args[1], path + "{}", out, onPath);
      }
      return;
    }
    if (t instanceof Class<?> c && c.getName().startsWith(MODELS) && !c.isEnum()) {
      if (c.getSimpleName().equals(POD_SPEC)) return; // its own root
      walk(c, path, out, onPath);
    }
  }
}
