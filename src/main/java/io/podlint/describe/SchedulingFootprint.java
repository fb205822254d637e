package io.podlint.describe;

import io.podlint.describe.PodLifecycle.ContainerResources;
import io.podlint.describe.PodLifecycle.Note;
import io.podlint.describe.PodLifecycle.Placement;
import io.podlint.describe.PodLifecycle.PoolFit;
import io.podlint.describe.PodLifecycle.ProfilePlacement;
import io.podlint.describe.PodLifecycle.Scheduling;
import io.podlint.k8s.Quantity;
import io.podlint.k8s.ResourceNames;
import io.podlint.model.ClusterProfile;
import io.podlint.model.ContainerView;
import io.podlint.model.PodPlacement;
import io.podlint.model.PodResources;
import io.podlint.model.ResourceList;
import io.podlint.model.ResourceRequirements;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** The scheduling footprint: {@link PodResources} plus the placement constraints, summarised. */
final class SchedulingFootprint {
  private SchedulingFootprint() {}

  static Scheduling of(Workload w, List<Note> notes) {
    return of(w, null, notes);
  }

  /** @param profile the cluster profile, or null */
  static Scheduling of(Workload w, ClusterProfile profile, List<Note> notes) {
    PodResources r = PodResources.of(w);
    Map<String, String> requests = new LinkedHashMap<>();
    Map<String, String> limits = new LinkedHashMap<>();
    for (String name : names(r.requests(), r.limits())) {
      requests.put(name, r.request(name).map(Quantity::canonical).orElse(null));
      limits.put(name, r.limit(name).map(Quantity::canonical).orElse(null));
    }
    List<ContainerResources> containers = new ArrayList<>();
    for (ContainerView c : w.containers()) {
      if (c.type() == ContainerView.Type.EPHEMERAL) {
        continue;
      }
      ResourceRequirements rr = ResourceRequirements.of(c);
      containers.add(new ContainerResources(c.name(), StartupTimeline.type(c), canonical(rr.effectiveRequests()),
          canonical(rr.limits().quantities())));
    }
    Map<String, String> overhead = canonical(ResourceList.of(w.podSpec().get("overhead")).quantities());
    return new Scheduling(r.qosClass().apiName(), requests, limits, containers, overhead, r.hasPodLevelResources(),
        placement(w.podSpec(), profile == null ? null : pools(w, profile, r)), notes);
  }

  /** Each pool of the profile with the first scheduler filter the Pod fails there, size last. */
  static ProfilePlacement pools(Workload w, ClusterProfile profile, PodResources r) {
    if (w.podSpec().get("nodeName").hasValue()) {
      return new ProfilePlacement(profile.source(), null, true);
    }
    List<PodPlacement.Verdict> verdicts = PodPlacement.verdicts(w, profile);
    if (verdicts == null) {
      return new ProfilePlacement(profile.source(), null, false);
    }
    List<PoolFit> out = new ArrayList<>();
    for (PodPlacement.Verdict v : verdicts) {
      String cause = v.cause() == null ? null : switch (v.cause()) {
        case NO_NODES -> "no-nodes";
        case NODE_SELECTOR -> "nodeSelector";
        case NODE_AFFINITY -> "nodeAffinity";
        case TAINTS -> "taints";
      };
      String reason = v.reason();
      if (cause == null) {
        Optional<String> small = PodPlacement.tooSmall(v.pool(), r);
        if (small.isPresent()) {
          cause = "size";
          reason = "too small: the Pod " + small.get();
        }
      }
      out.add(new PoolFit(v.pool().name(), v.pool().count(), cause, reason));
    }
    return new ProfilePlacement(profile.source(), out, false);
  }

  /** cpu and memory first, then the other resources in name order. */
  private static List<String> names(Map<String, Quantity> requests, Map<String, Quantity> limits) {
    TreeSet<String> others = new TreeSet<>(requests.keySet());
    others.addAll(limits.keySet());
    others.removeAll(List.of(ResourceNames.CPU, ResourceNames.MEMORY));
    List<String> out = new ArrayList<>(List.of(ResourceNames.CPU, ResourceNames.MEMORY));
    out.addAll(others);
    return out;
  }

  private static Map<String, String> canonical(Map<String, Quantity> list) {
    Map<String, String> out = new LinkedHashMap<>();
    list.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.comparing(SchedulingFootprint::order)))
        .forEach(e -> out.put(e.getKey(), e.getValue().canonical()));
    return out;
  }

  private static String order(String name) {
    return switch (name) {
      case ResourceNames.CPU -> "0";
      case ResourceNames.MEMORY -> "1";
      default -> "2" + name;
    };
  }

  static Placement placement(YamlNode spec, ProfilePlacement pools) {
    Map<String, String> nodeSelector = new LinkedHashMap<>();
    for (YamlNode.Entry e : spec.get("nodeSelector").entries()) {
      nodeSelector.put(e.keyText(), e.value().text(""));
    }
    YamlNode affinity = spec.get("affinity");
    List<String> nodeAffinity = new ArrayList<>();
    YamlNode node = affinity.get("nodeAffinity");
    for (YamlNode term : node.at("requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms").items()) {
      nodeAffinity.add("required: " + nodeTerm(term));
    }
    for (YamlNode pref : node.get("preferredDuringSchedulingIgnoredDuringExecution").items()) {
      nodeAffinity.add("preferred (weight %s): %s".formatted(pref.get("weight").text("?"), nodeTerm(pref.get("preference"))));
    }
    List<String> podAffinity = new ArrayList<>();
    podTerms(affinity.get("podAffinity"), "affinity", podAffinity);
    podTerms(affinity.get("podAntiAffinity"), "anti-affinity", podAffinity);
    List<String> tolerations = new ArrayList<>();
    for (YamlNode t : spec.get("tolerations").items()) {
      tolerations.add(toleration(t));
    }
    List<String> spread = new ArrayList<>();
    for (YamlNode t : spec.get("topologySpreadConstraints").items()) {
      spread.add("%s: maxSkew %s, %s".formatted(t.get("topologyKey").text("?"), t.get("maxSkew").text("?"),
          t.get("whenUnsatisfiable").text("?")));
    }
    return new Placement(blankToNull(spec.get("nodeName").text()), nodeSelector, nodeAffinity, podAffinity,
        tolerations, spread, blankToNull(spec.get("priorityClassName").text()),
        blankToNull(spec.get("runtimeClassName").text()), blankToNull(spec.get("schedulerName").text()), pools);
  }

  private static String nodeTerm(YamlNode term) {
    List<String> parts = new ArrayList<>();
    for (YamlNode e : term.get("matchExpressions").items()) {
      parts.add(expression(e, "key"));
    }
    for (YamlNode e : term.get("matchFields").items()) {
      parts.add(expression(e, "key"));
    }
    return parts.isEmpty() ? "(no expressions)" : String.join(" and ", parts);
  }

  /** {@code disktype In [ssd]}, {@code gpu Exists}. */
  static String expression(YamlNode e, String keyField) {
    String op = e.get("operator").text("?");
    List<String> values = e.get("values").items().stream().map(v -> v.text("")).toList();
    return e.get(keyField).text("?") + " " + op + (values.isEmpty() ? "" : " " + values);
  }

  private static void podTerms(YamlNode node, String what, List<String> out) {
    for (YamlNode t : node.get("requiredDuringSchedulingIgnoredDuringExecution").items()) {
      out.add("%s required: %s per %s".formatted(what, selector(t.get("labelSelector")), t.get("topologyKey").text("?")));
    }
    for (YamlNode p : node.get("preferredDuringSchedulingIgnoredDuringExecution").items()) {
      YamlNode t = p.get("podAffinityTerm");
      out.add("%s preferred (weight %s): %s per %s".formatted(what, p.get("weight").text("?"),
          selector(t.get("labelSelector")), t.get("topologyKey").text("?")));
    }
  }

  private static String selector(YamlNode s) {
    List<String> parts = new ArrayList<>();
    for (YamlNode.Entry e : s.get("matchLabels").entries()) {
      parts.add(e.keyText() + "=" + e.value().text(""));
    }
    for (YamlNode e : s.get("matchExpressions").items()) {
      parts.add(expression(e, "key"));
    }
    return parts.isEmpty() ? "all Pods" : String.join(",", parts);
  }

  /** {@code dedicated=db:NoSchedule}, {@code every taint (Exists)}, with tolerationSeconds. */
  static String toleration(YamlNode t) {
    String key = t.get("key").text("");
    String op = t.get("operator").text("Equal");
    String effect = t.get("effect").text("");
    String what;
    if (key.isEmpty() && "Exists".equals(op)) {
      what = "every taint";
    } else if ("Exists".equals(op)) {
      what = key + " (any value)";
    } else {
      what = key + "=" + t.get("value").text("");
    }
    String out = what + (effect.isEmpty() ? " (any effect)" : ":" + effect);
    YamlNode seconds = t.get("tolerationSeconds");
    return seconds.hasValue() ? out + " for " + seconds.text() + " s" : out;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
