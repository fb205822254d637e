package io.podlint.policy;

import io.podlint.rules.Check;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The registry of every Java check, by id. Each rule family lists its own checks. */
public final class Checks {
  private static final Map<String, Check<?>> BY_ID = new TreeMap<>();

  static {
    Stream.of(
            io.podlint.rules.syntax.SyntaxChecks.ALL,
            io.podlint.rules.restart.RestartPolicyChecks.ALL,
            io.podlint.rules.custom.CustomChecks.ALL,
            io.podlint.rules.probes.ProbeChecks.ALL,
            io.podlint.rules.image.ImageChecks.ALL,
            io.podlint.rules.termination.TerminationChecks.ALL,
            io.podlint.rules.volumes.VolumeChecks.ALL,
            io.podlint.rules.config.ConfigChecks.ALL,
            io.podlint.rules.security.SecurityChecks.ALL,
            io.podlint.rules.podsecurity.PodSecurityChecks.ALL,
            io.podlint.rules.network.NetworkChecks.ALL,
            io.podlint.rules.schema.SchemaChecks.ALL,
            io.podlint.rules.resources.ResourceChecks.ALL,
            io.podlint.rules.version.VersionChecks.ALL,
            io.podlint.rules.validation.WorkloadValidationChecks.ALL,
            io.podlint.rules.validation.ValidationChecks.ALL,
            io.podlint.rules.wiring.WiringChecks.ALL,
            io.podlint.rules.disruption.DisruptionChecks.ALL,
            io.podlint.rules.scheduling.SchedulingChecks.ALL)
        .flatMap(List::stream)
        .forEach(c -> {
          if (BY_ID.put(c.id(), c) != null) {
            throw new IllegalStateException("duplicate check id " + c.id());
          }
        });
  }

  private Checks() {}

  /** The check with this id, or null. */
  public static Check<?> byId(String id) {
    return BY_ID.get(id);
  }

  /** Every check, in id order. */
  public static List<Check<?>> all() {
    return List.copyOf(BY_ID.values());
  }

  public static List<String> ids() {
    return List.copyOf(BY_ID.keySet());
  }
}
