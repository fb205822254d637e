package io.podlint.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A read-only, located view of one SnakeYAML node together with its path from the document root
 * (for example {@code spec.template.spec.containers[0].image}).
 *
 * <p>Navigation never fails: asking for an absent key returns a <em>missing</em> node that
 * remembers its parent, so a rule can report a missing field at the parent mapping.
 */
public final class YamlNode {
  private final Node node;
  private final YamlNode parent;
  private final Node keyNode;
  /** The segment that leads here from the parent: a key, or an index when {@code segmentIndex >= 0}. */
  private final String segmentKey;
  private final int segmentIndex;
  /** Built on first use: most nodes are never reported, so their paths are never needed. */
  private String path;
  /** The text of the whole file, kept on roots only (see {@link #sourceText()}). */
  private final String sourceText;
  /**
   * Children already asked for, as key, node, key, node...: most nodes are asked for a few keys,
   * often literals that {@code equals} matches by identity, so a scan is cheaper than hashing
   * (keys cut from dotted paths are new strings whose hash is computed at every look-up). Past
   * {@link #SCANNED_CHILDREN} keys, {@link #childMap} takes over. Not thread-safe: a tree belongs
   * to the one thread that lints its file, and is dropped with it.
   */
  private Object[] children;
  private int childCount;
  private java.util.Map<String, YamlNode> childMap;
  private static final int SCANNED_CHILDREN = 8;
  /** A mapping's entries with merge keys resolved, for look-ups. */
  private List<NodeTuple> entryCache;
  private List<YamlNode> itemCache;

  private YamlNode(Node node, YamlNode parent, Node keyNode, String segmentKey, int segmentIndex) {
    this(node, parent, keyNode, segmentKey, segmentIndex, null);
  }

  private YamlNode(Node node, YamlNode parent, Node keyNode, String segmentKey, int segmentIndex,
      String sourceText) {
    this.node = node;
    this.parent = parent;
    this.keyNode = keyNode;
    this.segmentKey = segmentKey;
    this.segmentIndex = segmentIndex;
    this.sourceText = sourceText;
    if (parent == null) {
      this.path = "";
    }
  }

  public static YamlNode root(Node node) {
    return new YamlNode(node, null, null, null, -1);
  }

  /** A root that remembers the text it was composed from, for {@link ScalarPositions}. */
  public static YamlNode root(Node node, String sourceText) {
    return new YamlNode(node, null, null, null, -1, sourceText);
  }

  /**
   * The text of the file this node was read from (the exact characters SnakeYAML read, so that
   * its marks index into it), or null when the tree was built without it.
   */
  public String sourceText() {
    YamlNode n = this;
    while (n.parent != null) {
      n = n.parent;
    }
    return n.sourceText;
  }

  public boolean isMissing() {
    return node == null;
  }

  public boolean isPresent() {
    return node != null;
  }

  public boolean isMapping() {
    return node instanceof MappingNode;
  }

  public boolean isSequence() {
    return node instanceof SequenceNode;
  }

  public boolean isScalar() {
    return node instanceof ScalarNode && !isNull();
  }

  /** An explicit YAML null ({@code ~}, {@code null} or an empty value). */
  public boolean isNull() {
    return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
  }

  /** Present and not null. */
  public boolean hasValue() {
    return node != null && !isNull();
  }

  public String path() {
    if (path == null) {
      path = segmentIndex >= 0 ? parent.path() + "[" + segmentIndex + "]" : childPath(parent.path(), segmentKey);
    }
    return path;
  }

  public YamlNode parent() {
    return parent;
  }

  public Node raw() {
    return node;
  }

  /** The mapping key this node is the value of, when it is one. */
  public Optional<Node> keyNode() {
    return Optional.ofNullable(keyNode);
  }

  /** The key under which this node was reached, or null. */
  public String key() {
    return keyNode instanceof ScalarNode s ? s.getValue() : null;
  }

  public YamlNode get(String key) {
    // Many checks ask for the same fields (spec, containers, resources...): answer from a cache.
    if (childMap != null) {
      YamlNode cached = childMap.get(key); // not computeIfAbsent: its method reference is an allocation per call
      if (cached == null) {
        cached = lookUp(key);
        childMap.put(key, cached);
      }
      return cached;
    }
    for (int i = 0; i < childCount; i++) {
      if (key.equals(children[2 * i])) {
        return (YamlNode) children[2 * i + 1];
      }
    }
    YamlNode child = lookUp(key);
    if (childCount == SCANNED_CHILDREN) {
      childMap = new java.util.HashMap<>();
      for (int i = 0; i < childCount; i++) {
        childMap.put((String) children[2 * i], (YamlNode) children[2 * i + 1]);
      }
      childMap.put(key, child);
      children = null;
      return child;
    }
    if (children == null) {
      children = new Object[4];
    } else if (children.length == 2 * childCount) {
      children = java.util.Arrays.copyOf(children, 4 * childCount);
    }
    children[2 * childCount] = key;
    children[2 * childCount + 1] = child;
    childCount++;
    return child;
  }

  private YamlNode lookUp(String key) {
    if (node instanceof MappingNode m) {
      if (entryCache == null) {
        entryCache = Nodes.entries(m);
      }
      NodeTuple found = null;
      for (NodeTuple t : entryCache) {
        if (t.getKeyNode() instanceof ScalarNode k && key.equals(k.getValue())) {
          found = t; // the last duplicate wins, as in the API server's decoder
        }
      }
      if (found != null) {
        return new YamlNode(found.getValueNode(), this, found.getKeyNode(), key, -1);
      }
    }
    return new YamlNode(null, this, null, key, -1);
  }

  /** Follows a dotted path of mapping keys, such as {@code spec.template.spec}. */
  public YamlNode at(String dottedPath) {
    String[] segments = SEGMENTS.get(dottedPath);
    if (segments == null) {
      segments = segments(dottedPath);
      if (SEGMENTS.size() < MAX_CACHED_PATHS) {
        SEGMENTS.put(dottedPath, segments);
      }
    }
    YamlNode current = this;
    for (String segment : segments) {
      current = current.get(segment);
    }
    return current;
  }

  /**
   * Dotted paths already split. Rules ask for the same few paths (string literals) again and
   * again: splitting them once saves the substrings, and the cached segments are the same String
   * objects each time, so look-ups match by identity and reuse their hash codes.
   */
  private static final java.util.concurrent.ConcurrentHashMap<String, String[]> SEGMENTS =
      new java.util.concurrent.ConcurrentHashMap<>();
  private static final int MAX_CACHED_PATHS = 4096;

  /** As {@code String.split("\\.")}: trailing empty segments are dropped (a path of dots has none). */
  private static String[] segments(String dottedPath) {
    int end = dottedPath.length();
    while (end > 0 && dottedPath.charAt(end - 1) == '.') {
      end--;
    }
    if (end == 0 && !dottedPath.isEmpty()) {
      return new String[0];
    }
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int dot = dottedPath.indexOf('.'); dot >= 0 && dot < end; dot = dottedPath.indexOf('.', start)) {
      out.add(dottedPath.substring(start, dot).intern());
      start = dot + 1;
    }
    out.add(dottedPath.substring(start, end).intern());
    return out.toArray(new String[0]);
  }

  /** Follows JSON-pointer-like segments: property names (String) and indexes (Integer). */
  public YamlNode follow(List<Object> segments) {
    YamlNode current = this;
    for (Object seg : segments) {
      if (seg instanceof Integer i) {
        List<YamlNode> items = current.items();
        current = i >= 0 && i < items.size() ? items.get(i) : new YamlNode(null, current, null, null, i);
      } else {
        current = current.get(String.valueOf(seg));
      }
    }
    return current;
  }

  public boolean has(String key) {
    return get(key).isPresent();
  }

  public List<YamlNode> items() {
    if (!(node instanceof SequenceNode s)) {
      return List.of();
    }
    if (itemCache == null) {
      List<Node> values = s.getValue();
      List<YamlNode> out = new ArrayList<>(values.size());
      for (int i = 0; i < values.size(); i++) {
        out.add(new YamlNode(values.get(i), this, null, null, i));
      }
      itemCache = Collections.unmodifiableList(out);
    }
    return itemCache;
  }

  /** Entries of a mapping in document order (merge keys resolved), empty otherwise. */
  public List<Entry> entries() {
    if (!(node instanceof MappingNode m)) {
      return List.of();
    }
    List<Entry> out = new ArrayList<>();
    for (NodeTuple t : Nodes.entries(m)) {
      String k = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
      String segment = k == null ? "?" : k;
      YamlNode key = new YamlNode(t.getKeyNode(), this, null, segment, -1);
      YamlNode value = new YamlNode(t.getValueNode(), this, t.getKeyNode(), segment, -1);
      out.add(new Entry(k, key, value));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The raw key/value pairs of a mapping, merge keys resolved, for whole-tree walks that do not
   * need paths (much cheaper than {@link #entries()}); empty for other nodes.
   */
  public static List<NodeTuple> rawEntries(Node mapping) {
    return mapping instanceof MappingNode m ? Nodes.entries(m) : List.of();
  }

  /** The scalar text, or null for missing, null, mapping and sequence nodes. */
  public String text() {
    return isScalar() ? ((ScalarNode) node).getValue() : null;
  }

  /** The scalar text, or the default. */
  public String text(String defaultValue) {
    String t = text();
    return t == null ? defaultValue : t;
  }

  public Tag tag() {
    return node == null ? null : node.getTag();
  }

  public boolean isString() {
    return isScalar() && Tag.STR.equals(node.getTag());
  }

  public boolean isInt() {
    return isScalar() && Tag.INT.equals(node.getTag());
  }

  public boolean isBool() {
    return isScalar() && Tag.BOOL.equals(node.getTag());
  }

  public boolean isNumber() {
    return isScalar() && (Tag.INT.equals(node.getTag()) || Tag.FLOAT.equals(node.getTag()));
  }

  /** An integer scalar's value (YAML 1.1 forms such as 0x1F and 0755 included), if it is one. */
  public Optional<Long> asLong() {
    if (!isInt()) {
      return Optional.empty();
    }
    return Optional.ofNullable(Scalars.parseInt(text()));
  }

  public Optional<Boolean> asBoolean() {
    if (!isBool()) {
      return Optional.empty();
    }
    return Optional.of(Scalars.parseBool(text()));
  }

  /** True when the scalar is a boolean true. */
  public boolean isTrue() {
    return asBoolean().orElse(false);
  }

  /** Whether the scalar was written with quotes. */
  public boolean isQuoted() {
    return node instanceof ScalarNode s && s.isPlain() == false;
  }

  /**
   * 1-based location of this node: a scalar's value; a mapping or list that is the value of a
   * key, that key (a block collection starts on the next line, which would be misleading). A
   * missing node reports its nearest present ancestor.
   */
  public Location location() {
    YamlNode n = this;
    while (n != null && n.node == null) {
      n = n.parent;
    }
    if (n == null) {
      return new Location(1, 1);
    }
    if (!(n.node instanceof ScalarNode) && n.keyNode != null) {
      return n.keyLocation();
    }
    Mark m = n.node.getStartMark();
    return m == null ? new Location(1, 1) : new Location(m.getLine() + 1, m.getColumn() + 1);
  }

  /** The location of the key of this node when it has one, else its own location. */
  public Location keyLocation() {
    if (keyNode != null && keyNode.getStartMark() != null) {
      Mark m = keyNode.getStartMark();
      return new Location(m.getLine() + 1, m.getColumn() + 1);
    }
    return location();
  }

  /** The nearest present node: this one, or the closest present ancestor of a missing node. */
  public YamlNode present() {
    YamlNode n = this;
    while (n.node == null && n.parent != null) {
      n = n.parent;
    }
    return n;
  }

  private static String childPath(String parentPath, String key) {
    boolean plain = !key.isEmpty();
    for (int i = 0; i < key.length() && plain; i++) {
      char c = key.charAt(i);
      plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }
    if (!plain) {
      return parentPath + "[\"" + key.replace("\"", "\\\"") + "\"]";
    }
    return parentPath.isEmpty() ? key : parentPath + "." + key;
  }

  @Override
  public String toString() {
    return (path().isEmpty() ? "<root>" : path()) + (node == null ? " (missing)" : "");
  }

  /**
   * The characters this node was written with in the file ({@code {{ .Values.x }}} for an
   * unrendered template that YAML reads as a flow mapping), or "?" when the text is unknown.
   */
  public String writtenText() {
    String text = sourceText();
    if (node == null || text == null || node.getStartMark() == null || node.getEndMark() == null) {
      return "?";
    }
    int start = node.getStartMark().getIndex();
    int end = node.getEndMark().getIndex();
    return start >= 0 && end <= text.length() && start < end ? text.substring(start, end).strip() : "?";
  }

  /** A mapping entry: the key text (null for non-scalar keys), key node and value node. */
  public record Entry(String key, YamlNode keyNode, YamlNode value) {
    /** The key's text, or for a mapping or sequence key (an unrendered template) the text it was written with. */
    public String keyText() {
      return key != null ? key : keyNode.writtenText();
    }
  }
}
