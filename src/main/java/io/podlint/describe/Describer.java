package io.podlint.describe;

import io.podlint.describe.PodLifecycle.Admission;
import io.podlint.describe.PodLifecycle.WorkloadId;
import io.podlint.describe.Notes.Section;
import io.podlint.k8s.KubernetesVersion;
import io.podlint.k8s.podsecurity.EffectivePodSecurity;
import io.podlint.k8s.podsecurity.PodSecurityStandards;
import io.podlint.model.Finding;
import io.podlint.model.InputIndex;
import io.podlint.model.Workload;
import io.podlint.rules.LintSettings;
import java.util.List;
import java.util.Map;

/** Computes the {@link PodLifecycle} of a workload from its manifest, its findings and the input. */
public final class Describer {
  private final Map<String, String> summaries;
  private final LintSettings settings;

  /** @param summaries each rule's one-line summary, by rule id */
  public Describer(Map<String, String> summaries) {
    this(summaries, LintSettings.defaults());
  }

  /** @param settings the run's settings: the Pod Security levels assumed and the cluster's release */
  public Describer(Map<String, String> summaries, LintSettings settings) {
    this.summaries = Map.copyOf(summaries);
    this.settings = settings;
  }

  /**
   * @param findings the workload's own findings (suppressed ones excluded), in file order
   * @param index every object of the input, for NetworkAttachmentDefinitions and Services
   */
  public PodLifecycle describe(Workload w, List<Finding> findings, InputIndex index) {
    Notes notes = new Notes(findings, summaries);
    boolean rejected = notes.errors().stream().anyMatch(n -> "rejected".equals(n.stage()));
    return new PodLifecycle(
        new WorkloadId(w.document().source(), w.document().root().location().line(), w.document().apiVersion(),
            w.kind(), w.document().name(), w.namespace()),
        new Admission(rejected ? "rejected" : "accepted", notes.errors(), podSecurity(w, index)),
        SchedulingFootprint.of(w, settings.clusterProfile(), notes.of(Section.SCHEDULING)),
        NetworkView.of(w, index, notes.of(Section.NETWORK)),
        SelectingServices.of(w, index),
        StartupTimeline.of(w, notes.of(Section.STARTUP)),
        FailureBehaviour.of(w, notes.of(Section.FAILURE)),
        TerminationTimeline.of(w, index, notes.of(Section.TERMINATION)),
        DrainPlan.of(w, index.workloadFacts()),
        notes.of(Section.OTHER));
  }

  /** The levels of each admission mode and the checks the Pod fails under them; null when no level is known. */
  private PodLifecycle.PodSecurity podSecurity(Workload w, InputIndex index) {
    if ("PodTemplate".equals(w.kind())) {
      return null;
    }
    return EffectivePodSecurity.of(settings.podSecurity(), w.document().namespace(), index)
        .filter(eps -> !eps.policy().isEmpty())
        .map(eps -> {
          KubernetesVersion cluster = settings.kubernetesVersion();
          List<PodLifecycle.PodSecurityMode> modes = new java.util.ArrayList<>();
          eps.policy().modes().forEach((mode, lv) -> modes.add(new PodLifecycle.PodSecurityMode(mode.label(),
              lv.toString(), "v1." + lv.version().effectiveMinor(cluster),
              PodSecurityStandards.evaluate(w, lv, cluster).stream().map(f -> f.check().id()).toList())));
          return new PodLifecycle.PodSecurity(eps.origin(), modes);
        }).orElse(null);
  }
}
