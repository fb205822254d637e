package io.podlint.rules.podsecurity;

import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.engine.LintResult;
import io.podlint.engine.Linter;
import io.podlint.engine.SourceFile;
import io.podlint.k8s.podsecurity.AssumedPodSecurity;
import io.podlint.k8s.podsecurity.LevelVersion;
import io.podlint.k8s.podsecurity.Mode;
import io.podlint.k8s.podsecurity.NamespacePolicy;
import io.podlint.model.Finding;
import io.podlint.model.Severity;
import io.podlint.policy.BoundPolicy;
import io.podlint.rules.LintSettings;
import io.podlint.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where the level comes from, the severity of each mode, and one finding per field across modes. */
class PodSecurityRulesTest {
  private static final List<BoundPolicy> POLICIES = Fixtures.builtIns().all().stream()
      .filter(p -> p.policy().category().equals("pod-security")).toList();

  private static final String NAMESPACE = """
      apiVersion: v1
      kind: Namespace
      metadata:
        name: shop
        labels:
          pod-security.kubernetes.io/enforce: baseline
          pod-security.kubernetes.io/warn: restricted
          pod-security.kubernetes.io/audit: restricted
          pod-security.kubernetes.io/audit-version: v1.22
      """;

  private static final String DEPLOYMENT = """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
        namespace: shop
      spec:
        selector: {matchLabels: {app: web}}
        template:
          metadata: {labels: {app: web}}
          spec:
            containers:
              - name: app
                image: app:1.0
                securityContext:
                  privileged: true
                  allowPrivilegeEscalation: true
      """;

  private static LintResult lint(LintSettings settings, String... files) {
    List<SourceFile> sources = new java.util.ArrayList<>();
    for (int i = 0; i < files.length; i++) {
      sources.add(SourceFile.ofBytes("f" + i + ".yaml", files[i].getBytes(StandardCharsets.UTF_8)));
    }
    return new Linter(POLICIES, settings, 1).lint(sources);
  }

  private static List<String> hits(LintResult r) {
    return r.findings().stream().map(f -> f.file() + ":" + f.line() + " " + f.severity().label() + " " + f.ruleId())
        .toList();
  }

  @Test
  void namespaceLabelsInAnotherFileApplyToItsWorkloads() {
    // line 15 privileged: baseline (enforce) fails privileged; line 16 allowPrivilegeEscalation and the
    // securityContext (line 14) missing required fields: restricted (warn); audit adds nothing new
    assertThat(hits(lint(LintSettings.defaults(), NAMESPACE, DEPLOYMENT))).containsExactly(
        "f1.yaml:14 warning pod-security-capabilities-restricted",
        "f1.yaml:14 warning pod-security-run-as-non-root",
        "f1.yaml:14 warning pod-security-seccomp-profile-restricted",
        "f1.yaml:15 error pod-security-privileged",
        "f1.yaml:16 warning pod-security-allow-privilege-escalation");
  }

  @Test
  void aStrongerModeKeepsTheFieldAndAuditOnlyAddsWhatOthersDoNotSay() {
    String pod = """
        apiVersion: v1
        kind: Pod
        metadata: {name: p, namespace: shop}
        spec:
          securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}
          containers:
            - name: app
              image: app:1.0
              securityContext:
                allowPrivilegeEscalation: false
                capabilities: {drop: [ALL], add: [NET_RAW]}
        """;
    // NET_RAW (line 11): capabilities_baseline under enforce, capabilities_restricted under warn and
    // audit: one finding, the error.
    assertThat(hits(lint(LintSettings.defaults(), NAMESPACE, pod))).containsExactly(
        "f1.yaml:11 error pod-security-capabilities-baseline");
    Finding f = lint(LintSettings.defaults(), NAMESPACE, pod).findings().get(0);
    assertThat(f.message()).startsWith("pods \"p\" is forbidden: violates PodSecurity \"baseline:latest\": "
        + "non-default capabilities (container \"app\" must not include \"NET_RAW\" in securityContext.capabilities.add)");
    assertThat(f.consequence()).startsWith("Rejected by the API server (403 Forbidden)");
  }

  @Test
  void aPodThatEnforceRefusesGetsItsWarningsOnlyAfterAFix() {
    String pod = """
        apiVersion: v1
        kind: Pod
        metadata: {name: p, namespace: shop}
        spec:
          hostPID: true
          containers: [{name: app, image: app:1.0}]
        """;
    LintResult r = lint(LintSettings.defaults(), NAMESPACE, pod);
    assertThat(hits(r)).contains("f1.yaml:5 error pod-security-host-namespaces", "f1.yaml:6 warning pod-security-run-as-non-root");
    assertThat(r.findings()).filteredOn(f -> f.severity() == Severity.WARNING).extracting(Finding::message)
        .allMatch(m -> m.contains("Once the Pod passes enforce, kubectl prints this warning"));
    // without the enforce violation, the same warning says the Pod is accepted
    LintResult fixed = lint(LintSettings.defaults(), NAMESPACE, pod.replace("  hostPID: true\n", ""));
    assertThat(fixed.findings()).filteredOn(f -> f.ruleId().equals("pod-security-run-as-non-root")).singleElement()
        .extracting(Finding::message).asString().contains("kubectl prints this warning and the Pod is accepted");
  }

  @Test
  void auditIsInfoAtItsOwnVersion() {
    String ns = NAMESPACE.replace("    pod-security.kubernetes.io/enforce: baseline\n", "")
        .replace("    pod-security.kubernetes.io/warn: restricted\n", "");
    // audit restricted:v1.22 has no runAsUser check (v1.23)
    String pod = """
        apiVersion: v1
        kind: Pod
        metadata: {name: p, namespace: shop}
        spec:
          securityContext: {runAsNonRoot: true, runAsUser: 0, seccompProfile: {type: RuntimeDefault}}
          containers:
            - name: app
              image: app:1.0
              securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}
        """;
    assertThat(hits(lint(LintSettings.defaults(), ns, pod))).isEmpty();
    String later = ns.replace("v1.22", "v1.23");
    List<Finding> findings = lint(LintSettings.defaults(), later, pod).findings();
    assertThat(hits(lint(LintSettings.defaults(), later, pod))).containsExactly("f1.yaml:5 info pod-security-run-as-user");
    assertThat(findings.get(0).message()).startsWith("would violate PodSecurity \"restricted:v1.23\": runAsUser=0 (pod must not set runAsUser=0)");
  }

  @Test
  void workloadsWithoutANamespaceOrLabelsAreNotEvaluated() {
    assertThat(lint(LintSettings.defaults(), NAMESPACE, DEPLOYMENT.replace("  namespace: shop\n", "")).findings()).isEmpty();
    assertThat(lint(LintSettings.defaults(), DEPLOYMENT).findings()).isEmpty();
    assertThat(lint(LintSettings.defaults(), NAMESPACE.replace("name: shop", "name: other"), DEPLOYMENT).findings()).isEmpty();
  }

  @Test
  void anAssumedLevelWinsOverTheLabels() {
    LintSettings settings = LintSettings.defaults().withPodSecurity(new AssumedPodSecurity(
        NamespacePolicy.of(Mode.ENFORCE, LevelVersion.parse("baseline:v1.30").orElseThrow()), "--pod-security baseline:v1.30"));
    LintResult r = lint(settings, NAMESPACE, DEPLOYMENT);
    assertThat(hits(r)).containsExactly("f1.yaml:15 error pod-security-privileged");
    assertThat(r.findings().get(0).message()).isEqualTo("Deployment web is accepted, but every Pod it creates is "
        + "forbidden: violates PodSecurity \"baseline:v1.30\": privileged (container \"app\" must not set "
        + "securityContext.privileged=true). Its ReplicaSet cannot create any Pod (FailedCreate events, zero "
        + "replicas); enforce level from --pod-security baseline:v1.30");
    assertThat(r.findings().get(0).consequence()).startsWith("Runtime: ");
    assertThat(r.findings()).extracting(Finding::severity).containsOnly(Severity.ERROR);
  }

  @Test
  void customKindsOnlyMeetEnforce() {
    String rollout = DEPLOYMENT.replace("apiVersion: apps/v1\nkind: Deployment", "apiVersion: argoproj.io/v1alpha1\nkind: Rollout");
    LintSettings settings = new LintSettings(false, Map.of());
    // warn and audit only concern the kinds the plugin reads (admission.go: defaultPodSpecResources);
    // an Argo Rollout (built in to podlint, a custom resource to the API server) has its Pods refused under enforce
    assertThat(hits(lint(settings, NAMESPACE, rollout))).containsExactly("f1.yaml:15 error pod-security-privileged");
    String widget = DEPLOYMENT.replace("apiVersion: apps/v1\nkind: Deployment", "apiVersion: example.com/v1\nkind: Widget");
    LintSettings custom = new LintSettings(false, Map.of("Widget", "spec.template"));
    assertThat(hits(lint(custom, NAMESPACE, widget))).containsExactly("f1.yaml:15 error pod-security-privileged");
  }
}
