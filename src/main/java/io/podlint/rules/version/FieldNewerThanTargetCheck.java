package io.podlint.rules.version;

import io.podlint.k8s.FeatureGates;
import io.podlint.k8s.FieldAvailability;
import io.podlint.k8s.FieldAvailability.Availability;
import io.podlint.k8s.KubernetesVersion;
import io.podlint.parse.Document;
import io.podlint.rules.CheckContext;
import io.podlint.rules.DocumentCheck;
import io.podlint.rules.NoParams;
import io.podlint.k8s.FeatureGates.FeatureGate;
import java.util.List;
import java.util.Optional;

/** A field that the API of the target release does not have yet. */
public final class FieldNewerThanTargetCheck implements DocumentCheck<NoParams> {
  @Override
  public String id() {
    return "field-newer-than-target";
  }

  @Override
  public List<String> defaultKinds() {
    return List.of("Pod", "PodTemplate", "ReplicationController", "Deployment", "StatefulSet", "DaemonSet",
        "ReplicaSet", "Job", "CronJob", "Service");
  }

  /** Container-level restartPolicy outside init containers: container-restart-policy's. */
  private static final java.util.Set<String> REJECTED_ANYWAY =
      java.util.Set.of("containers[].restartPolicy", "ephemeralContainers[].restartPolicy");

  /**
   * The first release with the field: {@code since}, or, after a release without a faithful model,
   * the gate's first release when it lies in between, else both candidates ("1.29 or 1.30").
   */
  static String firstRelease(Availability a, Optional<FeatureGate> gate) {
    int after = a.absentIn().minor();
    int since = a.since().minor();
    if (since - after == 1) {
      return a.since().toString();
    }
    if (gate.isPresent() && gate.get().alphaIn().minor() > after && gate.get().alphaIn().minor() <= since) {
      return gate.get().alphaIn().toString();
    }
    StringBuilder b = new StringBuilder();
    for (int m = after + 1; m < since; m++) {
      b.append("1.").append(m).append(" or ");
    }
    return b.append(a.since()).toString();
  }

  @Override
  public void checkDocument(Document d, NoParams params, CheckContext ctx) {
    KubernetesVersion target = ctx.settings().kubernetesVersion();
    VersionedFields.forEach(d, f -> {
      Availability a = FieldAvailability.bundled().lookup(f.root(), f.path()).orElse(null);
      if (a == null || !a.newerThan(target)) {
        return false;
      }
      if (REJECTED_ANYWAY.contains(f.path()) && ctx.isActive("container-restart-policy")) {
        return true; // refused on these containers in every release: that rule says why
      }
      Optional<FeatureGate> gate = FeatureGates.bundled().forField(f.root(), f.path());
      String effect = gate.map(g -> "; without it " + g.effect()).orElse("");
      ctx.report(f.key(), ("%s is not in the Kubernetes %s API (it first appears in %s): kubectl apply fails"
          + " (strict field validation: unknown field), and clients that do not validate get it dropped with"
          + " only a warning%s").formatted(f.value().path(), target, firstRelease(a, gate), effect));
      return true;
    });
  }
}
