package io.podlint.rules.custom;

import com.fasterxml.jackson.databind.JsonNode;
import io.podlint.model.ContainerView;
import io.podlint.model.Workload;
import io.podlint.parse.Document;
import io.podlint.parse.JsonSchemas;
import io.podlint.parse.JsonTree;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.DocumentCheck;
import io.podlint.rules.ReadyCheck;
import io.podlint.rules.WorkloadCheck;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Custom policies without Java: a JSON Schema that each target must satisfy. Every validation
 * error becomes a finding at the node it concerns (for a missing property: its parent).
 */
public final class JsonSchemaCheck implements DocumentCheck.Deriving<JsonSchemaCheck.Params, JsonSchemaCheck.Compiled>,
    WorkloadCheck.Deriving<JsonSchemaCheck.Params, JsonSchemaCheck.Compiled> {

  /** What the schema is evaluated against. */
  public enum Target {
    /** The whole object, for example the Deployment. */
    OBJECT,
    /** The pod spec of a workload, whatever its kind. */
    POD_SPEC,
    /** Each regular container and native sidecar. */
    CONTAINER,
    /** Each container of any type, init and ephemeral included. */
    ANY_CONTAINER
  }

  /**
   * @param target {@code object}, {@code podSpec}, {@code container} or {@code anyContainer}
   * @param schema the JSON Schema (draft 2020-12 unless it says otherwise)
   * @param message the finding's message; {@code {error}}, {@code {container}}, {@code {kind}}
   *     and {@code {name}} are replaced
   */
  public record Params(String target, JsonNode schema, String message) {
    public Params {
      if (schema == null || !schema.isObject()) {
        throw new IllegalArgumentException("params.schema must be a JSON Schema object");
      }
      if (parseTarget(target) == null) {
        throw new IllegalArgumentException("params.target must be object, podSpec, container or anyContainer");
      }
      JsonSchemas.compile(schema); // a broken schema fails at binding, with the binding's message
    }
  }

  /** The parameters with their target parsed and their schema compiled. */
  public record Compiled(Target target, JsonSchemas.Compiled schema, String message) {}

  private static Target parseTarget(String target) {
    if (target == null) {
      return Target.OBJECT;
    }
    return switch (target.toLowerCase(Locale.ROOT)) {
      case "object" -> Target.OBJECT;
      case "podspec" -> Target.POD_SPEC;
      case "container" -> Target.CONTAINER;
      case "anycontainer" -> Target.ANY_CONTAINER;
      default -> null;
    };
  }

  @Override
  public String id() {
    return "json-schema";
  }

  @Override
  public Class<Params> paramsType() {
    return Params.class;
  }

  @Override
  public List<String> defaultKinds() {
    return List.of();
  }

  @Override
  public Compiled derive(Params p) {
    return new Compiled(parseTarget(p.target()), JsonSchemas.compile(p.schema()), p.message());
  }

  /** An {@code object} target runs on every document, the others on workloads only. */
  @Override
  public ReadyCheck compile(Params params) {
    Compiled c = derive(params);
    return c.target() == Target.OBJECT
        ? ReadyCheck.onDocument((d, ctx) -> checkDocument(d, c, ctx))
        : ReadyCheck.onWorkload((w, ctx) -> checkWorkload(w, c, ctx));
  }

  @Override
  public void checkDocument(Document d, Compiled p, CheckContext ctx) {
    if (p.target() == Target.OBJECT) {
      evaluate(d.root(), null, d, p, ctx);
    }
  }

  @Override
  public void checkWorkload(Workload w, Compiled p, CheckContext ctx) {
    switch (p.target()) {
      case POD_SPEC -> evaluate(w.podSpec(), null, w.document(), p, ctx);
      case CONTAINER -> w.longRunningContainers().forEach(c -> evaluate(c.node(), c, w.document(), p, ctx));
      case ANY_CONTAINER -> w.containers().forEach(c -> evaluate(c.node(), c, w.document(), p, ctx));
      default -> { }
    }
  }

  private static void evaluate(YamlNode target, ContainerView c, Document d, Compiled p, CheckContext ctx) {
    if (!target.isMapping()) {
      return;
    }
    JsonSchemas.Compiled schema = p.schema();
    Set<String> seen = new HashSet<>();
    for (JsonSchemas.SchemaError e : schema.validate(JsonTree.of(target))) {
      YamlNode at = target.follow(e.path());
      if (!seen.add(at.path() + "\u0000" + e.keyword())) {
        continue;
      }
      String message = p.message() == null ? e.message() : p.message()
          .replace("{error}", e.message())
          .replace("{container}", c == null ? "" : c.name())
          .replace("{kind}", String.valueOf(d.kind()))
          .replace("{name}", String.valueOf(d.name()));
      ctx.report(at, c, message);
    }
  }
}
