package io.podlint.rules.probes;

import io.podlint.parse.YamlNode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An argv whose first element is a whole command line, such as {@code ["curl -f localhost"]}:
 * no shell runs, so the runtime looks for an executable literally named {@code curl -f localhost}.
 */
public final class UnsplitCommand {
  private static final Pattern INNER_SPACE = Pattern.compile("\\S\\s+\\S");
  private static final Pattern SHELL_SYNTAX = Pattern.compile("[|&;<>()$`\\\\\"'*?~{}\\[\\]]");

  private UnsplitCommand() {}

  /** The first element when it contains whitespace between words; empty otherwise. */
  public static Optional<YamlNode> firstElementWithSpaces(YamlNode command) {
    List<YamlNode> items = command.items();
    if (items.isEmpty() || !items.get(0).isString()) {
      return Optional.empty();
    }
    YamlNode first = items.get(0);
    return INNER_SPACE.matcher(first.text()).find() ? Optional.of(first) : Optional.empty();
  }

  /**
   * How to fix an argv whose first element holds a command line: split it into words when that
   * is all it needs, otherwise run the whole line through a shell (pipes, redirections,
   * variables, quotes and globs need one).
   *
   * @param hasArgs the container also has {@code args}, which would have to move into the shell line
   */
  public static String fix(List<String> argv, boolean hasArgs) {
    List<String> rest = argv.subList(1, argv.size());
    String line = Stream.concat(Stream.of(argv.get(0).strip()), rest.stream()).collect(Collectors.joining(" "));
    String shell = "run it through a shell: " + quoted(List.of("sh", "-c", line))
        + (hasArgs ? " (and move args into that string)" : "");
    if (argv.stream().anyMatch(a -> SHELL_SYNTAX.matcher(a).find())) {
      return shell;
    }
    List<String> words = Stream.concat(Arrays.stream(argv.get(0).strip().split("\\s+")), rest.stream()).toList();
    return "split it into one element per word: " + quoted(words) + ", or " + shell;
  }

  /** The elements of a command, for {@link #fix}; non-scalars as empty strings. */
  public static List<String> texts(YamlNode command) {
    return command.items().stream().map(i -> i.text("")).toList();
  }

  private static String quoted(List<String> argv) {
    return argv.stream().map(a -> "\"" + a.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
        .collect(Collectors.joining(", ", "[", "]"));
  }
}
