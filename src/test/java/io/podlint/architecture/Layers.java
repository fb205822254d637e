package io.podlint.architecture;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * podlint's layers, lowest first. A package may use packages of lower layers only; packages of one
 * layer are siblings and do not use each other. The rule families ({@code rules.*}) are reached
 * from outside {@code rules} only by {@code policy}: its registry binds ids to checks and its
 * {@code LintSetup} loads the user's schema files; describe, the engine, the reporters, the
 * language server and the commands see checks through the contract in {@code rules} alone.
 */
final class Layers {
  /** A layer: its name and packages; {@code rules.*} stands for every other sub-package of rules. */
  record Layer(String name, Set<String> packages) {}

  static final String RULE_FAMILIES = "io.podlint.rules.*";

  static final List<Layer> PODLINT = List.of(
      layer("util", "io.podlint.util"),
      layer("parse", "io.podlint.parse"),
      layer("k8s", "io.podlint.k8s"),
      layer("multus", "io.podlint.k8s.multus"),
      layer("model", "io.podlint.model"),
      // the Pod Security Standards are evaluated on model views, so they sit above model
      layer("pod security", "io.podlint.k8s.podsecurity"),
      layer("check contract", "io.podlint.rules"),
      // semantic rules ask the schema rules what they report, so as not to report a mistake twice
      layer("schema rules", "io.podlint.rules.schema"),
      layer("rule families", RULE_FAMILIES),
      layer("policy", "io.podlint.policy"),
      layer("engine", "io.podlint.engine"),
      layer("consumers", "io.podlint.render", "io.podlint.fix", "io.podlint.describe", "io.podlint.report"),
      layer("lsp", "io.podlint.lsp"),
      layer("cli", "io.podlint.cli"));

  /** Who may use a rule family, besides the rule families themselves. */
  static final Set<String> FAMILY_USERS = Set.of("io.podlint.policy");

  private final List<Layer> layers;

  Layers(List<Layer> layers) {
    this.layers = layers;
  }

  private static Layer layer(String name, String... packages) {
    return new Layer(name, Set.of(packages));
  }

  /** The index of the package's layer, or -1. */
  int layerOf(String pkg) {
    for (int i = 0; i < layers.size(); i++) {
      if (layers.get(i).packages().contains(pkg)) {
        return i;
      }
    }
    for (int i = 0; i < layers.size(); i++) {
      if (layers.get(i).packages().contains(RULE_FAMILIES) && isRuleFamily(pkg)) {
        return i;
      }
    }
    return -1;
  }

  static boolean isRuleFamily(String pkg) {
    return pkg.startsWith("io.podlint.rules.");
  }

  /** What breaks the layers, one line each: unplaced packages, then uses in {@link ImportGraph#uses()} order. */
  List<String> violations(ImportGraph graph) {
    List<String> out = new ArrayList<>();
    for (String pkg : graph.packages()) {
      if (layerOf(pkg) < 0) {
        out.add("package " + pkg + " is in no layer: add it to Layers.PODLINT and to README's map");
      }
    }
    for (ImportGraph.Use use : graph.uses()) {
      int from = layerOf(use.from());
      int to = layerOf(use.to());
      if (from < 0 || to < 0) {
        continue;
      }
      String what = use.where() + ": " + use.from() + " uses " + use.to();
      if (to > from) {
        out.add(what + ", but layer '" + layers.get(to).name() + "' is above '" + layers.get(from).name() + "'");
      } else if (to == from) {
        out.add(what + ", but both are in layer '" + layers.get(from).name() + "', whose packages stay independent");
      } else if (isRuleFamily(use.to()) && !isRuleFamily(use.from()) && !FAMILY_USERS.contains(use.from())) {
        out.add(what + ", but only " + String.join(", ", FAMILY_USERS.stream().sorted().toList())
            + " may reach into a rule family: move what it needs to k8s or model");
      }
    }
    return out;
  }
}
