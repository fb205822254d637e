package io.podlint.rules.validation;

import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.StatefulSetTemplates;
import io.podlint.rules.WorkloadCheck;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The file paths and modes of configMap, secret, downwardAPI and projected volumes:
 * {@code validateKeyToPath}, {@code validateDownwardAPIVolumeFile}, {@code ValidateLocalNonReservedPath},
 * the defaultMode checks of each source and {@code validateProjectionSources}' "conflicting
 * duplicate paths" (pkg/apis/core/validation).
 */
final class VolumeItemsInvalidCheck implements WorkloadCheck<NoParams> {
  static final long MAX_MODE = 0777;
  static final String MODE_ERROR = "must be a number between 0 and 0777 (octal), both inclusive";

  @Override
  public String id() {
    return "volume-items-invalid";
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    Sink sink = new Sink(ctx, w);
    for (YamlNode volume : w.podSpec().get("volumes").items()) {
      for (String source : List.of("configMap", "secret", "downwardAPI")) {
        YamlNode s = volume.get(source);
        if (s.isMapping()) {
          mode(s.get("defaultMode"), sink);
          for (YamlNode item : s.get("items").items()) {
            item(item, sink);
          }
        }
      }
      YamlNode projected = volume.get("projected");
      if (projected.isMapping()) {
        projected(projected, sink);
      }
    }
  }

  private static void projected(YamlNode projected, Sink sink) {
    mode(projected.get("defaultMode"), sink);
    Map<String, YamlNode> paths = new HashMap<>();
    for (YamlNode source : projected.get("sources").items()) {
      for (String kind : List.of("configMap", "secret", "downwardAPI")) {
        for (YamlNode item : source.at(kind + ".items").items()) {
          item(item, sink);
          unique(projected, item.get("path"), paths, sink);
        }
      }
      YamlNode tokenPath = source.at("serviceAccountToken.path");
      if (tokenPath.isString()) {
        path(tokenPath, sink); // not part of the duplicate check upstream
      }
      YamlNode bundlePath = source.at("clusterTrustBundle.path");
      if (bundlePath.isString()) {
        path(bundlePath, sink);
        unique(projected, bundlePath, paths, sink);
      }
    }
  }

  private static void unique(YamlNode projected, YamlNode path, Map<String, YamlNode> seen, Sink sink) {
    if (!path.isString() || path.text().isEmpty() || FieldErrors.isTemplated(path)) {
      return;
    }
    YamlNode first = seen.putIfAbsent(path.text(), path);
    if (first != null) {
      sink.report(path, FieldErrors.invalid(projected.path(), FieldErrors.value(path),
          "conflicting duplicate paths"), "Give each projected file its own path (\"" + path.text()
          + "\" is also written at line " + first.location().line() + ")");
    }
  }

  private static void item(YamlNode item, Sink sink) {
    YamlNode path = item.get("path");
    if (path.isString()) {
      path(path, sink);
    }
    mode(item.get("mode"), sink);
  }

  /** ValidateLocalNonReservedPath, and the Required check of an empty path. */
  private static void path(YamlNode path, Sink sink) {
    String p = path.text();
    if (FieldErrors.isTemplated(path)) {
      return;
    }
    if (p.isEmpty()) {
      sink.report(path, FieldErrors.required(path.path(), ""), "Name the file, relative to the mount point");
      return;
    }
    if (p.startsWith("/")) {
      sink.report(path, FieldErrors.invalid(path, "must be a relative path"),
          "Write the path relative to the volume's mountPath, such as \"" + p.replaceFirst("^/+", "") + "\"");
    }
    boolean backstep = List.of(p.split("/", -1)).contains("..");
    if (backstep) {
      sink.report(path, FieldErrors.invalid(path, "must not contain '..'"),
          "Keep the file inside the volume: remove the \"..\" elements");
    } else if (p.startsWith("..")) {
      sink.report(path, FieldErrors.invalid(path, "must not start with '..'"),
          "Rename the file: names starting with \"..\" are reserved for the kubelet's atomic writer (..data)");
    }
  }

  private static void mode(YamlNode mode, Sink sink) {
    Optional<Long> v = FieldErrors.integer(mode);
    if (v.isPresent() && (v.get() < 0 || v.get() > MAX_MODE)) {
      String hint = mode.text().matches("[1-7][0-7]{2}") && !mode.text().startsWith("0")
          ? ": " + mode.text() + " is read as a decimal number; write 0" + mode.text() + " (octal in YAML) or "
              + Long.parseLong(mode.text(), 8) + " (decimal)"
          : ": use an octal permission such as 0644 or 0400";
      sink.report(mode, FieldErrors.invalid(mode.path(), String.valueOf(v.get()), MODE_ERROR), "Fix the mode" + hint);
    }
  }

  /** Adds what happens and the fix; StatefulSet templates have their own consequence. */
  private record Sink(CheckContext ctx, Workload w) {
    void report(YamlNode at, String apiError, String fix) {
      ctx.report(at, null, apiError + ". The " + w.kind() + " is not created. " + fix,
          StatefulSetTemplates.rejectionConsequence(w));
    }
  }
}
