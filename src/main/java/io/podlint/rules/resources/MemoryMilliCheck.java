package io.podlint.rules.resources;

import io.podlint.k8s.Quantity;
import io.podlint.k8s.ResourceNames;
import io.podlint.model.ResourceEntry;
import io.podlint.model.Workload;
import io.podlint.rules.CheckContext;
import io.podlint.rules.WorkloadCheck;
import java.util.regex.Pattern;

/**
 * Memory in milli (or micro, nano) units is a fraction of a byte: {@code 100m} is 0.1 byte, not
 * 100 MB. The API server accepts it (memory is not integer-checked).
 */
final class MemoryMilliCheck implements WorkloadCheck<MemoryMilliCheck.Params> {
  /** Compiled once, not per quantity. */
  private static final Pattern SUB_UNIT_SUFFIX = Pattern.compile(".*[0-9.][mun]$");

  /** @param field {@code requests} or {@code limits} */
  record Params(String field) {
    Params {
      if (!"requests".equals(field) && !"limits".equals(field)) {
        throw new IllegalArgumentException("field must be \"requests\" or \"limits\"");
      }
    }
  }

  @Override
  public String id() {
    return "resources-memory-milli";
  }

  @Override
  public Class<Params> paramsType() {
    return Params.class;
  }

  /** A memory amount that is a fraction of a byte, or written in milli, micro or nano units. */
  static boolean isFractionOfBytes(Quantity q) {
    return q.signum() != 0 && (!q.isInteger() || SUB_UNIT_SUFFIX.matcher(q.original().strip()).matches());
  }

  @Override
  public void checkWorkload(Workload w, Params params, CheckContext ctx) {
    for (Blocks.Block b : Blocks.containers(w)) {
      b.list(params.field()).get(ResourceNames.MEMORY).filter(ResourceEntry::isValid)
          .filter(e -> isFractionOfBytes(e.quantity()))
          .ifPresent(e -> ctx.report(e.value(), b.container(), message(b, params.field(), e.quantity())));
    }
  }

  private static String message(Blocks.Block b, String field, Quantity q) {
    String written = q.original().strip();
    char last = written.charAt(written.length() - 1);
    String unit = switch (last) {
      case 'm' -> "\"m\" means milli (thousandths), not mega";
      case 'u' -> "\"u\" means micro (millionths)";
      case 'n' -> "\"n\" means nano (billionths)";
      default -> "memory is counted in whole bytes";
    };
    String suggestion = last == 'm'
        ? " Did you mean \"%sMi\" or \"%sM\"?".formatted(written.substring(0, written.length() - 1),
            written.substring(0, written.length() - 1))
        : "";
    String what = "requests".equals(field)
        ? "a meaningless request: the scheduler reserves no memory for it"
        : "a limit of about one byte: the container runtime cannot start the container (CreateContainerError) or the Pod stays in ContainerCreating";
    return "%s: memory %s %s; %s, so this is %s.%s"
        .formatted(b.owner(), "requests".equals(field) ? "request" : "limit", q.describeBytes(), unit, what, suggestion);
  }
}
