package io.podlint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text that a check takes from its policy file instead of writing it in Java: an entry of the
 * policy's {@code texts:} mapping (say, the consequence for a StatefulSet), with the named
 * placeholders ({@code {kind}}) the check fills with facts. A check declares the texts it uses in
 * {@link Check#texts()}; loading a policy with validation fails when the policy's texts and their
 * placeholders differ from the declared ones, and the test suite loads every built-in that way.
 *
 * @param name the key under {@code texts:}, in lower camel case
 * @param placeholders the names the check fills, in the order {@link #fill} takes their values
 */
public record PolicyText(String name, List<String> placeholders) {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)\\}");

  public PolicyText {
    placeholders = List.copyOf(placeholders);
  }

  public static PolicyText of(String name, String... placeholders) {
    return new PolicyText(name, List.of(placeholders));
  }

  /** The distinct placeholder names of {@code template}, in order of first appearance. */
  public static List<String> placeholdersOf(String template) {
    List<String> out = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(template);
    while (m.find()) {
      if (!out.contains(m.group(1))) {
        out.add(m.group(1));
      }
    }
    return out;
  }

  /** {@code template} with each placeholder replaced by the value given at its index. */
  public String fill(String template, Object... values) {
    if (values.length != placeholders.size()) {
      throw new IllegalArgumentException("text " + name + " takes " + placeholders + ", given " + values.length);
    }
    if (values.length == 0) {
      return template;
    }
    StringBuilder sb = new StringBuilder(template.length() + 32);
    Matcher m = PLACEHOLDER.matcher(template);
    int last = 0;
    while (m.find()) {
      int index = placeholders.indexOf(m.group(1));
      if (index < 0) {
        throw new IllegalStateException("text " + name + " has the unknown placeholder {" + m.group(1) + "}");
      }
      sb.append(template, last, m.start()).append(values[index]);
      last = m.end();
    }
    return sb.append(template, last, template.length()).toString();
  }
}
