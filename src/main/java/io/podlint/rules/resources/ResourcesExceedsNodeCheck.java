package io.podlint.rules.resources;

import io.podlint.k8s.Quantity;
import io.podlint.k8s.ResourceNames;
import io.podlint.model.PodResources;
import io.podlint.model.ResourceEntry;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.WorkloadCheck;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A Pod whose effective requests exceed what the largest node can allocate is never scheduled.
 * Requests are the scheduler's: containers and sidecars add up, init containers count at their
 * peak, pod-level resources and overhead included.
 */
final class ResourcesExceedsNodeCheck implements WorkloadCheck.Deriving<ResourcesExceedsNodeCheck.Params, Map<String, Quantity>> {

  /**
   * Without a configured node, the largest current cloud instance (GCP x4-megamem-1920-metal:
   * 1,920 vCPUs and 32 TiB; the policy description lists the others): only what no cloud node
   * can hold is reported.
   */
  static final Map<String, String> LARGEST_CLOUD_INSTANCE = Map.of("cpu", "1920", "memory", "32Ti");

  /** @param largestNode allocatable resources of the largest node, by resource name (quantities) */
  record Params(Map<String, String> largestNode) {
    Params {
      largestNode = largestNode == null ? LARGEST_CLOUD_INSTANCE : Map.copyOf(largestNode);
      largestNode.forEach((name, value) -> {
        if (ResourceNames.containerNameProblem(name).isPresent()) {
          throw new IllegalArgumentException("largestNode: \"" + name + "\" is not a resource name");
        }
        if (value == null || Quantity.tryParse(value).isEmpty()) {
          throw new IllegalArgumentException("largestNode." + name + ": \"" + value + "\" is not a quantity");
        }
      });
    }
  }

  @Override
  public String id() {
    return "resources-node-capacity";
  }

  @Override
  public Class<Params> paramsType() {
    return Params.class;
  }

  /** The allocatable quantities of the largest node by resource name, in name order. */
  @Override
  public Map<String, Quantity> derive(Params params) {
    Map<String, Quantity> out = new LinkedHashMap<>();
    params.largestNode().keySet().stream().sorted()
        .forEach(name -> out.put(name, Quantity.parse(params.largestNode().get(name))));
    return Collections.unmodifiableMap(out);
  }

  @Override
  public void checkWorkload(Workload w, Map<String, Quantity> capacity, CheckContext ctx) {
    PodResources pod = PodResources.of(w);
    NodeSizes sizes = NodeSizes.of(w, capacity, ctx.settings().clusterProfile());
    for (Map.Entry<String, Quantity> node : sizes.largest().entrySet()) {
      String name = node.getKey();
      Optional<Quantity> total = pod.request(name);
      if (total.isEmpty() || total.get().compareTo(node.getValue()) <= 0
          || ResourceNames.CPU.equals(name) && writesCoresForMillicores(w)) {
        continue;
      }
      String largest = "the largest node can allocate %s (%s): no node can run the Pod, so it stays Pending (Unschedulable: \"Insufficient %s\") forever"
          .formatted(capacity(name, node.getValue()), sizes.whence(name), name);
      Optional<Blocks.Block> alone = Blocks.all(w).stream()
          .filter(b -> b.resources().effectiveRequest(name).filter(q -> q.compareTo(node.getValue()) > 0).isPresent())
          .findFirst();
      if (alone.isPresent()) {
        Blocks.Block b = alone.get();
        ResourceEntry e = b.resources().requests().get(name).or(() -> b.resources().limits().get(name)).orElseThrow();
        ctx.report(e.value(), b.container(), "%s requests %s %s; %s"
            .formatted(b.owner(), name, Blocks.amount(name, e.quantity()), largest));
      } else {
        YamlNode at = w.podSpec().get("containers");
        ctx.report(at.isPresent() ? at : w.podSpec(), "the Pod requests %s %s in total (containers and sidecars add up, init containers count at their peak, overhead included); %s"
            .formatted(name, total.get().canonical(), largest));
      }
    }
  }

  private static String capacity(String name, Quantity q) {
    if (ResourceNames.CPU.equals(name)) {
      return q.value().stripTrailingZeros().toPlainString() + (q.value().compareTo(java.math.BigDecimal.ONE) > 0 ? " CPUs" : " CPU");
    }
    return Blocks.amount(name, q);
  }

  /** Whole CPUs that look like millicores are left to resources-cpu-millicores-typo. */
  private static boolean writesCoresForMillicores(Workload w) {
    return Blocks.all(w).stream().anyMatch(b -> b.resources().effectiveRequest(ResourceNames.CPU).isPresent()
        && (b.resources().requests().get(ResourceNames.CPU).or(() -> b.resources().limits().get(ResourceNames.CPU))
            .filter(ResourceEntry::isValid)
            .filter(e -> ResourcesCpuMillicoresTypoCheck.isLikelyTypo(w, e.quantity(), ResourcesCpuMillicoresTypoCheck.DEFAULT_MINIMUM))
            .isPresent()));
  }
}
