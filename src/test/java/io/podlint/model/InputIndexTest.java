package io.podlint.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.parse.Document;
import io.podlint.parse.YamlParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputIndexTest {

  private static InputIndex index(String yaml) {
    InputIndex.Builder b = new InputIndex.Builder();
    for (Document d : new YamlParser().parse("in.yaml", yaml.getBytes(StandardCharsets.UTF_8)).documents()) {
      b.add(d);
    }
    return b.build();
  }

  @Test
  void statefulSetClaimsAreTemplateNameOrdinal() {
    InputIndex index = index("""
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: web, namespace: prod}
        spec:
          volumeClaimTemplates:
            - metadata: {name: www}
            - metadata: {name: logs}
        """);
    assertThat(index.ofKind("StatefulSet").get(0).claimTemplates()).containsExactly("www", "logs");
    assertThat(index.isStatefulSetClaim("prod", "www-web-0")).isTrue();
    assertThat(index.isStatefulSetClaim("prod", "logs-web-12")).isTrue();
    assertThat(index.isStatefulSetClaim("prod", "www-web-")).isFalse();
    assertThat(index.isStatefulSetClaim("prod", "www-web-a")).isFalse();
    assertThat(index.isStatefulSetClaim("prod", "www-other-0")).isFalse();
    assertThat(index.isStatefulSetClaim("dev", "www-web-0")).isFalse();
    assertThat(index.isStatefulSetClaim("prod", "web-0")).isFalse();
    assertThat(index.isStatefulSetClaim("prod", "www-web-0-1")).isFalse();
  }

  @Test
  void statefulSetNamesMayEndInDigits() {
    InputIndex index = index("""
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: db-2}
        spec: {volumeClaimTemplates: [{metadata: {name: data}}]}
        """);
    assertThat(index.isStatefulSetClaim("default", "data-db-2-0")).isTrue();
    assertThat(index.isStatefulSetClaim("default", "data-db-20")).isFalse();
  }

  @Test
  void copiesOfAServiceSelectOnceAndDistinctServicesEach() {
    String service = """
        apiVersion: v1
        kind: Service
        metadata: {name: %s}
        spec: {selector: {app: web, tier: front}, ports: [{port: %d}]}
        ---
        """;
    InputIndex index = index(service.formatted("web", 80) + service.formatted("web", 80) + service.formatted("web", 81)
        + service.formatted("api", 80) + service.formatted("web", 80));
    assertThat(index.servicesSelecting("default", java.util.Map.of("app", "web", "tier", "front", "x", "y")))
        .extracting(o -> o.name() + ":" + o.servicePorts() + "@" + o.location().line())
        .containsExactly("web:[80->80]@1", "web:[81->81]@11", "api:[80->80]@16");
    assertThat(index.servicesSelecting("default", java.util.Map.of("app", "web"))).isEmpty();
    assertThat(index.distinctNamesIn("Service", "default")).containsExactly("web", "api");
  }

  /** An index of several files: source, YAML, source, YAML... */
  private static InputIndex files(String... sourceAndYaml) {
    InputIndex.Builder b = new InputIndex.Builder();
    for (int i = 0; i < sourceAndYaml.length; i += 2) {
      for (Document d : new YamlParser().parse(sourceAndYaml[i], sourceAndYaml[i + 1].getBytes(StandardCharsets.UTF_8))
          .documents()) {
        b.add(d);
      }
    }
    return b.build();
  }

  private static String configMap(String name, String key) {
    return "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: %s}\ndata: {%s: x}\n---\n".formatted(name, key);
  }

  private static String nearestKey(InputIndex index, String source) {
    return index.nearest("ConfigMap", "default", "cfg", source).map(o -> o.source() + ":" + o.dataKeys()).orElse("none");
  }

  @Test
  void nearestCopyIsInTheSameFileThenFolderThenUpTheTree() {
    InputIndex index = files(
        "a/broken/x.yaml", configMap("cfg", "broken"),
        "a/healthy/x.yaml", configMap("cfg", "one") + configMap("cfg", "two"),
        "a/healthy/y.yaml", configMap("cfg", "sibling"),
        "a/shared.yaml", configMap("cfg", "shared"),
        "a/zz/deep/z.yaml", configMap("cfg", "deep"),
        "b/c/d.yaml", configMap("other", "x"));
    // The same file: its first copy.
    assertThat(nearestKey(index, "a/healthy/x.yaml")).isEqualTo("a/healthy/x.yaml:[one]");
    // The same folder, first in input order.
    assertThat(nearestKey(index, "a/healthy/w.yaml")).isEqualTo("a/healthy/x.yaml:[one]");
    // Up the tree: a copy directly in a/ comes before those in its sub-folders (broken/ is first in input order).
    assertThat(nearestKey(index, "a/other/w.yaml")).isEqualTo("a/shared.yaml:[shared]");
    assertThat(nearestKey(index, "a/broken/w.yaml")).isEqualTo("a/broken/x.yaml:[broken]");
    // A sub-folder of the asker's folder: the shallowest copy below it.
    assertThat(nearestKey(index, "a/zz/w.yaml")).isEqualTo("a/zz/deep/z.yaml:[deep]");
    // No copy in the asker's tree: the nearest common folder, here the root.
    assertThat(nearestKey(index, "b/c/w.yaml")).isEqualTo("a/shared.yaml:[shared]");
    assertThat(nearestKey(index, "w.yaml")).isEqualTo("a/shared.yaml:[shared]");
    assertThat(index.nearest("ConfigMap", "default", "missing", "a/x.yaml")).isEmpty();
    assertThat(index.nearest("ConfigMap", "default", "other", "a/x.yaml").map(InputIndex.IndexedObject::source))
        .contains("b/c/d.yaml");
  }

  @Test
  void inTreeOfIsTheFileItsFolderAndTheFoldersAbove() {
    InputIndex index = files("a/b/x.yaml", configMap("cfg", "k"), "top.yaml", configMap("top", "k"));
    InputIndex.IndexedObject cfg = index.ofKind("ConfigMap").get(0);
    InputIndex.IndexedObject top = index.ofKind("ConfigMap").get(1);
    assertThat(InputIndex.inTreeOf(cfg, "a/b/y.yaml")).isTrue();
    assertThat(InputIndex.inTreeOf(cfg, "a/b/c/y.yaml")).isTrue();
    assertThat(InputIndex.inTreeOf(cfg, "a/y.yaml")).isFalse();
    assertThat(InputIndex.inTreeOf(cfg, "a/bb/y.yaml")).isFalse();
    assertThat(InputIndex.inTreeOf(top, "q/r.yaml")).isTrue();
  }

  @Test
  void servicesSelectingCountOnlyTheNearestCopyOfEachService() {
    String service = "apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec: {selector: {app: %s}, ports: [{port: 80}]}\n";
    InputIndex index = files(
        "overlays/prod/svc.yaml", service.formatted("web"),
        "overlays/staging/svc.yaml", service.formatted("web-staging"));
    java.util.Map<String, String> prodPods = java.util.Map.of("app", "web");
    java.util.Map<String, String> stagingPods = java.util.Map.of("app", "web-staging");
    assertThat(index.servicesSelecting("default", prodPods, "overlays/prod/deploy.yaml"))
        .extracting(InputIndex.IndexedObject::source).containsExactly("overlays/prod/svc.yaml");
    // staging's copy of Service web does not select the prod Pods, and prod's does not select staging's.
    assertThat(index.servicesSelecting("default", prodPods, "overlays/staging/deploy.yaml")).isEmpty();
    assertThat(index.servicesSelecting("default", stagingPods, "overlays/prod/deploy.yaml")).isEmpty();
    assertThat(index.servicesSelecting("default", stagingPods, "overlays/staging/deploy.yaml"))
        .extracting(InputIndex.IndexedObject::source).containsExactly("overlays/staging/svc.yaml");
  }

  @Test
  void eachOfManyCopiesInItsOwnFolderIsNearestToItsNeighbours() {
    // 2,000 copies of one ConfigMap in 2,000 folders (the bench repeats files): each look-up walks up.
    String[] args = new String[4000];
    for (int i = 0; i < 2000; i++) {
      args[2 * i] = "d%04d/f.yaml".formatted(i);
      args[2 * i + 1] = configMap("cfg", "k" + i);
    }
    InputIndex index = files(args);
    for (int i = 0; i < 2000; i++) {
      assertThat(nearestKey(index, "d%04d/w.yaml".formatted(i))).isEqualTo("d%04d/f.yaml:[k%d]".formatted(i, i));
    }
  }

  private static String deployment(String name, String labels) {
    return """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: %s}
        spec:
          template:
            metadata: {labels: {%s}}
            spec: {containers: [{name: c, image: x, ports: [{name: http, containerPort: 8080}]}]}
        ---
        """.formatted(name, labels);
  }

  @Test
  void workloadsSelectedByASelectorAreJudgedByTheCopyNearestToTheService() {
    InputIndex index = files(
        "overlays/prod/deploy.yaml", deployment("web", "app: web, env: prod"),
        "overlays/staging/deploy.yaml", deployment("web", "app: web-staging"),
        "other/deploy.yaml", deployment("api", "app: web, env: prod") + deployment("api", "app: web, env: prod"));
    java.util.Map<String, String> selector = java.util.Map.of("app", "web", "env", "prod");
    // From prod: its own copy of web, and api (one of its identical copies).
    assertThat(index.workloadsSelectedBy("default", selector, "overlays/prod/svc.yaml"))
        .extracting(o -> o.name() + "@" + o.source())
        .containsExactly("api@other/deploy.yaml", "web@overlays/prod/deploy.yaml");
    // From staging: staging's copy of web does not match, so web does not count at all.
    assertThat(index.workloadsSelectedBy("default", selector, "overlays/staging/svc.yaml"))
        .extracting(InputIndex.IndexedObject::name).containsExactly("api");
    assertThat(index.workloadsSelectedBy("default", java.util.Map.of(), "x.yaml")).isEmpty();
    assertThat(index.ofKind("Deployment").get(0).pod().declaresName("http", "TCP")).isTrue();
    assertThat(index.ofKind("Deployment").get(0).pod().declaresName("http", "UDP")).isFalse();
  }

  @Test
  void workloadFoldersLeaveOutJobsAndForeignKindsAreThoseOfUnknownGroups() {
    InputIndex index = files(
        "chart/job.yaml", "apiVersion: batch/v1\nkind: Job\nmetadata: {name: migrate}\nspec: {template: {spec: {containers: [{name: m}]}}}\n",
        "app/deploy.yaml", deployment("web", "app: web"),
        "ops/cr.yaml", "apiVersion: monitoring.coreos.com/v1\nkind: Prometheus\nmetadata: {name: p, namespace: mon}\n",
        "ops/np.yaml", "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p, namespace: net}\n");
    assertThat(index.hasWorkloadAtOrBelow("default", "chart")).isFalse();
    assertThat(index.hasWorkloadAtOrBelow("default", "app")).isTrue();
    assertThat(index.hasWorkloadAtOrBelow("default", "")).isTrue();
    assertThat(index.hasForeignKindsIn("mon")).isTrue();
    assertThat(index.hasForeignKindsIn("net")).isFalse();
    assertThat(index.hasForeignKindsIn("default")).isFalse();
  }

  @Test
  void sameTreeIsOneFolderAtOrBelowTheOther() {
    assertThat(InputIndex.sameTree("app/svc.yaml", "app/deploy.yaml")).isTrue();
    assertThat(InputIndex.sameTree("app/svc.yaml", "app/base/deploy.yaml")).isTrue();
    assertThat(InputIndex.sameTree("app/overlays/prod/svc.yaml", "app/deploy.yaml")).isTrue();
    assertThat(InputIndex.sameTree("app/svc.yaml", "apps/deploy.yaml")).isFalse();
    assertThat(InputIndex.sameTree("a/svc.yaml", "b/deploy.yaml")).isFalse();
    assertThat(InputIndex.sameTree("svc.yaml", "b/deploy.yaml")).isTrue();
  }

  @Test
  void earlierInSameFileKeysOnGroupKindNamespaceAndName() {
    InputIndex index = files("a.yaml", configMap("cfg", "one") + configMap("cfg", "two")
        + "apiVersion: serving.knative.dev/v1\nkind: Service\nmetadata: {name: web}\n---\n"
        + "apiVersion: v1\nkind: Service\nmetadata: {name: web}\n",
        "b.yaml", configMap("cfg", "three"));
    List<InputIndex.IndexedObject> maps = index.ofKind("ConfigMap");
    assertThat(index.earlierInSameFile("v1", "ConfigMap", "default", "cfg", "a.yaml", maps.get(0).location())).isEmpty();
    assertThat(index.earlierInSameFile("v1", "ConfigMap", "default", "cfg", "a.yaml", maps.get(1).location()))
        .map(o -> o.location().line()).contains(1);
    assertThat(index.earlierInSameFile("v1", "ConfigMap", "default", "cfg", "b.yaml", maps.get(2).location())).isEmpty();
    for (InputIndex.IndexedObject s : index.ofKind("Service")) {
      assertThat(index.earlierInSameFile(s.apiVersion(), "Service", "default", "web", "a.yaml", s.location())).isEmpty();
    }
  }

  @Test
  void renderedCopiesAreNotDuplicatesInTheirSourceFile() {
    // A base rendered alone and through an overlay is indexed twice under its own file, at rendered
    // positions: neither copy is a second definition of the object written once in that file.
    InputIndex.Builder b = new InputIndex.Builder();
    String sa = "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: app\n";
    for (String rendering : List.of("base (kustomize build)", "overlays/prod (kustomize build)")) {
      for (Document d : new YamlParser().parse(rendering, ("---\n" + sa).getBytes(StandardCharsets.UTF_8)).documents()) {
        Document relabelled = new Document("base/sa.yaml", d.index(), d.root(), d.apiVersion(), d.kind(), d.name(),
            d.namespace(), d.templateSource(), d.templateSourceLine());
        b.add(relabelled, java.util.Optional.empty(), true);
      }
    }
    Document plain = new YamlParser().parse("base/sa.yaml", ("# a comment\n# and another\n" + sa).getBytes(StandardCharsets.UTF_8))
        .documents().get(0);
    b.add(plain, java.util.Optional.empty(), false);
    InputIndex index = b.build();
    assertThat(index.earlierInSameFile("v1", "ServiceAccount", "default", "app", "base/sa.yaml", plain.root().location()))
        .isEmpty();
  }

  @Test
  void partsJoinInTheOrderTheyAreAdded() {
    // Copies that sort alike (same file and position) keep the order of the parts, not of the threads.
    InputIndex.Builder whole = new InputIndex.Builder();
    String[] selectors = {"first", "second"};
    for (String app : selectors) {
      InputIndex.Builder part = new InputIndex.Builder();
      String svc = "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector: {app: " + app + "}\n";
      part.add(new YamlParser().parse("svc.yaml", svc.getBytes(StandardCharsets.UTF_8)).documents().get(0));
      whole.addAll(part);
    }
    assertThat(whole.build().nearest("Service", "default", "web", "svc.yaml").orElseThrow().selector())
        .containsEntry("app", "first");
  }
}
