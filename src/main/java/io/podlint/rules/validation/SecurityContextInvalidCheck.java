package io.podlint.rules.validation;

import io.podlint.model.ContainerView;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;

/**
 * The shape rules of pod and container security contexts that a schema cannot say
 * ({@code validatePodSpecSecurityContext}, {@code ValidateSecurityContext}): shareProcessNamespace
 * with hostPID; seccomp ({@code validateSeccompProfileField}) and AppArmor
 * ({@code ValidateAppArmorProfileField}) profiles, where Localhost needs localhostProfile and the
 * other types must not have one; allowPrivilegeEscalation false with the CAP_SYS_ADMIN capability.
 * IDs are security-context-id-invalid's, privileged without privilege escalation is
 * privileged-without-privilege-escalation's, and type values are the schema's enum.
 */
final class SecurityContextInvalidCheck implements WorkloadCheck<NoParams> {

  @Override
  public String id() {
    return "security-context-invalid";
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    YamlNode spec = w.podSpec();
    YamlNode share = spec.get("shareProcessNamespace");
    if (share.isTrue() && spec.get("hostPID").isTrue()) {
      // the internal API keeps both in the pod security context, so upstream prints this path
      report(w, null, share, ApiErrors.invalid(spec.path() + ".securityContext.shareProcessNamespace",
          new ApiErrors.Raw("true"), "ShareProcessNamespace and HostPID cannot both be enabled"),
          "Drop shareProcessNamespace: with hostPID the containers already see every process of the node, or "
          + "drop hostPID to share only the Pod's processes.", ctx);
    }
    YamlNode pod = spec.get("securityContext");
    profiles(w, null, pod, ctx);
    for (ContainerView c : w.containers()) {
      YamlNode sc = c.get("securityContext");
      profiles(w, c, sc, ctx);
      sysAdminWithoutEscalation(w, c, sc, ctx);
    }
  }

  private static void profiles(Workload w, ContainerView c, YamlNode sc, CheckContext ctx) {
    if (!sc.isMapping()) {
      return;
    }
    profile(w, c, sc.get("seccompProfile"), "seccomp", ctx);
    profile(w, c, sc.get("appArmorProfile"), "AppArmor", ctx);
  }

  private static void profile(Workload w, ContainerView c, YamlNode profile, String what, CheckContext ctx) {
    YamlNode type = profile.get("type");
    if (!profile.isMapping() || !type.isString() || Placeholders.isTemplated(type.text())) {
      return; // a missing or unknown type is the schema's
    }
    YamlNode local = profile.get("localhostProfile");
    String localPath = profile.path() + ".localhostProfile";
    boolean seccomp = what.equals("seccomp");
    if ("Localhost".equals(type.text())) {
      if (!local.hasValue() || (!seccomp && local.isString() && local.text().isEmpty())) {
        report(w, c, local.isPresent() ? local : profile, ApiErrors.required(localPath, "must be set when " + what
            + " type is Localhost"), "Name the profile" + (seccomp ? " file, relative to the kubelet's seccomp "
            + "folder (such as profiles/audit.json)" : " loaded on the node (such as k8s-apparmor-example-deny-write)")
            + ", or use type RuntimeDefault.", ctx);
      } else if (local.isString() && !Placeholders.isTemplated(local.text())) {
        localhostProfile(w, c, local, seccomp, ctx);
      }
    } else if (local.isPresent() && !local.isNull() && ("RuntimeDefault".equals(type.text())
        || "Unconfined".equals(type.text()))) {
      Object value = seccomp ? new ApiErrors.Raw("{...}") : local.text("");
      report(w, c, local, ApiErrors.invalid(localPath, value, "can only be set when " + what + " type is Localhost"),
          "Remove localhostProfile, or set type: Localhost to use that profile.", ctx);
    }
  }

  /** seccomp: {@code validateLocalDescendingPath}; AppArmor: no surrounding whitespace. */
  private static void localhostProfile(Workload w, ContainerView c, YamlNode local, boolean seccomp,
      CheckContext ctx) {
    String v = local.text();
    if (seccomp) {
      String fix = "Give the profile's path relative to the kubelet's seccomp folder (<root-dir>/seccomp), "
          + "such as profiles/audit.json.";
      if (v.startsWith("/")) {
        report(w, c, local, ApiErrors.invalid(local.path(), v, "must be a relative path"), fix, ctx);
      }
      for (String part : v.split("[/\\\\]", -1)) {
        if (part.equals("..")) {
          report(w, c, local, ApiErrors.invalid(local.path(), v, "must not contain '..'"), fix, ctx);
          break;
        }
      }
    } else if (!v.strip().equals(v) && !v.isBlank()) {
      report(w, c, local, ApiErrors.invalid(local.path(), v, "must not be padded with whitespace"),
          "Remove the spaces around the profile name.", ctx);
    } else if (v.isBlank()) {
      report(w, c, local, ApiErrors.required(local.path(), "must be set when AppArmor type is Localhost"),
          "Name the AppArmor profile loaded on the node, or use type RuntimeDefault.", ctx);
    }
  }

  /** {@code ValidateSecurityContext}: the literal capability name CAP_SYS_ADMIN only. */
  private static void sysAdminWithoutEscalation(Workload w, ContainerView c, YamlNode sc, CheckContext ctx) {
    YamlNode escalation = sc.get("allowPrivilegeEscalation");
    if (!escalation.isBool() || escalation.isTrue()) {
      return;
    }
    for (YamlNode cap : sc.at("capabilities.add").items()) {
      if (cap.isString() && cap.text().equals("CAP_SYS_ADMIN")) {
        report(w, c, cap, ApiErrors.invalid(sc.path(), new ApiErrors.Raw("{...}"), "cannot set "
            + "`allowPrivilegeEscalation` to false and `capabilities.Add` CAP_SYS_ADMIN"), "CAP_SYS_ADMIN lets the "
            + "process gain every privilege, which contradicts allowPrivilegeEscalation: false: drop the capability, "
            + "or the allowPrivilegeEscalation setting.", ctx);
      }
    }
  }

  private static void report(Workload w, ContainerView c, YamlNode at, String error, String fix, CheckContext ctx) {
    ctx.report(at, c, ApiErrors.rejectedPodSpec(w, error, fix), ApiErrors.podSpecConsequence(w));
  }

}
