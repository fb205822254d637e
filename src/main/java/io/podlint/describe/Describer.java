package io.podlint.describe;

import io.podlint.describe.PodLifecycle.Admission;
import io.podlint.describe.PodLifecycle.WorkloadId;
import io.podlint.describe.Notes.Section;
import io.podlint.model.Finding;
import io.podlint.model.InputIndex;
import io.podlint.model.Workload;
import java.util.List;
import java.util.Map;

/** Computes the {@link PodLifecycle} of a workload from its manifest, its findings and the input. */
public final class Describer {
  private final Map<String, String> summaries;

  /** @param summaries each rule's one-line summary, by rule id */
  public Describer(Map<String, String> summaries) {
    this.summaries = Map.copyOf(summaries);
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
        new Admission(rejected ? "rejected" : "accepted", notes.errors()),
        SchedulingFootprint.of(w, notes.of(Section.SCHEDULING)),
        NetworkView.of(w, index, notes.of(Section.NETWORK)),
        StartupTimeline.of(w, notes.of(Section.STARTUP)),
        FailureBehaviour.of(w, notes.of(Section.FAILURE)),
        TerminationTimeline.of(w, index, notes.of(Section.TERMINATION)),
        DrainPlan.of(w, index.workloadFacts()),
        notes.of(Section.OTHER));
  }
}
