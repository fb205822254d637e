package io.podlint.rules.volumes;

import io.podlint.model.InputIndex;
import io.podlint.model.PodVolumes;
import io.podlint.model.Workload;
import io.podlint.model.WorkloadFacts;
import io.podlint.model.WorkloadFacts.Claim;
import io.podlint.model.WorkloadFacts.PodOwner;
import io.podlint.parse.YamlNode;
import io.podlint.rules.Anchor;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A PersistentVolumeClaim of the input that only one node (ReadWriteOnce) or one Pod
 * (ReadWriteOncePod) may use, mounted by Pods that can be several: a workload with more than one
 * replica, a DaemonSet, or two workloads of one folder tree. A StatefulSet's volumeClaimTemplates
 * give each Pod its own claim and are not concerned.
 */
final class PvcReadWriteOnceSharedCheck implements WorkloadCheck<NoParams> {

  private static final Set<String> SHARED_MODES = Set.of("ReadWriteMany", "ReadOnlyMany");

  private record Use(String claim, Anchor at) {}

  @Override
  public String id() {
    return "pvc-read-write-once-shared";
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    Set<String> templates = new java.util.HashSet<>();
    PodVolumes.claimTemplateNames(w).forEach(n -> templates.add(n.text()));
    List<Use> uses = new ArrayList<>();
    for (YamlNode v : PodVolumes.volumes(w)) {
      YamlNode claim = v.at("persistentVolumeClaim.claimName");
      if (claim.isScalar() && claim.hasValue() && !templates.contains(PodVolumes.name(v))) {
        uses.add(new Use(claim.text(), ctx.anchor(claim, null)));
      }
    }
    if (uses.isEmpty()) {
      return;
    }
    String kind = w.kind();
    String namespace = w.namespace();
    String name = w.document().name();
    String source = w.document().source();
    String folder = InputIndex.folderOf(source);
    io.podlint.parse.Location location = w.document().root().location();
    ctx.afterIndex(ix -> {
      WorkloadFacts facts = ix.index().workloadFacts();
      PodOwner self = facts.workloadsIn(namespace).stream()
          .filter(o -> o.source().equals(source) && o.location().equals(location)).findFirst().orElse(null);
      if (self == null) {
        return;
      }
      for (Use use : uses) {
        List<Claim> claims = facts.claims(namespace, use.claim());
        if (claims.isEmpty() || claims.get(0).accessModes().isEmpty()
            || claims.get(0).accessModes().stream().anyMatch(SHARED_MODES::contains)) {
          continue;
        }
        Claim claim = claims.get(0);
        boolean perPod = claim.accessModes().contains("ReadWriteOncePod");
        String claimName = "PersistentVolumeClaim/%s (%s:%d)".formatted(claim.name(), claim.source(),
            claim.location().line());
        String several = several(self, facts);
        List<PodOwner> others = WorkloadFacts.nearestCopies(facts.workloadsIn(namespace).stream()
            .filter(o -> o.claims().contains(use.claim()))
            .filter(o -> !(o.kind().equals(kind) && o.name() != null && o.name().equals(name)))
            .filter(o -> WorkloadFacts.related(InputIndex.folderOf(o.source()), folder))
            .toList(), source);
        String mode = perPod ? "ReadWriteOncePod" : "ReadWriteOnce";
        String effect = perPod
            ? "only one Pod may use it, so every other Pod stays Pending (Unschedulable: the claim is in use)"
            : "it attaches to one node at a time, so Pods scheduled on other nodes stay in ContainerCreating "
                + "(Multi-Attach error: the volume is already used by a Pod on another node)";
        if (several != null) {
          ix.report(use.at(), "%s is %s, but %s: %s".formatted(claimName, mode, several, effect));
        } else if (!others.isEmpty()) {
          ix.report(use.at(), "%s is %s, but %s mounts it too: %s".formatted(claimName, mode,
              name(others.get(0)), effect));
        }
      }
    });
  }

  /** Why this workload runs several Pods, or null when it runs at most one. */
  private static String several(PodOwner self, WorkloadFacts facts) {
    if ("DaemonSet".equals(self.kind())) {
      return "%s runs a Pod on every node".formatted(self.displayName());
    }
    if (self.replicas() != null && self.replicas() > 1) {
      return "%s runs %d replicas".formatted(self.displayName(), self.replicas());
    }
    for (WorkloadFacts.Autoscaler a : facts.autoscalersOf(self)) {
      if (a.maxReplicas() != null && a.maxReplicas() > 1) {
        return "HorizontalPodAutoscaler/%s (%s:%d) scales %s up to %d replicas".formatted(a.name(), a.source(),
            a.location().line(), self.displayName(), a.maxReplicas());
      }
    }
    return null;
  }

  private static String name(PodOwner o) {
    return "%s (%s:%d)".formatted(o.displayName(), o.source(), o.location().line());
  }
}
