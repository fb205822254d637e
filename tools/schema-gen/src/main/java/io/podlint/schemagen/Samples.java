package io.podlint.schemagen;

import java.util.ArrayList;
import java.util.List;

/** Sample manifests and the outcome the generated schema must give for them. */
final class Samples {

    /**
     * One expectation. {@code keyword} null = the document must be valid; otherwise at least one
     * error must have that keyword (networknt {@code ValidationMessage.getType()}), that instance
     * location (JSON pointer) and, when not null, that property ({@code getProperty()}).
     */
    record Sample(String name, String yaml, String keyword, String instanceLocation, String property) {
        @Override
        public String toString() {
            return name;
        }

        boolean expectValid() {
            return keyword == null;
        }
    }

    private Samples() {}

    static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              namespace: shop
              labels: {app: web}
              annotations:
                k8s.v1.cni.cncf.io/networks: macvlan-conf
              creationTimestamp: null
            spec:
              replicas: 3
              selector:
                matchLabels: {app: web}
              strategy:
                type: RollingUpdate
                rollingUpdate: {maxSurge: 25%, maxUnavailable: 0}
              template:
                metadata:
                  labels: {app: web}
                spec:
                  restartPolicy: Always
                  dnsPolicy: ClusterFirst
                  terminationGracePeriodSeconds: 30
                  nodeSelector: {kubernetes.io/os: linux}
                  tolerations:
                  - {key: dedicated, operator: Equal, value: web, effect: NoSchedule}
                  initContainers:
                  - name: log-shipper
                    image: fluent/fluent-bit:3.0
                    restartPolicy: Always
                  containers:
                  - name: web
                    image: registry.example.com/shop/web:1.4.2
                    imagePullPolicy: IfNotPresent
                    args: ["--port=8080"]
                    ports:
                    - {name: http, containerPort: 8080, protocol: TCP}
                    env:
                    - {name: PORT, value: "8080"}
                    - name: POD_NAME
                      valueFrom: {fieldRef: {fieldPath: metadata.name}}
                    resources:
                      requests: {cpu: 250m, memory: 256Mi}
                      limits: {cpu: 1, memory: 1Gi, ephemeral-storage: 2G}
                    readinessProbe:
                      httpGet: {path: /healthz, port: http, scheme: HTTP}
                      periodSeconds: 10
                    livenessProbe:
                      tcpSocket: {port: 8080}
                      failureThreshold: 3
                    lifecycle:
                      preStop:
                        sleep: {seconds: 5}
                    volumeMounts:
                    - {name: cache, mountPath: /cache}
                  volumes:
                  - name: cache
                    emptyDir: {sizeLimit: 1Gi}
            """;

    static final String CONTAINERS = "/spec/template/spec/containers/0";

    static List<Sample> all() {
        List<Sample> s = new ArrayList<>();
        s.add(new Sample("valid Deployment", DEPLOYMENT, null, null, null));
        s.add(new Sample("typo readinessprobe in a container",
                DEPLOYMENT.replace("readinessProbe:", "readinessprobe:"),
                "additionalProperties", CONTAINERS, "readinessprobe"));
        s.add(new Sample("containerPort: \"80\" (string)",
                DEPLOYMENT.replace("containerPort: 8080", "containerPort: \"80\""),
                "type", CONTAINERS + "/ports/0/containerPort", null));
        s.add(new Sample("env value: 8080 (integer)",
                DEPLOYMENT.replace("value: \"8080\"", "value: 8080"),
                "type", CONTAINERS + "/env/0/value", null));
        s.add(new Sample("resources.limits.memory: 1Gi",
                DEPLOYMENT.replace("memory: 1Gi", "memory: 1Gi"), null, null, null));
        s.add(new Sample("maxSurge: 25%", DEPLOYMENT, null, null, null));
        s.add(new Sample("maxSurge: 1",
                DEPLOYMENT.replace("maxSurge: 25%", "maxSurge: 1"), null, null, null));
        s.add(new Sample("missing container name",
                DEPLOYMENT.replace("  - name: web\n        image:", "  - image:"),
                "required", CONTAINERS, "name"));
        // Extra cases beyond the brief.
        s.add(new Sample("memory: 1K (invalid quantity suffix)",
                DEPLOYMENT.replace("memory: 1Gi,", "memory: 1K,"),
                "pattern", CONTAINERS + "/resources/limits/memory", null));
        s.add(new Sample("cpu: 0.5 (number quantity)",
                DEPLOYMENT.replace("cpu: 1,", "cpu: 0.5,"), null, null, null));
        s.add(new Sample("imagePullPolicy: always (enum, case)",
                DEPLOYMENT.replace("imagePullPolicy: IfNotPresent", "imagePullPolicy: always"),
                "enum", CONTAINERS + "/imagePullPolicy", null));
        s.add(new Sample("maxSurge: true (int-or-string)",
                DEPLOYMENT.replace("maxSurge: 25%", "maxSurge: true"),
                "type", "/spec/strategy/rollingUpdate/maxSurge", null));
        s.add(new Sample("label value 123 (integer)",
                DEPLOYMENT.replace("labels: {app: web}\n  annotations", "labels: {app: web, tier: 123}\n  annotations"),
                "type", "/metadata/labels/tier", null));
        s.add(new Sample("status is allowed", DEPLOYMENT + "status: {replicas: 3, readyReplicas: 3}\n", null, null, null));
        s.add(new Sample("v1 List dispatches items by kind",
                "apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: c}\n  data: {a: b}\n"
                        + "- apiVersion: v1\n  kind: Service\n  metadata: {name: s}\n  spec:\n    ports:\n    - {port: 80, targetPort: http, protocol: TCP}\n    selectr: {app: web}\n",
                "additionalProperties", "/items/1/spec", "selectr"));
        s.add(new Sample("NetworkAttachmentDefinition",
                "apiVersion: k8s.cni.cncf.io/v1\nkind: NetworkAttachmentDefinition\nmetadata: {name: macvlan-conf}\n"
                        + "spec:\n  config: '{\"cniVersion\": \"0.3.1\", \"type\": \"macvlan\", \"master\": \"eth0\"}'\n",
                null, null, null));
        s.add(new Sample("NetworkAttachmentDefinition config as object",
                "apiVersion: k8s.cni.cncf.io/v1\nkind: NetworkAttachmentDefinition\nmetadata: {name: m}\nspec:\n  config: {type: macvlan}\n",
                "type", "/spec/config", null));
        s.add(new Sample("CronJob with Job template",
                "apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: c}\nspec:\n  schedule: '*/5 * * * *'\n  concurrencyPolicy: Forbid\n"
                        + "  jobTemplate:\n    spec:\n      backoffLimit: 2\n      template:\n        spec:\n          restartPolicy: OnFailure\n"
                        + "          containers:\n          - {name: c, image: busybox, command: [sh, -c, date]}\n",
                null, null, null));
        return s;
    }
}
