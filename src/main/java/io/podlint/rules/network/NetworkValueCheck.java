package io.podlint.rules.network;

import io.podlint.model.Workload;
import io.podlint.rules.CheckContext;
import io.podlint.rules.WorkloadCheck;
import java.util.Set;
import io.podlint.rules.PolicyText;
import java.util.List;

/**
 * Problems inside the values of {@code k8s.v1.cni.cncf.io/networks} and {@code
 * v1.multus-cni.io/default-network}, pointing into the value; each policy names the
 * {@link ValueIssue.Kind}s it reports in {@code params.reports}.
 */
final class NetworkValueCheck implements WorkloadCheck<NetworkValueParams> {
  /** The consequence of an annotation value that is not a string. */
  static final PolicyText NOT_A_STRING = PolicyText.of("notAStringConsequence");

  @Override
  public String id() {
    return "multus-annotation-value";
  }

  @Override
  public Class<NetworkValueParams> paramsType() {
    return NetworkValueParams.class;
  }

  @Override
  public List<PolicyText> texts(NetworkValueParams params) {
    return params.reports().contains(ValueIssue.Kind.NOT_A_STRING) ? List.of(NOT_A_STRING) : List.of();
  }

  @Override
  public void checkWorkload(Workload w, NetworkValueParams params, CheckContext ctx) {
    for (ValueIssue issue : PodNetworks.of(w, params.multusNamespace()).issues()) {
      if (!params.reports().contains(issue.kind())) {
        continue;
      }
      if (issue.kind() == ValueIssue.Kind.NOT_A_STRING) {
        ctx.report(issue.value(), null, issue.message(), ctx.text(NOT_A_STRING));
      } else {
        ctx.report(issue.value(), issue.at(), null, issue.message(), null, issue.fix());
      }
    }
  }
}
