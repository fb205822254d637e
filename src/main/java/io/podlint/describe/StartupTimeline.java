package io.podlint.describe;

import io.podlint.describe.PodLifecycle.ContainerStart;
import io.podlint.describe.PodLifecycle.ImagePull;
import io.podlint.describe.PodLifecycle.Note;
import io.podlint.describe.PodLifecycle.ProbeSchedule;
import io.podlint.describe.PodLifecycle.Startup;
import io.podlint.k8s.ImageReference;
import io.podlint.k8s.PullPolicy;
import io.podlint.model.ContainerView;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Start-up in the kubelet's order: init containers and native sidecars one after the other as
 * declared (a plain init container must exit 0 before the next starts; a sidecar only has to be
 * started, i.e. its startup probe passed), then the regular containers together.
 */
final class StartupTimeline {
  private StartupTimeline() {}

  static Startup of(Workload w, List<Note> notes) {
    List<ContainerStart> out = new ArrayList<>();
    Long podReady = 0L;
    for (ContainerView c : w.containers()) {
      if (c.type() == ContainerView.Type.EPHEMERAL) {
        continue;
      }
      ProbeSchedule probes = c.isLongRunning() ? ProbeSchedules.of(c) : null;
      if (probes != null) {
        podReady = podReady == null || probes.readyAt() == null ? null : Math.max(podReady, probes.readyAt());
      }
      out.add(new ContainerStart(c.name(), type(c), imageText(c), pull(c), c.get("lifecycle").get("postStart").isMapping(),
          probes));
    }
    List<String> gates = w.podSpec().get("readinessGates").items().stream()
        .map(g -> g.get("conditionType").text("?")).toList();
    long minReady = w.isController() ? w.document().root().at("spec.minReadySeconds").asLong().orElse(0L) : 0L;
    return new Startup(out, podReady, gates, minReady, notes);
  }

  /** {@code init}, {@code sidecar}, {@code container} or {@code ephemeral}. */
  static String type(ContainerView c) {
    return switch (c.type()) {
      case INIT -> "init";
      case SIDECAR -> "sidecar";
      case REGULAR -> "container";
      case EPHEMERAL -> "ephemeral";
    };
  }

  private static String imageText(ContainerView c) {
    YamlNode image = c.get("image");
    return image.isScalar() ? image.text() : null;
  }

  /** The pull policy in effect: explicit, or the API server's default for this image. */
  static ImagePull pull(ContainerView c) {
    String image = imageText(c);
    ImageReference ref = ImageReference.parse(image == null ? "" : image.strip());
    YamlNode node = c.get("imagePullPolicy");
    PullPolicy p = PullPolicy.of(node, ref);
    String written = p.value() == null ? node.text() : null;
    return new ImagePull(p.value(), written, p.defaulted(), p.defaulted() ? p.reason() : null);
  }
}
