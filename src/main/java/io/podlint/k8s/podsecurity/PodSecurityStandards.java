package io.podlint.k8s.podsecurity;

import io.podlint.k8s.KubernetesVersion;
import io.podlint.model.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The registry of the Pod Security Standards checks ({@code policy/registry.go}): which checks
 * run for a level at a policy version. {@code baseline} runs the baseline checks that exist at
 * the version; {@code restricted} adds the restricted ones and drops the baseline checks that an
 * existing restricted check overrides.
 */
public final class PodSecurityStandards {
  private PodSecurityStandards() {}

  private static PodSecurityCheck check(String id, Level level, int[] versions, List<String> overrides,
      PodSecurityCheck.Evaluation e) {
    return new PodSecurityCheck(id, level, versions, overrides, e);
  }

  private static int[] v(int... versions) {
    return versions;
  }

  /** Every check, baseline first, in the order of the standard's tables. */
  public static final List<PodSecurityCheck> ALL = List.of(
      check("windowsHostProcess", Level.BASELINE, v(0), List.of(), StandardChecks::windowsHostProcess),
      check("hostNamespaces", Level.BASELINE, v(0), List.of(), StandardChecks::hostNamespaces),
      check("privileged", Level.BASELINE, v(0), List.of(), StandardChecks::privileged),
      check("capabilities_baseline", Level.BASELINE, v(0), List.of(), StandardChecks::capabilitiesBaseline),
      check("hostPathVolumes", Level.BASELINE, v(0), List.of(), StandardChecks::hostPathVolumes),
      check("hostPorts", Level.BASELINE, v(0), List.of(), StandardChecks::hostPorts),
      check("appArmorProfile", Level.BASELINE, v(0), List.of(), StandardChecks::appArmorProfile),
      check("seLinuxOptions", Level.BASELINE, v(0, 31), List.of(), StandardChecks::seLinuxOptions),
      check("procMount", Level.BASELINE, v(0, 35), List.of(), StandardChecks::procMount),
      check("seccompProfile_baseline", Level.BASELINE, v(0, 19), List.of(), StandardChecks::seccompBaseline),
      check("sysctls", Level.BASELINE, v(0, 27, 29, 32), List.of(), StandardChecks::sysctls),
      check("hostProbesAndHostLifecycle", Level.BASELINE, v(34), List.of(), StandardChecks::hostProbesAndLifecycle),
      check("restrictedVolumes", Level.RESTRICTED, v(0), List.of("hostPathVolumes"), StandardChecks::restrictedVolumes),
      check("allowPrivilegeEscalation", Level.RESTRICTED, v(8, 25), List.of(), StandardChecks::allowPrivilegeEscalation),
      check("runAsNonRoot", Level.RESTRICTED, v(0, 35), List.of(), StandardChecks::runAsNonRoot),
      check("runAsUser", Level.RESTRICTED, v(23, 35), List.of(), StandardChecks::runAsUser),
      check("seccompProfile_restricted", Level.RESTRICTED, v(19, 25), List.of("seccompProfile_baseline"),
          StandardChecks::seccompRestricted),
      check("capabilities_restricted", Level.RESTRICTED, v(22, 25), List.of("capabilities_baseline"),
          StandardChecks::capabilitiesRestricted),
      check("procMount_restricted", Level.RESTRICTED, v(35), List.of("procMount"), StandardChecks::procMountStrict));

  public static Optional<PodSecurityCheck> byId(String id) {
    return ALL.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** Whether {@code check} runs for {@code level} at policy version {@code minor}. */
  public static boolean runs(PodSecurityCheck check, Level level, int minor) {
    if (level == Level.PRIVILEGED || check.since() > minor) {
      return false;
    }
    if (check.level() == Level.RESTRICTED) {
      return level == Level.RESTRICTED;
    }
    if (level == Level.RESTRICTED) {
      for (PodSecurityCheck r : ALL) {
        if (r.level() == Level.RESTRICTED && r.since() <= minor && r.overrides().contains(check.id())) {
          return false;
        }
      }
    }
    return true;
  }

  /** The checks that run for {@code level} at policy version {@code minor}, in {@link #ALL} order. */
  public static List<PodSecurityCheck> checks(Level level, int minor) {
    return ALL.stream().filter(c -> runs(c, level, minor)).toList();
  }

  /** A failed check and what it says. */
  public record Failure(PodSecurityCheck check, Violation violation) {}

  /** What admission says about the Pod of {@code w} under {@code policy} on a cluster of release {@code cluster}. */
  public static List<Failure> evaluate(Workload w, LevelVersion policy, KubernetesVersion cluster) {
    int minor = policy.version().effectiveMinor(cluster);
    List<Failure> out = new ArrayList<>();
    for (PodSecurityCheck c : checks(policy.level(), minor)) {
      c.evaluate(w, minor, cluster).ifPresent(v -> out.add(new Failure(c, v)));
    }
    return out;
  }
}
