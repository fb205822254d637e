package io.podlint.rules.network;

import io.podlint.k8s.multus.NetworkSelectionParser;
import java.util.EnumSet;
import java.util.Set;

/**
 * Parameters of {@link NetworkValueCheck}.
 *
 * @param reports the kinds of problems the policy reports (at least one)
 * @param multusNamespace as in {@link MultusParams}
 */
record NetworkValueParams(Set<ValueIssue.Kind> reports, String multusNamespace) {
  NetworkValueParams {
    if (reports == null || reports.isEmpty()) {
      throw new IllegalArgumentException("reports: name at least one kind of problem");
    }
    reports = Set.copyOf(EnumSet.copyOf(reports));
    if (multusNamespace == null || multusNamespace.isBlank()) {
      multusNamespace = NetworkSelectionParser.DEFAULT_MULTUS_NAMESPACE;
    }
  }
}
