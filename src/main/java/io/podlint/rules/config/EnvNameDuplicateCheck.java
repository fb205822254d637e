package io.podlint.rules.config;

import io.podlint.model.ContainerView;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;
import java.util.HashMap;
import java.util.Map;

/**
 * The same env var defined twice in a container: the last definition wins. A redefinition that
 * builds on the previous value ({@code PATH=$(PATH):/opt/bin}) is intended and not reported,
 * as in the API server's own warning.
 */
final class EnvNameDuplicateCheck implements WorkloadCheck<NoParams> {

  @Override
  public String id() {
    return "env-name-duplicate";
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    for (ContainerView c : w.containers()) {
      Map<String, YamlNode> seen = new HashMap<>();
      for (YamlNode env : c.get("env").items()) {
        YamlNode name = env.get("name");
        if (!name.isScalar() || name.text().isEmpty()) {
          continue;
        }
        YamlNode first = seen.putIfAbsent(name.text(), name);
        if (first != null && !buildsOnPrevious(env, name.text())) {
          ctx.report(name, c, ("%s defines env var \"%s\" again (first on line %d); only the last definition "
              + "takes effect, and kubectl apply may drop one of them. Remove the duplicate")
              .formatted(c.describe(), name.text(), first.location().line()));
        }
      }
    }
  }

  private static boolean buildsOnPrevious(YamlNode env, String name) {
    String value = env.get("value").text("");
    String reference = "$(" + name + ")";
    return !env.get("valueFrom").hasValue() && value.contains(reference) && !value.equals(reference);
  }
}
