package io.podlint.rules.network;

import io.podlint.k8s.multus.NadConfig;
import io.podlint.k8s.multus.ValueProblem;
import io.podlint.parse.Document;
import io.podlint.parse.ScalarPositions;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.DocumentCheck;
import io.podlint.rules.NoParams;
import java.util.List;
import java.util.Set;

/**
 * A NetworkAttachmentDefinition's {@code spec.config}: invalid CNI config (reported inside the
 * JSON string), or a macvlan/ipvlan plugin without {@code master}. The CRD types the field as a
 * plain string, so these surface only when a Pod attaches the network.
 */
final class NadConfigCheck implements DocumentCheck<NoParams> {
  /** Which problems an instance reports. */
  enum Report { INVALID, MASTER_MISSING }

  private static final Set<ValueProblem.Kind> INVALID = Set.of(ValueProblem.Kind.SYNTAX,
      ValueProblem.Kind.TYPE, ValueProblem.Kind.REQUIRED, ValueProblem.Kind.INVALID_VALUE);
  private static final String REJECTED =
      "Rejected by the API server (422 Invalid): the CRD types spec.config as a string, so the NetworkAttachmentDefinition is not created.";

  private final String id;
  private final Report report;

  NadConfigCheck(String id, Report report) {
    this.id = id;
    this.report = report;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public List<String> defaultKinds() {
    return List.of(PodNetworks.NAD_KIND);
  }

  @Override
  public void checkDocument(Document d, NoParams params, CheckContext ctx) {
    YamlNode config = d.root().at("spec.config");
    if (!config.hasValue()) {
      return; // Multus then reads a config file of the same name from the node
    }
    if (!config.isString()) {
      if (report == Report.INVALID) {
        ctx.report(config, null, ("spec.config must be a string holding the CNI config as JSON, but it is %s: quote the JSON"
            + " (config: '{\"cniVersion\": \"0.3.1\", ...}') or write it as a block scalar (config: |)")
            .formatted(config.isMapping() ? "a YAML mapping" : config.isSequence() ? "a YAML list" : config.isBool() ? "a boolean" : "a number"),
            REJECTED);
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
              "spec.config of NetworkAttachmentDefinition \"%s\": %s; every Pod that attaches this network stays in ContainerCreating with FailedCreatePodSandBox events"
                  .formatted(name(d), p.message()));
        }
      }
      return;
    }
    for (NadConfig.Plugin p : cfg.pluginsMissingMaster()) {
      ctx.report(config, ScalarPositions.locate(config, p.span().start()), null,
          ("the %s plugin in spec.config of NetworkAttachmentDefinition \"%s\" names no \"master\" (the host interface it hangs off):"
              + " older plugins fail every attachment, newer ones silently pick the node's default-route interface, which is rarely the"
              + " intended network; set \"master\" to the node's interface on the secondary network (e.g. \"eth1\")")
              .formatted(p.type(), name(d)));
    }
  }

  private static String name(Document d) {
    return d.name() == null ? "<unnamed>" : d.name();
  }
}
