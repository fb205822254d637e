package io.podlint.rules.validation;

import io.podlint.k8s.ApiNames;
import io.podlint.model.ContainerView;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Container ports as the API server checks them: {@code validateContainerPorts} (IANA_SVC_NAME
 * port names, unique within the container, port numbers 1-65535), {@code checkHostPortConflicts}
 * ({@code AccumulateUniqueHostPorts}: one protocol/hostIP/hostPort across the app containers, per
 * init container) and {@code validatePodHostNetworkDeps} (with {@code hostNetwork}, a hostPort
 * other than 0 must equal containerPort). Ephemeral containers may not declare ports at all.
 */
final class ContainerPortInvalidCheck implements WorkloadCheck<NoParams> {

  @Override
  public String id() {
    return "container-port-invalid";
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    boolean hostNetwork = w.podSpec().get("hostNetwork").isTrue();
    Map<String, YamlNode> appHostPorts = new HashMap<>();
    for (ContainerView c : w.containers()) {
      if (c.type() == ContainerView.Type.EPHEMERAL) {
        continue;
      }
      Set<String> names = new HashSet<>();
      Map<String, YamlNode> hostPorts = c.type() == ContainerView.Type.REGULAR ? appHostPorts : new HashMap<>();
      for (YamlNode port : c.get("ports").items()) {
        checkName(w, c, port.get("name"), names, ctx);
        YamlNode containerPort = port.get("containerPort");
        Long cp = containerPort.asLong().orElse(null);
        if (cp != null) {
          if (cp == 0) {
            report(w, c, containerPort, ApiErrors.required(containerPort.path(), ""), "Set the port the container "
                + "listens on (1-65535), or remove the entry.", ctx);
          } else {
            for (String msg : ApiNames.portNumber(cp)) {
              report(w, c, containerPort, ApiErrors.invalid(containerPort.path(), cp, msg),
                  "Use a port number from 1 to 65535.", ctx);
            }
          }
        }
        YamlNode hostPortNode = port.get("hostPort");
        Long hp = hostPortNode.asLong().orElse(null);
        if (hp == null || hp == 0) {
          continue;
        }
        List<String> rangeErrors = ApiNames.portNumber(hp);
        for (String msg : rangeErrors) {
          report(w, c, hostPortNode, ApiErrors.invalid(hostPortNode.path(), hp, msg),
              "Use a port number from 1 to 65535, or drop hostPort.", ctx);
        }
        if (hostNetwork && c.type() == ContainerView.Type.REGULAR && cp != null && !hp.equals(cp)) {
          report(w, c, hostPortNode, ApiErrors.invalid(hostPortNode.path(), hp,
              "must match `containerPort` when `hostNetwork` is true"), "With hostNetwork the container listens "
                  + "on the node's own port: set hostPort equal to containerPort (" + cp + "), or drop hostPort.", ctx);
        }
        if (rangeErrors.isEmpty()) {
          String key = port.get("protocol").text("TCP") + "/" + port.get("hostIP").text("") + "/" + hp;
          YamlNode first = hostPorts.putIfAbsent(key, hostPortNode);
          if (first != null) {
            report(w, c, hostPortNode, ApiErrors.duplicate(hostPortNode.path(), key), "Host port " + hp
                + " is already taken on line " + first.location().line() + "; two containers of one Pod cannot "
                    + "bind the same host port, protocol and host IP. Use another hostPort.", ctx);
          }
        }
      }
    }
  }

  private static void checkName(Workload w, ContainerView c, YamlNode name, Set<String> names, CheckContext ctx) {
    if (!name.isString() || name.text().isEmpty() || Placeholders.isTemplated(name.text())) {
      return;
    }
    List<String> errs = ApiNames.portName(name.text());
    if (!errs.isEmpty()) {
      report(w, c, name, ApiErrors.invalid(name.path(), name.text(), errs), "Port names are IANA service names: at "
          + "most 15 lowercase letters, digits and '-', with at least one letter, no '--', not starting or ending "
          + "with '-'.", ctx);
    }
    if (errs.isEmpty() && !names.add(name.text())) {
      report(w, c, name, ApiErrors.duplicate(name.path(), name.text()), "Each port of a container needs its own "
          + "name; rename or merge the duplicate.", ctx);
    }
  }

  private static void report(Workload w, ContainerView c, YamlNode at, String error, String fix, CheckContext ctx) {
    ctx.report(at, c, ApiErrors.rejectedPodSpec(w, error, fix), ApiErrors.podSpecConsequence(w));
  }
}
