package io.podlint.rules.security;

import io.podlint.model.ContainerView;
import io.podlint.model.SecurityContexts;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;

/** A container whose root filesystem is writable ({@code readOnlyRootFilesystem} is container-level only). */
final class HardeningReadOnlyRootFilesystemCheck implements WorkloadCheck<NoParams> {

  @Override
  public String id() {
    return "hardening-read-only-root-filesystem";
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    if (SecurityContexts.windows(w)) {
      return; // the API server forbids readOnlyRootFilesystem on Windows Pods
    }
    for (ContainerView c : w.containers()) {
      if (c.type() == ContainerView.Type.EPHEMERAL) {
        continue;
      }
      YamlNode sc = c.get("securityContext");
      YamlNode ro = sc.get("readOnlyRootFilesystem");
      if (ro.hasValue() && !ro.isBool()) {
        continue; // a type error, for the schema rules
      }
      if (!ro.isTrue()) {
        ctx.report(ro.hasValue() ? ro : sc.isMapping() ? sc : c.node(), c, ("%s can write to its root filesystem "
            + "(readOnlyRootFilesystem is %s): a compromised process can change the image's binaries and "
            + "configuration. Set securityContext.readOnlyRootFilesystem: true and mount an emptyDir where it "
            + "must write").formatted(c.describe(), ro.hasValue() ? "false" : "not set"));
      }
    }
  }
}
