package io.podlint.rules.probes;

import io.podlint.model.ProbeView;
import io.podlint.model.Probes;
import io.podlint.model.Workload;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;

/** A parameterless check that looks at each probe of the regular containers and native sidecars. */
abstract class ProbeCheck implements WorkloadCheck<NoParams> {

  @Override
  public final Class<NoParams> paramsType() {
    return NoParams.class;
  }

  @Override
  public final void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    for (ProbeView probe : Probes.of(w)) {
      checkProbe(w, probe, ctx);
    }
  }

  abstract void checkProbe(Workload w, ProbeView probe, CheckContext ctx);
}
