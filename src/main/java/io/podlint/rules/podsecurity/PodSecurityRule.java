package io.podlint.rules.podsecurity;

import io.podlint.k8s.KubernetesVersion;
import io.podlint.k8s.podsecurity.AssumedPodSecurity;
import io.podlint.k8s.podsecurity.EffectivePodSecurity;
import io.podlint.k8s.podsecurity.PodSecurityCheck;
import io.podlint.k8s.podsecurity.PodSecurityStandards;
import io.podlint.model.Workload;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One check of the Pod Security Standards, evaluated as admission would under the levels of the
 * workload's namespace: {@code --pod-security} or {@code podSecurity} in the config when given,
 * else the {@code pod-security.kubernetes.io/*} labels of the input's Namespace object (read once
 * the whole input is indexed). The severity of each finding follows the mode. Each policy names
 * its upstream check in {@code params.standard}.
 */
final class PodSecurityRule implements WorkloadCheck<PodSecurityRule.Params> {
  private static final Map<String, PodSecurityCheck> BY_ID = PodSecurityStandards.ALL.stream()
      .collect(Collectors.toUnmodifiableMap(PodSecurityCheck::id, Function.identity()));

  /** @param standard the upstream check's id, such as {@code allowPrivilegeEscalation} */
  record Params(String standard) {
    Params {
      if (standard == null || !BY_ID.containsKey(standard)) {
        throw new IllegalArgumentException("standard: one of " + String.join(", ", new java.util.TreeSet<>(BY_ID.keySet())));
      }
    }

    PodSecurityCheck check() {
      return BY_ID.get(standard);
    }
  }

  @Override
  public String id() {
    return "pod-security-standard";
  }

  @Override
  public Class<Params> paramsType() {
    return Params.class;
  }

  /** Pods and the controllers admission evaluates; a PodTemplate creates no Pod. */
  @Override
  public List<String> defaultKinds() {
    return Workload.KINDS.stream().filter(k -> !k.equals("PodTemplate")).toList();
  }

  @Override
  public void checkWorkload(Workload w, Params params, CheckContext ctx) {
    PodSecurityCheck check = params.check();
    KubernetesVersion cluster = ctx.settings().kubernetesVersion();
    AssumedPodSecurity assumed = ctx.settings().podSecurity();
    String namespace = w.document().namespace();
    if (assumed == null && (namespace == null || namespace.isEmpty())) {
      return; // no level: the namespace it lands in is only known at apply time
    }
    // Every check at every revision, once per workload: each rule needs the others' spots to
    // leave a field that a stronger mode already reports to that mode.
    Evaluations evaluations = w.memo(new MemoKey(cluster), () -> new Evaluations(evaluateAll(w, cluster, ctx)));
    Map<String, Map<Integer, Evaluated>> all = evaluations.all();
    if (all.get(check.id()).isEmpty()) {
      return;
    }
    AdmissionSubject subject = AdmissionSubject.of(w);
    if (assumed != null) {
      ModeReports.report(check, assumed.policy(), assumed.origin(), all, subject, cluster,
          (spot, message, consequence, severity) -> ctx.report(spot.node(), spot.container(), message, consequence,
              severity));
      return;
    }
    Map<String, Map<Integer, Evaluated>> detached = evaluations.detached();
    ctx.afterIndex(ix -> EffectivePodSecurity.of(null, namespace, ix.index())
        .ifPresent(eps -> ModeReports.report(check, eps.policy(), eps.origin(), detached, subject, cluster,
            (spot, message, consequence, severity) -> ix.report(spot.anchor(), message, consequence, severity))));
  }

  /** The workload memo's key for its evaluations against one cluster release. */
  private record MemoKey(KubernetesVersion cluster) {}

  /**
   * A workload's evaluations, and the copy without nodes that the rules waiting for the index
   * share (made once, by the first of them, instead of once per rule).
   */
  private static final class Evaluations {
    private final Map<String, Map<Integer, Evaluated>> all;
    private Map<String, Map<Integer, Evaluated>> detached;

    Evaluations(Map<String, Map<Integer, Evaluated>> all) {
      this.all = all;
    }

    Map<String, Map<Integer, Evaluated>> all() {
      return all;
    }

    Map<String, Map<Integer, Evaluated>> detached() {
      if (detached == null) {
        detached = new HashMap<>();
        all.forEach((id, byRevision) -> {
          Map<Integer, Evaluated> d = new HashMap<>();
          byRevision.forEach((revision, e) -> d.put(revision, e.detached()));
          detached.put(id, d);
        });
      }
      return detached;
    }
  }

  private static Map<String, Map<Integer, Evaluated>> evaluateAll(Workload w, KubernetesVersion cluster,
      CheckContext ctx) {
    Map<String, Map<Integer, Evaluated>> out = new HashMap<>();
    for (PodSecurityCheck c : PodSecurityStandards.ALL) {
      Map<Integer, Evaluated> byRevision = new HashMap<>();
      for (int revision : c.revisions()) {
        if (revision <= cluster.minor()) {
          c.evaluation().evaluate(w, revision, cluster).ifPresent(v -> byRevision.put(revision, Evaluated.of(v, ctx)));
        }
      }
      out.put(c.id(), byRevision);
    }
    return out;
  }
}
