package io.podlint.parse;

/**
 * One Kubernetes object read from a file: a YAML document, or one item of a {@code kind: List}.
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

  /** {@code Kind/name}, for messages. */
  public String displayName() {
    return kind + "/" + (name == null ? "<unnamed>" : name);
  }

  static Document of(String source, int index, YamlNode root, String templateSource, int templateSourceLine) {
    return new Document(source, index, root, root.get("apiVersion").text(), root.get("kind").text(),
        root.at("metadata.name").text(), root.at("metadata.namespace").text(), templateSource, templateSourceLine);
  }
}
