package io.podlint.fix;

import io.podlint.engine.LintResult;
import io.podlint.engine.Linter;
import io.podlint.engine.SourceFile;
import io.podlint.model.Finding;
import io.podlint.parse.YamlParser;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code podlint fix} without the command line: lints the whole input (cross-file checks see every
 * file), applies the certain fixes of each file, and lints again, until no fix is left (a fix can
 * reveal another, such as a renamed field whose value then has a bad case). Files are changed in
 * memory only; the caller writes them. A pass whose result does not parse as cleanly as before is
 * dropped for that file, which is then left alone.
 */
public final class Fixer {
  /** More passes than any chain of fixes needs; a guard against fixes that undo each other. */
  static final int MAX_PASSES = 5;

  private final Linter linter;

  public Fixer(Linter linter) {
    this.linter = linter;
  }

  /** One input file as read, and as fixed. */
  public static final class FileState {
    final SourceFile source;
    final boolean bom;
    final String original;
    String text;
    boolean frozen;
    final List<Finding> applied = new ArrayList<>();

    FileState(SourceFile source, boolean bom, String original) {
      this.source = source;
      this.bom = bom;
      this.original = original;
      this.text = original;
    }

    public SourceFile source() {
      return source;
    }

    public String original() {
      return original;
    }

    public String text() {
      return text;
    }

    /** The fixed text as bytes, UTF-8 with the byte order mark the file had. */
    public byte[] bytes() {
      String t = bom ? "\uFEFF" + text : text;
      return t.getBytes(StandardCharsets.UTF_8);
    }

    public boolean changed() {
      return !text.equals(original);
    }

    /** The findings whose fixes were applied, in the order they were, with their positions then. */
    public List<Finding> applied() {
      return List.copyOf(applied);
    }
  }

  /** @param files every input in order; {@code remaining} is the lint of the fixed texts */
  public record Outcome(List<FileState> files, LintResult remaining) {
    public List<FileState> changed() {
      return files.stream().filter(FileState::changed).toList();
    }

    public int fixCount() {
      return files.stream().mapToInt(f -> f.applied.size()).sum();
    }
  }

  public Outcome run(List<SourceFile> sources) {
    return run(sources, name -> true);
  }

  /** As {@link #run(List)}, fixing only the files whose display names {@code fixable} accepts (the others are context). */
  public Outcome run(List<SourceFile> sources, java.util.function.Predicate<String> fixable) {
    Map<String, FileState> states = new LinkedHashMap<>();
    List<SourceFile> others = new ArrayList<>();
    for (SourceFile s : sources) {
      FileState st = fixable.test(s.displayName()) ? read(s) : null;
      if (st != null) {
        states.put(s.displayName(), st);
      } else {
        others.add(s); // unreadable or not UTF-8: linted as given, never rewritten
      }
    }
    LintResult result = lint(states, others);
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      Map<String, List<Finding>> byFile = new LinkedHashMap<>();
      for (Finding f : result.findings()) {
        FileState st = states.get(f.file());
        if (f.fix() != null && f.renderedFrom() == null && st != null && !st.frozen) {
          byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
        }
      }
      boolean any = false;
      for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
        FileState st = states.get(e.getKey());
        Edits.Applied applied = Edits.apply(st.text, e.getValue());
        if (applied.fixed().isEmpty() || applied.text().equals(st.text)) {
          continue;
        }
        if (parsesWorse(st.text, applied.text(), e.getKey())) {
          st.frozen = true;
          continue;
        }
        st.text = applied.text();
        st.applied.addAll(applied.fixed());
        any = true;
      }
      if (!any) {
        break;
      }
      result = lint(states, others);
    }
    return new Outcome(List.copyOf(states.values()), result);
  }

  private LintResult lint(Map<String, FileState> states, List<SourceFile> others) {
    List<SourceFile> in = new ArrayList<>();
    for (FileState st : states.values()) {
      in.add(SourceFile.ofBytes(st.source.displayName(), st.text.getBytes(StandardCharsets.UTF_8)));
    }
    in.addAll(others);
    return linter.lint(in);
  }

  /** A fix must never turn a file into one with more YAML problems or another number of objects. */
  private static boolean parsesWorse(String before, String after, String name) {
    var a = new YamlParser().parse(name, before);
    var b = new YamlParser().parse(name, after);
    return b.problems().size() > a.problems().size() || b.documents().size() != a.documents().size();
  }

  /** The file's text, when it is a readable UTF-8 file (a byte order mark is kept aside). */
  private static FileState read(SourceFile s) {
    byte[] bytes;
    try {
      bytes = s.content() != null ? s.content() : s.path() != null && Files.isRegularFile(s.path())
          ? Files.readAllBytes(s.path()) : null;
    } catch (IOException e) {
      return null;
    }
    if (bytes == null) {
      return null;
    }
    boolean bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF;
    try {
      String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes, bom ? 3 : 0, bytes.length - (bom ? 3 : 0))).toString();
      if (text.startsWith("\uFEFF")) {
        return null;
      }
      return new FileState(s, bom, text);
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
