package io.podlint.render;

import io.podlint.engine.Attribution;
import io.podlint.parse.Document;
import io.podlint.parse.Location;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Findings of a chart podlint rendered go to the template named by Helm's {@code # Source:}
 * comment, under the chart folder as the user wrote it. The line is the template line that reads
 * like the rendered one (the nearest to the position counted from the comment when several do);
 * when the rendered text is not in the template (it came from values or a helper), the template's
 * first line, and the rendered position stays in the finding.
 */
final class HelmAttribution implements Attribution {
  private final Path chartDir;
  private final String chartDisplay;
  private final String[] rendered;
  private final Map<String, List<String>> templates = new ConcurrentHashMap<>();

  HelmAttribution(Path chartDir, String chartDisplay, String renderedText) {
    this.chartDir = chartDir;
    this.chartDisplay = Renderer.norm(chartDisplay);
    this.rendered = renderedText.split("\r?\n", -1);
  }

  /** {@code shop/templates/x.yaml} (Helm starts with the chart's name) inside the chart folder. */
  private static String inChart(String templateSource) {
    int slash = templateSource.indexOf('/');
    return slash < 0 ? null : templateSource.substring(slash + 1);
  }

  @Override
  public String sourceOf(Document d) {
    String rel = d.templateSource() == null ? null : inChart(d.templateSource());
    return rel == null ? null : join(rel);
  }

  private String join(String rel) {
    return chartDisplay.equals(".") ? rel : chartDisplay + "/" + rel;
  }

  @Override
  public Place locate(Document d, String path, Location at) {
    String rel = d.templateSource() == null ? null : inChart(d.templateSource());
    if (rel == null || d.templateSourceLine() <= 0) {
      return null;
    }
    String file = join(rel);
    int approx = Math.max(1, at.line() - d.templateSourceLine());
    List<String> lines = templates.computeIfAbsent(rel, this::read);
    if (lines.isEmpty()) {
      return new Place(file, approx, at.column()); // not on disk (a packaged subchart): counted from the comment
    }
    String text = at.line() <= rendered.length ? rendered[at.line() - 1] : "";
    String wanted = text.strip();
    int best = -1;
    if (!wanted.isEmpty()) {
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).strip().equals(wanted) && (best < 0 || Math.abs(i + 1 - approx) < Math.abs(best + 1 - approx))) {
          best = i;
        }
      }
    }
    if (best < 0) {
      return new Place(file, 1, 1);
    }
    int renderedIndent = indent(text);
    int column = indent(lines.get(best)) + Math.max(0, at.column() - 1 - renderedIndent) + 1;
    return new Place(file, best + 1, column);
  }

  private static int indent(String s) {
    int i = 0;
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  private List<String> read(String rel) {
    Path p = chartDir.resolve(rel);
    try {
      return Files.isRegularFile(p) ? List.of(Files.readString(p, StandardCharsets.UTF_8).split("\r?\n", -1)) : List.of();
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }
}
