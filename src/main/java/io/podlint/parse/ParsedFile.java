package io.podlint.parse;

import java.util.List;

/** The Kubernetes objects of one file and the problems met while reading it. */
public record ParsedFile(String source, List<Document> documents, List<ParseProblem> problems,
    List<Comment> comments) {
  public ParsedFile {
    documents = List.copyOf(documents);
    problems = List.copyOf(problems);
    comments = List.copyOf(comments);
  }

  /** A comment line that podlint acts on (suppressions, Helm source markers). */
  public record Comment(int line, int column, String text) {}
}
