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
      new CronJobScheduleCheck(),
      new CronJobSpecCheck(),
      new JobSpecCheck(),
      new DeploymentSpecCheck(),
      new StatefulSetSpecCheck(),
      new DaemonSetSpecCheck(),
      new VolumeItemsCheck(),
      new EmptyDirSizeLimitCheck(),
      new DownwardApiCheck(),
      new DnsConfigCheck(),
      new ClaimTemplateCheck());
}
