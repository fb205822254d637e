package io.podlint.rules.image;

import io.podlint.k8s.ImageReference;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Repairs for broken image references, offered in messages only when the repair parses. */
final class ImageFixes {
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://");
  private static final Pattern PLACEHOLDER = Pattern.compile("<[^>]*>|\\$\\{[^}]*}|\\$\\([^)]*\\)|\\{\\{.*}}|__[A-Z0-9_]+__");

  private ImageFixes() {}

  /**
   * The reference with its repository name (registry and path) in lowercase, keeping the tag; the
   * digest is lowercased too only if needed. Empty if no such spelling is a usable reference.
   */
  static Optional<String> lowercase(String image) {
    Parts p = Parts.of(image);
    String name = lower(p.name);
    return firstUsable(List.of(name + p.tag + p.digest, name + p.tag + lower(p.digest), lower(image)), image);
  }

  /** A mechanical repair of an invalid reference (scheme, whitespace, dangling separator, hex case), if one parses. */
  static Optional<String> repair(String image) {
    String s = SCHEME.matcher(image).replaceFirst("");
    s = s.codePoints().filter(cp -> !GoStrings.isSpace(cp))
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    while (s.endsWith(":") || s.endsWith("@") || s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    Parts p = Parts.of(s);
    return firstUsable(List.of(s, p.name + p.tag + lower(p.digest)), image);
  }

  /** Advice for an invalid reference, in words; ends without a period. */
  static String advice(ImageReference ref) {
    String image = ref.original();
    String error = ref.error().orElse("");
    if (PLACEHOLDER.matcher(image).find()) {
      return "it looks like a placeholder that was never substituted: render or substitute the manifest before applying it";
    }
    if (error.contains("64-byte hexadecimal")) {
      return "a bare image ID cannot be pulled: name the repository and pin the ID as a digest, e.g. repository@sha256:" + image;
    }
    if (SCHEME.matcher(image).find()) {
      return "image references have no URL scheme: remove \"" + image.substring(0, image.indexOf("://") + 3) + "\"";
    }
    if (image.codePoints().anyMatch(GoStrings::isSpace)) {
      return "a reference cannot contain whitespace";
    }
    if (image.endsWith(":")) {
      return "the tag after ':' is empty: write a tag or remove the ':'";
    }
    if (image.endsWith("@")) {
      return "the digest after '@' is empty: write a digest such as sha256:<64 hex digits> or remove the '@'";
    }
    if (error.equals("unsupported digest algorithm")) {
      return "the kubelet supports digests with sha256, sha384 and sha512 only";
    }
    if (error.equals("invalid checksum digest length")) {
      return "a digest has exactly 64 (sha256), 96 (sha384) or 128 (sha512) hex digits";
    }
    if (error.equals("invalid checksum digest format")) {
      return "a digest is sha256:, sha384: or sha512: followed by lowercase hex digits";
    }
    int at = image.indexOf('@');
    if (at >= 0 && ref.errorOffset() > at && error.equals("invalid reference format")) {
      return "a digest is an algorithm, ':' and at least 32 hex digits, such as sha256: followed by 64 lowercase hex digits";
    }
    String lastPart = image.substring(image.lastIndexOf('/', at >= 0 ? at : image.length()) + 1, at >= 0 ? at : image.length());
    if (lastPart.indexOf(':') != lastPart.lastIndexOf(':')) {
      return "only one ':' may introduce the tag (a registry port goes before the first '/'), and a tag cannot contain ':'";
    }
    if (error.startsWith("repository name must not be more than")) {
      return "shorten the repository path (registry excluded) to at most 255 characters";
    }
    return "a reference has the form [registry[:port]/]path[:tag][@sha256:digest], where path components use"
        + " lowercase letters and digits separated by '.', '_', '__' or dashes, and a tag is up to 128 letters,"
        + " digits, '_', '.' and '-' not starting with '.' or '-'";
  }

  private static Optional<String> firstUsable(List<String> candidates, String original) {
    return candidates.stream()
        .filter(c -> !c.equals(original) && !c.isEmpty())
        .filter(c -> {
          ImageReference r = ImageReference.parse(c);
          return r.isValid() && !r.uppercaseFirstComponentTreatedAsRegistry();
        })
        .findFirst();
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** {@code name + tag + digest == image}; tag starts with ':' and digest with '@' when present. */
  private record Parts(String name, String tag, String digest) {
    static Parts of(String image) {
      int at = image.indexOf('@');
      String beforeDigest = at >= 0 ? image.substring(0, at) : image;
      String digest = at >= 0 ? image.substring(at) : "";
      int colon = beforeDigest.indexOf(':', beforeDigest.lastIndexOf('/') + 1);
      return colon >= 0
          ? new Parts(beforeDigest.substring(0, colon), beforeDigest.substring(colon), digest)
          : new Parts(beforeDigest, "", digest);
    }
  }
}
