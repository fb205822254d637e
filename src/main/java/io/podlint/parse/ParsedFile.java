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

  /**
   * A comment that podlint acts on (suppressions, Helm source markers).
   *
   * @param line the comment's line
   * @param column the column of the comment's text after {@code #}
   * @param text the comment's text after {@code #}, trimmed
   * @param targetLine the line the comment is about: its own line for a comment after code, the
   *     next line with code for a comment on a line of its own
   */
  public record Comment(int line, int column, String text, int targetLine) {}
}
