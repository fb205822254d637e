package io.podlint.rules.resources;

import io.podlint.k8s.ResourceNames;
import io.podlint.model.InputIndex;
import io.podlint.model.LimitRangeDefaults;
import io.podlint.model.PodResources;
import io.podlint.model.ResourceRequirements;
import io.podlint.model.Workload;
import io.podlint.rules.Anchor;
import io.podlint.rules.CheckContext;
import io.podlint.rules.WorkloadCheck;
import io.podlint.rules.PolicyText;
import java.util.ArrayList;
import java.util.List;

/**
 * Regular containers and sidecars should declare requests (and, depending on the policy, limits)
 * for the given resources. A limit counts as a request (the request defaults to it); pod-level
 * {@code spec.resources} covers every container; a LimitRange of the same namespace, in the
 * workload's folder, above or below it, supplies the defaults it sets ({@link LimitRangeDefaults}).
 */
final class MissingResourceCheck implements WorkloadCheck<MissingResourceCheck.Params> {

  /**
   * @param resources the resource names to look for
   * @param requests report a missing request (after defaulting from the limit)
   * @param limits report a missing (or zero) limit
   */
  record Params(List<String> resources, boolean requests, boolean limits) {
    Params {
      resources = resources == null ? List.of() : List.copyOf(resources);
    }
  }

  @Override
  public String id() {
    return "resources-missing";
  }

  /** Without requests: scheduled without reservation; {qos} is the Pod's QoS class. */
  private static final PolicyText REQUESTS_CONSEQUENCE = PolicyText.of("requestsConsequence", "qos");
  /** Without limits: unbounded use of the node. */
  private static final PolicyText LIMITS_CONSEQUENCE = PolicyText.of("limitsConsequence", "qos");

  @Override
  public List<PolicyText> texts(Params params) {
    return List.of(params.requests() && !params.limits() ? REQUESTS_CONSEQUENCE : LIMITS_CONSEQUENCE);
  }

  @Override
  public Class<Params> paramsType() {
    return Params.class;
  }

  /**
   * A missing request or limit of one resource.
   *
   * @param absent the field is not written at all: a zero limit is kept, the LimitRanger fills in only absent ones
   */
  private record Gap(String resource, boolean request, boolean absent) {
    String describe() {
      return "no " + resource + (request ? " request" : " limit");
    }
  }

  @Override
  public void checkWorkload(Workload w, Params params, CheckContext ctx) {
    ResourceRequirements podLevel = ResourceRequirements.of(w.podSpec().get("resources"));
    PodResources pod = null;
    for (Blocks.Block b : Blocks.longRunning(w)) {
      List<Gap> gaps = new ArrayList<>();
      for (String name : params.resources()) {
        boolean podCovers = ResourceNames.isSupportedAtPodLevel(name);
        if (params.requests() && !b.resources().mentions(name) && !(podCovers && podLevel.mentions(name))) {
          gaps.add(new Gap(name, true, true));
        }
        if (params.limits() && lacksLimit(b.resources(), name) && !(podCovers && podLevel.hasPositiveLimit(name))) {
          gaps.add(new Gap(name, false, b.resources().limits().get(name).isEmpty()));
        }
      }
      if (gaps.isEmpty()) {
        continue;
      }
      if (pod == null) {
        pod = PodResources.of(w);
      }
      String owner = b.owner();
      String consequence = consequence(params, pod, ctx);
      Anchor at = ctx.anchor(b.anchor(), b.container());
      String namespace = w.namespace();
      String folder = InputIndex.folderOf(w.document().source());
      ctx.afterIndex(indexed -> {
        // A LimitRange of the namespace deployed with the workload fills in what it has defaults for
        // (and a default limit also becomes the request: the LimitRanger sets both).
        List<LimitRangeDefaults> defaults = indexed.index().limitRangeDefaults(namespace, folder);
        List<String> missing = gaps.stream()
            .filter(g -> !g.absent() || defaults.stream().noneMatch(d -> g.request()
                ? d.defaultsRequest(g.resource()) : d.defaultsLimit(g.resource())))
            .map(Gap::describe).toList();
        if (!missing.isEmpty()) {
          indexed.report(at, owner + " sets " + String.join(" and ", missing) + ": " + effect(params, missing),
              consequence);
        }
      });
    }
  }

  /** No limit, or a zero one; an unparsable limit is resources-quantity-invalid's. */
  private static boolean lacksLimit(ResourceRequirements r, String name) {
    return r.limits().get(name).map(e -> e.isValid() && e.quantity().signum() <= 0).orElse(true);
  }

  private static String effect(Params params, List<String> missing) {
    if (params.requests() && !params.limits()) {
      return "the scheduler reserves nothing for it, so it can land on a node without room for it and is among the first to be evicted or starved under pressure";
    }
    boolean memory = missing.stream().anyMatch(m -> m.contains(" memory "));
    if (memory) {
      return "it may use all the node's free memory, and when the node runs short the kernel or the kubelet kills containers, possibly other Pods' (OOMKilled, Evicted)";
    }
    if (missing.stream().anyMatch(m -> m.contains(" cpu "))) {
      return "it may use every idle CPU of the node; that is often deliberate, but its speed then depends on its neighbours";
    }
    return "the kubelet cannot account for its disk use: a container that fills the node's disk gets Pods evicted under DiskPressure";
  }

  private static String consequence(Params params, PodResources pod, CheckContext ctx) {
    return ctx.text(params.requests() && !params.limits() ? REQUESTS_CONSEQUENCE : LIMITS_CONSEQUENCE,
        pod.qosClass().apiName());
  }
}
