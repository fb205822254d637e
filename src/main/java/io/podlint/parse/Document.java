package io.podlint.parse;

/**
 * One Kubernetes object read from a file: a YAML document, or one item of a list ({@code kind:
 * List}, or a typed list such as {@code ConfigMapList}).
 *
 * @param source the display name of the file it came from
 * @param index the 0-based position of the object in the file (list items counted separately)
 * @param root the object's mapping node
 * @param templateSource the template path of Helm's {@code # Source:} comment above the object, or null
 * @param templateSourceLine the line of that comment in {@code source}, or 0
 */
public record Document(String source, int index, YamlNode root, String apiVersion, String kind,
    String name, String namespace, String templateSource, int templateSourceLine) {

  /** The namespace the object will live in: its own, or {@code default}. */
  public String effectiveNamespace() {
    return namespace == null || namespace.isEmpty() ? "default" : namespace;
  }

  /**
   * Whether {@code metadata.name} or {@code metadata.namespace} is an unrendered template
   * ({@code {{ ... }}}, which YAML reads as a mapping when unquoted): the object's identity is
   * unknown until rendering, so cross-resource look-ups must not count it.
   */
  public boolean hasTemplatedIdentity() {
    return isTemplated(root.at("metadata.name")) || hasTemplatedNamespace();
  }

  /** Whether {@code metadata.namespace} is an unrendered template (see {@link #hasTemplatedIdentity}). */
  public boolean hasTemplatedNamespace() {
    return isTemplated(root.at("metadata.namespace"));
  }

  private static boolean isTemplated(YamlNode n) {
    return n.hasValue() && (!n.isScalar() || n.text().contains("{{") || n.text().contains("${"));
  }

  /** {@code Kind/name}, for messages. */
  public String displayName() {
    return kind + "/" + (name == null ? "<unnamed>" : name);
  }

  /**
   * Whether a document is a list of objects: {@code kind: List} or any {@code <Kind>List} (the
   * API's typed lists, {@code ConfigMapList}, {@code SecretList}, ...) with an {@code items} sequence.
   */
  static boolean isList(YamlNode root) {
    String kind = root.get("kind").text();
    return kind != null && kind.endsWith("List") && root.get("items").isSequence();
  }

  /**
   * An item of a list. Items of a typed list may leave out their apiVersion and kind (the API
   * server omits them in {@code ConfigMapList} responses): they are the list's, without "List".
   */
  static Document ofItem(String source, int index, YamlNode item, YamlNode list, String templateSource,
      int templateSourceLine) {
    String listKind = list.get("kind").text();
    String kind = item.get("kind").text();
    String apiVersion = item.get("apiVersion").text();
    if (kind == null && !"List".equals(listKind)) {
      kind = listKind.substring(0, listKind.length() - "List".length());
      apiVersion = apiVersion != null ? apiVersion : list.get("apiVersion").text();
    }
    return new Document(source, index, item, apiVersion, kind, item.at("metadata.name").text(),
        item.at("metadata.namespace").text(), templateSource, templateSourceLine);
  }

  static Document of(String source, int index, YamlNode root, String templateSource, int templateSourceLine) {
    return new Document(source, index, root, root.get("apiVersion").text(), root.get("kind").text(),
        root.at("metadata.name").text(), root.at("metadata.namespace").text(), templateSource, templateSourceLine);
  }
}
