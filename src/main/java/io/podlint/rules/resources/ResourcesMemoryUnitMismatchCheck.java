package io.podlint.rules.resources;

import io.podlint.k8s.Quantity;
import io.podlint.k8s.ResourceNames;
import io.podlint.model.PodResources;
import io.podlint.model.ResourceRequirements;
import io.podlint.model.Workload;
import io.podlint.rules.CheckContext;
import io.podlint.rules.PolicyText;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.List;

/**
 * A memory request and limit written in different unit families for what is probably the same
 * amount: they would be equal if the decimal suffix were its binary namesake ({@code 1G} and
 * {@code 1Gi}, {@code 1024M} and {@code 1Gi}). They differ by 2-15%, so the Pod is not Guaranteed.
 */
final class ResourcesMemoryUnitMismatchCheck implements WorkloadCheck<NoParams> {
  private static final Pattern DECIMAL_SUFFIX = Pattern.compile("(.*[0-9.])([kMGTPE])");

  @Override
  public String id() {
    return "resources-memory-unit-mismatch";
  }

  /** {effect}: the QoS class it costs, or how far below the limit the request is. */
  private static final PolicyText MESSAGE = PolicyText.of("message", "owner", "request", "limit", "effect");
  private static final PolicyText CONSEQUENCE = PolicyText.of("qosConsequence", "qos");

  @Override
  public List<PolicyText> texts(NoParams params) {
    return List.of(MESSAGE, CONSEQUENCE);
  }

  /** Written with a decimal SI suffix such as {@code M} or {@code G}. */
  static boolean isDecimalUnit(Quantity q) {
    return q.format() == Quantity.Format.DECIMAL_SI && DECIMAL_SUFFIX.matcher(q.original().strip()).matches();
  }

  static boolean isMismatch(ResourceRequirements r) {
    Optional<Quantity> request = r.requests().get(ResourceNames.MEMORY).map(e -> e.quantity());
    Optional<Quantity> limit = r.limits().get(ResourceNames.MEMORY).map(e -> e.quantity());
    if (request.isEmpty() || limit.isEmpty() || request.get().signum() <= 0) {
      return false;
    }
    Quantity req = request.get();
    Quantity lim = limit.get();
    boolean mixed = req.format() == Quantity.Format.BINARY_SI && isDecimalUnit(lim)
        || lim.format() == Quantity.Format.BINARY_SI && isDecimalUnit(req);
    return mixed && req.compareTo(lim) < 0 && asBinary(isDecimalUnit(req) ? req : lim)
        .filter(b -> b.compareTo(isDecimalUnit(req) ? lim : req) == 0).isPresent();
  }

  /** The amount the text would mean with {@code Ki} for {@code k}, {@code Mi} for {@code M}... */
  private static Optional<Quantity> asBinary(Quantity decimal) {
    java.util.regex.Matcher m = DECIMAL_SUFFIX.matcher(decimal.original().strip());
    return m.matches() ? Quantity.tryParse(m.group(1) + m.group(2).toUpperCase(java.util.Locale.ROOT) + "i")
        : Optional.empty();
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    PodResources pod = null;
    for (Blocks.Block b : Blocks.containers(w)) {
      if (!isMismatch(b.resources())) {
        continue;
      }
      if (pod == null) {
        pod = PodResources.of(w);
      }
      Quantity req = b.resources().requests().get(ResourceNames.MEMORY).orElseThrow().quantity();
      Quantity lim = b.resources().limits().get(ResourceNames.MEMORY).orElseThrow().quantity();
      String effect = almostGuaranteed(w)
          ? "so the Pod is Burstable instead of Guaranteed (its QoS class needs every request equal to its limit)"
          : "so the request is %s%% below the limit".formatted(BigDecimal.ONE.subtract(req.value().divide(lim.value(), 4,
              RoundingMode.HALF_UP)).movePointRight(2).setScale(0, RoundingMode.HALF_UP));
      ctx.report(b.resources().requests().get(ResourceNames.MEMORY).orElseThrow().value(), b.container(),
          ctx.text(MESSAGE, b.owner(), req.describeBytes(), lim.describeBytes(), effect),
          ctx.text(CONSEQUENCE, pod.qosClass().apiName()));
    }
  }

  /** Guaranteed but for memory requests that differ from their limits only by their unit. */
  private static boolean almostGuaranteed(Workload w) {
    if (w.podSpec().get("resources").hasValue()) {
      return false;
    }
    for (Blocks.Block b : Blocks.containers(w)) {
      ResourceRequirements r = b.resources();
      for (String name : ResourceNames.COMPUTE) {
        if (!r.hasPositiveLimit(name)) {
          return false;
        }
      }
      boolean cpuEqual = r.effectiveRequest(ResourceNames.CPU).equals(r.limit(ResourceNames.CPU));
      boolean memoryEqual = r.effectiveRequest(ResourceNames.MEMORY).equals(r.limit(ResourceNames.MEMORY)) || isMismatch(r);
      if (!cpuEqual || !memoryEqual) {
        return false;
      }
    }
    return true;
  }
}
