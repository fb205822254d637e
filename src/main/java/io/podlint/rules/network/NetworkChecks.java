package io.podlint.rules.network;

import io.podlint.rules.Check;
import io.podlint.rules.network.ValueIssue.Kind;
import java.util.List;

/** Multus network attachments and NetworkAttachmentDefinitions (domain reference section 6). */
public final class NetworkChecks {
  private NetworkChecks() {}

  public static final List<Check<?>> ALL = List.of(
      new MultusAnnotationTypoCheck(),
      new MultusAnnotationMisplacedCheck(),
      new MultusNetworkStatusCheck(),
      new MultusHostNetworkCheck(),
      new NetworkValueCheck("multus-annotation-malformed", Kind.NOT_A_STRING, Kind.MALFORMED),
      new NetworkValueCheck("multus-networks-unknown-key", Kind.UNKNOWN_KEY),
      new NetworkValueCheck("multus-networks-duplicate-key", Kind.DUPLICATE_KEY),
      new NetworkValueCheck("multus-networks-deprecated-key", Kind.DEPRECATED_KEY),
      new NetworkValueCheck("multus-networks-portability", Kind.PORTABILITY),
      new NetworkValueCheck("multus-interface-name-invalid", Kind.INTERFACE_INVALID),
      new NetworkValueCheck("multus-interface-name-conflict", Kind.INTERFACE_CONFLICT),
      new NetworkValueCheck("multus-default-route-elements", Kind.DEFAULT_ROUTE_ELEMENTS),
      new NetworkValueCheck("multus-default-route-ecmp", Kind.DEFAULT_ROUTE_ECMP),
      new NetworkValueCheck("multus-default-network-count", Kind.DEFAULT_NETWORK_COUNT),
      new NetworkValueCheck("multus-default-network-namespace", Kind.DEFAULT_NETWORK_NAMESPACE),
      new NadConfigCheck("nad-config-invalid", NadConfigCheck.Report.INVALID),
      new NadConfigCheck("nad-master-missing", NadConfigCheck.Report.MASTER_MISSING),
      new MultusNetworkNotFoundCheck(),
      new MultusCapabilityMissingCheck(),
      new MultusMacvlanDefaultRouteCheck(),
      new MultusDefaultNetworkMacvlanCheck());
}
