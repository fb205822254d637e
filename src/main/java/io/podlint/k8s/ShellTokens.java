package io.podlint.k8s;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A small POSIX-shell tokenizer, good enough to find the simple commands of a one-line hook
 * script: words (quotes and backslashes resolved) and the list operators {@code ; && || & |}
 * (a newline counts as {@code ;}). Redirections and comments are dropped. Anything it does not
 * model (subshells, command substitution, here-documents) becomes the word {@link #COMPLEX}.
 */
final class ShellTokens {
  /** Stands for a construct whose effect is unknown. */
  static final String COMPLEX = "\u0000complex";
  private static final Set<String> OPERATORS = Set.of(";", "&&", "||", "&", "|");

  private final String s;
  private int i;
  private final List<String> out = new ArrayList<>();

  private ShellTokens(String s) {
    this.s = s;
  }

  static List<String> of(String script) {
    ShellTokens t = new ShellTokens(script);
    t.run();
    return t.out;
  }

  static boolean isOperator(String token) {
    return OPERATORS.contains(token);
  }

  private void run() {
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\r') {
        i++;
      } else if (c == '\n' || c == ';') {
        out.add(";");
        i++;
      } else if (c == '#') {
        while (i < s.length() && s.charAt(i) != '\n') {
          i++;
        }
      } else if (c == '&' || c == '|') {
        if (c == '&' && peek(1) == '>') {
          i += 2;
          skipRedirectionTarget();
        } else if (peek(1) == c) {
          out.add(String.valueOf(c) + c);
          i += 2;
        } else {
          out.add(String.valueOf(c));
          i++;
        }
      } else if (c == '>' || c == '<') {
        redirection();
      } else if (c == '(' || c == ')') {
        out.add(COMPLEX);
        i++;
      } else {
        word();
      }
    }
  }

  private void word() {
    StringBuilder w = new StringBuilder();
    boolean complex = false;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (" \t\r\n;&|()<>".indexOf(c) >= 0) {
        if ((c == '>' || c == '<') && w.chars().allMatch(Character::isDigit) && !w.isEmpty()) {
          redirection(); // a file descriptor number such as the 2 of 2>&1
          return;
        }
        break;
      }
      if (c == '\'') {
        int end = s.indexOf('\'', i + 1);
        end = end < 0 ? s.length() : end;
        w.append(s, i + 1, end);
        i = end + 1;
      } else if (c == '"') {
        i++;
        while (i < s.length() && s.charAt(i) != '"') {
          char d = s.charAt(i);
          if (d == '\\' && i + 1 < s.length()) {
            d = s.charAt(++i);
          } else if (d == '`' || (d == '$' && peek(1) == '(')) {
            complex = true;
          }
          w.append(d);
          i++;
        }
        i++;
      } else if (c == '\\') {
        if (i + 1 < s.length() && s.charAt(i + 1) != '\n') {
          w.append(s.charAt(i + 1));
        }
        i += 2;
      } else if (c == '`' || (c == '$' && peek(1) == '(')) {
        complex = true;
        skipSubstitution();
      } else {
        w.append(c);
        i++;
      }
    }
    out.add(complex ? COMPLEX : w.toString());
  }

  /** At {@code >}, {@code >>}, {@code >&}, {@code <} and friends: drops the operator and its target. */
  private void redirection() {
    char c = s.charAt(i);
    if (c == '<' && peek(1) == '<') {
      out.add(COMPLEX); // a here-document: its body would be read as commands
      i = s.length();
      return;
    }
    i++;
    while (i < s.length() && (s.charAt(i) == '>' || s.charAt(i) == '&' || s.charAt(i) == '|')) {
      i++;
    }
    skipRedirectionTarget();
  }

  private void skipRedirectionTarget() {
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
      i++;
    }
    int before = out.size();
    if (i < s.length() && " \t\r\n;&|()<>".indexOf(s.charAt(i)) < 0) {
      word();
    }
    while (out.size() > before) {
      out.remove(out.size() - 1);
    }
  }

  /** Skips a {@code $( ... )} or backtick substitution, nesting included. */
  private void skipSubstitution() {
    if (s.charAt(i) == '`') {
      int end = s.indexOf('`', i + 1);
      i = end < 0 ? s.length() : end + 1;
      return;
    }
    int depth = 0;
    i++; // the $
    while (i < s.length()) {
      char c = s.charAt(i++);
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return;
      }
    }
  }

  private char peek(int ahead) {
    return i + ahead < s.length() ? s.charAt(i + ahead) : '\0';
  }
}
