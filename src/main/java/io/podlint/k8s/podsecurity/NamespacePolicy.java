package io.podlint.k8s.podsecurity;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The level and version each admission mode applies in one namespace. A mode without a level
 * applies {@code privileged} (the plugin's default configuration), which checks nothing, and is
 * left out.
 */
public record NamespacePolicy(Map<Mode, LevelVersion> modes) {
  public static final String LABEL_PREFIX = "pod-security.kubernetes.io/";

  public NamespacePolicy {
    EnumMap<Mode, LevelVersion> copy = new EnumMap<>(Mode.class);
    modes.forEach((m, lv) -> {
      if (lv.level() != Level.PRIVILEGED) {
        copy.put(m, lv);
      }
    });
    modes = Collections.unmodifiableMap(copy);
  }

  public static NamespacePolicy of(Mode mode, LevelVersion levelVersion) {
    return new NamespacePolicy(Map.of(mode, levelVersion));
  }

  /**
   * The policy of a namespace's {@code pod-security.kubernetes.io/<mode>[-version]} labels, as
   * {@code api.PolicyToEvaluate} resolves them: a mode without a level label is privileged; a
   * level admission cannot parse is {@code restricted} for enforce (fail closed) and privileged
   * for warn and audit (fail open); a version it cannot parse is {@code latest}.
   */
  public static NamespacePolicy fromLabels(Map<String, String> labels) {
    EnumMap<Mode, LevelVersion> modes = new EnumMap<>(Mode.class);
    for (Mode m : Mode.values()) {
      String level = labels.get(m.levelLabel());
      if (level == null) {
        continue;
      }
      Level l = Level.parse(level).orElse(m == Mode.ENFORCE ? Level.RESTRICTED : Level.PRIVILEGED);
      String version = labels.get(m.versionLabel());
      PolicyVersion v = version == null ? PolicyVersion.LATEST : PolicyVersion.parse(version).orElse(PolicyVersion.LATEST);
      modes.put(m, new LevelVersion(l, v));
    }
    return new NamespacePolicy(modes);
  }

  public boolean isEmpty() {
    return modes.isEmpty();
  }

  /** {@code enforce=restricted:latest, warn=...}, for messages. */
  @Override
  public String toString() {
    return modes.entrySet().stream().map(e -> e.getKey().label() + "=" + e.getValue())
        .collect(Collectors.joining(", "));
  }
}
