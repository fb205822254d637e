package io.podlint.rules.resources;

import io.podlint.k8s.Quantity;
import io.podlint.k8s.ResourceNames;
import io.podlint.model.NodeChoice;
import io.podlint.model.ResourceEntry;
import io.podlint.model.Workload;
import io.podlint.rules.CheckContext;
import io.podlint.rules.WorkloadCheck;
import io.podlint.rules.PolicyText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code cpu: 500} is five hundred CPUs, not half a CPU: a whole number of cores this large
 * without a suffix almost always lacks the {@code m} of millicores.
 */
final class ResourcesCpuMillicoresTypoCheck implements WorkloadCheck<ResourcesCpuMillicoresTypoCheck.Params> {
  /** Compiled once, not per quantity. */
  private static final Pattern PLAIN_INTEGER = Pattern.compile("\\+?[0-9]+");
  /** The default of {@code minimum}; other checks use it to leave such values to this one. */
  static final int DEFAULT_MINIMUM = 100;

  /** @param minimum the smallest plain number of CPUs that is taken for a missing {@code m} */
  record Params(Integer minimum) {
    Params {
      minimum = minimum == null ? DEFAULT_MINIMUM : minimum;
      if (minimum < 1) {
        throw new IllegalArgumentException("minimum must be at least 1");
      }
    }
  }

  @Override
  public String id() {
    return "resources-cpu-millicores-typo";
  }

  /** A limit written in cores where millicores were meant. */
  private static final PolicyText UNCAPPED = PolicyText.of("uncappedConsequence");

  @Override
  public List<PolicyText> texts(Params params) {
    return List.of(UNCAPPED);
  }

  @Override
  public Class<Params> paramsType() {
    return Params.class;
  }

  /** A cpu amount written as a plain whole number of at least {@code minimum} cores. */
  static boolean looksLikeMillicores(Quantity q, int minimum) {
    return PLAIN_INTEGER.matcher(q.original().strip()).matches() && q.value().compareTo(BigDecimal.valueOf(minimum)) >= 0;
  }

  /**
   * {@link #looksLikeMillicores}, unless the Pod asks for a node where that many CPUs are
   * plausible: an accelerator node (8-GPU machines have 96 to 224 vCPUs) or an instance type
   * with at least as many vCPUs.
   */
  static boolean isLikelyTypo(Workload w, Quantity q, int minimum) {
    return looksLikeMillicores(q, minimum) && !NodeChoice.of(w).plausiblyHas(q.value().doubleValue());
  }

  @Override
  public void checkWorkload(Workload w, Params params, CheckContext ctx) {
    for (Blocks.Block b : Blocks.all(w)) {
      for (String field : List.of("requests", "limits")) {
        Optional<ResourceEntry> cpu = b.list(field).get(ResourceNames.CPU).filter(ResourceEntry::isValid)
            .filter(e -> isLikelyTypo(w, e.quantity(), params.minimum()));
        if (cpu.isEmpty()) {
          continue;
        }
        Quantity q = cpu.get().quantity();
        String written = q.original().strip().replace("+", "");
        String meant = Quantity.parse(written + "m").describeCpu();
        boolean reserves = "requests".equals(field) || !b.resources().requests().has(ResourceNames.CPU);
        String effect = reserves
            ? "no ordinary node has that many, so the Pod stays Pending (Unschedulable: Insufficient cpu)"
            : "such a limit is no limit at all";
        String message = "%s: cpu %s %s; %s. Millicores need the suffix \"m\": did you mean \"%sm\" (%s)?"
            .formatted(b.owner(), "requests".equals(field) ? "request" : "limit", q.describeCpu(), effect, written,
                meant.substring(meant.indexOf("= ") + 2));
        if (reserves) {
          ctx.report(cpu.get().value(), b.container(), message);
        } else {
          ctx.report(cpu.get().value(), b.container(), message, ctx.text(UNCAPPED));
        }
      }
    }
  }
}
