package io.podlint.rules.image;

import io.podlint.model.ContainerView;
import io.podlint.model.Workload;
import io.podlint.rules.CheckContext;
import io.podlint.rules.WorkloadCheck;

/** A check of every container (init, sidecar, regular and ephemeral) whose image is a non-blank string. */
abstract class ContainerImageCheck<P> implements WorkloadCheck<P> {

  @Override
  public void checkWorkload(Workload w, P params, CheckContext ctx) {
    for (ContainerView c : w.containers()) {
      ContainerImage.of(w, c).ifPresent(image -> check(image, params, ctx));
    }
  }

  abstract void check(ContainerImage image, P params, CheckContext ctx);
}
