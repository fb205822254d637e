package io.podlint.rules.config;

import io.podlint.model.ContainerView;
import io.podlint.model.ObjectReferences;
import io.podlint.model.ObjectReferences.Ref;
import io.podlint.model.ObjectReferences.Use;
import io.podlint.model.Workload;
import io.podlint.rules.Anchor;
import io.podlint.rules.CheckContext;
import io.podlint.rules.WorkloadCheck;
import io.podlint.rules.PolicyText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A ConfigMap, Secret, PersistentVolumeClaim or ServiceAccount the pod needs is not in the input,
 * although the input holds objects of that kind in that namespace (or closed world is set).
 */
final class MissingObjectCheck implements WorkloadCheck.Deriving<MissingObjectCheck.Params, Set<Use>> {

  /** @param uses which references to check, by {@link Use#id()} */
  record Params(List<String> uses) {
    Params {
      uses = uses == null ? List.of() : List.copyOf(uses);
      uses.forEach(Use::of);
    }
  }

  private static final PolicyText VOLUME_CONSEQUENCE = PolicyText.of("volumeConsequence");
  private static final PolicyText ENV_CONSEQUENCE = PolicyText.of("envConsequence");
  /** A bare Pod's missing ServiceAccount. */
  private static final PolicyText POD_CONSEQUENCE = PolicyText.of("podConsequence");
  /** A controller's missing ServiceAccount: its Pods are refused. */
  private static final PolicyText CONTROLLER_CONSEQUENCE = PolicyText.of("controllerConsequence", "kind");

  /** A reference detached from the YAML tree. */
  private record Pending(Use use, String kind, String name, Anchor at, String subject, String who) {}

  @Override
  public String id() {
    return "object-reference-missing";
  }

  @Override
  public Class<Params> paramsType() {
    return Params.class;
  }

  /** The references to check. */
  @Override
  public Set<Use> derive(Params params) {
    return params.uses().stream().map(Use::of).collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public List<PolicyText> texts(Params params) {
    Set<Use> uses = derive(params);
    List<PolicyText> out = new ArrayList<>();
    if (uses.contains(Use.VOLUME)) {
      out.add(VOLUME_CONSEQUENCE);
    }
    if (uses.contains(Use.ENV) || uses.contains(Use.ENV_FROM)) {
      out.add(ENV_CONSEQUENCE);
    }
    if (uses.contains(Use.SERVICE_ACCOUNT)) {
      out.addAll(List.of(POD_CONSEQUENCE, CONTROLLER_CONSEQUENCE));
    }
    return out;
  }

  @Override
  public void checkWorkload(Workload w, Set<Use> uses, CheckContext ctx) {
    if (w.document().hasTemplatedNamespace()) {
      return; // the references are looked up wherever the template is rendered: unknown
    }
    List<Pending> pending = new ArrayList<>();
    for (Ref r : ObjectReferences.of(w)) {
      if (uses.contains(r.use()) && !r.optional() && r.active()) {
        String who = r.container() == null ? "the Pod" : r.container().describe();
        if (r.container() != null && r.container().type() == ContainerView.Type.INIT) {
          who += ", and with it the whole Pod,"; // app containers wait for init containers
        }
        pending.add(new Pending(r.use(), r.kind(), r.name(), ctx.anchor(r.nameNode(), r.container()),
            subject(r), who));
      }
    }
    if (pending.isEmpty()) {
      return;
    }
    String namespace = w.namespace();
    String folder = ReferenceLookup.folderOf(w.document().source());
    boolean closedWorld = ctx.settings().closedWorld();
    String owner = w.isBarePod() ? null : w.kind();
    ctx.afterIndex(indexed -> {
      for (Pending p : pending) {
        if (ReferenceLookup.isMissing(indexed.index(), closedWorld, p.kind(), namespace, p.name(), folder)) {
          indexed.report(p.at(), "%s, %s; %s".formatted(p.subject(),
              ReferenceLookup.whereMissing(indexed.index(), p.kind(), namespace, p.name()), outcome(p, owner, namespace)),
              consequence(p, owner, indexed));
        }
      }
    });
  }

  private static String subject(Ref r) {
    // Built for every reference before the index says whether it is missing: concatenation, not format.
    String object = r.kind() + " \"" + r.name() + "\"";
    return switch (r.use()) {
      case VOLUME, CLAIM -> "volume \"" + r.detail() + "\" uses " + object;
      case ENV -> r.container().describe() + " reads env var \"" + r.detail() + "\" from " + object;
      case ENV_FROM -> r.container().describe() + " imports the keys of " + object + " (envFrom)";
      case IMAGE_PULL_SECRET -> "imagePullSecrets names " + object;
      case SERVICE_ACCOUNT -> "the Pod runs as " + object;
    };
  }

  private static String outcome(Pending p, String owner, String namespace) {
    String notFound = "%s \"%s\" not found".formatted(p.kind().toLowerCase(Locale.ROOT), p.name());
    return switch (p.use()) {
      case VOLUME -> ("the kubelet cannot mount the volume, so the Pod stays in ContainerCreating with FailedMount "
          + "events (%s). Create it, fix the name, or mark the reference optional: true").formatted(notFound);
      case ENV, ENV_FROM -> ("%s stays in CreateContainerConfigError (%s). Create it, fix the name, or mark the "
          + "reference optional: true").formatted(p.who(), notFound);
      case CLAIM -> ("the Pod stays Pending, Unschedulable (%s). Create the claim or fix the name")
          .formatted(notFound);
      case IMAGE_PULL_SECRET -> "the kubelet pulls without it (FailedToRetrieveImagePullSecret events), so a private "
          + "image fails with ErrImagePull and then ImagePullBackOff. Create the Secret or fix the name";
      case SERVICE_ACCOUNT -> ("the ServiceAccount admission plugin refuses %s (Forbidden: service account %s was "
          + "not found). Create the ServiceAccount or fix the name")
          .formatted(owner == null ? "the Pod" : "every Pod of the " + owner, namespace + "/" + p.name());
    };
  }

  private static String consequence(Pending p, String owner, CheckContext.Indexed texts) {
    return switch (p.use()) {
      case VOLUME -> texts.text(VOLUME_CONSEQUENCE);
      case ENV, ENV_FROM -> texts.text(ENV_CONSEQUENCE);
      case SERVICE_ACCOUNT -> owner == null ? texts.text(POD_CONSEQUENCE) : texts.text(CONTROLLER_CONSEQUENCE, owner);
      default -> null;
    };
  }
}
