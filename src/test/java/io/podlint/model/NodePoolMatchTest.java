package io.podlint.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.model.ClusterProfile.NodePool;
import io.podlint.model.ClusterProfile.NodeRequirement;
import io.podlint.model.ClusterProfile.Taint;
import io.podlint.model.ClusterProfile.Toleration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whether a node pool of a cluster profile may match one node affinity requirement, and the
 * TaintToleration semantics the pools use. Requirements follow k8s.io/apimachinery labels
 * Requirement.Matches (In needs the label, NotIn and DoesNotExist hold without it, Gt/Lt need an
 * integer label); tolerations follow k8s.io/api core/v1 Toleration.ToleratesTaint.
 */
class NodePoolMatchTest {
  private static final NodePool POOL = new NodePool("general", 3, Map.of(),
      Map.of("pool", "general", "cores", "8"), List.of(), List.of("a", "b"));
  private static final NodePool NO_ZONES = new NodePool("edge", 1, Map.of(), Map.of("pool", "edge"), List.of(), List.of());

  @ParameterizedTest(name = "{0} {1} {2} -> {3}")
  @CsvSource(delimiter = '|', value = {
      // a label the pool states
      "pool|In|general,batch|true", "pool|In|batch|false", "pool|NotIn|batch|true", "pool|NotIn|general|false",
      "pool|Exists||true", "pool|DoesNotExist||false",
      // a label it does not state: its labels are complete
      "disktype|In|ssd|false", "disktype|NotIn|ssd|true", "disktype|Exists||false", "disktype|DoesNotExist||true",
      "disktype|Gt|1|false",
      // Gt and Lt compare integers
      "cores|Gt|4|true", "cores|Gt|8|false", "cores|Lt|16|true", "cores|Lt|8|false",
      // the zone is one of the pool's zones
      "topology.kubernetes.io/zone|In|b,c|true", "topology.kubernetes.io/zone|In|c|false",
      "topology.kubernetes.io/zone|NotIn|a|true", "topology.kubernetes.io/zone|NotIn|a,b|false",
      // the hostname, os and arch are on every node, with a value the pool may not state
      "kubernetes.io/hostname|In|node-1|true", "kubernetes.io/hostname|NotIn|node-1|true",
      "kubernetes.io/hostname|DoesNotExist||false", "kubernetes.io/arch|In|arm64|true",
      "kubernetes.io/os|Exists||true"})
  void requirementOnOnePool(String key, String operator, String values, boolean may) {
    List<String> list = values == null ? List.of() : Arrays.asList(values.split(","));
    assertThat(POOL.mayMatch(List.of(new NodeRequirement(key, operator, list)))).isEqualTo(may);
  }

  @Test
  void aPoolWithoutZonesMayHaveAnyZoneOrNone() {
    for (String op : List.of("In", "NotIn", "Exists", "DoesNotExist")) {
      assertThat(NO_ZONES.mayMatch(List.of(new NodeRequirement("topology.kubernetes.io/zone", op, List.of("z")))))
          .as(op).isTrue();
    }
  }

  @Test
  void aTermMatchesWhenEveryRequirementMay() {
    NodeRequirement general = new NodeRequirement("pool", "In", List.of("general"));
    NodeRequirement ssd = new NodeRequirement("disktype", "In", List.of("ssd"));
    assertThat(POOL.mayMatch(List.of(general))).isTrue();
    assertThat(POOL.mayMatch(List.of(general, ssd))).isFalse();
    assertThat(POOL.mayMatch(List.of())).isTrue();
  }

  @ParameterizedTest(name = "{0}/{1}/{2}/{3} tolerates {4}={5}:{6} -> {7}")
  @CsvSource(delimiter = '|', value = {
      // an empty key with Exists tolerates every taint; an empty effect matches every effect
      "||Exists||gpu|present|NoSchedule|true",
      "||Exists|NoExecute|gpu|present|NoSchedule|false",
      "gpu||Exists||gpu|present|NoExecute|true",
      // Equal (the default) compares the value
      "gpu|present|Equal|NoSchedule|gpu|present|NoSchedule|true",
      "gpu|present||NoSchedule|gpu|present|NoSchedule|true",
      "gpu|absent|Equal|NoSchedule|gpu|present|NoSchedule|false",
      "gpu||Equal||gpu||NoSchedule|true",
      "other||Exists||gpu|present|NoSchedule|false"})
  void tolerates(String key, String value, String operator, String effect, String taintKey, String taintValue,
      String taintEffect, boolean tolerated) {
    assertThat(new Toleration(key, operator, value, effect).tolerates(new Taint(taintKey, taintValue, taintEffect)))
        .isEqualTo(tolerated);
  }
}
