package io.podlint.rules.scheduling;

import io.podlint.k8s.LabelSelector;
import io.podlint.k8s.NodeSelectorTerms;
import io.podlint.k8s.NodeSelectorTerms.Conflict;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The required node affinity terms of a pod spec and the nodeSelector they are combined with. */
final class RequiredTerms {
  private RequiredTerms() {}

  /** {@code spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms}. */
  static YamlNode termsNode(Workload w) {
    return w.podSpec().at("affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms");
  }

  /**
   * The conflict of each term with {@code fixed}, or empty when a term can match (or one cannot
   * be read): the Pod can then be placed as far as these constraints go.
   */
  static Optional<List<Conflict>> allConflict(YamlNode terms, Map<String, String> fixed, YamlNode fixedAt) {
    if (!terms.isSequence() || terms.items().isEmpty()) {
      return Optional.empty();
    }
    List<Conflict> out = new ArrayList<>();
    for (YamlNode t : terms.items()) {
      Optional<Conflict> c = NodeSelectorTerms.conflict(t, fixed, fixedAt);
      if (c.isEmpty()) {
        return Optional.empty();
      }
      out.add(c.get());
    }
    return Optional.of(out);
  }

  /** The nodeSelector's pairs, or null when it cannot be read. */
  static Map<String, String> nodeSelector(Workload w) {
    return LabelSelector.pairs(w.podSpec().get("nodeSelector"));
  }

  static String reasons(List<Conflict> conflicts) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < conflicts.size(); i++) {
      out.add((conflicts.size() == 1 ? "" : "term " + (i + 1) + ": ") + conflicts.get(i).reason());
    }
    return String.join("; ", out);
  }
}
