package io.podlint.model;

import io.podlint.k8s.NodeShapes;
import io.podlint.parse.YamlNode;
import java.util.OptionalInt;

/**
 * What a Pod says about the node it needs, for rules that judge whether an amount is plausible:
 * whether it asks for accelerators (an accelerator extended resource, or an accelerator label or
 * taint in its nodeSelector, required node affinity or tolerations), and the most vCPUs among the
 * instance types it selects.
 *
 * @param accelerators the Pod is meant for an accelerator node
 * @param instanceVcpus the largest vCPU count of the instance types it selects, when known
 */
public record NodeChoice(boolean accelerators, OptionalInt instanceVcpus) {

  public static NodeChoice of(Workload w) {
    return w.memo(NodeChoice.class, () -> compute(w));
  }

  /** Whether a node of this choice plausibly has {@code cpus} CPUs to allocate. */
  public boolean plausiblyHas(double cpus) {
    return accelerators || instanceVcpus.isPresent() && instanceVcpus.getAsInt() >= cpus;
  }

  private static NodeChoice compute(Workload w) {
    YamlNode spec = w.podSpec();
    boolean accelerators = false;
    int vcpus = -1;
    for (ContainerView c : w.containers()) {
      for (String field : java.util.List.of("requests", "limits")) {
        for (YamlNode.Entry e : c.get("resources").get(field).entries()) {
          accelerators |= NodeShapes.isAccelerator(e.key());
        }
      }
    }
    for (YamlNode.Entry e : spec.get("nodeSelector").entries()) {
      accelerators |= NodeShapes.isAccelerator(e.key());
      if (NodeShapes.isInstanceTypeLabel(e.key())) {
        vcpus = Math.max(vcpus, NodeShapes.instanceVcpus(e.value().text()).orElse(-1));
      }
    }
    YamlNode required = spec.at("affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms");
    for (YamlNode term : required.items()) {
      for (YamlNode expression : term.get("matchExpressions").items()) {
        String key = expression.get("key").text();
        String operator = expression.get("operator").text("");
        if (operator.equals("NotIn") || operator.equals("DoesNotExist")) {
          continue;
        }
        accelerators |= NodeShapes.isAccelerator(key);
        if (NodeShapes.isInstanceTypeLabel(key)) {
          for (YamlNode v : expression.get("values").items()) {
            vcpus = Math.max(vcpus, NodeShapes.instanceVcpus(v.text()).orElse(-1));
          }
        }
      }
    }
    for (YamlNode toleration : spec.get("tolerations").items()) {
      accelerators |= NodeShapes.isAccelerator(toleration.get("key").text());
    }
    return new NodeChoice(accelerators, vcpus < 0 ? OptionalInt.empty() : OptionalInt.of(vcpus));
  }
}
