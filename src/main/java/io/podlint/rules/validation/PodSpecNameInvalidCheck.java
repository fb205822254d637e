package io.podlint.rules.validation;

import io.podlint.k8s.ApiNames;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Names a pod spec refers to, as {@code ValidatePodSpec} checks them: serviceAccountName
 * ({@code ValidateServiceAccountName}), nodeName ({@code ValidateNodeName}), priorityClassName
 * ({@code ValidatePriorityClassName}) and runtimeClassName ({@code ValidateRuntimeClassName}) are
 * DNS subdomains; readiness gate condition types ({@code validateReadinessGates}) and scheduling
 * gate names ({@code validateSchedulingGates}, unique) are qualified names.
 */
final class PodSpecNameInvalidCheck implements WorkloadCheck<NoParams> {
  private static final List<String> SUBDOMAIN_FIELDS =
      List.of("serviceAccountName", "nodeName", "priorityClassName", "runtimeClassName");

  @Override
  public String id() {
    return "pod-spec-name-invalid";
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    YamlNode spec = w.podSpec();
    for (String field : SUBDOMAIN_FIELDS) {
      YamlNode v = spec.get(field);
      if (v.isString() && !v.text().isEmpty() && !Placeholders.isTemplated(v.text())) {
        List<String> errs = ApiNames.nameIsDnsSubdomain(v.text(), false);
        if (!errs.isEmpty()) {
          report(w, v, ApiErrors.invalid(v.path(), v.text(), errs), "Use the " + field.replace("Name", "")
              + "'s object name: lowercase letters, digits, '-' and '.'.", ctx);
        }
      }
    }
    for (YamlNode gate : spec.get("readinessGates").items()) {
      YamlNode type = gate.get("conditionType");
      qualified(w, type, type.path(), "Use a condition type such as example.com/feature-ready.", ctx);
    }
    Set<String> seen = new HashSet<>();
    for (YamlNode gate : spec.get("schedulingGates").items()) {
      YamlNode name = gate.get("name");
      // upstream reports the gate, not its name field
      qualified(w, name, gate.path(), "Use a gate name such as example.com/quota-approved.", ctx);
      if (name.isString() && !seen.add(name.text())) {
        report(w, name, ApiErrors.duplicate(gate.path(), name.text()), "Each scheduling gate appears once; drop "
            + "the repeated one.", ctx);
      }
    }
  }

  private static void qualified(Workload w, YamlNode v, String path, String fix, CheckContext ctx) {
    if (v.isString() && !Placeholders.isTemplated(v.text())) {
      List<String> errs = ApiNames.qualifiedName(v.text());
      if (!errs.isEmpty()) {
        report(w, v, ApiErrors.invalid(path, v.text(), errs), fix, ctx);
      }
    }
  }

  private static void report(Workload w, YamlNode at, String error, String fix, CheckContext ctx) {
    ctx.report(at, null, ApiErrors.rejectedPodSpec(w, error, fix), ApiErrors.podSpecConsequence(w));
  }
}
