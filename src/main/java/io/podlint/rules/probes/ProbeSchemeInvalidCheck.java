package io.podlint.rules.probes;

import io.podlint.model.ProbeView;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import java.util.List;
import java.util.Locale;

/** {@code httpGet.scheme} must be exactly HTTP or HTTPS (empty defaults to HTTP). */
final class ProbeSchemeInvalidCheck extends ProbeCheck {
  private static final List<String> SCHEMES = List.of("HTTP", "HTTPS");

  @Override
  public String id() {
    return "probe-scheme-invalid";
  }

  @Override
  void checkProbe(Workload w, ProbeView probe, CheckContext ctx) {
    YamlNode scheme = probe.node().at("httpGet.scheme");
    if (!scheme.hasValue() || "".equals(scheme.text()) || (scheme.text() != null && SCHEMES.contains(scheme.text()))) {
      return;
    }
    String text = scheme.text();
    String fix = text != null && SCHEMES.contains(text.toUpperCase(Locale.ROOT))
        ? "write \"%s\" in capitals".formatted(text.toUpperCase(Locale.ROOT))
        : "use \"HTTP\" or \"HTTPS\"";
    io.podlint.model.Fix edit = scheme.isString() ? io.podlint.rules.Text.caseOnlyMatch(text, SCHEMES)
        .flatMap(v -> io.podlint.parse.NodeEdits.replaceScalar(scheme, v)
            .map(e -> io.podlint.model.Fix.of("write \"" + v + "\"", e))).orElse(null) : null;
    ctx.report(scheme, null, probe.container(),
        "httpGet scheme %s of %s is not supported; the API server accepts only \"HTTP\" or \"HTTPS\", case-sensitive: %s"
            .formatted(text == null ? "(not a string)" : "\"" + text + "\"", probe.describe(), fix), null, edit);
  }
}
