package io.podlint.rules.config;

import io.podlint.model.ContainerView;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.StatefulSetTemplates;
import io.podlint.rules.WorkloadCheck;

/** Env var names and envFrom prefixes the API server refuses. */
final class EnvNameInvalidCheck implements WorkloadCheck<EnvNameInvalidCheck.Params> {

  /**
   * @param relaxedEnvironmentVariableValidation the cluster accepts any printable ASCII name
   *     without '=' (the RelaxedEnvironmentVariableValidation feature)
   */
  record Params(boolean relaxedEnvironmentVariableValidation) {}

  @Override
  public String id() {
    return "env-name-invalid";
  }

  @Override
  public Class<Params> paramsType() {
    return Params.class;
  }

  @Override
  public void checkWorkload(Workload w, Params params, CheckContext ctx) {
    String consequence = StatefulSetTemplates.rejectionConsequence(w);
    for (ContainerView c : w.containers()) {
      for (YamlNode env : c.get("env").items()) {
        YamlNode name = env.get("name");
        if (name.isScalar() && name.text().isEmpty()) {
          ctx.report(name, c, "%s has an env var with an empty name; the API server rejects it (Required)"
              .formatted(c.describe()), consequence);
        } else if (name.isScalar()) {
          check(c, name, "env var name", params, consequence, ctx);
        }
      }
      for (YamlNode from : c.get("envFrom").items()) {
        YamlNode prefix = from.get("prefix");
        if (prefix.isScalar() && !prefix.text().isEmpty()) {
          check(c, prefix, "envFrom prefix", params, consequence, ctx);
        }
      }
    }
  }

  private static void check(ContainerView c, YamlNode value, String what, Params params, String consequence,
      CheckContext ctx) {
    String name = value.text();
    String relaxed = EnvNames.relaxedProblem(name);
    if (relaxed != null) {
      ctx.report(value, c, "%s has %s \"%s\", which the API server rejects: %s. Rename it, e.g. \"%s\""
          .formatted(c.describe(), what, name, relaxed, EnvNames.suggestion(name)), consequence);
      return;
    }
    String classic = EnvNames.classicProblem(name);
    if (classic != null && !params.relaxedEnvironmentVariableValidation()) {
      ctx.report(value, c, ("%s has %s \"%s\", which the API server rejects unless the cluster enables "
          + "RelaxedEnvironmentVariableValidation: %s. Rename it, e.g. \"%s\"")
          .formatted(c.describe(), what, name, classic, EnvNames.suggestion(name)), consequence);
    }
  }
}
