package io.podlint.rules.scheduling;

import io.podlint.k8s.LabelSelector;
import io.podlint.model.ClusterProfile;
import io.podlint.model.ClusterProfile.NodePool;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The parts of a pod spec that pick node pools of a cluster profile: nodeSelector and tolerations. */
public final class PodPlacement {
  private PodPlacement() {}

  /** The Pod's tolerations; null when they cannot be read. */
  public static List<ClusterProfile.Toleration> tolerations(Workload w) {
    YamlNode list = w.podSpec().get("tolerations");
    if (list.hasValue() && !list.isSequence()) {
      return null;
    }
    List<ClusterProfile.Toleration> out = new ArrayList<>();
    for (YamlNode t : list.items()) {
      if (!t.isMapping()) {
        return null;
      }
      out.add(new ClusterProfile.Toleration(t.get("key").text(), t.get("operator").text(), t.get("value").text(),
          t.get("effect").text()));
    }
    return out;
  }

  /**
   * The pools of the profile the Pod may use by its nodeSelector and tolerations, or null when
   * they cannot be read (templated). Node affinity is not taken into account.
   */
  public static List<NodePool> eligiblePools(Workload w, ClusterProfile profile) {
    Map<String, String> selector = LabelSelector.pairs(w.podSpec().get("nodeSelector"));
    List<ClusterProfile.Toleration> tolerations = tolerations(w);
    if (selector == null || tolerations == null) {
      return null;
    }
    return profile.eligible(selector, tolerations);
  }
}
