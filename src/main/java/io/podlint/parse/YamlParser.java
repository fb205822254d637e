package io.podlint.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Composes YAML text into located node trees, once per file. It never constructs Java objects
 * from tags, and it bounds aliases, nesting, node expansion and size.
 */
public final class YamlParser {
  /** Largest file accepted, in characters. */
  public static final int MAX_CHARS = 256 * 1024 * 1024;
  /** Deepest nesting accepted (Kubernetes objects rarely pass 20). */
  public static final int MAX_DEPTH = 200;
  /** Aliases to collections per document: defuses "billion laughs". */
  public static final int MAX_ALIASES = 100;
  /** Node visits per document, counting every alias expansion. */
  public static final int MAX_EXPANDED_NODES = 2_000_000;

  /** Read-only once built, so one serves every file and thread (building one costs a map of patterns). */
  private static final Resolver RESOLVER = new WordResolver();
  private static final Pattern COMMENT =
      Pattern.compile("(?:^|\\s)#\\s*((?:podlint|Source:)[^\\r\\n]*)");

  public ParsedFile parse(String source, byte[] bytes) {
    String text;
    try {
      text = decode(bytes);
    } catch (CharacterCodingException e) {
      int offset = firstBadUtf8(bytes);
      return failed(source, new ParseProblem(ParseProblem.Kind.ENCODING, locationOfByte(bytes, offset),
          "file is not valid UTF-8 (invalid byte 0x%02X at byte offset %d); save it as UTF-8"
              .formatted(bytes[offset] & 0xff, offset)));
    }
    return parse(source, text);
  }

  public ParsedFile parse(String source, String text) {
    if (text.length() > MAX_CHARS) {
      return failed(source, new ParseProblem(ParseProblem.Kind.LIMIT, new Location(1, 1),
          "file has %d characters, more than podlint's limit of %d".formatted(text.length(), MAX_CHARS)));
    }
    List<Document> documents = new ArrayList<>();
    List<ParseProblem> problems = new ArrayList<>();
    List<ParsedFile.Comment> comments = scanComments(text);
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true); // reported as findings instead
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit(MAX_CHARS);
    options.setAllowRecursiveKeys(false);
    options.setProcessComments(false);
    ShapeComposer composer = new ShapeComposer(new ParserImpl(StringStreamReader.of(text), options), RESOLVER, options);
    int docIndex = 0;
    int objectIndex = 0;
    int previousEnd = 0;
    try {
      while (composer.checkNode()) {
        Node root = composer.getNode();
        docIndex++;
        if (root == null) {
          continue;
        }
        int afterLine = previousEnd;
        previousEnd = root.getEndMark() == null ? previousEnd : root.getEndMark().getLine() + 1;
        String limit = composer.finish(root, problems);
        if (limit != null) {
          problems.add(new ParseProblem(ParseProblem.Kind.LIMIT, locationOf(root.getStartMark()), limit));
          continue;
        }
        YamlNode yaml = YamlNode.root(root, text);
        if (!yaml.isMapping()) {
          continue; // not a Kubernetes object: skipped quietly
        }
        ParsedFile.Comment helm = helmSource(comments, afterLine, root.getStartMark());
        String templateSource = helm == null ? null : helm.text().substring("Source:".length()).trim();
        int templateLine = helm == null ? 0 : helm.line();
        if (Document.isList(yaml)) {
          for (YamlNode item : yaml.get("items").items()) {
            if (item.isMapping()) {
              documents.add(Document.ofItem(source, objectIndex++, item, yaml, templateSource, templateLine));
            }
          }
        } else {
          documents.add(Document.of(source, objectIndex++, yaml, templateSource, templateLine));
        }
      }
    } catch (org.yaml.snakeyaml.reader.ReaderException e) {
      // SnakeYAML reports unprintable characters without a usable position: find it ourselves.
      ParseProblem unprintable = firstUnprintable(text);
      problems.add(unprintable != null ? unprintable
          : new ParseProblem(ParseProblem.Kind.ENCODING, new Location(1, 1), describe(e)));
    } catch (MarkedYAMLException e) {
      problems.add(syntaxProblem(e, text.contains("{{")));
    } catch (YAMLException | IllegalStateException | IllegalArgumentException e) {
      // Limits and reader errors that carry no mark.
      problems.add(new ParseProblem(ParseProblem.Kind.LIMIT, new Location(1, 1), describe(e)));
    } catch (StackOverflowError e) {
      problems.add(new ParseProblem(ParseProblem.Kind.LIMIT, new Location(1, 1),
          "document nests too deeply to be read"));
    }
    return new ParsedFile(source, documents, problems, comments);
  }

  /**
   * YAML allows only printable characters; SnakeYAML reports others without a position, so find
   * the first one ourselves (binary files, NUL bytes, stray control characters).
   */
  private static ParseProblem firstUnprintable(String text) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean printable = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0x7E) || c == 0x85
          || (c >= 0xA0 && c <= 0xFFFD && c != 0xFEFF || c == 0xFEFF && i == 0);
      if (!printable) {
        return new ParseProblem(ParseProblem.Kind.ENCODING, new Location(line, column),
            "character U+%04X is not allowed in YAML%s".formatted((int) c,
                c == 0 ? " (a NUL byte: is this a binary file?)" : ""));
      }
      if (c == '\n') {
        line++;
        column = 1;
      } else if (!Character.isLowSurrogate(c)) {
        column++;
      }
    }
    return null;
  }

  private static ParsedFile failed(String source, ParseProblem problem) {
    return new ParsedFile(source, List.of(), List.of(problem), List.of());
  }

  /**
   * Walks a document once: reports duplicate keys and returns a message when alias expansion or
   * nesting exceeds the bounds (then the document is not linted). {@link ShapeComposer} finds the
   * same while composing a document without anchors, and walks only the others.
   */
  static String checkShape(Node root, List<ParseProblem> problems) {
    return new ShapeWalk(problems).walk(root, 0, true);
  }

  static String tooManyNodes() {
    return "document expands to more than %d nodes through aliases; refusing to read it (alias bomb?)"
        .formatted(MAX_EXPANDED_NODES);
  }

  static String tooDeep() {
    return "document nests deeper than %d levels (or an alias refers to itself)".formatted(MAX_DEPTH);
  }

  /** The state of one {@link #checkShape} walk. */
  private static final class ShapeWalk {
    private final List<ParseProblem> problems;
    private int visits;
    /**
     * Anchored nodes already walked: only they can be reached twice (through aliases), and their
     * subtrees are then walked again only to count nodes. Created at the first anchor: most
     * documents have none.
     */
    private Map<Node, Boolean> anchored;

    ShapeWalk(List<ParseProblem> problems) {
      this.problems = problems;
    }

    /** @param checkKeys report duplicate keys (false inside a subtree reached again by an alias) */
    String walk(Node node, int depth, boolean checkKeys) {
      if (++visits > MAX_EXPANDED_NODES) {
        return tooManyNodes();
      }
      if (depth > MAX_DEPTH) {
        return tooDeep();
      }
      boolean check = checkKeys && (node.getAnchor() == null || firstVisit(node));
      if (node instanceof MappingNode m) {
        List<NodeTuple> tuples = m.getValue();
        if (check) {
          reportDuplicateKeys(tuples, problems);
        }
        for (NodeTuple t : tuples) {
          String r = walk(t.getKeyNode(), depth + 1, check);
          if (r == null) {
            r = walk(t.getValueNode(), depth + 1, check);
          }
          if (r != null) {
            return r;
          }
        }
      } else if (node instanceof SequenceNode s) {
        for (Node n : s.getValue()) {
          String r = walk(n, depth + 1, check);
          if (r != null) {
            return r;
          }
        }
      }
      return null;
    }

    private boolean firstVisit(Node anchoredNode) {
      if (anchored == null) {
        anchored = new IdentityHashMap<>();
      }
      return anchored.put(anchoredNode, Boolean.TRUE) == null;
    }
  }

  /** Reports each repeated scalar key at its second occurrence (merge keys excepted). */
  static void reportDuplicateKeys(List<NodeTuple> tuples, List<ParseProblem> problems) {
    int n = tuples.size();
    if (n < 2) {
      return;
    }
    // Most mappings are small: comparing pairs is cheaper than filling a hash map.
    Map<String, Node> seen = n > 12 ? new HashMap<>() : null;
    for (int i = 0; i < n; i++) {
      if (!(tuples.get(i).getKeyNode() instanceof ScalarNode k) || "<<".equals(k.getValue())) {
        continue;
      }
      Node previous = null;
      if (seen != null) {
        previous = seen.putIfAbsent(k.getValue(), k);
      } else {
        for (int j = 0; j < i && previous == null; j++) {
          if (tuples.get(j).getKeyNode() instanceof ScalarNode other && other.getValue().equals(k.getValue())) {
            previous = other;
          }
        }
      }
      if (previous != null) {
        problems.add(new ParseProblem(ParseProblem.Kind.DUPLICATE_KEY, locationOf(k.getStartMark()),
            "key \"%s\" is repeated (first at line %d); the API server rejects duplicate fields in strict mode, otherwise the last value silently wins"
                .formatted(k.getValue(), previous.getStartMark().getLine() + 1)));
      }
    }
  }

  private static ParseProblem syntaxProblem(MarkedYAMLException e, boolean looksLikeTemplate) {
    Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
    StringBuilder msg = new StringBuilder();
    if (e.getContext() != null) {
      msg.append(e.getContext()).append(": ");
    }
    msg.append(e.getProblem() == null ? "invalid YAML" : e.getProblem());
    String m = msg.toString().replace('\n', ' ').replaceAll("\\s+", " ").trim();
    if (m.startsWith("Global tag is not allowed")) {
      m = "YAML tag " + m.substring(m.indexOf(':') + 1).trim().replace("tag:yaml.org,2002:", "!!")
          + " is not allowed: podlint never builds objects from tags, and Kubernetes does not use them";
    } else if (m.contains("'\\t'") || m.contains("\\t(TAB)") || m.contains("TAB")) {
      m += "; YAML does not allow tabs for indentation, use spaces";
    } else if (looksLikeTemplate) {
      m += "; is this an unrendered Helm template? Lint the output of `helm template` instead";
    }
    return new ParseProblem(ParseProblem.Kind.SYNTAX, locationOf(mark), m);
  }

  private static String describe(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    m = m.replace('\n', ' ').replaceAll("\\s+", " ").trim();
    if (m.contains("aliases")) {
      m += " (podlint bounds aliases to defuse alias bombs)";
    }
    return m;
  }

  private static Location locationOf(Mark mark) {
    return mark == null ? new Location(1, 1) : new Location(mark.getLine() + 1, mark.getColumn() + 1);
  }

  private static String decode(byte[] bytes) throws CharacterCodingException {
    int n = bytes.length;
    if (n >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
      return strict(StandardCharsets.UTF_16BE).decode(ByteBuffer.wrap(bytes, 2, n - 2)).toString();
    }
    if (n >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
      return strict(StandardCharsets.UTF_16LE).decode(ByteBuffer.wrap(bytes, 2, n - 2)).toString();
    }
    if (n >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
      return strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes, 3, n - 3)).toString();
    }
    // Fast path: the JDK's own decoder; only text that decoded to U+FFFD needs the strict check.
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') >= 0) {
      strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes));
    }
    return text;
  }

  private static CharsetDecoder strict(java.nio.charset.Charset cs) {
    return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static int firstBadUtf8(byte[] bytes) {
    CharsetDecoder d = strict(StandardCharsets.UTF_8);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
    var result = d.decode(in, out, true);
    return result.isError() ? Math.min(in.position(), bytes.length - 1) : 0;
  }

  private static Location locationOfByte(byte[] bytes, int offset) {
    int line = 1;
    int col = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
        col = 1;
      } else if ((bytes[i] & 0xC0) != 0x80) {
        col++;
      }
    }
    return new Location(line, col);
  }

  /**
   * Comments podlint acts on: {@code # podlint...} directives and Helm {@code # Source:} markers.
   * Lines are those of {@code text.split("\\r?\\n", -1)}; only lines holding a {@code #} are
   * cut out of the text (splitting every line of a rendered chart cost a sixth of the parse).
   */
  static List<ParsedFile.Comment> scanComments(String text) {
    List<ParsedFile.Comment> out = new ArrayList<>();
    if (!text.contains("podlint") && !text.contains("Source:")) {
      return out;
    }
    Lines lines = new Lines(text);
    int n = lines.count();
    int i = 0;
    for (int hash = text.indexOf('#'); hash >= 0 && i < n; hash = text.indexOf('#', lines.start(i))) {
      i = lines.indexOf(hash, i);
      String line = lines.line(i);
      if (line.contains("podlint") || line.contains("Source:")) {
        Matcher m = COMMENT.matcher(line);
        if (m.find()) {
          int at = line.lastIndexOf('#', m.start(1));
          boolean standalone = line.substring(0, at).isBlank();
          int target = i + 1;
          if (standalone) {
            target = i + 2;
            while (target <= n && (lines.line(target - 1).isBlank() || lines.line(target - 1).trim().startsWith("#"))) {
              target++;
            }
          }
          out.add(new ParsedFile.Comment(i + 1, m.start(1) + 1, m.group(1).trim(), target));
        }
      }
      i++;
    }
    return out;
  }

  /** The lines of a text as {@code split("\\r?\\n", -1)} gives them, by offsets, cut out on demand. */
  private static final class Lines {
    private final String text;
    /** Start offset of each line, and one past the last line's end (as if a newline followed it). */
    private int[] starts = new int[64];
    private int count;

    Lines(String text) {
      this.text = text;
      int from = 0;
      for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
        add(from);
        from = nl + 1;
      }
      add(from);
      add(text.length() + 1);
      count--;
    }

    private void add(int start) {
      if (count == starts.length) {
        starts = java.util.Arrays.copyOf(starts, count * 2);
      }
      starts[count++] = start;
    }

    int count() {
      return count;
    }

    int start(int i) {
      return starts[i];
    }

    /** The line holding offset {@code at}, searching forward from line {@code from}. */
    int indexOf(int at, int from) {
      int i = from;
      while (starts[i + 1] <= at) {
        i++;
      }
      return i;
    }

    /** Line {@code i} without its line break ({@code \r\n} or {@code \n}; a lone {@code \r} stays). */
    String line(int i) {
      int end = starts[i + 1] - 1;
      if (i < count - 1 && end > starts[i] && text.charAt(end - 1) == '\r') {
        end--;
      }
      return text.substring(starts[i], end);
    }
  }

  /**
   * The nearest Helm {@code # Source:} comment at or above a document start and after the end of
   * the previous document (so that manifests appended after Helm output are not attributed to its
   * last template), or null.
   */
  private static ParsedFile.Comment helmSource(List<ParsedFile.Comment> comments, int afterLine, Mark start) {
    if (start == null) {
      return null;
    }
    int line = start.getLine() + 1;
    ParsedFile.Comment found = null;
    for (ParsedFile.Comment c : comments) {
      if (c.line() > line) {
        break;
      }
      if (c.line() > afterLine && c.text().startsWith("Source:") && c.text().length() > "Source:".length()) {
        found = c;
      }
    }
    return found;
  }
}
