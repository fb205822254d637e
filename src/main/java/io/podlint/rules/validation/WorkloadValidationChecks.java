package io.podlint.rules.validation;

import io.podlint.rules.Check;
import java.util.List;

/**
 * API server semantic validation of workload controllers, volumes and the environment (the
 * mirror of upstream functions is listed in docs/api-validation.md).
 */
public final class WorkloadValidationChecks {
  private WorkloadValidationChecks() {}

  public static final List<Check<?>> ALL = List.of(
      new CronJobScheduleInvalidCheck(),
      new CronJobSpecInvalidCheck(),
      new JobSpecInvalidCheck(),
      new DeploymentSpecInvalidCheck(),
      new StatefulSetSpecInvalidCheck(),
      new DaemonSetSpecInvalidCheck(),
      new VolumeItemsInvalidCheck(),
      new EmptyDirSizeLimitNegativeCheck(),
      new DownwardApiInvalidCheck(),
      new DnsConfigInvalidCheck(),
      new PvcTemplateInvalidCheck());
}
