package io.podlint.model;

import io.podlint.parse.Document;
import io.podlint.parse.YamlNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Objects that exist without being in the input: created in every namespace by a cluster
 * controller, or by a controller from another object of the input (a cert-manager Certificate
 * writes its Secret). A reference to one of them is not missing.
 */
public final class ProducedObjects {
  private ProducedObjects() {}

  /** An object that a document of the input makes a controller create. */
  public record Produced(String kind, String namespace, String name) {}

  /** OpenShift's service-ca controller writes a serving certificate into the Secret a Service names here. */
  static final List<String> SERVING_CERT_ANNOTATIONS = List.of(
      "service.beta.openshift.io/serving-cert-secret-name", "service.alpha.openshift.io/serving-cert-secret-name");

  /** The ConfigMap istiod's namespace controller publishes, with the mesh's root certificate, in every namespace. */
  public static final String ISTIO_ROOT_CERT = "istio-ca-root-cert";

  /**
   * Whether an object of this kind and name exists in every namespace of every cluster: the
   * {@code default} ServiceAccount (ServiceAccount controller) and the {@code kube-root-ca.crt}
   * ConfigMap (kube-controller-manager's root-CA publisher).
   */
  public static boolean inEveryNamespace(String kind, String name) {
    return "ServiceAccount".equals(kind) && "default".equals(name)
        || "ConfigMap".equals(kind) && "kube-root-ca.crt".equals(name);
  }

  /** What controllers create from this document, in its namespace. */
  static List<Produced> of(Document d) {
    List<Produced> out = new ArrayList<>();
    String namespace = d.effectiveNamespace();
    YamlNode root = d.root();
    if ("Certificate".equals(d.kind()) && d.apiVersion() != null && d.apiVersion().startsWith("cert-manager.io/")) {
      String secret = root.at("spec.secretName").text();
      if (secret != null) {
        out.add(new Produced("Secret", namespace, secret));
      }
    }
    if ("Service".equals(d.kind())) {
      for (String annotation : SERVING_CERT_ANNOTATIONS) {
        String secret = root.at("metadata.annotations").get(annotation).text();
        if (secret != null) {
          out.add(new Produced("Secret", namespace, secret));
        }
      }
    }
    return out;
  }

  /** Whether the document installs istiod (its Deployment, named {@code istiod} or {@code istiod-<revision>}). */
  static boolean installsIstiod(Document d) {
    return "Deployment".equals(d.kind()) && d.name() != null
        && (d.name().equals("istiod") || d.name().startsWith("istiod-"));
  }
}
