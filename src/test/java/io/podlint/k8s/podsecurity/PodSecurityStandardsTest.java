package io.podlint.k8s.podsecurity;

import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.k8s.KubernetesVersion;
import io.podlint.model.Workload;
import io.podlint.parse.ParsedFile;
import io.podlint.parse.YamlParser;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every check at each of its version boundaries, with a passing and a failing Pod written from
 * the standard ({@code k8s.io/pod-security-admission/policy/check_*.go} and the upstream
 * fixtures of {@code pod-security-admission/test/fixtures_*.go}): the exact list of checks that
 * fail under a level and version.
 */
class PodSecurityStandardsTest {

  /** A container that passes restricted at every version. */
  private static final String OK = "{name: a, image: i, securityContext: {allowPrivilegeEscalation: false,"
      + " capabilities: {drop: [ALL]}, runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}}";

  /** {@link #OK} with some fields of its securityContext added or replaced. */
  private static String container(String securityContext) {
    java.util.List<String> fields = new java.util.ArrayList<>();
    for (String f : List.of("allowPrivilegeEscalation: false", "capabilities: {drop: [ALL]}", "runAsNonRoot: true",
        "seccompProfile: {type: RuntimeDefault}")) {
      if (!securityContext.startsWith(f.substring(0, f.indexOf(':') + 1))
          && !securityContext.contains(", " + f.substring(0, f.indexOf(':') + 1))) {
        fields.add(f);
      }
    }
    fields.add(securityContext);
    return "{name: a, image: i, securityContext: {" + String.join(", ", fields) + "}}";
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        // privileged (check_privileged.go, v1.0)
        Arguments.of("privileged container", "containers: [" + container("privileged: true") + "]", "baseline:v1.0", 36, List.of("privileged")),
        Arguments.of("privileged false", "containers: [" + container("privileged: false") + "]", "baseline:v1.0", 36, List.of()),
        Arguments.of("privileged ephemeral container", "containers: [" + OK + "]\nephemeralContainers: [{name: e, image: i, securityContext: {privileged: true}}]", "baseline:latest", 36, List.of("privileged")),
        // hostNamespaces (v1.0)
        Arguments.of("hostPID", "hostPID: true\ncontainers: [" + OK + "]", "baseline:v1.0", 36, List.of("hostNamespaces")),
        Arguments.of("hostNetwork false", "hostNetwork: false\ncontainers: [" + OK + "]", "baseline:v1.0", 36, List.of()),
        // capabilities_baseline (v1.0), replaced under restricted from v1.22 by capabilities_restricted
        Arguments.of("NET_RAW added", "containers: [{name: a, image: i, securityContext: {capabilities: {add: [NET_RAW]}}}]", "baseline:latest", 36, List.of("capabilities_baseline")),
        Arguments.of("default capability added", "containers: [{name: a, image: i, securityContext: {capabilities: {add: [CHOWN, KILL]}}}]", "baseline:latest", 36, List.of()),
        Arguments.of("SYS_ADMIN under restricted v1.21", "containers: [" + container("capabilities: {add: [SYS_ADMIN]}") + "]", "restricted:v1.21", 36, List.of("capabilities_baseline")),
        Arguments.of("SYS_ADMIN under restricted v1.22", "containers: [" + container("capabilities: {drop: [ALL], add: [SYS_ADMIN]}") + "]", "restricted:v1.22", 36, List.of("capabilities_restricted")),
        // hostPathVolumes (v1.0), replaced by restrictedVolumes under restricted
        Arguments.of("hostPath baseline", "containers: [" + OK + "]\nvolumes: [{name: h, hostPath: {path: /}}]", "baseline:v1.0", 36, List.of("hostPathVolumes")),
        Arguments.of("hostPath restricted", "containers: [" + OK + "]\nvolumes: [{name: h, hostPath: {path: /}}]", "restricted:v1.0", 36, List.of("restrictedVolumes")),
        // hostPorts (v1.0)
        Arguments.of("hostPort", "containers: [{name: a, image: i, ports: [{containerPort: 80, hostPort: 80}]}]", "baseline:v1.0", 36, List.of("hostPorts")),
        // pkg/apis/core/v1/defaults.go defaultHostNetworkPorts: with hostNetwork the hostPort defaults to the
        // containerPort, in Pods (and in templates before 1.28)
        Arguments.of("hostNetwork Pod with a port", "hostNetwork: true\ncontainers: [{name: a, image: i, ports: [{containerPort: 80}]}]", "baseline:latest", 36, List.of("hostNamespaces", "hostPorts")),
        Arguments.of("hostPort 0", "containers: [{name: a, image: i, ports: [{containerPort: 80, hostPort: 0}]}]", "baseline:v1.0", 36, List.of()),
        // appArmorProfile (v1.0; fields checked by the v1.0 revision since 1.30)
        Arguments.of("AppArmor Unconfined field at v1.0", "securityContext: {appArmorProfile: {type: Unconfined}}\ncontainers: [" + OK + "]", "baseline:v1.0", 36, List.of("appArmorProfile")),
        Arguments.of("AppArmor Localhost", "securityContext: {appArmorProfile: {type: Localhost, localhostProfile: p}}\ncontainers: [" + OK + "]", "baseline:v1.0", 36, List.of()),
        // seLinuxOptions (v1.0; container_engine_t from v1.31)
        Arguments.of("container_engine_t at v1.30", "securityContext: {seLinuxOptions: {type: container_engine_t}}\ncontainers: [" + OK + "]", "baseline:v1.30", 36, List.of("seLinuxOptions")),
        Arguments.of("container_engine_t at v1.31", "securityContext: {seLinuxOptions: {type: container_engine_t}}\ncontainers: [" + OK + "]", "baseline:v1.31", 36, List.of()),
        Arguments.of("SELinux user", "containers: [" + container("seLinuxOptions: {user: system_u}") + "]", "baseline:v1.31", 36, List.of("seLinuxOptions")),
        // procMount (v1.0; baseline relaxed for user namespaces at v1.35), procMount_restricted (v1.35)
        Arguments.of("Unmasked in a user namespace at v1.34", "hostUsers: false\ncontainers: [" + container("procMount: Unmasked") + "]", "baseline:v1.34", 36, List.of("procMount")),
        Arguments.of("Unmasked in a user namespace at v1.35", "hostUsers: false\ncontainers: [" + container("procMount: Unmasked") + "]", "baseline:v1.35", 36, List.of()),
        Arguments.of("Unmasked in a user namespace, restricted v1.35", "hostUsers: false\ncontainers: [" + container("procMount: Unmasked") + "]", "restricted:v1.35", 36, List.of("procMount_restricted")),
        Arguments.of("Unmasked on the host, restricted v1.34", "containers: [" + container("procMount: Unmasked") + "]", "restricted:v1.34", 36, List.of("procMount")),
        // seccompProfile_baseline (annotations before v1.19, fields from v1.19)
        Arguments.of("unconfined annotation at v1.18", "containers: [" + OK + "]", "baseline:v1.18", 36, List.of("seccompProfile_baseline"), "seccomp.security.alpha.kubernetes.io/pod: unconfined"),
        Arguments.of("unconfined annotation at v1.19", "containers: [" + OK + "]", "baseline:v1.19", 36, List.of(), "seccomp.security.alpha.kubernetes.io/pod: unconfined"),
        Arguments.of("Unconfined field at v1.19", "securityContext: {seccompProfile: {type: Unconfined}}\ncontainers: [{name: a, image: i}]", "baseline:v1.19", 36, List.of("seccompProfile_baseline")),
        Arguments.of("Unconfined field at v1.18", "securityContext: {seccompProfile: {type: Unconfined}}\ncontainers: [{name: a, image: i}]", "baseline:v1.18", 36, List.of()),
        // sysctls (v1.0, v1.27, v1.29, v1.32)
        Arguments.of("ip_local_reserved_ports at v1.26", "securityContext: {sysctls: [{name: net.ipv4.ip_local_reserved_ports, value: '80'}]}\ncontainers: [" + OK + "]", "baseline:v1.26", 36, List.of("sysctls")),
        Arguments.of("ip_local_reserved_ports at v1.27", "securityContext: {sysctls: [{name: net.ipv4.ip_local_reserved_ports, value: '80'}]}\ncontainers: [" + OK + "]", "baseline:v1.27", 36, List.of()),
        Arguments.of("tcp_keepalive_probes at v1.28", "securityContext: {sysctls: [{name: net.ipv4.tcp_keepalive_probes, value: '5'}]}\ncontainers: [" + OK + "]", "baseline:v1.28", 36, List.of("sysctls")),
        Arguments.of("tcp_keepalive_probes at v1.29", "securityContext: {sysctls: [{name: net.ipv4.tcp_keepalive_probes, value: '5'}]}\ncontainers: [" + OK + "]", "baseline:v1.29", 36, List.of()),
        Arguments.of("tcp_wmem at v1.31", "securityContext: {sysctls: [{name: net.ipv4.tcp_wmem, value: '4096 16384 4194304'}]}\ncontainers: [" + OK + "]", "baseline:v1.31", 36, List.of("sysctls")),
        Arguments.of("tcp_wmem at v1.32", "securityContext: {sysctls: [{name: net.ipv4.tcp_wmem, value: '4096 16384 4194304'}]}\ncontainers: [" + OK + "]", "baseline:v1.32", 36, List.of()),
        Arguments.of("tcp_wmem at latest on a 1.31 cluster", "securityContext: {sysctls: [{name: net.ipv4.tcp_wmem, value: '4096 16384 4194304'}]}\ncontainers: [" + OK + "]", "baseline:latest", 31, List.of("sysctls")),
        Arguments.of("tcp_wmem at v1.40 on a 1.36 cluster", "securityContext: {sysctls: [{name: net.ipv4.tcp_wmem, value: '4096 16384 4194304'}]}\ncontainers: [" + OK + "]", "baseline:v1.40", 36, List.of()),
        // windowsHostProcess (v1.0)
        Arguments.of("hostProcess", "securityContext: {windowsOptions: {hostProcess: true}}\nhostNetwork: true\ncontainers: [{name: a, image: i}]", "baseline:v1.0", 36, List.of("windowsHostProcess", "hostNamespaces")),
        Arguments.of("hostProcess false", "securityContext: {windowsOptions: {hostProcess: false}}\ncontainers: [{name: a, image: i}]", "baseline:v1.0", 36, List.of()),
        Arguments.of("unconfined AppArmor annotation", "containers: [" + OK + "]", "baseline:v1.0", 36, List.of("appArmorProfile"), "container.apparmor.security.beta.kubernetes.io/a: unconfined"),
        Arguments.of("localhost AppArmor annotation", "containers: [" + OK + "]", "baseline:v1.0", 36, List.of(), "container.apparmor.security.beta.kubernetes.io/a: localhost/p"),
        Arguments.of("allowed volumes under restricted", "containers: [" + OK + "]\nvolumes: [{name: c, configMap: {name: x}}, {name: s, secret: {secretName: x}}, {name: d}]", "restricted:v1.0", 36, List.of()),
        // hostProbesAndHostLifecycle (v1.34)
        Arguments.of("probe host at v1.33", "containers: [{name: a, image: i, readinessProbe: {httpGet: {host: 10.0.0.1, port: 80}}}]", "baseline:v1.33", 36, List.of()),
        Arguments.of("probe host at v1.34", "containers: [{name: a, image: i, readinessProbe: {httpGet: {host: 10.0.0.1, port: 80}}}]", "baseline:v1.34", 36, List.of("hostProbesAndHostLifecycle")),
        Arguments.of("lifecycle host on a 1.33 cluster", "containers: [{name: a, image: i, lifecycle: {preStop: {httpGet: {host: x, port: 80}}}}]", "baseline:latest", 33, List.of()),
        // restrictedVolumes (v1.0; image volumes allowed by clusters from 1.33)
        Arguments.of("nfs volume", "containers: [" + OK + "]\nvolumes: [{name: n, nfs: {server: s, path: /}}]", "restricted:latest", 36, List.of("restrictedVolumes")),
        Arguments.of("nfs volume under baseline", "containers: [" + OK + "]\nvolumes: [{name: n, nfs: {server: s, path: /}}]", "baseline:latest", 36, List.of()),
        Arguments.of("image volume on 1.32", "containers: [" + OK + "]\nvolumes: [{name: m, image: {reference: r}}]", "restricted:latest", 32, List.of("restrictedVolumes")),
        Arguments.of("image volume on 1.33", "containers: [" + OK + "]\nvolumes: [{name: m, image: {reference: r}}]", "restricted:v1.25", 33, List.of()),
        // allowPrivilegeEscalation (v1.8; Windows exempt from v1.25)
        Arguments.of("escalation unset at v1.7", "containers: [{name: a, image: i, securityContext: {runAsNonRoot: true}}]", "restricted:v1.7", 36, List.of()),
        Arguments.of("escalation unset at v1.8", "containers: [{name: a, image: i, securityContext: {runAsNonRoot: true}}]", "restricted:v1.8", 36, List.of("allowPrivilegeEscalation")),
        Arguments.of("Windows Pod at v1.24", "os: {name: windows}\nsecurityContext: {runAsNonRoot: true}\ncontainers: [{name: a, image: i}]", "restricted:v1.24", 36, List.of("allowPrivilegeEscalation", "seccompProfile_restricted", "capabilities_restricted")),
        Arguments.of("Windows Pod at v1.25", "os: {name: windows}\nsecurityContext: {runAsNonRoot: true}\ncontainers: [{name: a, image: i}]", "restricted:v1.25", 36, List.of()),
        // runAsNonRoot (v1.0; user namespaces exempt from v1.35)
        Arguments.of("runAsNonRoot false", "containers: [" + container("runAsNonRoot: false") + "]", "restricted:latest", 36, List.of("runAsNonRoot")),
        Arguments.of("runAsNonRoot from the pod", "securityContext: {runAsNonRoot: true}\ncontainers: [{name: a, image: i, securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}, seccompProfile: {type: RuntimeDefault}}}]", "restricted:latest", 36, List.of()),
        Arguments.of("runAsNonRoot unset, user namespace at v1.34", "hostUsers: false\ncontainers: [{name: a, image: i, securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}, seccompProfile: {type: RuntimeDefault}}}]", "restricted:v1.34", 36, List.of("runAsNonRoot")),
        Arguments.of("runAsNonRoot unset, user namespace at v1.35", "hostUsers: false\ncontainers: [{name: a, image: i, securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}, seccompProfile: {type: RuntimeDefault}}}]", "restricted:v1.35", 36, List.of()),
        // runAsUser (v1.23; user namespaces exempt from v1.35)
        Arguments.of("runAsUser 0 at v1.22", "containers: [" + container("runAsUser: 0") + "]", "restricted:v1.22", 36, List.of()),
        Arguments.of("runAsUser 0 at v1.23", "containers: [" + container("runAsUser: 0") + "]", "restricted:v1.23", 36, List.of("runAsUser")),
        Arguments.of("runAsUser 0 in a user namespace at v1.35", "hostUsers: false\ncontainers: [" + container("runAsUser: 0") + "]", "restricted:v1.35", 36, List.of()),
        // seccompProfile_restricted (v1.19; Windows exempt from v1.25)
        Arguments.of("seccomp unset at v1.18", "containers: [{name: a, image: i, securityContext: {allowPrivilegeEscalation: false, runAsNonRoot: true}}]", "restricted:v1.18", 36, List.of()),
        Arguments.of("seccomp unset at v1.19", "containers: [{name: a, image: i, securityContext: {allowPrivilegeEscalation: false, runAsNonRoot: true}}]", "restricted:v1.19", 36, List.of("seccompProfile_restricted")),
        // capabilities_restricted (v1.22)
        Arguments.of("no drop ALL at v1.21", "containers: [{name: a, image: i, securityContext: {allowPrivilegeEscalation: false, runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}}]", "restricted:v1.21", 36, List.of()),
        Arguments.of("no drop ALL at v1.22", "containers: [{name: a, image: i, securityContext: {allowPrivilegeEscalation: false, runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}}]", "restricted:v1.22", 36, List.of("capabilities_restricted")),
        Arguments.of("NET_BIND_SERVICE added", "containers: [" + container("capabilities: {drop: [ALL], add: [NET_BIND_SERVICE]}") + "]", "restricted:latest", 36, List.of()),
        // the privileged level checks nothing
        Arguments.of("privileged level", "hostNetwork: true\ncontainers: [{name: a, image: i, securityContext: {privileged: true}}]", "privileged:latest", 36, List.of()));
  }

  static Stream<Arguments> plain() {
    return cases().filter(a -> a.get().length == 5);
  }

  @ParameterizedTest(name = "{0} ({2}, cluster 1.{3})")
  @MethodSource("plain")
  void failingChecks(String name, String spec, String level, int cluster, List<String> failing) {
    failingChecks(name, spec, level, cluster, failing, null);
  }

  private static void failingChecks(String name, String spec, String level, int cluster, List<String> failing,
      String annotation) {
    Workload w = pod(spec, annotation);
    LevelVersion lv = LevelVersion.parse(level).orElseThrow();
    List<String> actual = PodSecurityStandards.evaluate(w, lv, new KubernetesVersion(cluster)).stream()
        .map(f -> f.check().id()).toList();
    assertThat(actual).as(name).containsExactlyInAnyOrderElementsOf(failing);
  }

  static Stream<Arguments> annotated() {
    return cases().filter(a -> a.get().length == 6);
  }

  @ParameterizedTest(name = "{0} ({2})")
  @MethodSource("annotated")
  void failingChecksWithAnnotations(String name, String spec, String level, int cluster, List<String> failing,
      String annotation) {
    failingChecks(name, spec, level, cluster, failing, annotation);
  }

  @Test
  void detailsQuoteThePluginTexts() {
    // check_procMount_test.go: containers "d", "e" must not set securityContext.procMount to "Unmasked", "other"
    assertThat(text(pod("containers: [{name: c, image: i, securityContext: {procMount: Default}},"
        + " {name: d, image: i, securityContext: {procMount: Unmasked}}, {name: e, image: i, securityContext: {procMount: other}}]",
        null), "baseline:latest")).containsExactly(
        "procMount (containers \"d\", \"e\" must not set securityContext.procMount to \"Unmasked\", \"other\")");
    // check_windowsHostProcess_test.go
    assertThat(text(pod("securityContext: {windowsOptions: {hostProcess: true}}\ncontainers: [{name: a, image: i},"
        + " {name: e, image: i, securityContext: {windowsOptions: {hostProcess: true}}},"
        + " {name: f, image: i, securityContext: {windowsOptions: {hostProcess: true}}}]", null), "baseline:latest"))
        .containsExactly("hostProcess (pod and containers \"e\", \"f\" must not set securityContext.windowsOptions.hostProcess=true)");
    // check_appArmorProfile_test.go: unconfined pod
    assertThat(text(pod("securityContext: {appArmorProfile: {type: Unconfined}}\ncontainers: [{name: a, image: i}]", null),
        "baseline:latest")).containsExactly("forbidden AppArmor profile (pod must not set AppArmor profile type to \"Unconfined\")");
    // the example, and check_runAsNonRoot.go's implicit text
    assertThat(text(pod("containers: [{name: app, image: i, securityContext: {capabilities: {drop: [ALL]},"
        + " seccompProfile: {type: RuntimeDefault}}}]", null), "restricted:latest")).containsExactly(
        "allowPrivilegeEscalation != false (container \"app\" must set securityContext.allowPrivilegeEscalation=false)",
        "runAsNonRoot != true (pod or container \"app\" must set securityContext.runAsNonRoot=true)");
    // check_hostPorts.go sorts the ports as strings (sets.String)
    assertThat(text(pod("containers: [{name: a, image: i, ports: [{containerPort: 1, hostPort: 80}, {containerPort: 2, hostPort: 443}]}]",
        null), "baseline:latest")).containsExactly("hostPort (container \"a\" uses hostPorts 443, 80)");
    assertThat(text(pod("volumes: [{name: a, hostPath: {path: /}}, {name: b, nfs: {server: s, path: /}}]\ncontainers: [" + OK + "]",
        null), "restricted:latest")).containsExactly(
        "restricted volume types (volumes \"a\", \"b\" use restricted volume types \"hostPath\", \"nfs\")");
  }

  @Test
  void hostNetworkPortsAreDefaultedInPodsOnlySince128() {
    String template = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  template:\n    spec:\n"
        + "      hostNetwork: true\n      containers: [{name: a, image: i, ports: [{containerPort: 80}]}]\n";
    ParsedFile parsed = new YamlParser().parse("t.yaml", template);
    Workload w = Workload.of(parsed.documents().get(0), Map.of()).orElseThrow();
    LevelVersion baseline = LevelVersion.parse("baseline").orElseThrow();
    assertThat(PodSecurityStandards.evaluate(w, baseline, new KubernetesVersion(28))).extracting(f -> f.check().id())
        .containsExactly("hostNamespaces");
    assertThat(PodSecurityStandards.evaluate(w, baseline, new KubernetesVersion(27))).extracting(f -> f.check().id())
        .containsExactly("hostNamespaces", "hostPorts");
  }

  @Test
  void registryOverridesBaselineChecksUnderRestricted() {
    assertThat(PodSecurityStandards.checks(Level.BASELINE, 36)).hasSize(12);
    assertThat(PodSecurityStandards.checks(Level.RESTRICTED, 36)).extracting(PodSecurityCheck::id)
        .doesNotContain("hostPathVolumes", "capabilities_baseline", "seccompProfile_baseline", "procMount")
        .hasSize(15);
    assertThat(PodSecurityStandards.checks(Level.RESTRICTED, 18)).extracting(PodSecurityCheck::id)
        .contains("seccompProfile_baseline", "capabilities_baseline", "allowPrivilegeEscalation")
        .doesNotContain("seccompProfile_restricted", "capabilities_restricted", "runAsUser");
    assertThat(PodSecurityStandards.checks(Level.PRIVILEGED, 36)).isEmpty();
  }

  @Test
  void everyUpstreamCheckHasExactlyOnePolicy() {
    var policies = io.podlint.testing.Fixtures.builtIns().all().stream()
        .filter(p -> p.policy().check().equals("pod-security-standard")).toList();
    assertThat(policies).extracting(p -> p.policy().params().get("standard").asText())
        .containsExactlyInAnyOrderElementsOf(PodSecurityStandards.ALL.stream().map(PodSecurityCheck::id).toList());
    assertThat(policies).extracting(p -> p.id()).allMatch(id -> id.matches("pod-security-[a-z]+(-[a-z]+)*"));
  }

  @Test
  void labelsResolveAsPolicyToEvaluate() {
    // api/helpers.go PolicyToEvaluate: unparsable enforce level fails closed, warn and audit fail open,
    // an unparsable version is latest; a mode without a level label is privileged.
    NamespacePolicy p = NamespacePolicy.fromLabels(Map.of(
        "pod-security.kubernetes.io/enforce", "Baseline",
        "pod-security.kubernetes.io/warn", "strict",
        "pod-security.kubernetes.io/audit", "baseline",
        "pod-security.kubernetes.io/audit-version", "1.30",
        "pod-security.kubernetes.io/warn-version", "v1.30"));
    assertThat(p.modes()).containsExactly(
        Map.entry(Mode.ENFORCE, new LevelVersion(Level.RESTRICTED, PolicyVersion.LATEST)),
        Map.entry(Mode.AUDIT, new LevelVersion(Level.BASELINE, PolicyVersion.LATEST)));
    assertThat(NamespacePolicy.fromLabels(Map.of("pod-security.kubernetes.io/enforce-version", "v1.30")).isEmpty()).isTrue();
    assertThat(NamespacePolicy.fromLabels(Map.of("pod-security.kubernetes.io/enforce", "restricted",
        "pod-security.kubernetes.io/enforce-version", "v1.29")).modes().get(Mode.ENFORCE))
        .hasToString("restricted:v1.29");
  }

  @Test
  void levelVersionGrammar() {
    assertThat(LevelVersion.parse("baseline")).hasValue(new LevelVersion(Level.BASELINE, PolicyVersion.LATEST));
    assertThat(LevelVersion.parse("restricted:v1.30").map(LevelVersion::toString)).hasValue("restricted:v1.30");
    assertThat(LevelVersion.parse("restricted:1.30")).isEmpty();
    assertThat(LevelVersion.parse("Restricted")).isEmpty();
    assertThat(LevelVersion.parse("restricted:v1.030")).isEmpty();
    assertThat(new PolicyVersion(40).effectiveMinor(new KubernetesVersion(36))).isEqualTo(36);
    assertThat(PolicyVersion.LATEST.effectiveMinor(new KubernetesVersion(31))).isEqualTo(31);
  }

  private static List<String> text(Workload w, String level) {
    return PodSecurityStandards.evaluate(w, LevelVersion.parse(level).orElseThrow(), KubernetesVersion.DEFAULT)
        .stream().map(f -> f.violation().text()).toList();
  }

  private static Workload pod(String spec, String annotation) {
    String meta = annotation == null ? "metadata: {name: p}\n" : "metadata:\n  name: p\n  annotations:\n    " + annotation + "\n";
    ParsedFile parsed = new YamlParser().parse("t.yaml", "apiVersion: v1\nkind: Pod\n" + meta + "spec:\n" + spec.indent(2));
    assertThat(parsed.problems()).isEmpty();
    return Workload.of(parsed.documents().get(0), Map.of()).orElseThrow();
  }
}
