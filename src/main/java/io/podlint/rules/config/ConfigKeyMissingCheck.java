package io.podlint.rules.config;

import io.podlint.model.InputIndex;
import io.podlint.model.ObjectReferences;
import io.podlint.model.ObjectReferences.KeyRef;
import io.podlint.model.ObjectReferences.Ref;
import io.podlint.model.ObjectReferences.Use;
import io.podlint.model.Workload;
import io.podlint.rules.Anchor;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.PolicyText;
import io.podlint.rules.Text;
import io.podlint.rules.WorkloadCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A key read from a ConfigMap or Secret of the input ({@code items[].key} of a volume,
 * {@code configMapKeyRef.key} / {@code secretKeyRef.key} of an env var) that the object lacks.
 * Objects without any data are skipped: something else fills them (a controller, an operator).
 */
final class ConfigKeyMissingCheck implements WorkloadCheck<NoParams> {
  private static final int SHOWN_KEYS = 5;
  private static final PolicyText ENV_CONSEQUENCE = PolicyText.of("envConsequence");
  private static final PolicyText VOLUME_CONSEQUENCE = PolicyText.of("volumeConsequence");

  private record Pending(Use use, String kind, String name, String key, Anchor at, String subject) {}

  @Override
  public String id() {
    return "config-key-missing";
  }

  @Override
  public List<PolicyText> texts(NoParams params) {
    return List.of(ENV_CONSEQUENCE, VOLUME_CONSEQUENCE);
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    if (w.document().hasTemplatedNamespace()) {
      return; // the references are looked up wherever the template is rendered: unknown
    }
    List<Pending> pending = new ArrayList<>();
    for (Ref r : ObjectReferences.of(w)) {
      if (r.optional() || !r.active()) {
        continue;
      }
      for (KeyRef k : r.keys()) {
        String subject = r.use() == Use.ENV
            ? "%s reads env var \"%s\" from key \"%s\"".formatted(r.container().describe(), r.detail(), k.key())
            : "volume \"%s\" projects key \"%s\"".formatted(r.detail(), k.key());
        pending.add(new Pending(r.use(), r.kind(), r.name(), k.key(), ctx.anchor(k.node(), r.container()), subject));
      }
    }
    if (pending.isEmpty()) {
      return;
    }
    String namespace = w.namespace();
    ctx.afterIndex(indexed -> {
      for (Pending p : pending) {
        List<InputIndex.IndexedObject> objects = indexed.index().findAll(p.kind(), namespace, p.name());
        // The input may hold variants (overlays, examples): the copy in the workload's file, folder or a
        // folder above it is the one deployed with it; without one, every copy must lack the key.
        objects = indexed.index().nearest(p.kind(), namespace, p.name(), indexed.source())
            .filter(near -> InputIndex.inTreeOf(near, indexed.source())).map(List::of).orElse(objects);
        if (objects.isEmpty() || objects.stream().anyMatch(o -> o.dataKeys().isEmpty() || o.dataKeys().contains(p.key()))) {
          continue;
        }
        Set<String> keys = objects.get(0).dataKeys();
        indexed.report(p.at(), "%s of %s \"%s\", which has no such key%s (its keys: %s); %s".formatted(
            p.subject(), p.kind(), p.name(), Text.didYouMean(p.key(), keys), shown(keys), outcome(p, namespace)),
            indexed.text(p.use() == Use.ENV ? ENV_CONSEQUENCE : VOLUME_CONSEQUENCE));
      }
    });
  }

  private static String shown(Set<String> keys) {
    List<String> sorted = keys.stream().sorted().toList();
    String list = sorted.stream().limit(SHOWN_KEYS).map(k -> "\"" + k + "\"").collect(Collectors.joining(", "));
    return sorted.size() > SHOWN_KEYS ? list + " and " + (sorted.size() - SHOWN_KEYS) + " more" : list;
  }

  private static String outcome(Pending p, String namespace) {
    if (p.use() == Use.ENV) {
      return ("the container stays in CreateContainerConfigError (couldn't find key %s in %s %s/%s). "
          + "Fix the key, add it to the %s, or mark the reference optional: true")
          .formatted(p.key(), p.kind(), namespace, p.name(), p.kind());
    }
    String error = "ConfigMap".equals(p.kind()) ? "configmap references non-existent config key: "
        : "references non-existent secret key: ";
    return ("the kubelet cannot mount the volume, so the Pod stays in ContainerCreating with FailedMount events "
        + "(%s%s). Fix the key, add it to the %s, or mark the volume source optional: true")
        .formatted(error, p.key(), p.kind());
  }
}
