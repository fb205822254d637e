package io.podlint.k8s;

import io.podlint.parse.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a preStop hook waits before the kubelet sends SIGTERM, as far as the manifest shows:
 * the {@code sleep} handler ({@code sleep: {seconds: 5}}) or sleep commands in an exec handler
 * ({@code ["sleep", "5"]}, {@code ["sh", "-c", "sleep 5 && nginx -s quit"]}).
 *
 * <p>For exec handlers the result is a lower bound: only sleeps that certainly run are counted
 * (top-level commands of the script, not backgrounded, not after {@code ||}, not in a pipeline,
 * and none after the first compound command such as {@code if} or {@code while}); other commands
 * take unknown time.
 */
public final class PreStopDelay {
  private static final Set<String> SHELLS = Set.of("sh", "bash", "ash", "dash", "ksh", "zsh");
  private static final Set<String> COMPOUND = Set.of("if", "then", "else", "elif", "fi", "while",
      "until", "for", "do", "done", "case", "esac", "select", "function", "{", "}", "[[", "!");
  /** GNU coreutils and busybox {@code sleep} operands: a decimal number with an optional unit. */
  private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)([smhd]?)");
  private static final Pattern ASSIGNMENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*=.*");

  private PreStopDelay() {}

  /**
   * The seconds a preStop handler (the mapping under {@code lifecycle.preStop}) waits at least,
   * or empty when it is no recognisable sleep (an httpGet, a script file, a malformed sleep).
   * {@code sleep infinity} gives positive infinity.
   */
  public static OptionalDouble seconds(YamlNode preStop) {
    YamlNode sleepSeconds = preStop.at("sleep.seconds");
    if (sleepSeconds.isPresent()) {
      Optional<Long> n = sleepSeconds.asLong();
      return n.isPresent() && n.get() >= 0 ? OptionalDouble.of(n.get()) : OptionalDouble.empty();
    }
    YamlNode command = preStop.at("exec.command");
    List<String> argv = new ArrayList<>();
    for (YamlNode item : command.items()) {
      if (!item.isScalar()) {
        return OptionalDouble.empty();
      }
      argv.add(item.text());
    }
    return ofCommand(argv);
  }

  /** The delay of an exec command line, such as {@code ["/bin/sh", "-c", "sleep 10"]}. */
  public static OptionalDouble ofCommand(List<String> argv) {
    if (argv.isEmpty()) {
      return OptionalDouble.empty();
    }
    String program = baseName(argv.get(0));
    if (program.equals("sleep")) {
      return sleepOperands(argv.subList(1, argv.size()));
    }
    if (program.equals("busybox") && argv.size() > 1 && argv.get(1).equals("sleep")) {
      return sleepOperands(argv.subList(2, argv.size()));
    }
    if (!SHELLS.contains(program)) {
      return OptionalDouble.empty();
    }
    for (int i = 1; i < argv.size(); i++) {
      String arg = argv.get(i);
      if (arg.equals("-o") || arg.equals("+o")) {
        i++; // the option name, such as pipefail
      } else if (arg.startsWith("-") && !arg.startsWith("--") && arg.length() > 1) {
        if (arg.indexOf('c') > 0) {
          return i + 1 < argv.size() ? ofScript(argv.get(i + 1)) : OptionalDouble.empty();
        }
      } else if (!arg.startsWith("--") && !(arg.startsWith("+") && arg.length() > 1)) {
        return OptionalDouble.empty(); // a script file: its content is unknown
      }
    }
    return OptionalDouble.empty();
  }

  /** The delay of a shell script, counting the sleeps that certainly run. */
  public static OptionalDouble ofScript(String script) {
    double total = 0;
    boolean found = false;
    List<List<String>> commands = new ArrayList<>();
    List<String> separators = new ArrayList<>(); // separators.get(i) follows commands.get(i)
    List<String> words = new ArrayList<>();
    for (String token : ShellTokens.of(script)) {
      if (ShellTokens.isOperator(token)) {
        commands.add(words);
        separators.add(token);
        words = new ArrayList<>();
      } else {
        words.add(token);
      }
    }
    commands.add(words);
    separators.add(";");
    for (int i = 0; i < commands.size(); i++) {
      List<String> cmd = stripPrefixes(commands.get(i));
      if (cmd.isEmpty()) {
        continue;
      }
      if (COMPOUND.contains(cmd.get(0)) || cmd.get(0).equals(ShellTokens.COMPLEX)) {
        break; // the rest runs inside a construct whose flow is unknown
      }
      String before = i == 0 ? ";" : separators.get(i - 1);
      String after = separators.get(i);
      boolean certain = !before.equals("||") && !before.equals("|") && !after.equals("|") && !after.equals("&");
      if (!certain) {
        continue;
      }
      OptionalDouble d = ofCommand(cmd); // present only for sleep, or a nested shell that sleeps
      if (d.isPresent()) {
        total += d.getAsDouble();
        found = true;
      }
    }
    return found ? OptionalDouble.of(total) : OptionalDouble.empty();
  }

  /**
   * The seconds {@code sleep} waits for these operands (summed, as GNU and busybox sleep do), or
   * empty when an operand is invalid or unknown (a variable), which makes sleep fail at once.
   */
  static OptionalDouble sleepOperands(List<String> operands) {
    if (operands.isEmpty()) {
      return OptionalDouble.empty();
    }
    double total = 0;
    for (String op : operands) {
      if (op.equals("infinity") || op.equals("inf")) {
        return OptionalDouble.of(Double.POSITIVE_INFINITY);
      }
      Matcher m = DURATION.matcher(op);
      if (!m.matches()) {
        return OptionalDouble.empty();
      }
      double value = Double.parseDouble(m.group(1));
      total += switch (m.group(2)) {
        case "m" -> value * 60;
        case "h" -> value * 3600;
        case "d" -> value * 86400;
        default -> value;
      };
    }
    return OptionalDouble.of(total);
  }

  /** Drops {@code VAR=value} assignments and an {@code exec} before the command name. */
  private static List<String> stripPrefixes(List<String> cmd) {
    int start = 0;
    while (start < cmd.size() && (ASSIGNMENT.matcher(cmd.get(start)).matches() || cmd.get(start).equals("exec"))) {
      start++;
    }
    return cmd.subList(start, cmd.size());
  }

  private static String baseName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
