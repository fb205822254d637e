package io.podlint.rules.image;

/** Go string semantics the API server applies to {@code image}, and quoting for messages. */
final class GoStrings {
  private GoStrings() {}

  /** Go's {@code strings.TrimSpace}, which the API server uses to reject surrounding whitespace. */
  static String trimSpace(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isSpace(s.codePointAt(start))) {
      start += Character.charCount(s.codePointAt(start));
    }
    while (end > start && isSpace(s.codePointBefore(end))) {
      end -= Character.charCount(s.codePointBefore(end));
    }
    return s.substring(start, end);
  }

  /** Go's {@code unicode.IsSpace}. */
  static boolean isSpace(int cp) {
    return switch (cp) {
      case '\t', '\n', 0x0B, '\f', '\r', ' ', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000 -> true;
      default -> cp >= 0x2000 && cp <= 0x200A;
    };
  }

  /** The string in double quotes, with quotes, backslashes, whitespace other than ' ' and controls escaped. */
  static String quote(String s) {
    if (isPrintableAscii(s)) {
      return "\"" + s + "\""; // the usual image: nothing to escape
    }
    StringBuilder b = new StringBuilder("\"");
    s.codePoints().forEach(cp -> {
      switch (cp) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        default -> {
          if (cp != ' ' && (isSpace(cp) || Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT)) {
            b.append("\\u%04X".formatted(cp));
          } else {
            b.appendCodePoint(cp);
          }
        }
      }
    });
    return b.append('"').toString();
  }

  /** Only ' ' to '~', without '"' or '\\': what {@link #quote} leaves as it is. */
  private static boolean isPrintableAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < ' ' || c > '~' || c == '"' || c == '\\') {
        return false;
      }
    }
    return true;
  }
}
