package io.podlint.rules.config;

import io.podlint.model.ContainerView;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.StatefulSetTemplates;
import io.podlint.rules.Text;
import io.podlint.rules.WorkloadCheck;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code env[].valueFrom} needs exactly one source and no non-empty {@code value} beside it;
 * {@code envFrom[]} needs exactly one of configMapRef and secretRef.
 */
final class EnvSourceInvalidCheck implements WorkloadCheck<NoParams> {
  private static final List<String> VALUE_SOURCES =
      List.of("fieldRef", "resourceFieldRef", "configMapKeyRef", "secretKeyRef", "fileKeyRef");
  private static final List<String> ENV_FROM_SOURCES = List.of("configMapRef", "secretRef");
  /** The field of the other list that people write by mistake, and the one meant. */
  private static final Map<String, String> SWAPPED = Map.of("secretRef", "secretKeyRef",
      "configMapRef", "configMapKeyRef", "secretKeyRef", "secretRef", "configMapKeyRef", "configMapRef");

  @Override
  public String id() {
    return "env-source-invalid";
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    String consequence = StatefulSetTemplates.rejectionConsequence(w);
    for (ContainerView c : w.containers()) {
      for (YamlNode env : c.get("env").items()) {
        YamlNode valueFrom = env.get("valueFrom");
        if (!valueFrom.isMapping()) {
          continue;
        }
        String what = c.describe() + " env var \"" + env.get("name").text("?") + "\"";
        List<YamlNode.Entry> sources = sources(valueFrom, VALUE_SOURCES);
        YamlNode value = env.get("value");
        if (sources.isEmpty()) {
          ctx.report(valueFrom, c, ("%s has a valueFrom without a source%s; the API server rejects it (must "
              + "specify one of: fieldRef, resourceFieldRef, configMapKeyRef or secretKeyRef). Set exactly one")
              .formatted(what, unknownHint(valueFrom, VALUE_SOURCES)), consequence);
        } else if (value.isScalar() && !value.text().isEmpty()) {
          ctx.report(value, c, ("%s sets both value and valueFrom; the API server rejects it (valueFrom may not "
              + "be specified when value is not empty). Keep one").formatted(what), consequence);
        } else if (sources.size() > 1) {
          ctx.report(sources.get(1).value(), c, ("%s has %d sources in valueFrom, %s; the API server rejects it "
              + "(may not have more than one field specified at a time). Keep one")
              .formatted(what, sources.size(), quoted(sources)), consequence);
        }
      }
      for (YamlNode from : c.get("envFrom").items()) {
        if (!from.isMapping()) {
          continue;
        }
        List<YamlNode.Entry> sources = sources(from, ENV_FROM_SOURCES);
        if (sources.isEmpty()) {
          ctx.report(from, c, ("%s has an envFrom entry with neither configMapRef nor secretRef%s; the API "
              + "server rejects it (must specify one of: configMapRef or secretRef). Set exactly one")
              .formatted(c.describe(), unknownHint(from, ENV_FROM_SOURCES)), consequence);
        } else if (sources.size() > 1) {
          ctx.report(sources.get(1).value(), c, ("%s has an envFrom entry with both configMapRef and secretRef; "
              + "the API server rejects it (may not have more than one field specified at a time). Use one "
              + "envFrom entry per source").formatted(c.describe()), consequence);
        }
      }
    }
  }

  private static List<YamlNode.Entry> sources(YamlNode mapping, List<String> known) {
    return mapping.entries().stream().filter(e -> e.key() != null && known.contains(e.key()) && e.value().hasValue()).toList();
  }

  private static String quoted(List<YamlNode.Entry> entries) {
    return Text.quotedList(entries.stream().map(YamlNode.Entry::key).toList(), "and");
  }

  /** {@code (it has "secretRef"; did you mean "secretKeyRef"?)} for an unknown key, else empty. */
  private static String unknownHint(YamlNode mapping, List<String> known) {
    Optional<String> other = mapping.entries().stream().map(YamlNode.Entry::key)
        .filter(k -> k != null && !known.contains(k) && !"prefix".equals(k)).findFirst();
    return other.map(k -> " (it has \"%s\", which is not one%s)".formatted(k,
        SWAPPED.get(k) != null && known.contains(SWAPPED.get(k)) ? " (did you mean \"" + SWAPPED.get(k) + "\"?)" : Text.didYouMean(k, known)))
        .orElse("");
  }
}
