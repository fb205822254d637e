package io.podlint.rules.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.podlint.model.ContainerView;
import io.podlint.model.Fix;
import io.podlint.parse.Document;
import io.podlint.parse.JsonSchemas.SchemaError;
import io.podlint.parse.NodeEdits;
import io.podlint.parse.YamlNode;
import io.podlint.rules.LintSettings;
import io.podlint.rules.Text;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Validates an object against the schema of its kind and turns every error into one located,
 * explained {@link SchemaIssue}. Objects of kinds without a schema give none.
 *
 * <p>Several policies (and {@link SchemaFacts}) ask about the same object one after another on
 * the same worker thread, so the last object's issues are kept per thread: each object is
 * validated once.
 */
final class DocumentSchemaIssues {
  /**
   * Fields whose bad values a semantic policy explains better; the schema policies leave them
   * to it while it runs: the definition and property in the bundled schema, and the policy.
   */
  private static final Map<String, String> EXPLAINED_ELSEWHERE = Map.ofEntries(
      Map.entry("#/$defs/io.k8s.api.core.v1.PodSpec/properties/restartPolicy/", "restart-policy-invalid"),
      Map.entry("#/$defs/io.k8s.api.core.v1.Container/properties/restartPolicy/", "container-restart-policy"),
      Map.entry("#/$defs/io.k8s.api.core.v1.EphemeralContainer/properties/restartPolicy/", "container-restart-policy"),
      Map.entry("#/$defs/io.k8s.api.core.v1.Container/properties/imagePullPolicy/", "image-pull-policy-invalid"),
      Map.entry("#/$defs/io.k8s.api.core.v1.EphemeralContainer/properties/imagePullPolicy/", "image-pull-policy-invalid"),
      Map.entry("#/$defs/io.k8s.api.core.v1.HTTPGetAction/properties/scheme/", "probe-scheme-invalid"));
  private static final Set<String> OBJECT_KEYWORDS = Set.of("type", "additionalProperties", "required");
  private static final ThreadLocal<Memo> LAST = new ThreadLocal<>();
  /** Kustomize patch files hold partial objects: required fields come from the base. */
  private static final Pattern PATCH_FILE = Pattern.compile("(?i).*patch.*\\.(ya?ml|json)");

  private record Memo(Node root, LintSettings settings, List<SchemaIssue> issues) {}

  private final SchemaCatalog catalog;
  private final KindSchema schema;
  private final Placement placement;
  private final String kind;
  private final boolean patch;

  private DocumentSchemaIssues(SchemaCatalog catalog, KindSchema schema, Placement placement, String kind,
      boolean patch) {
    this.catalog = catalog;
    this.schema = schema;
    this.placement = placement;
    this.kind = kind;
    this.patch = patch;
  }

  private static String fileName(String source) {
    String s = source == null ? "" : source.replace('\\', '/');
    return s.substring(s.lastIndexOf('/') + 1);
  }

  static List<SchemaIssue> of(Document document, LintSettings settings) {
    Node root = document.root().raw();
    Memo last = LAST.get();
    if (last != null && last.root() == root && last.settings() == settings) {
      return last.issues();
    }
    List<SchemaIssue> issues = compute(document, settings);
    LAST.set(new Memo(root, settings, issues));
    return issues;
  }

  private static List<SchemaIssue> compute(Document document, LintSettings settings) {
    SchemaCatalog catalog = SchemaCatalog.of(settings.extraSchemas(), settings.kubernetesVersion());
    Optional<KindSchema> schema = catalog.forKind(document.apiVersion(), document.kind());
    if (schema.isEmpty()) {
      return List.of();
    }
    if (schema.get().certainlyValid(document.root().raw())) {
      return List.of();
    }
    ManifestJson.Result json = ManifestJson.of(document.root(), false);
    boolean patch = json.hasPatchDirective() || PATCH_FILE.matcher(fileName(document.source())).matches();
    DocumentSchemaIssues d = new DocumentSchemaIssues(catalog, schema.get(),
        new Placement(document, settings.customKinds()), document.kind(), patch);
    List<SchemaIssue> issues = d.classify(schema.get().validate(json.json()));
    if (json.hasBase60()) {
      issues.addAll(d.base60Issues(schema.get().validate(ManifestJson.of(document.root(), true).json())));
    }
    return List.copyOf(issues);
  }

  private List<SchemaIssue> classify(List<SchemaError> errors) {
    Set<String> typeErrors = new HashSet<>();
    errors.stream().filter(e -> "type".equals(e.keyword())).forEach(e -> typeErrors.add(e.path().toString()));
    Set<String> seen = new HashSet<>();
    List<SchemaIssue> out = new ArrayList<>();
    for (SchemaError e : errors) {
      String path = e.path().toString();
      if (!seen.add(path + "|" + e.keyword() + "|" + e.property())) {
        continue;
      }
      if (!OBJECT_KEYWORDS.contains(e.keyword()) && typeErrors.contains(path)) {
        continue; // one finding per value: the wrong type explains the enum or pattern failure too
      }
      SchemaIssue issue = issue(e);
      if (issue != null) {
        out.add(issue);
      }
    }
    return out;
  }

  private SchemaIssue issue(SchemaError e) {
    YamlNode node = placement.root().follow(e.path());
    ContainerView c = placement.containerOf(e.path());
    if (node.isMissing()) {
      // A key spelled differently in YAML than in JSON (on: is "true"): no node to describe.
      SchemaProblem problem = switch (e.keyword()) {
        case "type", "pattern" -> SchemaProblem.WRONG_TYPE;
        case "enum", "const" -> SchemaProblem.INVALID_ENUM;
        case "required" -> SchemaProblem.MISSING_REQUIRED;
        case "additionalProperties" -> SchemaProblem.UNKNOWN_FIELD;
        default -> SchemaProblem.CONSTRAINT;
      };
      return new SchemaIssue(problem, node.present(), c, Messages.generic(e.path(), e.message()), null, null, null);
    }
    if (patch && ("required".equals(e.keyword())
        || "additionalProperties".equals(e.keyword()) && ManifestJson.isPatchDirective(e.property()))) {
      return null; // a strategic-merge patch: partial, with directives
    }
    return switch (e.keyword()) {
      case "additionalProperties" -> unknownField(e, node, c);
      case "required" -> new SchemaIssue(SchemaProblem.MISSING_REQUIRED, node, c,
          Messages.missingRequired(e.property(), node, c, kind), null, node.raw(), null);
      case "type" -> wrongType(e, node, c);
      case "enum", "const" -> invalidEnum(e, node, c);
      case "pattern" -> schema.bundled() ? undecodable(e, node, c) : constraint(e, node, c);
      default -> constraint(e, node, c);
    };
  }

  private SchemaIssue unknownField(SchemaError e, YamlNode holder, ContainerView c) {
    String key = String.valueOf(e.property());
    YamlNode at = holder;
    for (YamlNode.Entry entry : holder.entries()) {
      if (key.equals(entry.key())) {
        at = entry.keyNode(); // the last one, as the decoder keeps the last duplicate
      }
    }
    List<String> allowed = catalog.propertyNames(e.schemaLocation());
    String suggestion = Text.closest(key, allowed).filter(s -> !s.equals(key)).orElse(null);
    return new SchemaIssue(SchemaProblem.UNKNOWN_FIELD, at, c,
        Messages.unknownField(key, holder, c, suggestion, allowed), null, holder.raw(), suggestion,
        renameFix(key, holder, at, suggestion, allowed));
  }

  /**
   * Renames a misspelt key when its suggestion is the only candidate and the mapping does not
   * already hold it (then the user must choose which one to keep).
   */
  private static Fix renameFix(String key, YamlNode holder, YamlNode at, String suggestion, List<String> allowed) {
    if (suggestion == null || at == holder || holder.has(suggestion)
        || !Text.onlyCandidate(key, allowed).equals(Optional.of(suggestion))
        || holder.entries().stream().filter(e -> key.equals(e.key())).count() != 1
        || holder.entries().stream().filter(e -> e.key() != null && !allowed.contains(e.key())
            && Text.onlyCandidate(e.key(), allowed).equals(Optional.of(suggestion))).count() != 1) {
      return null;
    }
    return NodeEdits.replaceScalar(at, suggestion)
        .map(e -> Fix.of("rename \"" + key + "\" to \"" + suggestion + "\"", e)).orElse(null);
  }

  private static Fix enumCaseFix(YamlNode node, List<String> allowed) {
    if (!node.isString()) {
      return null;
    }
    return Text.caseOnlyMatch(node.text(), allowed).flatMap(v -> NodeEdits.replaceScalar(node, v)
        .map(e -> Fix.of("write \"" + v + "\"", e))).orElse(null);
  }

  private static Fix quoteFix(YamlNode node) {
    return NodeEdits.quote(node).map(e -> Fix.of("quote " + node.text() + " so that it stays the string \""
        + node.text() + "\"", e)).orElse(null);
  }

  private SchemaIssue wrongType(SchemaError e, YamlNode node, ContainerView c) {
    List<String> expected = types(e.schemaValue());
    String actual = String.valueOf(e.arguments()[0]);
    if ("null".equals(actual)) {
      // An empty list item decodes to the zero value: fine for scalars, an object without fields otherwise.
      List<String> required = new ArrayList<>();
      catalog.sibling(e.schemaLocation(), "required").forEach(r -> required.add(r.asText()));
      return required.isEmpty() ? null : new SchemaIssue(SchemaProblem.MISSING_REQUIRED, node, c,
          Messages.emptyItem(node, c, required), null, node.raw(), null);
    }
    boolean plain = node.isScalar() && !node.isQuoted();
    if (plain && expected.contains("string")
        && (GoYamlScalars.isWordBoolean(node.text()) || GoYamlScalars.isLeadingZeroOctal(node.text()))) {
      return new SchemaIssue(SchemaProblem.IMPLICIT_TYPE, node, c, Messages.implicitType(node, c),
          explainedElsewhere(e), node.raw(), null, quoteFix(node));
    }
    List<String> allowed = new ArrayList<>();
    catalog.sibling(e.schemaLocation(), "enum").forEach(v -> allowed.add(v.asText()));
    return new SchemaIssue(SchemaProblem.WRONG_TYPE, node, c, Messages.wrongType(node, c, expected, actual, allowed),
        explainedElsewhere(e), node.raw(), null);
  }

  private SchemaIssue invalidEnum(SchemaError e, YamlNode node, ContainerView c) {
    boolean isConst = "const".equals(e.keyword());
    List<String> allowed = new ArrayList<>();
    if (isConst) {
      allowed.add(e.schemaValue().asText());
    } else {
      e.schemaValue().forEach(v -> allowed.add(v.asText()));
    }
    String value = node.isScalar() ? node.text() : null;
    String message = Messages.invalidEnum(node, c, value, allowed, isConst);
    if (!isConst && value != null && schema.bundled() && catalog.olderRelease().isPresent()) {
      List<String> newest = new ArrayList<>();
      catalog.newestSibling(e.schemaLocation(), "enum").forEach(v -> newest.add(v.asText()));
      if (newest.contains(value)) {
        message = Messages.enumNotInRelease(node, c, value, allowed, catalog.olderRelease().get());
      }
    }
    return new SchemaIssue(SchemaProblem.INVALID_ENUM, node, c, message,
        explainedElsewhere(e), node.raw(), null, enumCaseFix(node, allowed));
  }

  /** In the bundled schema, patterns describe quantities and base64 data: decode errors. */
  private SchemaIssue undecodable(SchemaError e, YamlNode node, ContainerView c) {
    if (e.schemaLocation().contains("Quantity")) {
      if (node.isScalar() && Quantities.isValid(node.text())) {
        return null; // surrounding blanks: the API server trims them
      }
      return new SchemaIssue(SchemaProblem.WRONG_TYPE, node, c, Messages.invalidQuantity(node, c),
          explainedElsewhere(e), node.raw(), null);
    }
    return new SchemaIssue(SchemaProblem.WRONG_TYPE, node, c, Messages.invalidBase64(node, c), null, node.raw(), null);
  }

  private SchemaIssue constraint(SchemaError e, YamlNode node, ContainerView c) {
    return new SchemaIssue(SchemaProblem.CONSTRAINT, node, c, Messages.constraint(node, c, e.message()),
        null, node.raw(), null);
  }

  /** Second pass with {@code 1:30} read as 90: the type errors it adds are base-60 pitfalls. */
  private List<SchemaIssue> base60Issues(List<SchemaError> errors) {
    List<SchemaIssue> out = new ArrayList<>();
    for (SchemaError e : errors) {
      YamlNode node = placement.root().follow(e.path());
      if ("type".equals(e.keyword()) && node.isScalar() && !node.isQuoted()
          && GoYamlScalars.isBase60(node.text()) && types(e.schemaValue()).contains("string")) {
        ContainerView c = placement.containerOf(e.path());
        out.add(new SchemaIssue(SchemaProblem.SEXAGESIMAL, node, c, Messages.sexagesimal(node, c), null, node.raw(), null,
            quoteFix(node)));
      }
    }
    return out;
  }

  private String explainedElsewhere(SchemaError e) {
    if (!schema.bundled()) {
      return null;
    }
    for (Map.Entry<String, String> x : EXPLAINED_ELSEWHERE.entrySet()) {
      if (e.schemaLocation().contains(x.getKey())) {
        return x.getValue();
      }
    }
    // Quantities of resources.requests/limits: the resources family explains them (canonical
    // values, unit hints). Quantities elsewhere (emptyDir sizeLimit...) stay with the schema.
    List<Object> path = e.path();
    int n = path.size();
    if (e.schemaLocation().contains("io.k8s.apimachinery.pkg.api.resource.Quantity") && n >= 3
        && "resources".equals(path.get(n - 3)) && ("requests".equals(path.get(n - 2)) || "limits".equals(path.get(n - 2)))) {
      return "resources-quantity-invalid";
    }
    return null;
  }

  private static List<String> types(JsonNode typeKeyword) {
    List<String> out = new ArrayList<>();
    if (typeKeyword != null && typeKeyword.isArray()) {
      typeKeyword.forEach(t -> out.add(t.asText()));
    } else if (typeKeyword != null) {
      out.add(typeKeyword.asText());
    }
    return out;
  }
}
