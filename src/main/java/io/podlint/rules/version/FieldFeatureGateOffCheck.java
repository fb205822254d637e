package io.podlint.rules.version;

import io.podlint.k8s.FeatureGates;
import io.podlint.k8s.FeatureGates.FeatureGate;
import io.podlint.k8s.FieldAvailability;
import io.podlint.k8s.KubernetesVersion;
import io.podlint.parse.Document;
import io.podlint.rules.CheckContext;
import io.podlint.rules.DocumentCheck;
import io.podlint.rules.NoParams;
import java.util.List;
import java.util.Optional;

/** A field that the target release has, behind a feature gate that is off by default there. */
public final class FieldFeatureGateOffCheck implements DocumentCheck<NoParams> {
  @Override
  public String id() {
    return "field-feature-gate-off";
  }

  @Override
  public List<String> defaultKinds() {
    return new FieldNewerThanTargetCheck().defaultKinds();
  }

  @Override
  public void checkDocument(Document d, NoParams params, CheckContext ctx) {
    KubernetesVersion target = ctx.settings().kubernetesVersion();
    VersionedFields.forEach(d, f -> {
      if (FieldAvailability.bundled().lookup(f.root(), f.path()).map(a -> a.newerThan(target)).orElse(false)) {
        return true; // field-newer-than-target's
      }
      Optional<FeatureGate> gate = FeatureGates.bundled().forField(f.root(), f.path());
      if (gate.isEmpty() || !gate.get().offByDefaultIn(target)) {
        return false;
      }
      FeatureGate g = gate.get();
      if (f.value().text() != null && g.harmless().contains(f.value().text())) {
        return true;
      }
      ctx.report(f.key(), ("%s needs the %s feature gate, which is off by default in Kubernetes %s (on from %s):"
          + " unless the cluster enables it, the API server drops the field without a warning, and %s")
          .formatted(f.value().path(), g.nameIn(target), target, g.onIn(), g.effect()));
      return true;
    });
  }
}
