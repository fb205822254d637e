package io.podlint.describe;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podlint.k8s.KubernetesVersion;
import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.Map;

/**
 * {@code podlint describe --format json}: {@code {"version": 1, "tool": ..., "workloads": [...],
 * "otherErrors": [...]}}, each workload the {@link PodLifecycle} record with its component names
 * as keys. Whole seconds are written as integers.
 */
public final class JsonRenderer {
  /** Bump when a field is removed or changes meaning; adding fields keeps the version. */
  public static final int FORMAT_VERSION = 1;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonRenderer() {}

  /** @param target the Kubernetes release the workloads were described for */
  public static void write(Description d, String toolVersion, KubernetesVersion target, Writer out)
      throws IOException {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("version", FORMAT_VERSION);
    ObjectNode tool = root.putObject("tool");
    tool.put("name", "podlint");
    tool.put("version", toolVersion);
    root.put("kubernetesVersion", target.toString());
    ArrayNode workloads = root.putArray("workloads");
    for (PodLifecycle p : d.workloads()) {
      workloads.add(wholeNumbers(MAPPER.valueToTree(p)));
    }
    root.set("otherErrors", MAPPER.valueToTree(d.otherErrors()));
    out.write(MAPPER.writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")))
        .writeValueAsString(root));
    out.write("\n");
    out.flush();
  }

  private static JsonNode wholeNumbers(JsonNode node) {
    if (node instanceof ObjectNode o) {
      Iterator<Map.Entry<String, JsonNode>> it = o.properties().iterator();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        e.setValue(wholeNumbers(e.getValue()));
      }
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        a.set(i, wholeNumbers(a.get(i)));
      }
    } else if (node instanceof DoubleNode n && n.doubleValue() == Math.rint(n.doubleValue())
        && Math.abs(n.doubleValue()) < 1e15) {
      return LongNode.valueOf((long) n.doubleValue());
    }
    return node;
  }
}
