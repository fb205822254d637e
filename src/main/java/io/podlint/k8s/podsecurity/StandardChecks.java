package io.podlint.k8s.podsecurity;

import io.podlint.k8s.KubernetesVersion;
import io.podlint.model.ContainerView;
import io.podlint.model.SecurityContexts;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The evaluations of every check, written after
 * {@code kubernetes/kubernetes staging/src/k8s.io/pod-security-admission/policy/check_*.go}: the
 * same fields, containers (init, regular and ephemeral, as {@code visitContainers}), pod versus
 * container fields and texts. A field with a value of the wrong type is left to the schema
 * rules: the API server refuses it before admission looks.
 */
final class StandardChecks {
  private StandardChecks() {}

  static final Set<String> BASELINE_CAPABILITIES = Set.of("AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER",
      "FSETID", "KILL", "MKNOD", "NET_BIND_SERVICE", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT");

  static final List<String> SYSCTLS_1_0 = List.of("kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range",
      "net.ipv4.tcp_syncookies", "net.ipv4.ping_group_range", "net.ipv4.ip_unprivileged_port_start");
  static final List<String> SYSCTLS_1_27 = List.of("net.ipv4.ip_local_reserved_ports");
  static final List<String> SYSCTLS_1_29 = List.of("net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_fin_timeout",
      "net.ipv4.tcp_keepalive_intvl", "net.ipv4.tcp_keepalive_probes");
  static final List<String> SYSCTLS_1_32 = List.of("net.ipv4.tcp_rmem", "net.ipv4.tcp_wmem");

  static final String APPARMOR_ANNOTATION_PREFIX = "container.apparmor.security.beta.kubernetes.io/";
  static final String SECCOMP_POD_ANNOTATION = "seccomp.security.alpha.kubernetes.io/pod";
  static final String SECCOMP_CONTAINER_ANNOTATION_PREFIX = "container.seccomp.security.alpha.kubernetes.io/";

  /** Volume sources {@code restricted} allows ({@code check_restrictedVolumes.go}); {@code image} from release 1.33. */
  static final List<String> RESTRICTED_ALLOWED_VOLUMES = List.of("configMap", "csi", "downwardAPI", "emptyDir",
      "ephemeral", "persistentVolumeClaim", "projected", "secret");
  /** The restricted volume sources, in the order {@code restrictedVolumes_1_0} tests them. */
  static final List<String> RESTRICTED_VOLUME_TYPES = List.of("hostPath", "gcePersistentDisk",
      "awsElasticBlockStore", "gitRepo", "nfs", "iscsi", "glusterfs", "rbd", "flexVolume", "cinder", "cephfs",
      "flocker", "fc", "azureFile", "vsphereVolume", "quobyte", "azureDisk", "photonPersistentDisk",
      "portworxVolume", "scaleIO", "storageos");

  // ---- helpers, as policy/helpers.go

  static String joinQuote(java.util.Collection<String> items) {
    return items.isEmpty() ? "" : "\"" + String.join("\", \"", items) + "\"";
  }

  static String pluralize(String singular, String plural, int count) {
    return count == 1 ? singular : plural;
  }

  private static String containers(List<String> names) {
    return pluralize("container", "containers", names.size()) + " " + joinQuote(names);
  }

  /** {@code spec.hostUsers: false}: the Pod runs in a user namespace ({@code relaxPolicyForUserNamespacePod}). */
  static boolean userNamespace(Workload w) {
    YamlNode hostUsers = w.podSpec().get("hostUsers");
    return hostUsers.isBool() && !hostUsers.isTrue();
  }

  static boolean windows(Workload w) {
    return SecurityContexts.windows(w);
  }

  private static YamlNode sc(ContainerView c) {
    return c.get("securityContext");
  }

  private static YamlNode podSc(Workload w) {
    return w.podSpec().get("securityContext");
  }

  /** Where to point when a container lacks a required field: its securityContext, else the container. */
  private static YamlNode missingAt(ContainerView c, String... deeper) {
    YamlNode at = c.node();
    YamlNode n = sc(c);
    if (n.isMapping()) {
      at = n;
      for (String key : deeper) {
        n = n.get(key);
        if (!n.isMapping()) {
          break;
        }
        at = n;
      }
    }
    return at;
  }

  private static Violation.Spot spot(YamlNode n, ContainerView c) {
    return new Violation.Spot(n, c);
  }

  private static Optional<Violation> of(String reason, String detail, List<Violation.Spot> spots) {
    return Optional.of(new Violation(reason, detail, spots));
  }

  // ---- baseline

  static Optional<Violation> privileged(Workload w, int v, KubernetesVersion k) {
    List<String> bad = new ArrayList<>();
    List<Violation.Spot> spots = new ArrayList<>();
    for (ContainerView c : w.containers()) {
      YamlNode p = sc(c).get("privileged");
      if (p.isTrue()) {
        bad.add(c.name());
        spots.add(spot(p, c));
      }
    }
    return bad.isEmpty() ? Optional.empty()
        : of("privileged", containers(bad) + " must not set securityContext.privileged=true", spots);
  }

  static Optional<Violation> hostNamespaces(Workload w, int v, KubernetesVersion k) {
    Set<String> used = new TreeSet<>();
    List<Violation.Spot> spots = new ArrayList<>();
    for (String field : List.of("hostNetwork", "hostPID", "hostIPC")) {
      YamlNode n = w.podSpec().get(field);
      if (n.isTrue()) {
        used.add(field + "=true");
        spots.add(spot(n, null));
      }
    }
    return used.isEmpty() ? Optional.empty() : of("host namespaces", String.join(", ", used), spots);
  }

  static Optional<Violation> capabilitiesBaseline(Workload w, int v, KubernetesVersion k) {
    List<String> bad = new ArrayList<>();
    Set<String> caps = new TreeSet<>();
    List<Violation.Spot> spots = new ArrayList<>();
    for (ContainerView c : w.containers()) {
      boolean valid = true;
      for (YamlNode cap : sc(c).at("capabilities.add").items()) {
        String name = cap.isNumber() || cap.isBool() ? null : cap.text(); // other types: for the schema rules
        if (name != null && !BASELINE_CAPABILITIES.contains(name)) {
          valid = false;
          caps.add(name);
          spots.add(spot(cap, c));
        }
      }
      if (!valid) {
        bad.add(c.name());
      }
    }
    return bad.isEmpty() ? Optional.empty() : of("non-default capabilities",
        containers(bad) + " must not include " + joinQuote(caps) + " in securityContext.capabilities.add", spots);
  }

  static Optional<Violation> hostPathVolumes(Workload w, int v, KubernetesVersion k) {
    List<String> bad = new ArrayList<>();
    List<Violation.Spot> spots = new ArrayList<>();
    for (YamlNode vol : w.podSpec().get("volumes").items()) {
      YamlNode hostPath = vol.get("hostPath");
      if (hostPath.hasValue()) {
        bad.add(vol.get("name").text(""));
        spots.add(spot(hostPath, null));
      }
    }
    return bad.isEmpty() ? Optional.empty()
        : of("hostPath volumes", pluralize("volume", "volumes", bad.size()) + " " + joinQuote(bad), spots);
  }

  static Optional<Violation> hostPorts(Workload w, int v, KubernetesVersion k) {
    List<String> bad = new ArrayList<>();
    Set<String> ports = new TreeSet<>(); // sets.String: sorted as strings
    List<Violation.Spot> spots = new ArrayList<>();
    // With hostNetwork, the API server defaults each hostPort to its containerPort: in Pods, and
    // before release 1.28 in pod templates too (DefaultHostNetworkHostPortsInPodTemplates).
    boolean defaulted = w.podSpec().get("hostNetwork").isTrue() && (w.isBarePod() || !k.atLeast(28));
    for (ContainerView c : w.containers()) {
      boolean valid = true;
      for (YamlNode port : c.get("ports").items()) {
        YamlNode hostPort = port.get("hostPort");
        long value = hostPort.asLong().orElse(0L);
        YamlNode at = hostPort;
        if (value == 0 && !hostPort.hasValue() && defaulted && c.type() != ContainerView.Type.EPHEMERAL) {
          at = port.get("containerPort");
          value = at.asLong().orElse(0L);
        }
        if (value != 0) {
          valid = false;
          ports.add(Long.toString(value));
          spots.add(spot(at, c));
        }
      }
      if (!valid) {
        bad.add(c.name());
      }
    }
    return bad.isEmpty() ? Optional.empty() : of("hostPort", containers(bad) + " "
        + pluralize("uses", "use", bad.size()) + " " + pluralize("hostPort", "hostPorts", ports.size()) + " "
        + String.join(", ", ports), spots);
  }

  static Optional<Violation> appArmorProfile(Workload w, int v, KubernetesVersion k) {
    List<String> setters = new ArrayList<>();
    Set<String> values = new TreeSet<>();
    List<Violation.Spot> spots = new ArrayList<>();
    YamlNode pod = podSc(w).get("appArmorProfile");
    if (pod.isMapping() && !allowedAppArmorType(pod.get("type").text(""))) {
      setters.add("pod");
      values.add(pod.get("type").text(""));
      spots.add(spot(pod.get("type").isPresent() ? pod.get("type") : pod, null));
    }
    List<String> bad = new ArrayList<>();
    for (ContainerView c : w.containers()) {
      YamlNode p = sc(c).get("appArmorProfile");
      if (p.isMapping() && !allowedAppArmorType(p.get("type").text(""))) {
        bad.add(c.name());
        values.add(p.get("type").text(""));
        spots.add(spot(p.get("type").isPresent() ? p.get("type") : p, c));
      }
    }
    if (!bad.isEmpty()) {
      setters.add(containers(bad));
    }
    List<String> annotations = new ArrayList<>();
    for (YamlNode.Entry e : w.podMetadata().get("annotations").entries()) {
      String value = e.value().text("");
      if (e.key() != null && e.key().startsWith(APPARMOR_ANNOTATION_PREFIX) && !value.isEmpty()
          && !value.equals("runtime/default") && !value.startsWith("localhost/")) {
        annotations.add(e.key() + "=" + goQuote(value));
        spots.add(spot(e.value(), null));
      }
    }
    List<String> valueList = new ArrayList<>(values);
    if (!annotations.isEmpty()) {
      annotations.sort(null);
      valueList.addAll(annotations);
      setters.add(pluralize("annotation", "annotations", annotations.size()));
    }
    return setters.isEmpty() ? Optional.empty() : of(
        pluralize("forbidden AppArmor profile", "forbidden AppArmor profiles", valueList.size()),
        String.join(" and ", setters) + " must not set AppArmor profile type to " + joinQuote(valueList), spots);
  }

  private static boolean allowedAppArmorType(String type) {
    return type.equals("RuntimeDefault") || type.equals("Localhost");
  }

  /** Go's {@code %q} for the printable strings of annotation values. */
  static String goQuote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  static Optional<Violation> seLinuxOptions(Workload w, int v, KubernetesVersion k) {
    Set<String> allowed = new java.util.HashSet<>(List.of("", "container_t", "container_init_t", "container_kvm_t"));
    if (v >= 31) {
      allowed.add("container_engine_t");
    }
    Set<String> badTypes = new TreeSet<>();
    boolean[] userRole = new boolean[2];
    List<Violation.Spot> spots = new ArrayList<>();
    List<String> setters = new ArrayList<>();
    if (!validSeLinux(podSc(w).get("seLinuxOptions"), null, allowed, badTypes, userRole, spots)) {
      setters.add("pod");
    }
    List<String> bad = new ArrayList<>();
    for (ContainerView c : w.containers()) {
      if (!validSeLinux(sc(c).get("seLinuxOptions"), c, allowed, badTypes, userRole, spots)) {
        bad.add(c.name());
      }
    }
    if (!bad.isEmpty()) {
      setters.add(containers(bad));
    }
    if (setters.isEmpty()) {
      return Optional.empty();
    }
    List<String> data = new ArrayList<>();
    if (!badTypes.isEmpty()) {
      data.add(pluralize("type", "types", badTypes.size()) + " " + joinQuote(badTypes));
    }
    if (userRole[0]) {
      data.add("user may not be set");
    }
    if (userRole[1]) {
      data.add("role may not be set");
    }
    return of("seLinuxOptions", String.join(" and ", setters) + " set forbidden securityContext.seLinuxOptions: "
        + String.join("; ", data), spots);
  }

  private static boolean validSeLinux(YamlNode opts, ContainerView c, Set<String> allowed, Set<String> badTypes,
      boolean[] userRole, List<Violation.Spot> spots) {
    if (!opts.isMapping()) {
      return true;
    }
    boolean valid = true;
    String type = opts.get("type").text("");
    if (!allowed.contains(type)) {
      valid = false;
      badTypes.add(type);
      spots.add(spot(opts.get("type"), c));
    }
    if (!opts.get("user").text("").isEmpty()) {
      valid = false;
      userRole[0] = true;
      spots.add(spot(opts.get("user"), c));
    }
    if (!opts.get("role").text("").isEmpty()) {
      valid = false;
      userRole[1] = true;
      spots.add(spot(opts.get("role"), c));
    }
    return valid;
  }

  /** {@code procMount_1_0}; from 1.35 the baseline revision skips Pods in a user namespace. */
  static Optional<Violation> procMount(Workload w, int v, KubernetesVersion k) {
    if (v >= 35 && userNamespace(w)) {
      return Optional.empty();
    }
    return procMountStrict(w, v, k);
  }

  static Optional<Violation> procMountStrict(Workload w, int v, KubernetesVersion k) {
    List<String> bad = new ArrayList<>();
    Set<String> types = new TreeSet<>();
    List<Violation.Spot> spots = new ArrayList<>();
    for (ContainerView c : w.containers()) {
      YamlNode pm = sc(c).get("procMount");
      if (pm.isScalar() && !"Default".equals(pm.text())) {
        bad.add(c.name());
        types.add(pm.text());
        spots.add(spot(pm, c));
      }
    }
    return bad.isEmpty() ? Optional.empty()
        : of("procMount", containers(bad) + " must not set securityContext.procMount to " + joinQuote(types), spots);
  }

  static Optional<Violation> seccompBaseline(Workload w, int v, KubernetesVersion k) {
    if (v < 19) {
      return seccompAnnotations(w);
    }
    List<String> setters = new ArrayList<>();
    Set<String> values = new TreeSet<>();
    List<Violation.Spot> spots = new ArrayList<>();
    YamlNode pod = podSc(w).get("seccompProfile");
    if (pod.isMapping() && !validSeccomp(pod)) {
      setters.add("pod");
      values.add(pod.get("type").text(""));
      spots.add(spot(typeOr(pod), null));
    }
    List<String> bad = new ArrayList<>();
    for (ContainerView c : w.containers()) {
      YamlNode p = sc(c).get("seccompProfile");
      if (p.isMapping() && !validSeccomp(p)) {
        bad.add(c.name());
        values.add(p.get("type").text(""));
        spots.add(spot(typeOr(p), c));
      }
    }
    if (!bad.isEmpty()) {
      setters.add(containers(bad));
    }
    return setters.isEmpty() ? Optional.empty() : of("seccompProfile", String.join(" and ", setters)
        + " must not set securityContext.seccompProfile.type to " + joinQuote(values), spots);
  }

  private static YamlNode typeOr(YamlNode profile) {
    return profile.get("type").isPresent() ? profile.get("type") : profile;
  }

  private static boolean validSeccomp(YamlNode profile) {
    String t = profile.get("type").text("");
    return t.equals("RuntimeDefault") || t.equals("Localhost");
  }

  /** {@code seccompProfileBaseline_1_0}: the alpha annotations, before the field existed. */
  private static Optional<Violation> seccompAnnotations(Workload w) {
    YamlNode annotations = w.podMetadata().get("annotations");
    Set<String> forbidden = new TreeSet<>();
    List<Violation.Spot> spots = new ArrayList<>();
    YamlNode pod = annotations.get(SECCOMP_POD_ANNOTATION);
    if (pod.isPresent() && !validSeccompAnnotation(pod.text(""))) {
      forbidden.add(SECCOMP_POD_ANNOTATION + "=" + goQuote(pod.text("")));
      spots.add(spot(pod, null));
    }
    for (ContainerView c : w.containers()) {
      String key = SECCOMP_CONTAINER_ANNOTATION_PREFIX + c.name();
      YamlNode n = annotations.get(key);
      if (n.isPresent() && !validSeccompAnnotation(n.text(""))) {
        forbidden.add(key + "=" + goQuote(n.text("")));
        spots.add(spot(n, c));
      }
    }
    return forbidden.isEmpty() ? Optional.empty() : of("seccompProfile", "forbidden "
        + pluralize("annotation", "annotations", forbidden.size()) + " " + String.join(", ", forbidden), spots);
  }

  private static boolean validSeccompAnnotation(String value) {
    return value.equals("runtime/default") || value.equals("docker/default") || value.startsWith("localhost/");
  }

  static Optional<Violation> sysctls(Workload w, int v, KubernetesVersion k) {
    Set<String> allowed = new java.util.HashSet<>(SYSCTLS_1_0);
    if (v >= 27) {
      allowed.addAll(SYSCTLS_1_27);
    }
    if (v >= 29) {
      allowed.addAll(SYSCTLS_1_29);
    }
    if (v >= 32) {
      allowed.addAll(SYSCTLS_1_32);
    }
    List<String> forbidden = new ArrayList<>();
    List<Violation.Spot> spots = new ArrayList<>();
    for (YamlNode s : podSc(w).get("sysctls").items()) {
      String name = s.get("name").text("");
      if (!allowed.contains(name)) {
        forbidden.add(name);
        spots.add(spot(s.get("name").isPresent() ? s.get("name") : s, null));
      }
    }
    return forbidden.isEmpty() ? Optional.empty() : of("forbidden sysctls", String.join(", ", forbidden), spots);
  }

  static Optional<Violation> windowsHostProcess(Workload w, int v, KubernetesVersion k) {
    List<String> setters = new ArrayList<>();
    List<Violation.Spot> spots = new ArrayList<>();
    YamlNode pod = podSc(w).at("windowsOptions.hostProcess");
    if (pod.isTrue()) {
      setters.add("pod");
      spots.add(spot(pod, null));
    }
    List<String> bad = new ArrayList<>();
    for (ContainerView c : w.containers()) {
      YamlNode n = sc(c).at("windowsOptions.hostProcess");
      if (n.isTrue()) {
        bad.add(c.name());
        spots.add(spot(n, c));
      }
    }
    if (!bad.isEmpty()) {
      setters.add(containers(bad));
    }
    return setters.isEmpty() ? Optional.empty() : of("hostProcess",
        String.join(" and ", setters) + " must not set securityContext.windowsOptions.hostProcess=true", spots);
  }

  static Optional<Violation> hostProbesAndLifecycle(Workload w, int v, KubernetesVersion k) {
    Set<String> bad = new TreeSet<>();
    Set<String> hosts = new TreeSet<>();
    List<Violation.Spot> spots = new ArrayList<>();
    for (ContainerView c : w.containers()) {
      for (String handler : List.of("livenessProbe", "readinessProbe", "startupProbe", "lifecycle.postStart",
          "lifecycle.preStop")) {
        YamlNode h = c.node().at(handler);
        for (String action : List.of("httpGet", "tcpSocket")) {
          YamlNode host = h.get(action).get("host");
          if (!host.text("").isEmpty()) {
            bad.add(c.name());
            hosts.add(host.text());
            spots.add(spot(host, c));
          }
        }
      }
    }
    return bad.isEmpty() ? Optional.empty() : of("probe or lifecycle host", containers(new ArrayList<>(bad)) + " "
        + pluralize("uses", "use", bad.size()) + " "
        + pluralize("probe or lifecycle host", "probe or lifecycle hosts", hosts.size()) + " " + joinQuote(hosts),
        spots);
  }

  // ---- restricted

  static Optional<Violation> restrictedVolumes(Workload w, int v, KubernetesVersion k) {
    List<String> bad = new ArrayList<>();
    Set<String> types = new TreeSet<>();
    List<Violation.Spot> spots = new ArrayList<>();
    for (YamlNode vol : w.podSpec().get("volumes").items()) {
      boolean allowed = RESTRICTED_ALLOWED_VOLUMES.stream().anyMatch(s -> vol.get(s).hasValue())
          || (k.atLeast(33) && vol.get("image").hasValue());
      if (allowed) {
        continue;
      }
      // A volume with no known source is defaulted to emptyDir before admission looks at it; an
      // image volume on a release before 1.33 falls to the check's "unknown" branch.
      String type = RESTRICTED_VOLUME_TYPES.stream().filter(t -> vol.get(t).hasValue()).findFirst()
          .orElse(vol.get("image").hasValue() ? "image" : null);
      if (type != null) {
        bad.add(vol.get("name").text(""));
        types.add(type.equals("image") ? "unknown" : type);
        spots.add(spot(vol.get(type), null));
      }
    }
    return bad.isEmpty() ? Optional.empty() : of("restricted volume types",
        pluralize("volume", "volumes", bad.size()) + " " + joinQuote(bad) + " " + pluralize("uses", "use", bad.size())
            + " " + pluralize("restricted volume type", "restricted volume types", types.size()) + " "
            + joinQuote(types), spots);
  }

  static Optional<Violation> allowPrivilegeEscalation(Workload w, int v, KubernetesVersion k) {
    if (v >= 25 && windows(w)) {
      return Optional.empty();
    }
    List<String> bad = new ArrayList<>();
    List<Violation.Spot> spots = new ArrayList<>();
    for (ContainerView c : w.containers()) {
      YamlNode ape = sc(c).get("allowPrivilegeEscalation");
      if (ape.hasValue() && !ape.isBool()) {
        continue;
      }
      if (!ape.hasValue() || ape.isTrue()) {
        bad.add(c.name());
        spots.add(spot(ape.hasValue() ? ape : missingAt(c), c));
      }
    }
    return bad.isEmpty() ? Optional.empty() : of("allowPrivilegeEscalation != false",
        containers(bad) + " must set securityContext.allowPrivilegeEscalation=false", spots);
  }

  static Optional<Violation> runAsNonRoot(Workload w, int v, KubernetesVersion k) {
    if (v >= 35 && userNamespace(w)) {
      return Optional.empty();
    }
    List<String> setters = new ArrayList<>();
    List<Violation.Spot> explicitSpots = new ArrayList<>();
    boolean podNonRoot = false;
    YamlNode pod = podSc(w).get("runAsNonRoot");
    if (pod.isBool()) {
      if (!pod.isTrue()) {
        setters.add("pod");
        explicitSpots.add(spot(pod, null));
      } else {
        podNonRoot = true;
      }
    }
    List<String> explicit = new ArrayList<>();
    List<String> implicit = new ArrayList<>();
    List<Violation.Spot> implicitSpots = new ArrayList<>();
    for (ContainerView c : w.containers()) {
      YamlNode n = sc(c).get("runAsNonRoot");
      if (n.isBool()) {
        if (!n.isTrue()) {
          explicit.add(c.name());
          explicitSpots.add(spot(n, c));
        }
      } else if (!n.hasValue() && !podNonRoot) {
        implicit.add(c.name());
        implicitSpots.add(spot(missingAt(c), c));
      }
    }
    if (!explicit.isEmpty()) {
      setters.add(containers(explicit));
    }
    if (!setters.isEmpty()) {
      return of("runAsNonRoot != true",
          String.join(" and ", setters) + " must not set securityContext.runAsNonRoot=false", explicitSpots);
    }
    return implicit.isEmpty() ? Optional.empty() : of("runAsNonRoot != true",
        "pod or " + containers(implicit) + " must set securityContext.runAsNonRoot=true", implicitSpots);
  }

  static Optional<Violation> runAsUser(Workload w, int v, KubernetesVersion k) {
    if (v >= 35 && userNamespace(w)) {
      return Optional.empty();
    }
    List<String> setters = new ArrayList<>();
    List<Violation.Spot> spots = new ArrayList<>();
    YamlNode pod = podSc(w).get("runAsUser");
    if (pod.asLong().orElse(-1L) == 0L) {
      setters.add("pod");
      spots.add(spot(pod, null));
    }
    List<String> bad = new ArrayList<>();
    for (ContainerView c : w.containers()) {
      YamlNode n = sc(c).get("runAsUser");
      if (n.asLong().orElse(-1L) == 0L) {
        bad.add(c.name());
        spots.add(spot(n, c));
      }
    }
    if (!bad.isEmpty()) {
      setters.add(containers(bad));
    }
    return setters.isEmpty() ? Optional.empty()
        : of("runAsUser=0", String.join(" and ", setters) + " must not set runAsUser=0", spots);
  }

  static Optional<Violation> seccompRestricted(Workload w, int v, KubernetesVersion k) {
    if (v >= 25 && windows(w)) {
      return Optional.empty();
    }
    List<String> setters = new ArrayList<>();
    Set<String> values = new TreeSet<>();
    List<Violation.Spot> explicitSpots = new ArrayList<>();
    boolean podSet = false;
    YamlNode pod = podSc(w).get("seccompProfile");
    if (pod.isMapping()) {
      if (!validSeccomp(pod)) {
        setters.add("pod");
        values.add(pod.get("type").text(""));
        explicitSpots.add(spot(typeOr(pod), null));
      } else {
        podSet = true;
      }
    }
    List<String> explicit = new ArrayList<>();
    List<String> implicit = new ArrayList<>();
    List<Violation.Spot> implicitSpots = new ArrayList<>();
    for (ContainerView c : w.containers()) {
      YamlNode p = sc(c).get("seccompProfile");
      if (p.isMapping()) {
        if (!validSeccomp(p)) {
          explicit.add(c.name());
          values.add(p.get("type").text(""));
          explicitSpots.add(spot(typeOr(p), c));
        }
      } else if (!p.hasValue() && !podSet) {
        implicit.add(c.name());
        implicitSpots.add(spot(missingAt(c), c));
      }
    }
    if (!explicit.isEmpty()) {
      setters.add(containers(explicit));
    }
    if (!setters.isEmpty()) {
      return of("seccompProfile", String.join(" and ", setters)
          + " must not set securityContext.seccompProfile.type to " + joinQuote(values), explicitSpots);
    }
    return implicit.isEmpty() ? Optional.empty() : of("seccompProfile", "pod or " + containers(implicit)
        + " must set securityContext.seccompProfile.type to \"RuntimeDefault\" or \"Localhost\"", implicitSpots);
  }

  static Optional<Violation> capabilitiesRestricted(Workload w, int v, KubernetesVersion k) {
    if (v >= 25 && windows(w)) {
      return Optional.empty();
    }
    Set<String> missingDrop = new LinkedHashSet<>();
    Set<String> adding = new LinkedHashSet<>();
    Set<String> caps = new TreeSet<>();
    List<Violation.Spot> spots = new ArrayList<>();
    for (ContainerView c : w.containers()) {
      YamlNode capabilities = sc(c).get("capabilities");
      boolean droppedAll = capabilities.get("drop").items().stream().anyMatch(d -> "ALL".equals(d.text()));
      if (!droppedAll) {
        missingDrop.add(c.name());
        YamlNode drop = capabilities.get("drop");
        spots.add(spot(drop.isPresent() ? drop : missingAt(c, "capabilities"), c));
      }
      for (YamlNode cap : capabilities.get("add").items()) {
        if (cap.text() != null && !cap.isNumber() && !cap.isBool() && !"NET_BIND_SERVICE".equals(cap.text())) {
          adding.add(c.name());
          caps.add(cap.text());
          spots.add(spot(cap, c));
        }
      }
    }
    List<String> details = new ArrayList<>();
    if (!missingDrop.isEmpty()) {
      details.add(containers(new ArrayList<>(missingDrop)) + " must set securityContext.capabilities.drop=[\"ALL\"]");
    }
    if (!adding.isEmpty()) {
      details.add(containers(new ArrayList<>(adding)) + " must not include " + joinQuote(caps)
          + " in securityContext.capabilities.add");
    }
    return details.isEmpty() ? Optional.empty() : of("unrestricted capabilities", String.join("; ", details), spots);
  }
}
