package io.podlint.rules.wiring;

import io.podlint.model.InputIndex;
import io.podlint.model.InputIndex.IndexedObject;
import io.podlint.model.ServicePort;
import io.podlint.parse.Document;
import io.podlint.parse.YamlNode;
import io.podlint.rules.Anchor;
import io.podlint.rules.CheckContext;
import io.podlint.rules.DocumentCheck;
import io.podlint.rules.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * An Ingress ({@code networking.k8s.io/v1}) backend naming a Service the input lacks, or a port
 * that Service does not have. Without {@code --closed-world}, a missing Service is reported only
 * as a likely typo: the input holds Services of the namespace in the Ingress's folder or below it,
 * one with a close name, and no custom resources there (operators create Services). The Service
 * is the copy nearest to the Ingress, and must be of its folder tree.
 */
final class IngressBackendMissingCheck implements DocumentCheck<io.podlint.rules.NoParams> {

  /** One backend: where it is, the Service name, and its port as a number or a name (one is null). */
  private record Backend(Anchor name, Anchor port, String service, Integer number, String portName, String where) {}

  @Override
  public String id() {
    return "ingress-backend-missing";
  }

  @Override
  public List<String> defaultKinds() {
    return List.of("Ingress");
  }

  @Override
  public void checkDocument(Document d, io.podlint.rules.NoParams params, CheckContext ctx) {
    if (!"networking.k8s.io/v1".equals(d.apiVersion())) {
      return;
    }
    List<Backend> backends = new ArrayList<>();
    YamlNode spec = d.root().get("spec");
    add(backends, spec.at("defaultBackend.service"), "spec.defaultBackend", ctx);
    for (YamlNode rule : spec.get("rules").items()) {
      for (YamlNode path : rule.at("http.paths").items()) {
        String host = rule.get("host").isScalar() ? rule.get("host").text() : "*";
        String p = path.get("path").isScalar() ? path.get("path").text() : "/";
        add(backends, path.at("backend.service"), "the backend of " + host + p, ctx);
      }
    }
    if (backends.isEmpty()) {
      return;
    }
    String namespace = d.effectiveNamespace();
    String ingress = "Ingress %s/%s (%s:%d)".formatted(namespace, d.name(), d.source(), d.root().location().line());
    boolean closedWorld = ctx.settings().closedWorld();
    ctx.afterIndex(indexed -> {
      InputIndex index = indexed.index();
      for (Backend b : backends) {
        var service = index.nearest("Service", namespace, b.service(), indexed.source()).filter(IndexedObject::isCoreService);
        if (service.isEmpty()) {
          // Without --closed-world, only a likely typo: the backend may be another chart's Service, or
          // one an operator creates.
          List<String> names = index.distinctNamesIn("Service", namespace);
          if (closedWorld || (index.hasKindAtOrBelow("Service", namespace, InputIndex.folderOf(indexed.source()))
              && !Text.didYouMean(b.service(), names).isEmpty() && !index.hasForeignKindsIn(namespace))) {
            indexed.report(b.name(), ("%s of %s names Service \"%s\", which is not among the input's Services in namespace"
                + " \"%s\"%s. The ingress controller has no endpoints for it and answers 503 (or drops the path);"
                + " fix the name or add the Service").formatted(b.where(), ingress, b.service(), namespace,
                    Text.didYouMean(b.service(), names)));
          }
          continue;
        }
        IndexedObject s = service.get();
        List<ServicePort> ports = s.ports();
        if (ports.isEmpty() || !InputIndex.sameTree(s.source(), indexed.source())) {
          continue; // a Service without ports is a patch (kustomize); one of another folder tree is another app's
        }
        boolean found = b.number() != null ? ports.stream().anyMatch(p -> b.number().equals(p.port()))
            : ports.stream().anyMatch(p -> b.portName().equals(p.name()));
        if (!found && b.port() != null) {
          String offered = ports.isEmpty() ? "none" : String.join(", ", ports.stream().map(ServicePort::describe).toList());
          indexed.report(b.port(), ("%s of %s sends traffic to port %s of %s, which has no such port (its ports: %s)."
              + " The ingress controller finds no endpoints for it and answers 503; use one of the Service's ports")
              .formatted(b.where(), ingress, b.number() != null ? b.number().toString() : "\"" + b.portName() + "\"",
                  s.describe(), offered));
        }
      }
    });
  }

  private static void add(List<Backend> out, YamlNode service, String where, CheckContext ctx) {
    YamlNode name = service.get("name");
    if (!name.isScalar() || name.text() == null || name.text().isEmpty() || name.text().contains("{{")) {
      return;
    }
    YamlNode port = service.get("port");
    YamlNode number = port.get("number");
    YamlNode portName = port.get("name");
    Integer n = number.asLong().map(Long::intValue).orElse(null);
    String pn = n == null && portName.isScalar() ? portName.text() : null;
    Anchor portAnchor = n != null ? ctx.anchor(number, null) : pn != null ? ctx.anchor(portName, null) : null;
    out.add(new Backend(ctx.anchor(name, null), portAnchor, name.text(), n, pn == null ? "" : pn, where));
  }
}
