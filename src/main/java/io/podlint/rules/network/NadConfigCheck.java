package io.podlint.rules.network;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.podlint.k8s.multus.NadConfig;
import io.podlint.k8s.multus.ValueProblem;
import io.podlint.parse.Document;
import io.podlint.parse.ScalarPositions;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.DocumentCheck;
import io.podlint.rules.NoParams;
import io.podlint.rules.PolicyText;
import java.util.List;
import java.util.Set;

/**
 * A NetworkAttachmentDefinition's {@code spec.config}: invalid CNI config (reported inside the
 * JSON string), or a macvlan/ipvlan plugin without {@code master}. The CRD types the field as a
 * plain string, so these surface only when a Pod attaches the network.
 */
final class NadConfigCheck implements DocumentCheck<NadConfigCheck.Params> {
  /** Which problems a policy reports. */
  enum Report { @JsonProperty("invalid") INVALID, @JsonProperty("master-missing") MASTER_MISSING }

  /** @param report which problems the policy reports */
  record Params(Report report) {
    Params {
      if (report == null) {
        throw new IllegalArgumentException("report: invalid or master-missing");
      }
    }
  }

  private static final Set<ValueProblem.Kind> INVALID = Set.of(ValueProblem.Kind.SYNTAX,
      ValueProblem.Kind.TYPE, ValueProblem.Kind.REQUIRED, ValueProblem.Kind.INVALID_VALUE);
  /** spec.config written as YAML instead of a string: what it is ("a YAML mapping"). */
  static final PolicyText NOT_A_STRING = PolicyText.of("notAStringMessage", "found");
  static final PolicyText NOT_A_STRING_CONSEQUENCE = PolicyText.of("notAStringConsequence");
  /** A problem of the CNI config, at its position in the string. */
  static final PolicyText INVALID_CONFIG = PolicyText.of("message", "name", "problem");
  /** A macvlan or ipvlan plugin without master. */
  static final PolicyText MASTER_MISSING = PolicyText.of("message", "plugin", "name");

  @Override
  public String id() {
    return "nad-config";
  }

  @Override
  public Class<Params> paramsType() {
    return Params.class;
  }

  @Override
  public List<PolicyText> texts(Params params) {
    return params.report() == Report.INVALID ? List.of(NOT_A_STRING, NOT_A_STRING_CONSEQUENCE, INVALID_CONFIG)
        : List.of(MASTER_MISSING);
  }

  @Override
  public List<String> defaultKinds() {
    return List.of(PodNetworks.NAD_KIND);
  }

  @Override
  public void checkDocument(Document d, Params params, CheckContext ctx) {
    Report report = params.report();
    YamlNode config = d.root().at("spec.config");
    if (!config.hasValue()) {
      return; // Multus then reads a config file of the same name from the node
    }
    if (!config.isString()) {
      if (report == Report.INVALID) {
        ctx.report(config, null, ctx.text(NOT_A_STRING, config.isMapping() ? "a YAML mapping"
            : config.isSequence() ? "a YAML list" : config.isBool() ? "a boolean" : "a number"),
            ctx.text(NOT_A_STRING_CONSEQUENCE));
      }
      return;
    }
    String text = config.text();
    if (text.isEmpty() || text.contains("{{")) {
      return;
    }
    NadConfig cfg = NadConfig.parse(text);
    if (report == Report.INVALID) {
      for (ValueProblem p : cfg.problems()) {
        if (INVALID.contains(p.kind())) {
          ctx.report(config, ScalarPositions.locate(config, p.start()), null,
              ctx.text(INVALID_CONFIG, name(d), p.message()));
        }
      }
      return;
    }
    for (NadConfig.Plugin p : cfg.pluginsMissingMaster()) {
      ctx.report(config, ScalarPositions.locate(config, p.span().start()), null,
          ctx.text(MASTER_MISSING, p.type(), name(d)));
    }
  }

  private static String name(Document d) {
    return d.name() == null ? "<unnamed>" : d.name();
  }
}
