package io.podlint.rules.validation;

import io.podlint.k8s.DownwardApi;
import io.podlint.k8s.Quantity;
import io.podlint.model.ContainerView;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.PolicyText;
import io.podlint.rules.StatefulSetTemplates;
import io.podlint.rules.WorkloadCheck;
import java.util.List;
import java.util.Optional;

/**
 * Downward API selectors in env ({@code validateEnvVarValueFrom}) and in downwardAPI and
 * projected volumes ({@code validateDownwardAPIVolumeFile}): the fieldRef paths each place
 * supports, the resourceFieldRef resource names and divisors, and the containerName a volume
 * file needs.
 */
final class DownwardApiInvalidCheck implements WorkloadCheck<NoParams> {

  /** resourceFieldRef.containerName naming no container: the kubelet fails on a volume or env var. */
  private static final PolicyText VOLUME_CONSEQUENCE = PolicyText.of("unknownContainerVolumeConsequence", "container");
  private static final PolicyText ENV_CONSEQUENCE = PolicyText.of("unknownContainerEnvConsequence", "container");

  @Override
  public List<PolicyText> texts(NoParams params) {
    return List.of(VOLUME_CONSEQUENCE, ENV_CONSEQUENCE);
  }

  @Override
  public String id() {
    return "downward-api-invalid";
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    for (ContainerView c : w.containers()) {
      for (YamlNode env : c.get("env").items()) {
        YamlNode valueFrom = env.get("valueFrom");
        fieldRef(w, c, valueFrom.get("fieldRef"), DownwardApi.ENV_FIELDS, ctx);
        resourceFieldRef(w, c, valueFrom.get("resourceFieldRef"), false, ctx);
      }
    }
    for (YamlNode volume : w.podSpec().get("volumes").items()) {
      for (YamlNode item : volume.at("downwardAPI.items").items()) {
        volumeFile(w, item, ctx);
      }
      for (YamlNode source : volume.at("projected.sources").items()) {
        for (YamlNode item : source.at("downwardAPI.items").items()) {
          volumeFile(w, item, ctx);
        }
      }
    }
  }

  private static void volumeFile(Workload w, YamlNode item, CheckContext ctx) {
    boolean field = item.get("fieldRef").hasValue();
    boolean resource = item.get("resourceFieldRef").hasValue();
    if (item.isMapping() && field && resource) {
      report(w, null, item.get("resourceFieldRef"), item.path() + ": Invalid value: \"resource\": fieldRef and "
          + "resourceFieldRef can not be specified simultaneously", "Write one file per selector", ctx);
    } else if (item.isMapping() && !field && !resource) {
      report(w, null, item, FieldErrors.required(item.path(), "one of fieldRef and resourceFieldRef is required"),
          "Say what the file holds: a fieldRef or a resourceFieldRef", ctx);
    }
    fieldRef(w, null, item.get("fieldRef"), DownwardApi.VOLUME_FIELDS, ctx);
    resourceFieldRef(w, null, item.get("resourceFieldRef"), true, ctx);
  }

  private static void fieldRef(Workload w, ContainerView c, YamlNode ref, List<String> allowed, CheckContext ctx) {
    YamlNode fieldPath = ref.get("fieldPath");
    if (!ref.isMapping() || !fieldPath.isString() || fieldPath.text().isEmpty() || FieldErrors.isTemplated(fieldPath)
        || FieldErrors.isTemplated(ref.get("apiVersion"))) {
      return;
    }
    YamlNode apiVersion = ref.get("apiVersion");
    String version = apiVersion.isString() && !apiVersion.text().isEmpty() ? apiVersion.text() : null;
    Optional<String[]> error = DownwardApi.fieldPathError(version, fieldPath.text(), allowed);
    if (error.isEmpty()) {
      subscriptKey(w, c, ref, fieldPath, ctx);
      return;
    }
    boolean env = allowed == DownwardApi.ENV_FIELDS;
    String fix;
    if (version != null && !version.equals("v1")) {
      fix = "Set fieldRef.apiVersion to v1, or remove it (it defaults to v1)";
    } else if (env && DownwardApi.VOLUME_FIELDS.contains(fieldPath.text())) {
      fix = "An env var holds one value: use " + fieldPath.text() + "['<key>'] for one " + fieldPath.text()
          .substring(9, fieldPath.text().length() - 1) + ", or a downwardAPI volume for all of them";
    } else {
      fix = "Use one of the fields supported " + (env ? "in env" : "in downwardAPI volumes") + ": "
          + String.join(", ", allowed) + (env ? "" : " (other fields are only available as env vars)")
          + ", or metadata.labels['<key>'] / metadata.annotations['<key>']";
    }
    String apiError = fieldPath.path() + ": " + error.get()[0] + ": " + FieldErrors.value(fieldPath) + ": " + error.get()[1];
    report(w, c, fieldPath, apiError, fix, ctx);
  }

  /**
   * {@code validateObjectFieldSelector}: the key in {@code metadata.labels['k']} is a qualified
   * name, in {@code metadata.annotations['k']} a lower-cased one; the error names the fieldRef.
   */
  private static void subscriptKey(Workload w, ContainerView c, YamlNode ref, YamlNode fieldPath, CheckContext ctx) {
    Optional<DownwardApi.Subscripted> sub = DownwardApi.Subscripted.of(fieldPath.text());
    if (sub.isEmpty() || Placeholders.isTemplated(sub.get().subscript())) {
      return;
    }
    boolean annotation = sub.get().path().equals("metadata.annotations");
    String key = annotation ? sub.get().subscript().toLowerCase(java.util.Locale.ROOT) : sub.get().subscript();
    List<String> errs = io.podlint.k8s.ApiNames.qualifiedName(key);
    if (!errs.isEmpty()) {
      report(w, c, fieldPath, ApiErrors.invalid(ref.path(), key, errs), "Write the " + (annotation ? "annotation"
          : "label") + " key between ['...'] exactly as it is in the Pod's metadata, such as "
          + sub.get().path() + "['app.kubernetes.io/name']", ctx);
    }
  }

  private static void resourceFieldRef(Workload w, ContainerView c, YamlNode ref, boolean volume, CheckContext ctx) {
    if (!ref.isMapping()) {
      return;
    }
    YamlNode containerName = ref.get("containerName");
    YamlNode resource = ref.get("resource");
    if (volume && (!containerName.isScalar() || containerName.text().isEmpty())) {
      report(w, c, containerName.isPresent() ? containerName : ref,
          FieldErrors.required(FieldErrors.child(ref, "containerName"), ""),
          "A downwardAPI volume is not tied to a container: name the container whose resources the file shows", ctx);
      return; // the API server reports nothing else for this selector then
    }
    unknownContainer(w, c, containerName, volume, ctx);
    if (!resource.isString() || resource.text().isEmpty() || FieldErrors.isTemplated(resource)) {
      return; // a missing resource is the schema's required-field finding
    }
    if (!DownwardApi.isSupportedResource(resource.text())) {
      report(w, c, resource, FieldErrors.notSupported(resource, DownwardApi.RESOURCES),
          "Use one of " + String.join(", ", DownwardApi.RESOURCES) + " (or requests.hugepages-<size>)", ctx);
    }
    YamlNode divisor = ref.get("divisor");
    if (!divisor.isScalar()) {
      return;
    }
    Optional<Quantity> q = Quantity.tryParse(divisor.text());
    if (q.isEmpty() || q.get().signum() == 0) {
      return; // unparsable: the schema's; zero: the API server treats it as unset
    }
    DownwardApi.divisorError(resource.text(), q.get().canonical()).ifPresent(e -> report(w, c, divisor,
        FieldErrors.child(ref, "divisor") + ": Invalid value: " + FieldErrors.value(resource) + ": " + e,
        resource.text().endsWith(".cpu") ? "Use divisor 1 (cores) or 1m (millicores)"
            : "Use a divisor of 1 or a power of a unit, such as 1Mi or 1M", ctx));
  }

  /**
   * The kubelet resolves containerName among the Pod's containers and init containers
   * (findContainerInPod in pkg/api/v1/resource); the API server does not check it.
   */
  private static void unknownContainer(Workload w, ContainerView c, YamlNode containerName, boolean volume,
      CheckContext ctx) {
    if (!containerName.isScalar() || containerName.text().isEmpty() || FieldErrors.isTemplated(containerName)) {
      return;
    }
    List<String> names = w.containers().stream().filter(k -> k.type() != ContainerView.Type.EPHEMERAL)
        .map(ContainerView::name).filter(n -> n != null).toList();
    if (names.isEmpty() || names.contains(containerName.text())) {
      return;
    }
    String what = "resourceFieldRef.containerName \"" + containerName.text() + "\" names no container of the Pod";
    String consequence = ctx.text(volume ? VOLUME_CONSEQUENCE : ENV_CONSEQUENCE, containerName.text());
    ctx.report(containerName, c, what + "; the API server accepts it, but the kubelet fails on it. Use one of "
        + io.podlint.rules.Text.quotedList(new java.util.TreeSet<>(names), "or") + ", the container whose resources to show", consequence);
  }

  private static void report(Workload w, ContainerView c, YamlNode at, String apiError, String fix, CheckContext ctx) {
    ctx.report(at, c, apiError + ". The " + w.kind() + " is not created. " + fix, StatefulSetTemplates.rejectionConsequence(w));
  }
}
