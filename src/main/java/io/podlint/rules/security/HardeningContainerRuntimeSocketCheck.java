package io.podlint.rules.security;

import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;
import java.util.Set;

/** A hostPath volume of the container runtime's socket (or its folder): control of every container of the node. */
final class HardeningContainerRuntimeSocketCheck implements WorkloadCheck<NoParams> {
  static final Set<String> PATHS = Set.of(
      "/var/run/docker.sock", "/run/docker.sock", "/var/run/docker", "/run/docker",
      "/var/run/containerd/containerd.sock", "/run/containerd/containerd.sock", "/var/run/containerd", "/run/containerd",
      "/var/run/crio/crio.sock", "/run/crio/crio.sock", "/var/run/crio", "/run/crio",
      "/var/run/cri-dockerd.sock", "/run/cri-dockerd.sock", "/var/run", "/run");

  @Override
  public String id() {
    return "hardening-container-runtime-socket";
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    for (YamlNode volume : w.podSpec().get("volumes").items()) {
      YamlNode path = volume.at("hostPath.path");
      String p = normalize(path.text(""));
      if (PATHS.contains(p)) {
        ctx.report(path, ("volume \"%s\" mounts %s from the node%s: whoever controls the Pod can start privileged "
            + "containers on the node through the container runtime. Use the Kubernetes API, or a dedicated agent, "
            + "instead of the runtime socket").formatted(volume.get("name").text(""), p,
            p.endsWith(".sock") ? ", the container runtime's socket" : ", the folder of the container runtime's socket"));
      }
    }
  }

  private static String normalize(String path) {
    String p = path.replaceAll("/+", "/");
    return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
  }
}
