package io.podlint.describe;

import io.podlint.describe.PodLifecycle.Note;
import io.podlint.engine.LintResult;
import io.podlint.engine.SourceFile;
import io.podlint.model.Finding;
import io.podlint.model.Severity;
import io.podlint.model.Workload;
import io.podlint.parse.Document;
import io.podlint.parse.ParsedFile;
import io.podlint.parse.YamlParser;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The description of every workload of some files, after a lint run over the whole input.
 *
 * @param workloads one per object with a pod template, in input order
 * @param otherErrors error findings of these files that belong to no workload (a YAML syntax
 *     error, a broken NetworkAttachmentDefinition), each with its file
 */
public record Description(List<PodLifecycle> workloads, List<FileNote> otherErrors) {

  public Description {
    workloads = List.copyOf(workloads);
    otherErrors = List.copyOf(otherErrors);
  }

  /** A note with the file it is in. */
  public record FileNote(String file, Note note) {}

  /** Whether some workload or file has an error finding (the command then exits with 1). */
  public boolean hasErrors() {
    return !otherErrors.isEmpty() || workloads.stream().anyMatch(PodLifecycle::hasErrors);
  }

  /**
   * Describes the workloads of {@code sources}, reading them again (the linter keeps no trees) and
   * giving each the findings of {@code result} that point into its object.
   *
   * @param result the lint run over {@code sources} and any context files
   * @param customKinds extra workload kinds and the path of their pod template
   */
  public static Description of(LintResult result, List<SourceFile> sources, Map<String, String> customKinds,
      Describer describer) {
    Map<String, List<Finding>> byFile = new HashMap<>();
    for (Finding f : result.findings()) {
      byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
    }
    List<PodLifecycle> out = new ArrayList<>();
    List<FileNote> other = new ArrayList<>();
    for (SourceFile source : sources) {
      List<Finding> findings = byFile.getOrDefault(source.displayName(), List.of());
      List<Document> documents = read(source);
      Map<Document, List<Finding>> owned = new java.util.IdentityHashMap<>();
      for (Finding f : findings) {
        Optional<Document> d = owner(f, documents);
        if (d.isPresent()) {
          owned.computeIfAbsent(d.get(), k -> new ArrayList<>()).add(f);
        }
      }
      for (Document d : documents) {
        Optional<Workload> w = Workload.of(d, customKinds);
        if (w.isPresent()) {
          out.add(describer.describe(w.get(), owned.getOrDefault(d, List.of()), result.index()));
        } else {
          owned.remove(d);
        }
      }
      for (Finding f : findings) {
        boolean inWorkload = owned.values().stream().anyMatch(list -> list.contains(f));
        if (!inWorkload && f.severity() == Severity.ERROR) {
          other.add(new FileNote(f.file(), Notes.note(f, "")));
        }
      }
    }
    return new Description(out, other);
  }

  /** The parsed objects of a file; none when it cannot be read (the lint run reported that). */
  private static List<Document> read(SourceFile source) {
    try {
      byte[] bytes = source.content() != null ? source.content() : Files.readAllBytes(source.path());
      ParsedFile parsed = new YamlParser().parse(source.displayName(), bytes);
      return parsed.documents();
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }

  /**
   * The object a finding is about: same kind, name and namespace; among several such objects in
   * the file, the last one that starts at or before the finding's line.
   */
  static Optional<Document> owner(Finding f, List<Document> documents) {
    if (f.resource() == null) {
      return Optional.empty();
    }
    Document best = null;
    for (Document d : documents) {
      boolean same = Objects.equals(d.kind(), f.resource().kind()) && Objects.equals(d.name(), f.resource().name())
          && Objects.equals(d.namespace(), f.resource().namespace());
      if (same && (best == null || d.root().location().line() <= f.line())) {
        best = d;
      }
    }
    return Optional.ofNullable(best);
  }
}
