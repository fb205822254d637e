package io.podlint.model;

import io.podlint.parse.YamlNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The volumes a pod declares and the names its containers mount. */
public final class PodVolumes {
  private PodVolumes() {}

  /** Every volume source field of {@code core/v1 VolumeSource}; a volume must set exactly one. */
  public static final List<String> SOURCES = List.of("hostPath", "emptyDir", "gcePersistentDisk",
      "awsElasticBlockStore", "gitRepo", "secret", "nfs", "iscsi", "glusterfs",
      "persistentVolumeClaim", "rbd", "flexVolume", "cinder", "cephfs", "flocker", "downwardAPI", "fc",
      "azureFile", "configMap", "vsphereVolume", "quobyte", "azureDisk", "photonPersistentDisk",
      "projected", "portworxVolume", "scaleIO", "storageos", "csi", "ephemeral", "image");

  /** The mappings of {@code spec.volumes}, in order. */
  public static List<YamlNode> volumes(Workload w) {
    List<YamlNode> out = new ArrayList<>();
    for (YamlNode v : w.podSpec().get("volumes").items()) {
      if (v.isMapping()) {
        out.add(v);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** False when {@code spec.volumes} is not a plain list of mappings (templated), so names are unknown. */
  public static boolean volumesAreKnown(Workload w) {
    YamlNode list = w.podSpec().get("volumes");
    return !list.hasValue() || list.isSequence() && list.items().stream().allMatch(YamlNode::isMapping);
  }

  /** A volume's name, or null. */
  public static String name(YamlNode volume) {
    return volume.get("name").text();
  }

  /** The {@code metadata.name} nodes of a StatefulSet's volumeClaimTemplates; empty for other kinds. */
  public static List<YamlNode> claimTemplateNames(Workload w) {
    if (!"StatefulSet".equals(w.kind())) {
      return List.of();
    }
    List<YamlNode> out = new ArrayList<>();
    for (YamlNode t : w.document().root().at("spec.volumeClaimTemplates").items()) {
      YamlNode name = t.at("metadata.name");
      if (name.isScalar()) {
        out.add(name);
      }
    }
    return out;
  }

  /**
   * Names a container may mount: {@code spec.volumes}, plus a StatefulSet's volumeClaimTemplates,
   * which its controller adds to every Pod as volumes.
   */
  public static Set<String> declaredNames(Workload w) {
    Set<String> out = new LinkedHashSet<>();
    for (YamlNode v : volumes(w)) {
      if (name(v) != null) {
        out.add(name(v));
      }
    }
    claimTemplateNames(w).forEach(n -> out.add(n.text()));
    return out;
  }

  /** The volume source entries of a volume that have a value ({@code null} decodes to no source). */
  public static List<YamlNode.Entry> sources(YamlNode volume) {
    return volume.entries().stream()
        .filter(e -> e.key() != null && SOURCES.contains(e.key()) && e.value().hasValue())
        .toList();
  }

  /** The {@code volumeMounts} and {@code volumeDevices} items of a container. */
  public static List<YamlNode> uses(ContainerView c) {
    List<YamlNode> out = new ArrayList<>(c.get("volumeMounts").items());
    out.addAll(c.get("volumeDevices").items());
    return out;
  }

  /** Volume names some container mounts or uses as a device. */
  public static Set<String> usedNames(Workload w) {
    Set<String> out = new LinkedHashSet<>();
    for (ContainerView c : w.containers()) {
      for (YamlNode use : uses(c)) {
        String n = use.get("name").text();
        if (n != null) {
          out.add(n);
        }
      }
    }
    return out;
  }

  /** False when some container's mounts are not a plain list (templated), so uses are unknown. */
  public static boolean usesAreKnown(Workload w) {
    for (ContainerView c : w.containers()) {
      for (String field : List.of("volumeMounts", "volumeDevices")) {
        YamlNode list = c.get(field);
        if (list.hasValue() && !list.isSequence()) {
          return false;
        }
      }
    }
    return true;
  }
}
