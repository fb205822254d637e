package io.podlint.rules.image;

import io.podlint.k8s.PullPolicy;
import io.podlint.model.ContainerView;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;

/** {@code imagePullPolicy: Never} runs only where the image was loaded in advance. */
final class ImagePullPolicyNeverCheck implements WorkloadCheck<NoParams> {

  @Override
  public String id() {
    return "image-pull-policy-never";
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    for (ContainerView c : w.containers()) {
      YamlNode value = c.get("imagePullPolicy");
      if (!value.isString() || !PullPolicy.NEVER.equals(value.text())) {
        continue;
      }
      String image = c.get("image").isString() ? "image " + GoStrings.quote(c.get("image").text()) : "its image";
      ctx.report(value, c, ("%s has imagePullPolicy Never: the kubelet never pulls %s, so the container starts only on nodes where that image was loaded in advance;"
          + " on any other node (a new or replaced node, or after image garbage collection removed it) it stays in ErrImageNeverPull."
          + " Use IfNotPresent unless every node is provisioned with the image on purpose").formatted(c.describe(), image));
    }
  }
}
