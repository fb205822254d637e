package io.podlint.rules.network;

import io.podlint.rules.Check;
import java.util.List;

/** Multus network attachments and NetworkAttachmentDefinitions (domain reference section 6). */
public final class NetworkChecks {
  private NetworkChecks() {}

  public static final List<Check<?>> ALL = List.of(
      new MultusAnnotationTypoCheck(),
      new MultusAnnotationMisplacedCheck(),
      new MultusNetworkStatusCheck(),
      new MultusHostNetworkCheck(),
      new NetworkValueCheck(),
      new NadConfigCheck(),
      new MultusNetworkNotFoundCheck(),
      new MultusCapabilityMissingCheck(),
      new MultusMacvlanDefaultRouteCheck(),
      new MultusDefaultNetworkMacvlanCheck());
}
