package io.podlint.engine;

import io.podlint.k8s.ResourceNames;
import io.podlint.model.PodResources;
import io.podlint.model.Workload;

/**
 * The resource facts of one workload, for reports.
 *
 * @param file the display name of its file
 * @param line the line of the object
 * @param namespace the namespace written in the manifest, or null
 * @param qosClass {@code BestEffort}, {@code Burstable} or {@code Guaranteed}
 * @param cpuRequest the Pod's effective cpu request in canonical form, or null when none
 * @param memoryRequest the Pod's effective memory request, or null when none
 * @param cpuLimit the Pod's cpu limit, or null when some container is not limited
 * @param memoryLimit the Pod's memory limit, or null when some container is not limited
 */
public record WorkloadSummary(String file, int line, String kind, String name, String namespace,
    String qosClass, String cpuRequest, String memoryRequest, String cpuLimit, String memoryLimit) {

  static WorkloadSummary of(Workload w) {
    PodResources r = PodResources.of(w);
    return new WorkloadSummary(w.document().source(), w.document().root().location().line(), w.kind(),
        w.document().name(), w.document().namespace(), r.qosClass().apiName(),
        r.request(ResourceNames.CPU).map(Object::toString).orElse(null),
        r.request(ResourceNames.MEMORY).map(Object::toString).orElse(null),
        r.limit(ResourceNames.CPU).map(Object::toString).orElse(null),
        r.limit(ResourceNames.MEMORY).map(Object::toString).orElse(null));
  }
}
