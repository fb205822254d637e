package io.podlint.engine;

import io.podlint.model.Finding;
import io.podlint.model.InputIndex;
import java.util.List;

/**
 * Everything one run produced.
 *
 * @param findings sorted findings, suppressed ones excluded
 * @param suppressed findings silenced by annotations, comments or a baseline
 * @param inputErrors one-line messages for inputs that could not be read (exit code 2)
 * @param internalErrors one-line messages for bugs met while linting (exit code 3)
 * @param fileNames the display names of the files read, in input order
 * @param objects the number of Kubernetes objects read
 * @param workloads the number of objects with a pod template
 * @param workloadSummaries the resource facts (QoS class, requests, limits) of each workload, in
 *     input order
 */
public record LintResult(List<Finding> findings, List<Suppressions.Suppressed> suppressed,
    List<String> inputErrors, List<String> internalErrors, List<String> fileNames, int objects, int workloads,
    InputIndex index, List<WorkloadSummary> workloadSummaries) {
  public LintResult {
    fileNames = List.copyOf(fileNames);
    findings = List.copyOf(findings);
    suppressed = List.copyOf(suppressed);
    inputErrors = List.copyOf(inputErrors);
    internalErrors = List.copyOf(internalErrors);
    workloadSummaries = List.copyOf(workloadSummaries);
  }

  public LintResult(List<Finding> findings, List<Suppressions.Suppressed> suppressed, List<String> inputErrors,
      List<String> internalErrors, List<String> fileNames, int objects, int workloads, InputIndex index) {
    this(findings, suppressed, inputErrors, internalErrors, fileNames, objects, workloads, index, List.of());
  }

  /** The same result with other findings (after filtering or a baseline). */
  public LintResult with(List<Finding> newFindings, List<Suppressions.Suppressed> newSuppressed) {
    return new LintResult(newFindings, newSuppressed, inputErrors, internalErrors, fileNames, objects, workloads, index,
        workloadSummaries);
  }

  /** The same result with these input errors first (paths that could not be collected). */
  public LintResult withInputErrorsFirst(List<String> earlier) {
    List<String> all = new java.util.ArrayList<>(earlier);
    all.addAll(inputErrors);
    return new LintResult(findings, suppressed, all, internalErrors, fileNames, objects, workloads, index,
        workloadSummaries);
  }

  /** The number of files read. */
  public int files() {
    return fileNames.size();
  }
}
