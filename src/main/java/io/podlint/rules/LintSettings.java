package io.podlint.rules;

import java.util.Map;

/**
 * Global settings from the command line and the config file that checks may consult.
 *
 * @param closedWorld the input holds every object the workloads refer to: a reference to an
 *     object that is not in the input is reported even when no object of that kind is there
 * @param customKinds extra workload kinds mapped to the dotted path of their pod template
 */
public record LintSettings(boolean closedWorld, Map<String, String> customKinds) {
  public LintSettings {
    customKinds = Map.copyOf(customKinds);
  }

  public static LintSettings defaults() {
    return new LintSettings(false, Map.of());
  }
}
