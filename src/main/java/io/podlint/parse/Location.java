package io.podlint.parse;

/** A 1-based line and column in a source file. */
public record Location(int line, int column) implements Comparable<Location> {
  public Location {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
    }
  }

  @Override
  public int compareTo(Location o) {
    int c = Integer.compare(line, o.line);
    return c != 0 ? c : Integer.compare(column, o.column);
  }

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
