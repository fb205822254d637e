package io.podlint.render;

import io.podlint.engine.SourceFile;
import io.podlint.policy.RenderSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Renders a Helm chart ({@code helm template}) or a kustomization ({@code kustomize build}, else
 * {@code kubectl kustomize}) into one input, with the way back to the files the user edits. Never
 * touches the network: Helm is not asked to update dependencies.
 */
public final class Renderer {
  private final RenderSettings settings;

  public Renderer(RenderSettings settings) {
    this.settings = settings;
  }

  /** The rendered input, or the one line that says why there is none. */
  public record Result(SourceFile file, String error) {
    static Result failed(String error) {
      return new Result(null, error);
    }
  }

  /** @param display the chart folder as the user wrote it */
  public Result chart(Path dir, String display) {
    Optional<Path> helm = Tools.find(settings.helm(), "helm");
    if (helm.isEmpty()) {
      return Result.failed(display + ": a Helm chart, but " + missing(settings.helm(), "helm")
          + "; install Helm (or name it with render.helm in .podlint.yaml), or pipe the rendered chart: helm template "
          + display + " | podlint lint -");
    }
    RenderSettings.Chart chart = settings.charts().getOrDefault(dir.toAbsolutePath().normalize().toString(), new RenderSettings.Chart(null, null, null, null))
        .over(settings.defaults());
    List<String> cmd = new ArrayList<>(List.of(helm.get().toString(), "template",
        chart.releaseName() != null ? chart.releaseName() : "release-name", dir.toString()));
    if (chart.namespace() != null) {
      cmd.addAll(List.of("--namespace", chart.namespace()));
    }
    if (settings.kubeVersion() != null) {
      cmd.addAll(List.of("--kube-version", "v" + settings.kubeVersion() + ".0"));
    }
    for (String v : chart.values()) {
      cmd.addAll(List.of("--values", v));
    }
    for (String s : chart.set()) {
      cmd.addAll(List.of("--set", s));
    }
    ToolRun run;
    try {
      run = ToolRun.of(cmd, null);
    } catch (IOException e) {
      return Result.failed(display + ": cannot run " + helm.get() + ": " + e.getMessage());
    }
    if (run.exitCode() != 0) {
      String msg = run.message();
      String hint = msg.contains("dependenc") && !msg.contains("helm dependency build")
          ? " (run helm dependency build " + display + ")" : "";
      return Result.failed(display + ": helm template failed: " + msg + hint);
    }
    String name = display + " (helm template)";
    return new Result(SourceFile.rendered(name, run.stdout(),
        new HelmAttribution(dir, display, new String(run.stdout(), StandardCharsets.UTF_8))), null);
  }

  /** @param display the kustomization folder as the user wrote it */
  public Result kustomization(Path dir, String display) {
    List<String> tool;
    Optional<Path> kustomize = Tools.find(settings.kustomize(), "kustomize");
    if (kustomize.isPresent()) {
      tool = List.of(kustomize.get().toString(), "build");
    } else {
      Optional<Path> kubectl = settings.kustomize() != null ? Optional.empty() : Tools.find(settings.kubectl(), "kubectl");
      if (kubectl.isEmpty()) {
        String what = settings.kustomize() != null ? missing(settings.kustomize(), "kustomize")
            : "neither kustomize nor kubectl is on PATH";
        return Result.failed(display + ": a kustomization, but " + what
            + "; install one (or name it with render.kustomize in .podlint.yaml), or pipe the rendered output: kustomize build "
            + display + " | podlint lint -");
      }
      tool = List.of(kubectl.get().toString(), "kustomize");
    }
    List<String> cmd = new ArrayList<>(tool);
    cmd.add(dir.toString());
    ToolRun run;
    try {
      run = ToolRun.of(cmd, null);
    } catch (IOException e) {
      return Result.failed(display + ": cannot run " + tool.get(0) + ": " + e.getMessage());
    }
    if (run.exitCode() != 0) {
      String label = Path.of(tool.get(0)).getFileName() + " " + tool.get(1);
      return Result.failed(display + ": " + label + " failed: " + run.message());
    }
    String name = display + " (kustomize build)";
    return new Result(SourceFile.rendered(name, run.stdout(), annotated(tool, dir, display)), null);
  }

  /**
   * The same build again through a wrapper kustomization that asks for origin and transformer
   * annotations: which file each object comes from, and which kustomizations patched it. Null when
   * that build fails (findings then stay in the rendered output).
   */
  private KustomizeAttribution annotated(List<String> tool, Path dir, String display) {
    Path wrapper = null;
    try {
      Path real = dir.toRealPath();
      wrapper = Files.createTempDirectory("podlint-kustomize");
      Path wrapperReal = wrapper.toRealPath();
      String relative = wrapperReal.relativize(real).toString().replace('\\', '/');
      Files.writeString(wrapper.resolve("kustomization.yaml"), "resources:\n- " + relative
          + "\nbuildMetadata: [originAnnotations, transformerAnnotations]\n");
      List<String> cmd = new ArrayList<>(tool);
      cmd.add(wrapper.toString());
      ToolRun run = ToolRun.of(cmd, null);
      if (run.exitCode() != 0) {
        return null;
      }
      return new KustomizeAttribution(new String(run.stdout(), StandardCharsets.UTF_8), wrapperReal, real, display);
    } catch (IOException | RuntimeException e) {
      return null;
    } finally {
      if (wrapper != null) {
        deleteQuietly(wrapper);
      }
    }
  }

  private static void deleteQuietly(Path dir) {
    try (var s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind
    }
  }

  private static String missing(String configured, String name) {
    return configured != null ? configured + " (render." + name + " in .podlint.yaml) is not an executable"
        : name + " is not on PATH";
  }

  static String norm(String display) {
    String s = display.replace('\\', '/');
    while (s.startsWith("./")) {
      s = s.substring(2);
    }
    while (s.length() > 1 && s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }
}
