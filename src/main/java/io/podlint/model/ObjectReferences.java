package io.podlint.model;

import io.podlint.parse.YamlNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The objects a pod spec refers to by name: ConfigMaps, Secrets, claims and its ServiceAccount. */
public final class ObjectReferences {
  private ObjectReferences() {}

  /** How a pod uses the object, which decides what happens when it is missing. */
  public enum Use {
    VOLUME("volume"), ENV("env"), ENV_FROM("envFrom"), IMAGE_PULL_SECRET("imagePullSecret"),
    SERVICE_ACCOUNT("serviceAccount"), CLAIM("persistentVolumeClaim");

    private final String id;

    Use(String id) {
      this.id = id;
    }

    /** The name policies use in their params. */
    public String id() {
      return id;
    }

    public static Use of(String id) {
      for (Use u : values()) {
        if (u.id.equals(id)) {
          return u;
        }
      }
      throw new IllegalArgumentException("unknown use \"" + id + "\"; known: volume, env, envFrom, "
          + "imagePullSecret, serviceAccount, persistentVolumeClaim");
    }
  }

  /** A key the pod reads from a ConfigMap or Secret, and the node that names it. */
  public record KeyRef(String key, YamlNode node) {}

  /**
   * One reference.
   *
   * @param nameNode the node that names the object (where a missing object is reported)
   * @param optional marked {@code optional: true}: the pod starts without the object or key
   * @param active false for a ConfigMap or Secret volume that no container mounts: the kubelet
   *     skips such volumes and never fetches their object
   * @param container the container that reads it (env, envFrom), or null
   * @param detail the volume name (volumes, claims) or env var name (env), or null
   * @param keys the keys read from the object: {@code items[].key} of a volume, the key of an env var
   */
  public record Ref(Use use, String kind, String name, YamlNode nameNode, boolean optional, boolean active,
      ContainerView container, String detail, List<KeyRef> keys) {}

  /** Every reference of the workload, in document order: volumes, containers, pod fields. */
  public static List<Ref> of(Workload w) {
    // Several reference policies walk the same workload: collect its references once.
    return w.memo(ObjectReferences.class, () -> List.copyOf(collect(w)));
  }

  private static List<Ref> collect(Workload w) {
    List<Ref> out = new ArrayList<>();
    Set<String> mounted = PodVolumes.usedNames(w);
    boolean mountsKnown = PodVolumes.usesAreKnown(w);
    Set<String> claimTemplates = new HashSet<>();
    PodVolumes.claimTemplateNames(w).forEach(n -> claimTemplates.add(n.text()));
    for (YamlNode volume : PodVolumes.volumes(w)) {
      String name = PodVolumes.name(volume);
      if (claimTemplates.contains(name)) {
        continue; // the StatefulSet controller replaces it with the claim of the template
      }
      boolean active = !mountsKnown || mounted.contains(name);
      addSource(out, volume.get("configMap"), "ConfigMap", "name", name, active);
      addSource(out, volume.get("secret"), "Secret", "secretName", name, active);
      for (YamlNode source : volume.at("projected.sources").items()) {
        addSource(out, source.get("configMap"), "ConfigMap", "name", name, active);
        addSource(out, source.get("secret"), "Secret", "name", name, active);
      }
      YamlNode claim = volume.at("persistentVolumeClaim.claimName");
      if (hasName(claim)) {
        out.add(new Ref(Use.CLAIM, "PersistentVolumeClaim", claim.text(), claim, false, true, null, name, List.of()));
      }
    }
    for (ContainerView c : w.containers()) {
      for (YamlNode env : c.get("env").items()) {
        String var = env.get("name").text();
        addKeyRef(out, env.at("valueFrom.configMapKeyRef"), "ConfigMap", c, var);
        addKeyRef(out, env.at("valueFrom.secretKeyRef"), "Secret", c, var);
      }
      for (YamlNode from : c.get("envFrom").items()) {
        addEnvFrom(out, from.get("configMapRef"), "ConfigMap", c);
        addEnvFrom(out, from.get("secretRef"), "Secret", c);
      }
    }
    for (YamlNode secret : w.podSpec().get("imagePullSecrets").items()) {
      YamlNode name = secret.get("name");
      if (hasName(name)) {
        out.add(new Ref(Use.IMAGE_PULL_SECRET, "Secret", name.text(), name, false, true, null, null, List.of()));
      }
    }
    YamlNode account = w.podSpec().get("serviceAccountName");
    if (!hasName(account)) {
      account = w.podSpec().get("serviceAccount"); // deprecated alias, used when the name is empty
    }
    if (hasName(account)) {
      out.add(new Ref(Use.SERVICE_ACCOUNT, "ServiceAccount", account.text(), account, false, true, null, null,
          List.of()));
    }
    return out;
  }

  private static void addSource(List<Ref> out, YamlNode source, String kind, String nameField, String volume,
      boolean active) {
    YamlNode name = source.get(nameField);
    if (!hasName(name)) {
      return;
    }
    List<KeyRef> keys = new ArrayList<>();
    for (YamlNode item : source.get("items").items()) {
      YamlNode key = item.get("key");
      if (hasName(key)) {
        keys.add(new KeyRef(key.text(), key));
      }
    }
    out.add(new Ref(Use.VOLUME, kind, name.text(), name, source.get("optional").isTrue(), active, null, volume,
        List.copyOf(keys)));
  }

  private static void addKeyRef(List<Ref> out, YamlNode ref, String kind, ContainerView c, String var) {
    YamlNode name = ref.get("name");
    if (!hasName(name)) {
      return;
    }
    YamlNode key = ref.get("key");
    List<KeyRef> keys = hasName(key) ? List.of(new KeyRef(key.text(), key)) : List.of();
    out.add(new Ref(Use.ENV, kind, name.text(), name, ref.get("optional").isTrue(), true, c, var, keys));
  }

  private static void addEnvFrom(List<Ref> out, YamlNode ref, String kind, ContainerView c) {
    YamlNode name = ref.get("name");
    if (hasName(name)) {
      out.add(new Ref(Use.ENV_FROM, kind, name.text(), name, ref.get("optional").isTrue(), true, c, null, List.of()));
    }
  }

  private static boolean hasName(YamlNode n) {
    return n.isScalar() && !n.text().isEmpty();
  }
}
