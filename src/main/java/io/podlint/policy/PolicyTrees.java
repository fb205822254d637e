package io.podlint.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podlint.parse.JsonTree;
import io.podlint.parse.ParsedFile;
import io.podlint.parse.YamlParser;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The built-in policy files, parsed at build time: one resource holding the JSON tree of every
 * {@code policies/*.yaml} exactly as {@link JsonTree} makes it from the YAML, so that a run reads
 * one small binary resource instead of listing the jar and parsing 197 YAML files (most of the
 * policy loading's start-up). Every field of a file is carried: the tree is the file's whole
 * content. The build writes it ({@link #main}, in process-classes); without it (classes compiled
 * by an IDE) the loader parses the YAML files as before.
 */
public final class PolicyTrees {
  /** Next to the policy files (the loader reads only {@code *.yaml} there). */
  static final String RESOURCE = "policies/built-in.trees";
  private static final String MAGIC = "podlint-policy-trees-1";
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private PolicyTrees() {}

  /** Writes {@code CLASSES/policies/built-in.trees} from {@code CLASSES/policies/*.yaml}. */
  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args[0]).resolve("policies");
    Map<String, JsonNode> trees = new TreeMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path p : files.sorted().toList()) {
        String name = p.getFileName().toString();
        if (!name.endsWith(".yaml")) {
          continue;
        }
        ParsedFile parsed = new YamlParser().parse("policies/" + name, Files.readAllBytes(p));
        if (!parsed.problems().isEmpty() || parsed.documents().size() != 1) {
          throw new IllegalStateException(p + ": not one well-formed YAML document: " + parsed.problems());
        }
        trees.put("policies/" + name, JsonTree.of(parsed.documents().get(0).root()));
      }
    }
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
        Files.newOutputStream(Path.of(args[0]).resolve(RESOURCE))))) {
      write(trees, out);
    }
  }

  /** The built-in files' trees by resource name ({@code policies/<id>.yaml}), or null without the resource. */
  static Map<String, JsonNode> builtIn() {
    try (InputStream in = PolicyTrees.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return null;
      }
      return read(new DataInputStream(new BufferedInputStream(in, 1 << 16)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(Map<String, JsonNode> trees, DataOutputStream out) throws IOException {
    out.writeUTF(MAGIC);
    out.writeInt(trees.size());
    for (Map.Entry<String, JsonNode> e : trees.entrySet()) {
      out.writeUTF(e.getKey());
      writeNode(e.getValue(), out);
    }
  }

  static Map<String, JsonNode> read(DataInputStream in) throws IOException {
    if (!MAGIC.equals(in.readUTF())) {
      throw new IOException(RESOURCE + ": not a " + MAGIC + " resource");
    }
    Map<String, JsonNode> trees = new TreeMap<>();
    for (int n = in.readInt(); n > 0; n--) {
      String name = in.readUTF();
      trees.put(name, readNode(in));
    }
    return trees;
  }

  // One tag byte per node, then its content; strings as a length and UTF-8 bytes (writeUTF stops at
  // 64 KiB). The node types are those JsonTree makes; any other fails the build.
  private static void writeNode(JsonNode node, DataOutputStream out) throws IOException {
    if (node.isObject()) {
      out.writeByte('o');
      out.writeInt(node.size());
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        writeString(e.getKey(), out);
        writeNode(e.getValue(), out);
      }
    } else if (node.isArray()) {
      out.writeByte('a');
      out.writeInt(node.size());
      for (JsonNode item : node) {
        writeNode(item, out);
      }
    } else if (node.isTextual()) {
      out.writeByte('s');
      writeString(node.textValue(), out);
    } else if (node.isNull()) {
      out.writeByte('n');
    } else if (node.isBoolean()) {
      out.writeByte(node.booleanValue() ? 't' : 'f');
    } else if (node.isLong()) {
      out.writeByte('l');
      out.writeLong(node.longValue());
    } else if (node.isInt()) {
      out.writeByte('i');
      out.writeInt(node.intValue());
    } else if (node.isBigInteger()) {
      out.writeByte('b');
      writeString(node.bigIntegerValue().toString(), out);
    } else if (node.isBigDecimal()) {
      out.writeByte('d');
      writeString(node.decimalValue().toString(), out);
    } else {
      throw new IllegalArgumentException("no precompiled form for a " + node.getNodeType() + " node: " + node);
    }
  }

  private static JsonNode readNode(DataInputStream in) throws IOException {
    int tag = in.readByte();
    switch (tag) {
      case 'o' -> {
        ObjectNode o = F.objectNode();
        for (int n = in.readInt(); n > 0; n--) {
          String key = readString(in);
          o.set(key, readNode(in));
        }
        return o;
      }
      case 'a' -> {
        ArrayNode a = F.arrayNode();
        for (int n = in.readInt(); n > 0; n--) {
          a.add(readNode(in));
        }
        return a;
      }
      case 's' -> {
        return F.textNode(readString(in));
      }
      case 'n' -> {
        return F.nullNode();
      }
      case 't', 'f' -> {
        return F.booleanNode(tag == 't');
      }
      case 'l' -> {
        return F.numberNode(in.readLong());
      }
      case 'i' -> {
        return F.numberNode(in.readInt());
      }
      case 'b' -> {
        return F.numberNode(new BigInteger(readString(in)));
      }
      case 'd' -> {
        return F.numberNode(new BigDecimal(readString(in)));
      }
      default -> throw new IOException(RESOURCE + ": unknown node tag " + tag);
    }
  }

  private static void writeString(String s, DataOutputStream out) throws IOException {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String readString(DataInputStream in) throws IOException {
    byte[] bytes = new byte[in.readInt()];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
