package io.podlint.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podlint.engine.LintResult;
import io.podlint.engine.Linter;
import io.podlint.engine.SourceFile;
import io.podlint.model.Finding;
import io.podlint.policy.BoundPolicy;
import io.podlint.policy.PolicyException;
import io.podlint.policy.PolicyLoader;
import io.podlint.policy.PolicySet;
import io.podlint.k8s.KubernetesVersion;
import io.podlint.k8s.podsecurity.AssumedPodSecurity;
import io.podlint.k8s.podsecurity.LevelVersion;
import io.podlint.k8s.podsecurity.Mode;
import io.podlint.k8s.podsecurity.NamespacePolicy;
import io.podlint.rules.LintSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs policies on fixture files and reads their expectations.
 *
 * <p>A fixture marks each expected finding with a comment on the finding's line:
 * {@code # expect: rule-id} (several ids separated by commas; an id twice means two findings).
 * An expectation may also pin the finding's 1-based column and a substring of its message:
 * {@code # expect: rule-id@17 "not a quantity", rule-id@30}; without them any column or message
 * matches. A quoted substring needs a space before its opening quote and may escape {@code \"} and
 * {@code \\}.
 * Optional directives in the file's leading comments:
 * <ul>
 *   <li>{@code # fixture-params: {"key": value}}: parameters merged over the policy's own;
 *   <li>{@code # fixture-settings: closed-world}: lint as if the input held every object;
 *   <li>{@code # fixture-also: rule-id, rule-id}: run these policies too (their findings are not
 *       compared), for rules about other rules' findings such as suppressions.
 *   <li>{@code # fixture-schema: ../../schemas/widget-crd.yaml}: an extra schema file (a CRD or a
 *       JSON Schema, as with {@code --schema}), relative to the fixture; repeatable.
 *   <li>{@code # fixture-files: elsewhere/a.yaml elsewhere/b.yaml}: more files, relative to the
 *       fixture, linted in the same run (objects in other folders, for cross-resource rules); only
 *       the fixture's own findings are compared.
 * </ul>
 */
public final class Fixtures {
  public static final Path POLICY_FIXTURES = Path.of("testdata/policies");
  private static final Pattern EXPECT = Pattern.compile("#\\s*expect:");
  private static final Pattern EXPECT_ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final Pattern PARAMS = Pattern.compile("^#\\s*fixture-params:\\s*(\\{.*\\})\\s*$");
  private static final Pattern ALSO = Pattern.compile("^#\\s*fixture-also:\\s*([a-z0-9, -]+)$");
  private static final Pattern SETTINGS = Pattern.compile("^#\\s*fixture-settings:(.*)$");
  private static final Pattern SCHEMA = Pattern.compile("^#\\s*fixture-schema:\\s*(\\S+)\\s*$");
  private static final Pattern FILES = Pattern.compile("^#\\s*fixture-files:\\s*(.+)$");
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static PolicySet builtIns;

  private Fixtures() {}

  public static synchronized PolicySet builtIns() {
    if (builtIns == null) {
      try {
        builtIns = new PolicyLoader(true).load(List.of()); // validated against the schema
      } catch (PolicyException e) {
        throw new AssertionError("built-in policies do not load:\n" + e.getMessage(), e);
      }
    }
    return builtIns;
  }

  public static BoundPolicy policy(String id) {
    return builtIns().get(id).orElseThrow(() -> new AssertionError("no policy " + id));
  }

  /** A (line, rule) pair, the unit of comparison between expectations and findings. */
  public record Hit(int line, String ruleId) implements Comparable<Hit> {
    @Override
    public int compareTo(Hit o) {
      int c = Integer.compare(line, o.line);
      return c != 0 ? c : ruleId.compareTo(o.ruleId);
    }

    @Override
    public String toString() {
      return "line " + line + ": " + ruleId;
    }
  }

  /**
   * One expected finding: its line and rule, and when the marker pins them its column and a
   * substring of its message (null: any).
   */
  public record Expectation(int line, String ruleId, Integer column, String substring) {
    public boolean matches(Finding f) {
      return f.line() == line && f.ruleId().equals(ruleId) && (column == null || f.column() == column)
          && (substring == null || f.message().contains(substring));
    }

    @Override
    public String toString() {
      return "line " + line + ": " + ruleId + (column == null ? "" : "@" + column)
          + (substring == null ? "" : " \"" + substring + "\"");
    }
  }

  /** The expectations of a fixture for one rule, sorted. */
  public static List<Hit> expected(Path file, String ruleId) {
    return expectations(file, ruleId).stream().map(e -> new Hit(e.line(), e.ruleId())).sorted().toList();
  }

  /** The expectations of a fixture for one rule, with their columns and substrings, in line order. */
  public static List<Expectation> expectations(Path file, String ruleId) {
    List<Expectation> out = new ArrayList<>();
    List<String> lines = lines(file);
    for (int i = 0; i < lines.size(); i++) {
      for (Expectation e : parseExpect(lines.get(i), i + 1)) {
        if (e.ruleId().equals(ruleId)) {
          out.add(e);
        }
      }
    }
    return out;
  }

  /**
   * The expectations of one line: after {@code # expect:}, ids separated by commas or spaces, each
   * with an optional {@code @column} and an optional {@code "substring"}. Parsing stops at anything
   * else (markers inside JSON strings end with the string's closing quote, which is no substring:
   * it follows the id without a space).
   */
  public static List<Expectation> parseExpect(String text, int line) {
    Matcher m = EXPECT.matcher(text);
    if (!m.find()) {
      return List.of();
    }
    List<Expectation> out = new ArrayList<>();
    int i = m.end();
    int n = text.length();
    while (true) {
      while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == ',')) {
        i++;
      }
      Matcher id = EXPECT_ID.matcher(text).region(i, n);
      if (!id.lookingAt()) {
        return out;
      }
      String ruleId = id.group();
      i = id.end();
      Integer column = null;
      if (i < n && text.charAt(i) == '@') {
        int start = ++i;
        while (i < n && Character.isDigit(text.charAt(i))) {
          i++;
        }
        if (i == start) {
          throw new AssertionError("line " + line + ": '@' without a column in: " + text.strip());
        }
        column = Integer.parseInt(text.substring(start, i));
      }
      String substring = null;
      int j = i;
      while (j < n && text.charAt(j) == ' ') {
        j++;
      }
      if (j > i && j < n && text.charAt(j) == '"') {
        StringBuilder sb = new StringBuilder();
        int k = j + 1;
        for (; k < n && text.charAt(k) != '"'; k++) {
          char c = text.charAt(k);
          if (c == '\\' && k + 1 < n) {
            c = text.charAt(++k);
          }
          sb.append(c);
        }
        if (k >= n) {
          throw new AssertionError("line " + line + ": unclosed substring in: " + text.strip());
        }
        substring = sb.toString();
        i = k + 1;
      }
      out.add(new Expectation(line, ruleId, column, substring));
    }
  }

  /**
   * What differs between a fixture's expectations and the findings of its rule: empty when every
   * line has as many findings as expectations and each expectation has its own finding that
   * matches its column and substring; else one line per expectation or finding left over.
   */
  public static List<String> mismatches(List<Expectation> expected, List<Finding> actual) {
    var byLine = new java.util.TreeMap<Integer, List<Expectation>>();
    expected.forEach(e -> byLine.computeIfAbsent(e.line(), k -> new ArrayList<>()).add(e));
    var foundByLine = new java.util.TreeMap<Integer, List<Finding>>();
    actual.forEach(f -> foundByLine.computeIfAbsent(f.line(), k -> new ArrayList<>()).add(f));
    var lines = new java.util.TreeSet<Integer>(byLine.keySet());
    lines.addAll(foundByLine.keySet());
    List<String> out = new ArrayList<>();
    for (int line : lines) {
      List<Expectation> want = byLine.getOrDefault(line, List.of());
      List<Finding> got = foundByLine.getOrDefault(line, List.of());
      if (want.size() == got.size() && assign(want, got, 0, new boolean[got.size()])) {
        continue;
      }
      want.forEach(e -> out.add("expected " + e));
      got.forEach(f -> out.add("found    line " + f.line() + ": " + f.ruleId() + "@" + f.column() + " \""
          + f.message() + "\""));
    }
    return out;
  }

  /** Whether expectations {@code from..} can each take a distinct unused finding they match. */
  private static boolean assign(List<Expectation> want, List<Finding> got, int from, boolean[] used) {
    if (from == want.size()) {
      return true;
    }
    for (int k = 0; k < got.size(); k++) {
      if (!used[k] && want.get(from).matches(got.get(k))) {
        used[k] = true;
        if (assign(want, got, from + 1, used)) {
          return true;
        }
        used[k] = false;
      }
    }
    return false;
  }

  /** The findings of {@code ruleId}, in report order. */
  public static List<Finding> findings(LintResult result, String ruleId) {
    return result.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }

  /** Runs one policy (with the fixture's parameter overrides) on a fixture file. */
  public static LintResult run(Path file, BoundPolicy policy) {
    BoundPolicy bound = withFixtureParams(file, policy);
    LintSettings settings = fixtureSettings(file);
    List<BoundPolicy> policies = new ArrayList<>(List.of(bound));
    List<Path> schemas = new ArrayList<>();
    for (String line : lines(file)) {
      Matcher m = ALSO.matcher(line);
      if (m.find()) {
        for (String id : m.group(1).split("[,\\s]+")) {
          policies.add(policy(id));
        }
      }
      Matcher s = SCHEMA.matcher(line);
      if (s.find()) {
        schemas.add(file.resolveSibling(s.group(1)).normalize());
      }
    }
    String name = file.toString().replace('\\', '/');
    List<SourceFile> sources = new ArrayList<>(List.of(SourceFile.of(name, file)));
    for (String line : lines(file)) {
      Matcher f = FILES.matcher(line);
      if (f.find()) {
        for (String extra : f.group(1).trim().split("\\s+")) {
          Path p = file.resolveSibling(extra).normalize();
          sources.add(SourceFile.of(p.toString().replace('\\', '/'), p));
        }
      }
    }
    Linter linter = new Linter(policies, settings.withExtraSchemas(schemas), 1,
        builtIns().all().stream().map(BoundPolicy::id).collect(java.util.stream.Collectors.toSet()));
    LintResult result = linter.lint(sources);
    return sources.size() == 1 ? result
        : result.with(result.findings().stream().filter(x -> x.file().equals(name)).toList(), result.suppressed());
  }

  /**
   * The settings a fixture asks for in a {@code # fixture-settings:} line: {@code closed-world},
   * {@code kubernetes-version=1.NN}, {@code pod-security=LEVEL[:VERSION]} (enforce) and then
   * {@code pod-security-mode=warn|audit}, {@code cluster-profile=FILE} (next to the fixture); the
   * defaults otherwise.
   */
  public static LintSettings fixtureSettings(Path file) {
    LintSettings settings = LintSettings.defaults();
    for (String line : lines(file)) {
      Matcher m = SETTINGS.matcher(line);
      if (!m.find()) {
        continue;
      }
      for (String word : m.group(1).trim().split("\\s+")) {
        String[] kv = word.split("=", 2);
        settings = switch (kv[0]) {
          case "closed-world" -> new LintSettings(true, settings.customKinds(), settings.extraSchemas(),
              settings.kubernetesVersion(), settings.podSecurity(), settings.clusterProfile());
          case "cluster-profile" -> settings.withClusterProfile(clusterProfile(file.resolveSibling(kv[1])));
          case "kubernetes-version" -> settings.withKubernetesVersion(KubernetesVersion.parse(kv[1])
              .orElseThrow(() -> new AssertionError(file + ": bad kubernetes-version " + kv[1])));
          case "pod-security" -> settings.withPodSecurity(podSecurity(file, kv[1], settings.podSecurity()));
          case "pod-security-mode" -> settings.withPodSecurity(podSecurityMode(file, kv[1], settings.podSecurity()));
          default -> throw new AssertionError(file + ": unknown fixture setting " + word);
        };
      }
    }
    return settings;
  }

  /** {@code pod-security=LEVEL[:VERSION]}: that level in enforce mode, as {@code --pod-security}. */
  private static AssumedPodSecurity podSecurity(Path file, String value, AssumedPodSecurity previous) {
    LevelVersion lv = LevelVersion.parse(value)
        .orElseThrow(() -> new AssertionError(file + ": bad pod-security " + value));
    Mode mode = previous == null ? Mode.ENFORCE : previous.policy().modes().keySet().iterator().next();
    return new AssumedPodSecurity(NamespacePolicy.of(mode, lv), "the fixture settings");
  }

  /** {@code pod-security-mode=enforce|warn|audit}, after {@code pod-security=}: the mode of that level. */
  private static AssumedPodSecurity podSecurityMode(Path file, String value, AssumedPodSecurity previous) {
    if (previous == null) {
      throw new AssertionError(file + ": pod-security-mode needs pod-security= before it");
    }
    Mode mode = java.util.Arrays.stream(Mode.values()).filter(m -> m.label().equals(value)).findFirst()
        .orElseThrow(() -> new AssertionError(file + ": bad pod-security-mode " + value));
    return new AssumedPodSecurity(NamespacePolicy.of(mode, previous.policy().modes().values().iterator().next()),
        "the fixture settings");
  }

  private static io.podlint.model.ClusterProfile clusterProfile(Path file) {
    try {
      return io.podlint.policy.ClusterProfileLoader.load(file);
    } catch (io.podlint.policy.PolicyException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  /** The findings of {@code ruleId} as hits, sorted. */
  public static List<Hit> actual(LintResult result, String ruleId) {
    List<Hit> out = new ArrayList<>();
    for (Finding f : result.findings()) {
      if (f.ruleId().equals(ruleId)) {
        out.add(new Hit(f.line(), f.ruleId()));
      }
    }
    out.sort(null);
    return out;
  }

  private static BoundPolicy withFixtureParams(Path file, BoundPolicy policy) {
    for (String line : lines(file)) {
      Matcher m = PARAMS.matcher(line);
      if (m.find()) {
        try {
          ObjectNode merged = policy.policy().params() == null || !policy.policy().params().isObject()
              ? MAPPER.createObjectNode() : policy.policy().params().deepCopy();
          JsonNode override = MAPPER.readTree(m.group(1));
          override.properties().forEach(e -> merged.set(e.getKey(), e.getValue()));
          return policy.withParams(MAPPER.treeToValue(merged, policy.check().paramsType()));
        } catch (IOException e) {
          throw new AssertionError(file + ": bad fixture-params: " + e.getMessage(), e);
        }
      }
    }
    return policy;
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
