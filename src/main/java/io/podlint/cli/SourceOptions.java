package io.podlint.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options that {@code lint} and {@code describe} share: config, policies, schemas and context. */
final class SourceOptions {
  @Option(names = {"-c", "--config"}, paramLabel = "FILE",
      description = "The config file (default: .podlint.yaml in the working folder or its parents, up to the repository root).")
  Path configFile;

  @Option(names = "--no-config", description = "Ignore .podlint.yaml files.")
  boolean noConfig;

  @Option(names = "--policies", paramLabel = "FOLDER", description = "Also load the policy files of FOLDER (repeatable).")
  List<Path> policyFolders = new ArrayList<>();

  @Option(names = "--schema", paramLabel = "FILE",
      description = "An extra schema for custom kinds (repeatable): a CustomResourceDefinition YAML, or a JSON Schema"
          + " with x-kubernetes-group-version-kind, or a folder of them. Objects of kinds without a schema are skipped.")
  List<Path> schemaFiles = new ArrayList<>();

  @Option(names = "--nad-folder", paramLabel = "DIR",
      description = "Also read the manifests of DIR (repeatable), typically the cluster's NetworkAttachmentDefinitions,"
          + " so that Multus network selections are checked against them.")
  List<Path> nadFolders = new ArrayList<>();

  @Option(names = "--closed-world",
      description = "The input holds every object the workloads refer to (ConfigMaps, Secrets, NetworkAttachmentDefinitions...): report references to objects that are not in it.")
  boolean closedWorld;

  @Option(names = "--kubernetes-version", paramLabel = "1.NN",
      description = "The Kubernetes release of the target cluster, 1.25 to 1.36 (default: the config's kubernetesVersion,"
          + " else 1.36): removed API versions and fields newer than it are reported.")
  String kubernetesVersion;

  @Option(names = "--pod-security", paramLabel = "LEVEL[:VERSION]",
      description = "Evaluate the Pod Security Standards as if every namespace had this enforce label:"
          + " baseline or restricted (or privileged), VERSION latest (default; the target cluster's release) or v1.NN."
          + " Wins over podSecurity in the config and over the labels of Namespace objects in the input.")
  String podSecurity;

  @Option(names = "--cluster-profile", paramLabel = "FILE",
      description = "The target cluster's node pools (count, allocatable, labels, taints, zones), for the checks that"
          + " depend on its nodes; it takes precedence over the largestNode parameter.")
  Path clusterProfile;

  @Option(names = "--stdin-name", paramLabel = "NAME", defaultValue = "<stdin>",
      description = "File name to report for standard input (default: ${DEFAULT-VALUE}).")
  String stdinName;

  @Option(names = "--debug", description = "Print stack traces of internal errors.")
  boolean debug;
}
