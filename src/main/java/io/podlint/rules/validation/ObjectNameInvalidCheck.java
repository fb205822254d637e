package io.podlint.rules.validation;

import io.podlint.k8s.ApiNames;
import io.podlint.parse.Document;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.DocumentCheck;
import io.podlint.rules.NoParams;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * {@code ValidateObjectMeta} with each kind's name function: {@code metadata.name} (or
 * {@code generateName}, validated as a prefix) and {@code metadata.namespace}; CronJob names of
 * at most 52 characters ({@code ValidateCronJob}). Only kinds whose name rule was read upstream.
 */
final class ObjectNameInvalidCheck implements DocumentCheck<NoParams> {
  private static final BiFunction<String, Boolean, List<String>> SUBDOMAIN = ApiNames::nameIsDnsSubdomain;
  private static final BiFunction<String, Boolean, List<String>> LABEL = ApiNames::nameIsDnsLabel;
  private static final BiFunction<String, Boolean, List<String>> DNS1035 = ApiNames::nameIsDns1035Label;

  /** Kind -> its API group ("" for core) and name function. */
  private record Rule(String group, BiFunction<String, Boolean, List<String>> nameFn, String fn) {}

  private static final Map<String, Rule> RULES = Map.ofEntries(
      Map.entry("Pod", new Rule("", SUBDOMAIN, "ValidatePodName")),
      Map.entry("PodTemplate", new Rule("", SUBDOMAIN, "ValidatePodTemplate")),
      Map.entry("ReplicationController", new Rule("", SUBDOMAIN, "ValidateReplicationControllerName")),
      Map.entry("Service", new Rule("", DNS1035, "ValidateServiceName")),
      Map.entry("ConfigMap", new Rule("", SUBDOMAIN, "ValidateConfigMapName")),
      Map.entry("Secret", new Rule("", SUBDOMAIN, "ValidateSecretName")),
      Map.entry("ServiceAccount", new Rule("", SUBDOMAIN, "ValidateServiceAccountName")),
      Map.entry("Namespace", new Rule("", LABEL, "ValidateNamespaceName")),
      Map.entry("Deployment", new Rule("apps", SUBDOMAIN, "ValidateDeploymentName")),
      Map.entry("ReplicaSet", new Rule("apps", SUBDOMAIN, "ValidateReplicaSetName")),
      Map.entry("DaemonSet", new Rule("apps", SUBDOMAIN, "ValidateDaemonSetName")),
      Map.entry("StatefulSet", new Rule("apps", LABEL, "ValidateStatefulSetName")),
      Map.entry("Job", new Rule("batch", SUBDOMAIN, "ValidateReplicationControllerName")),
      Map.entry("CronJob", new Rule("batch", SUBDOMAIN, "ValidateReplicationControllerName")));

  /** The CronJob controller appends "-" and a 10-digit timestamp to name its Jobs (DNS1035LabelMaxLength-11). */
  static final int CRONJOB_NAME_MAX = 52;

  @Override
  public String id() {
    return "object-name-invalid";
  }

  @Override
  public List<String> defaultKinds() {
    return List.copyOf(new java.util.TreeSet<>(RULES.keySet()));
  }

  @Override
  public void checkDocument(Document d, NoParams params, CheckContext ctx) {
    Rule rule = RULES.get(d.kind());
    if (rule == null || !rule.group().equals(group(d.apiVersion()))) {
      return;
    }
    YamlNode meta = d.root().get("metadata");
    if (!meta.isMapping()) {
      return;
    }
    YamlNode name = meta.get("name");
    YamlNode generateName = meta.get("generateName");
    boolean hasGenerate = generateName.isString() && !generateName.text().isEmpty();
    if (hasGenerate && !Placeholders.isTemplated(generateName.text())) {
      List<String> errs = rule.nameFn().apply(generateName.text(), true);
      if (!errs.isEmpty()) {
        ctx.report(generateName, ApiErrors.rejected(d, ApiErrors.invalid("metadata.generateName", generateName.text(),
            errs), "Use a prefix of lowercase letters, digits and '-' (a trailing '-' is fine)."));
      }
    }
    if (!name.hasValue() || (name.isString() && name.text().isEmpty())) {
      if (!hasGenerate) {
        ctx.report(meta, ApiErrors.rejected(d, ApiErrors.required("metadata.name", "name or generateName is required"),
            "Give the object a metadata.name."));
      }
    } else if (name.isString() && !Placeholders.isTemplated(name.text())) {
      List<String> errs = rule.nameFn().apply(name.text(), false);
      if (!errs.isEmpty()) {
        ctx.report(name, ApiErrors.rejected(d, ApiErrors.invalid("metadata.name", name.text(), errs), fix(d.kind())));
      }
      if (errs.isEmpty() && "CronJob".equals(d.kind()) && ApiNames.bytes(name.text()) > CRONJOB_NAME_MAX) {
        ctx.report(name, ApiErrors.rejected(d, ApiErrors.invalid("metadata.name", name.text(),
            "must be no more than 52 characters"), "Shorten the name to 52 characters: the CronJob controller "
                + "appends an 11-character suffix to name each Job, and Job names are limited to 63."));
      }
    }
    YamlNode ns = meta.get("namespace");
    if (ns.isString() && !ns.text().isEmpty() && !"Namespace".equals(d.kind()) && !Placeholders.isTemplated(ns.text())) {
      List<String> errs = ApiNames.nameIsDnsLabel(ns.text(), false);
      if (!errs.isEmpty()) {
        ctx.report(ns, ApiErrors.rejected(d, ApiErrors.invalid("metadata.namespace", ns.text(), errs),
            "Namespace names are DNS labels: up to 63 lowercase letters, digits and '-'."));
      }
    }
  }

  private static String fix(String kind) {
    return switch (kind) {
      case "Service" -> "Service names are DNS-1035 labels: up to 63 lowercase letters, digits and '-', starting "
          + "with a letter.";
      case "StatefulSet", "Namespace" -> kind + " names are DNS labels: up to 63 lowercase letters, digits and '-', "
          + "without dots.";
      default -> "Use up to 253 lowercase letters, digits, '-' and '.', starting and ending with a letter or digit.";
    };
  }

  static String group(String apiVersion) {
    return apiVersion == null || !apiVersion.contains("/") ? "" : apiVersion.substring(0, apiVersion.indexOf('/'));
  }
}
