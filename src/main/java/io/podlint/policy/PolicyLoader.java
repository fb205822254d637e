package io.podlint.policy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.podlint.model.Severity;
import io.podlint.parse.JsonSchemas;
import io.podlint.parse.JsonTree;
import io.podlint.parse.ParseProblem;
import io.podlint.parse.ParsedFile;
import io.podlint.parse.YamlNode;
import io.podlint.parse.YamlParser;
import io.podlint.rules.Check;
import io.podlint.rules.PolicyText;
import io.podlint.rules.ReadyCheck;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Reads policy files: validates each against {@code policy.schema.json}, binds its parameters to
 * its check, and reports every problem with file, line and column before any manifest is read.
 */
public final class PolicyLoader {
  private static final String BUILT_IN_DIR = "policies/";
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private JsonSchemas.Compiled schema;
  private final boolean validateBuiltIns;

  /**
   * A loader that trusts the built-in policies: the test suite validates every one of them
   * against the schema, so a normal run skips that work (it would double podlint's start-up).
   * User policy files are always validated.
   */
  public PolicyLoader() {
    this(false);
  }

  /** @param validateBuiltIns validate the built-in policies too (the catalogue test does) */
  public PolicyLoader(boolean validateBuiltIns) {
    this.validateBuiltIns = validateBuiltIns;
  }

  /**
   * The built-in policies shipped in the jar, plus the policy files of {@code extraFolders}. The
   * trusted built-ins come from their trees parsed at build time ({@link PolicyTrees}) when the jar
   * has them; a file of a folder replaces a built-in of the same name, as before.
   */
  public PolicySet load(List<Path> extraFolders) throws PolicyException {
    Map<String, JsonNode> trees = validateBuiltIns ? null : PolicyTrees.builtIn();
    Map<String, ?> builtIns = trees != null ? trees : builtInFiles();
    Map<String, Object> files = new TreeMap<>(builtIns);
    for (Path folder : extraFolders) {
      files.putAll(folderFiles(folder));
    }
    return load(files, validateBuiltIns ? java.util.Set.of() : builtIns.keySet());
  }

  /** Loads policies from in-memory files (display name to content), validating every one. */
  public PolicySet load(Map<String, byte[]> files) throws PolicyException {
    return load(new TreeMap<String, Object>(files), java.util.Set.of());
  }

  /** @param files display name to the file's bytes, or to the tree of a built-in parsed at build time */
  private PolicySet load(Map<String, Object> files, java.util.Set<String> trusted) throws PolicyException {
    List<Map.Entry<String, Object>> entries = new ArrayList<>(files.entrySet());
    // Each file is read on its own (in parallel: this is most of podlint's start-up); the
    // results are then taken in file order, so problems and duplicates are reported the same way.
    List<List<String>> problemsPerFile = new ArrayList<>();
    List<BoundPolicy> loaded = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      problemsPerFile.add(new ArrayList<>());
      loaded.add(null);
    }
    java.util.stream.IntStream.range(0, entries.size()).parallel().forEach(i -> loaded.set(i,
        loadOne(entries.get(i).getKey(), entries.get(i).getValue(), problemsPerFile.get(i),
            !trusted.contains(entries.get(i).getKey()))));
    List<String> problems = new ArrayList<>();
    Map<String, BoundPolicy> byId = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      Map.Entry<String, Object> f = entries.get(i);
      problems.addAll(problemsPerFile.get(i));
      BoundPolicy p = loaded.get(i);
      if (p != null) {
        BoundPolicy previous = byId.put(p.id(), p);
        if (previous != null) {
          problems.add("%s:1:1: policy id \"%s\" is already defined in %s"
              .formatted(f.getKey(), p.id(), previous.policy().source()));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new PolicyException(problems);
    }
    return new PolicySet(new ArrayList<>(byId.values()));
  }

  private BoundPolicy loadOne(String source, Object content, List<String> problems, boolean validate) {
    if (content instanceof JsonNode tree) {
      // A built-in parsed at build time: the YAML is read again only to locate a problem.
      return loadOne(source, tree, () -> builtInRoot(source), problems, validate);
    }
    ParsedFile parsed = new YamlParser().parse(source, (byte[]) content);
    for (ParseProblem p : parsed.problems()) {
      problems.add("%s:%s: %s".formatted(source, p.location(), p.message()));
    }
    if (!parsed.problems().isEmpty()) {
      return null;
    }
    if (parsed.documents().size() != 1) {
      problems.add(source + ":1:1: a policy file holds exactly one YAML mapping");
      return null;
    }
    YamlNode root = parsed.documents().get(0).root();
    return loadOne(source, JsonTree.of(root), () -> root, problems, validate);
  }

  /** The YAML root of a built-in policy file, for the locations of its problems. */
  private static YamlNode builtInRoot(String source) {
    try (InputStream in = PolicyLoader.class.getClassLoader().getResourceAsStream(source)) {
      return new YamlParser().parse(source, in.readAllBytes()).documents().get(0).root();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @param yaml the file's YAML root, the same tree as {@code json} with locations (only problems need it) */
  private BoundPolicy loadOne(String source, JsonNode json, java.util.function.Supplier<YamlNode> yaml,
      List<String> problems, boolean validate) {
    List<JsonSchemas.SchemaError> errors = validate ? schema().validate(json) : List.of();
    for (JsonSchemas.SchemaError e : errors) {
      YamlNode at = yaml.get().follow(e.path());
      problems.add("%s:%s: %s".formatted(source, at.location(), e.message()));
    }
    if (!errors.isEmpty()) {
      return null;
    }
    String id = json.get("id").asText();
    String fileName = Path.of(source).getFileName().toString().replaceFirst("\\.ya?ml$", "");
    if (!fileName.equals(id)) {
      problems.add("%s:%s: policy id \"%s\" must equal the file name \"%s\""
          .formatted(source, yaml.get().get("id").location(), id, fileName));
      return null;
    }
    Check<?> check = Checks.byId(json.get("check").asText());
    if (check == null) {
      problems.add("%s:%s: unknown check \"%s\"; known checks: %s".formatted(source,
          yaml.get().get("check").location(), json.get("check").asText(), String.join(", ", Checks.ids())));
      return null;
    }
    JsonNode paramsJson = json.has("params") ? json.get("params") : JsonNodeFactory.instance.objectNode();
    Object params;
    ReadyCheck ready;
    try {
      params = bind(paramsJson, check.paramsType());
      ready = BoundPolicy.compile(check, params);
    } catch (IOException | IllegalArgumentException e) {
      problems.add("%s:%s: bad params for check \"%s\": %s".formatted(source,
          paramLocation(yaml.get().get("params"), e), check.id(), paramError(e)));
      return null;
    }
    List<String> appliesTo = null;
    if (json.has("appliesTo")) {
      appliesTo = new ArrayList<>();
      for (JsonNode k : json.get("appliesTo")) {
        appliesTo.add(k.asText());
      }
    }
    Policy policy = new Policy(id, text(json, "category"), Severity.parse(text(json, "severity")),
        !json.has("enabledByDefault") || json.get("enabledByDefault").asBoolean(),
        text(json, "summary"), text(json, "description").strip(), text(json, "consequence").strip(),
        text(json, "remediation").strip(), strings(json, "sources"),
        json.has("reference") ? text(json, "reference") : null, check.id(), paramsJson, appliesTo,
        source, strings(json, "subsumedBy"), strings(json, "profiles"),
        json.has("autofix") ? text(json, "autofix").strip() : null, texts(json));
    if (validate && !textsMatchTheCheck(source, yaml, policy, textsOf(check, params), check.id(), problems)) {
      return null;
    }
    Set<String> kinds = new LinkedHashSet<>(appliesTo != null ? appliesTo : check.defaultKinds());
    return new BoundPolicy(policy, check, params, Set.copyOf(kinds), ready);
  }

  /** The texts a check declares for these parameters (bound to its own parameter type). */
  @SuppressWarnings("unchecked")
  static List<PolicyText> textsOf(Check<?> check, Object params) {
    return ((Check<Object>) check).texts(params);
  }

  /** Binds parameters; checks without any skip Jackson, which would dominate start-up. */
  private static Object bind(JsonNode params, Class<?> type) throws IOException {
    if (type == io.podlint.rules.NoParams.class) {
      if (params.size() > 0) {
        String first = params.fieldNames().next();
        throw new com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException(null,
            "unknown parameter", null, type, first, List.of());
      }
      return new io.podlint.rules.NoParams();
    }
    return MAPPER.treeToValue(params, type);
  }

  /** The policy with {@code overrides} merged over its parameters and bound again. */
  static BoundPolicy rebind(BoundPolicy p, JsonNode overrides) {
    com.fasterxml.jackson.databind.node.ObjectNode merged = p.policy().params() != null && p.policy().params().isObject()
        ? p.policy().params().deepCopy() : JsonNodeFactory.instance.objectNode();
    overrides.properties().forEach(e -> merged.set(e.getKey(), e.getValue()));
    try {
      Object params = bind(merged, p.check().paramsType());
      Policy policy = p.policy();
      Policy updated = new Policy(policy.id(), policy.category(), policy.severity(), policy.enabledByDefault(),
          policy.summary(), policy.description(), policy.consequence(), policy.remediation(), policy.sources(), policy.reference(),
          policy.check(), merged, policy.appliesTo(), policy.source(), policy.subsumedBy(), policy.profiles(),
          policy.autofix(), policy.texts());
      return BoundPolicy.of(updated, p.check(), params, p.kinds());
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalArgumentException(paramError(e), e);
    }
  }

  /** Where a parameter binding error is: the offending key, else the params mapping. */
  private static io.podlint.parse.Location paramLocation(YamlNode params, Exception e) {
    if (e instanceof com.fasterxml.jackson.databind.JsonMappingException m && !m.getPath().isEmpty()) {
      List<Object> path = new ArrayList<>();
      for (var ref : m.getPath()) {
        path.add(ref.getFieldName() != null ? ref.getFieldName() : Integer.valueOf(ref.getIndex()));
      }
      YamlNode at = params.follow(path);
      return at.isPresent() ? at.keyLocation() : at.location();
    }
    return params.location();
  }

  private static String paramError(Exception e) {
    if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException u) {
      List<String> known = u.getKnownPropertyIds() == null ? List.of()
          : u.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
      String hint = io.podlint.rules.Text.didYouMean(u.getPropertyName(), known);
      return "unknown parameter \"%s\"%s".formatted(u.getPropertyName(),
          !hint.isEmpty() ? hint : known.isEmpty() ? "; it takes none" : "; known: " + String.join(", ", known));
    }
    if (e instanceof com.fasterxml.jackson.databind.exc.ValueInstantiationException v
        && v.getCause() instanceof IllegalArgumentException refused && refused.getMessage() != null) {
      return refused.getMessage(); // a parameter record's own words, without the Java class Jackson names
    }
    String msg = e.getMessage() == null ? e.toString() : e.getMessage().split("\n")[0];
    return msg.replaceAll(" \\(class [^)]*\\)", "").replaceAll("\\s*\\(for Object starting at.*", "");
  }

  private static java.util.Map<String, String> texts(JsonNode json) {
    java.util.Map<String, String> out = new java.util.TreeMap<>();
    if (json.has("texts")) {
      json.get("texts").properties().forEach(e -> out.put(e.getKey(), e.getValue().asText().strip()));
    }
    return out;
  }

  /**
   * Whether the policy holds exactly the texts its check declares, each with exactly the declared
   * placeholders; each difference is a problem at the text (or at {@code check:}).
   */
  private static boolean textsMatchTheCheck(String source, java.util.function.Supplier<YamlNode> yaml, Policy policy,
      List<io.podlint.rules.PolicyText> texts, String checkId, List<String> problems) {
    int before = problems.size();
    var declared = new java.util.TreeMap<String, io.podlint.rules.PolicyText>();
    texts.forEach(t -> declared.put(t.name(), t));
    for (var e : policy.texts().entrySet()) {
      YamlNode at = yaml.get().get("texts").get(e.getKey());
      var text = declared.get(e.getKey());
      if (text == null) {
        problems.add("%s:%s: texts.%s: check \"%s\" fills no such text%s".formatted(source, at.keyLocation(),
            e.getKey(), checkId, declared.isEmpty() ? "; it takes none"
                : "; it takes " + String.join(", ", declared.keySet())));
        continue;
      }
      var used = io.podlint.rules.PolicyText.placeholdersOf(e.getValue());
      if (!new java.util.TreeSet<>(used).equals(new java.util.TreeSet<>(text.placeholders()))) {
        problems.add("%s:%s: texts.%s: the check fills %s, the text has %s".formatted(source, at.location(),
            e.getKey(), braces(text.placeholders()), braces(used)));
      }
    }
    for (String name : declared.keySet()) {
      if (!policy.texts().containsKey(name)) {
        problems.add("%s:%s: texts.%s is missing: check \"%s\" needs it (with %s)".formatted(source,
            yaml.get().get("check").location(), name, checkId, braces(declared.get(name).placeholders())));
      }
    }
    return problems.size() == before;
  }

  private static String braces(List<String> placeholders) {
    return placeholders.isEmpty() ? "no placeholder"
        : String.join(", ", placeholders.stream().map(p -> "{" + p + "}").toList());
  }

  private static String text(JsonNode json, String field) {
    return json.get(field).asText();
  }

  private static List<String> strings(JsonNode json, String field) {
    List<String> out = new ArrayList<>();
    if (json.has(field)) {
      json.get(field).forEach(n -> out.add(n.asText()));
    }
    return out;
  }

  private synchronized JsonSchemas.Compiled schema() {
    if (schema == null) {
      try (InputStream in = PolicyLoader.class.getClassLoader().getResourceAsStream(BUILT_IN_DIR + "policy.schema.json")) {
        schema = JsonSchemas.compile(MAPPER.readTree(in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return schema;
  }

  private static volatile java.util.Set<String> builtInIds;

  /** Whether the policy ships with podlint (ids are unique, so a custom policy never has one of these). */
  public static boolean isBuiltIn(Policy p) {
    java.util.Set<String> ids = builtInIds;
    if (ids == null) {
      Map<String, ?> builtIns = PolicyTrees.builtIn();
      ids = (builtIns != null ? builtIns : builtInFiles()).keySet().stream().map(k -> Path.of(k).getFileName().toString())
          .filter(n -> n.endsWith(".yaml")).map(n -> n.substring(0, n.length() - ".yaml".length()))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());
      builtInIds = ids;
    }
    return ids.contains(p.id()) && p.source().startsWith(BUILT_IN_DIR);
  }

  /** The built-in policy files, read from the jar (or from the classes folder in tests). */
  static Map<String, byte[]> builtInFiles() {
    Map<String, byte[]> out = new TreeMap<>();
    try {
      Path location = Path.of(PolicyLoader.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(location)) {
        folderFiles(location.resolve(BUILT_IN_DIR))
            .forEach((k, v) -> out.put(BUILT_IN_DIR + Path.of(k).getFileName(), v));
        return out;
      }
      try (JarFile jar = new JarFile(location.toFile())) {
        for (JarEntry e : java.util.Collections.list(jar.entries())) {
          String name = e.getName();
          if (name.startsWith(BUILT_IN_DIR) && name.endsWith(".yaml") && name.indexOf('/', BUILT_IN_DIR.length()) < 0) {
            try (InputStream in = jar.getInputStream(e)) {
              out.put(name, in.readAllBytes());
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  private static Map<String, byte[]> folderFiles(Path folder) throws UncheckedIOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> s = Files.list(folder)) {
      for (Path p : s.sorted().toList()) {
        String n = p.getFileName().toString();
        if (n.endsWith(".yaml") || n.endsWith(".yml")) {
          out.put(p.toString(), Files.readAllBytes(p));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
