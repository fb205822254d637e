package io.podlint.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.model.ObjectReferences.Ref;
import io.podlint.model.ObjectReferences.Use;
import io.podlint.parse.YamlParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ObjectReferencesTest {

  private static List<Ref> refs(String yaml) {
    var doc = new YamlParser().parse("w.yaml", yaml.getBytes(StandardCharsets.UTF_8)).documents().get(0);
    return ObjectReferences.of(Workload.of(doc, Map.of()).orElseThrow());
  }

  private static String describe(Ref r) {
    return "%s %s/%s opt=%s active=%s keys=%s".formatted(r.use(), r.kind(), r.name(), r.optional(), r.active(),
        r.keys().stream().map(ObjectReferences.KeyRef::key).toList());
  }

  @Test
  void collectsEveryKindOfReference() {
    List<Ref> refs = refs("""
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          serviceAccountName: runner
          imagePullSecrets: [{name: regcred}]
          containers:
            - name: app
              image: app:1
              env:
                - name: A
                  valueFrom: {configMapKeyRef: {name: cm, key: a}}
                - name: B
                  valueFrom: {secretKeyRef: {name: s, key: b, optional: true}}
              envFrom:
                - configMapRef: {name: cm-env}
                - secretRef: {name: s-env}
              volumeMounts:
                - {name: v1, mountPath: /1}
                - {name: v2, mountPath: /2}
                - {name: v3, mountPath: /3}
          volumes:
            - name: v1
              configMap: {name: cm, items: [{key: k1, path: p1}]}
            - name: v2
              secret: {secretName: s, optional: true}
            - name: v3
              projected:
                sources:
                  - configMap: {name: pcm}
                  - secret: {name: ps, items: [{key: k2, path: p2}]}
                  - serviceAccountToken: {path: token}
            - name: unmounted
              configMap: {name: ucm}
            - name: claim
              persistentVolumeClaim: {claimName: data}
        """);
    assertThat(refs).map(ObjectReferencesTest::describe).containsExactly(
        "VOLUME ConfigMap/cm opt=false active=true keys=[k1]",
        "VOLUME Secret/s opt=true active=true keys=[]",
        "VOLUME ConfigMap/pcm opt=false active=true keys=[]",
        "VOLUME Secret/ps opt=false active=true keys=[k2]",
        "VOLUME ConfigMap/ucm opt=false active=false keys=[]",
        "CLAIM PersistentVolumeClaim/data opt=false active=true keys=[]",
        "ENV ConfigMap/cm opt=false active=true keys=[a]",
        "ENV Secret/s opt=true active=true keys=[b]",
        "ENV_FROM ConfigMap/cm-env opt=false active=true keys=[]",
        "ENV_FROM Secret/s-env opt=false active=true keys=[]",
        "IMAGE_PULL_SECRET Secret/regcred opt=false active=true keys=[]",
        "SERVICE_ACCOUNT ServiceAccount/runner opt=false active=true keys=[]");
  }

  @Test
  void deprecatedServiceAccountIsUsedOnlyWithoutServiceAccountName() {
    assertThat(refs("""
        apiVersion: v1
        kind: Pod
        spec:
          serviceAccount: legacy
          containers: [{name: a, image: a}]
        """)).map(Ref::name).containsExactly("legacy");
    assertThat(refs("""
        apiVersion: v1
        kind: Pod
        spec:
          serviceAccountName: new
          serviceAccount: legacy
          containers: [{name: a, image: a}]
        """)).map(Ref::name).containsExactly("new");
  }

  @Test
  void statefulSetVolumesNamedLikeClaimTemplatesAreReplacedByTheClaim() {
    List<Ref> refs = refs("""
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: db}
        spec:
          template:
            spec:
              containers:
                - name: db
                  image: db
                  volumeMounts: [{name: datadir, mountPath: /data}]
              volumes:
                - name: datadir
                  persistentVolumeClaim: {claimName: datadir}
          volumeClaimTemplates:
            - metadata: {name: datadir}
        """);
    assertThat(refs).isEmpty();
  }

  @Test
  void useIdsRoundTrip() {
    for (Use u : Use.values()) {
      assertThat(Use.of(u.id())).isEqualTo(u);
    }
  }
}
