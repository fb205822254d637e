package io.podlint.k8s;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What node labels, tolerations and extended resources say about the node a Pod asks for:
 * accelerator (GPU, TPU, Neuron, Gaudi, FPGA) nodes, and the vCPUs of a cloud instance type named
 * in {@code node.kubernetes.io/instance-type}. Such nodes are large (8-GPU machines have 96 to
 * 224 vCPUs), so a big whole number of CPUs there is meant.
 */
public final class NodeShapes {
  private NodeShapes() {}

  /** The well-known label of a node's instance type, and its deprecated beta twin. */
  public static final String INSTANCE_TYPE = "node.kubernetes.io/instance-type";
  public static final String INSTANCE_TYPE_BETA = "beta.kubernetes.io/instance-type";

  private static final Pattern ACCELERATOR_WORD = Pattern.compile("(?<![a-z])(gpu|tpu|accelerator|neuron|gaudi|fpga)");
  /** Device-plugin and node-labelling domains of accelerator vendors. */
  private static final java.util.List<String> ACCELERATOR_DOMAINS = java.util.List.of(
      "nvidia.com/", "amd.com/", "habana.ai/", "xilinx.com/", "gpu.intel.com/", "aws.amazon.com/neuron");

  /**
   * Whether an extended resource, node label key or toleration key is about accelerators:
   * {@code nvidia.com/gpu}, {@code amd.com/gpu}, {@code google.com/tpu},
   * {@code aws.amazon.com/neuroncore}, {@code cloud.google.com/gke-accelerator},
   * {@code karpenter.k8s.aws/instance-gpu-count}, and the like.
   */
  public static boolean isAccelerator(String name) {
    if (name == null) {
      return false;
    }
    String n = name.toLowerCase(Locale.ROOT);
    return ACCELERATOR_DOMAINS.stream().anyMatch(n::startsWith) || ACCELERATOR_WORD.matcher(n).find();
  }

  public static boolean isInstanceTypeLabel(String key) {
    return INSTANCE_TYPE.equals(key) || INSTANCE_TYPE_BETA.equals(key);
  }

  /** AWS {@code family.Nxlarge} (4 vCPUs per xlarge), also {@code metal-Nxl}. */
  private static final Pattern AWS = Pattern.compile("^[a-z][a-z0-9-]*\\.(?:metal-)?([0-9]*)xl(?:arge)?$");
  /** GCP {@code family-type-N[-suffix]}: N vCPUs. */
  private static final Pattern GCP = Pattern.compile("^[a-z][a-z0-9]*-[a-z]+-([0-9]+)(?:-[a-z0-9]+)*$");
  /** Azure {@code Standard_<family letters>N<features>_v<generation>}: N vCPUs. */
  private static final Pattern AZURE = Pattern.compile("^standard_[a-z]+([0-9]+)", Pattern.CASE_INSENSITIVE);

  /**
   * The vCPUs of a cloud instance type as its name spells them (AWS {@code p4d.24xlarge}: 96; GCP
   * {@code n2-highmem-128}: 128; Azure {@code Standard_M416ms_v2}: 416); empty when the name does
   * not follow one of these schemes.
   */
  public static OptionalInt instanceVcpus(String instanceType) {
    if (instanceType == null) {
      return OptionalInt.empty();
    }
    String t = instanceType.strip();
    Matcher m = AWS.matcher(t);
    if (m.matches()) {
      return OptionalInt.of(4 * (m.group(1).isEmpty() ? 1 : parse(m.group(1))));
    }
    m = GCP.matcher(t);
    if (m.matches()) {
      return OptionalInt.of(parse(m.group(1)));
    }
    m = AZURE.matcher(t);
    if (m.find()) {
      return OptionalInt.of(parse(m.group(1)));
    }
    return OptionalInt.empty();
  }

  private static int parse(String digits) {
    return digits.length() > 6 ? Integer.MAX_VALUE : Integer.parseInt(digits);
  }
}
