package io.podlint.rules.network;

import io.podlint.model.InputIndex;
import io.podlint.model.InputIndex.IndexedObject;
import io.podlint.rules.CheckContext;
import io.podlint.rules.Text;
import io.podlint.rules.network.PodNetworks.NadRef;
import java.util.List;

/**
 * A selected NetworkAttachmentDefinition that the input does not hold, reported only when the
 * input holds NetworkAttachmentDefinitions of that namespace (or with closed-world settings).
 */
final class MultusNetworkNotFoundCheck extends NadReferenceCheck {

  @Override
  public String id() {
    return "multus-network-not-found";
  }

  @Override
  void check(Pod pod, NadRef ref, CheckContext.Indexed out) {
    InputIndex index = out.index();
    if (find(out, ref).isPresent()
        || !(pod.closedWorld() || index.hasKindIn(PodNetworks.NAD_KIND, ref.namespace()))) {
      return;
    }
    List<String> here = index.inNamespace(PodNetworks.NAD_KIND, ref.namespace()).stream()
        .map(IndexedObject::name).filter(java.util.Objects::nonNull).toList();
    List<String> elsewhere = index.named(PodNetworks.NAD_KIND, ref.name()).stream()
        .map(IndexedObject::namespace).toList();
    String hint;
    if (!elsewhere.isEmpty()) {
      hint = "; one of that name is in namespace \"%s\": write \"%s/%s\"".formatted(elsewhere.get(0),
          elsewhere.get(0), ref.name());
      if (ref.defaultNetwork() && !ref.explicitNamespace()) {
        hint += " (an unqualified default network is looked up in Multus' namespace, not the Pod's)";
      }
    } else if (!here.isEmpty()) {
      hint = Text.didYouMean(ref.name(), here) + "; the input has " + Text.quotedList(here, "and") + " there";
    } else {
      hint = "; the input has none in that namespace";
    }
    out.report(ref.at(), ("%s selects NetworkAttachmentDefinition \"%s\" in namespace \"%s\", which is not in the input%s."
        + " Multus reports NoNetworkFound and the Pod stays in ContainerCreating with FailedCreatePodSandBox events; fix the reference or add the NetworkAttachmentDefinition")
        .formatted(annotation(ref), ref.name(), ref.namespace(), hint));
  }
}
