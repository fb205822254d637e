package io.podlint.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Microsoft's SARIF Multitool ({@code @microsoft/sarif-multitool}, the validator behind GitHub's
 * SARIF rules), installed with npm once into {@code ${java.io.tmpdir}}, outside the repository, and
 * reused by later runs. When npm is missing or the install fails (offline), {@link #find()} is
 * empty and a failed attempt is not retried for an hour, so that offline builds stay fast.
 * {@code PODLINT_SARIF_MULTITOOL} may name the executable instead.
 */
public final class SarifMultitool {
  public static final String VERSION = "5.7.0";
  private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(3);
  private static final Duration RETRY_AFTER = Duration.ofHours(1);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path executable;

  private SarifMultitool(Path executable) {
    this.executable = executable;
  }

  /** One problem the multitool found in a file. */
  public record Problem(String file, String level, String ruleId, String message) {}

  /** The multitool, installing it on first use; empty when it cannot be had. */
  public static synchronized Optional<SarifMultitool> find() {
    String given = System.getenv("PODLINT_SARIF_MULTITOOL");
    if (given != null && !given.isBlank()) {
      return Optional.of(new SarifMultitool(Path.of(given)));
    }
    Path home = Path.of(System.getProperty("java.io.tmpdir"), "podlint-sarif-multitool-" + VERSION);
    Path exe = executableIn(home);
    if (Files.isExecutable(exe)) {
      return Optional.of(new SarifMultitool(exe));
    }
    Path failed = Path.of(home + ".failed");
    try {
      if (Files.exists(failed) && Files.getLastModifiedTime(failed).toInstant().isAfter(Instant.now().minus(RETRY_AFTER))) {
        return Optional.empty();
      }
      if (!Processes.onPath("npm")) {
        return Optional.empty();
      }
      Path staging = Files.createTempDirectory(home.getParent(), "podlint-sarif-multitool-install");
      Processes.Result r = Processes.run(staging, Map.of(), INSTALL_TIMEOUT, List.of("npm", "install", "--prefix",
          staging.toString(), "--no-audit", "--no-fund", "--no-save", "--fetch-retries=0", "--fetch-timeout=60000",
          "@microsoft/sarif-multitool@" + VERSION));
      Path staged = executableIn(staging);
      if (!r.ok() || !Files.exists(staged)) {
        Files.writeString(failed, r.output());
        deleteTree(staging);
        return Optional.empty();
      }
      staged.toFile().setExecutable(true);
      try {
        Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        deleteTree(staging); // another build installed it meanwhile: use that one
      }
      return Files.isExecutable(exe) ? Optional.of(new SarifMultitool(exe)) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static Path executableIn(Path home) {
    String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    String platform = os.contains("win") ? "win32" : os.contains("mac") ? "darwin" : "linux";
    return home.resolve("node_modules/@microsoft/sarif-multitool-" + platform)
        .resolve(platform.equals("win32") ? "Sarif.Multitool.exe" : "Sarif.Multitool");
  }

  /**
   * Validates SARIF files with the SARIF and GitHub rules; returns the errors and warnings (notes,
   * such as "no code snippet", are advice and left out).
   */
  public List<Problem> validate(Path workDir, List<Path> files) throws IOException {
    Path out = workDir.resolve("multitool-output.sarif");
    List<String> command = new ArrayList<>(List.of(executable.toString(), "validate", "--rule-kind", "Sarif;Gh",
        "--level", "Error;Warning", "--log", "ForceOverwrite", "-o", out.toString()));
    files.forEach(f -> command.add(f.toString()));
    Processes.Result r = Processes.run(workDir, Map.of("DOTNET_CLI_TELEMETRY_OPTOUT", "1"), Duration.ofMinutes(2), command);
    if (!Files.exists(out)) {
      throw new IOException("the SARIF Multitool wrote no output (exit code " + r.exitCode() + "):\n" + r.output());
    }
    JsonNode run = JSON.readTree(out.toFile()).at("/runs/0");
    List<Problem> problems = new ArrayList<>();
    for (JsonNode result : run.path("results")) {
      JsonNode rule = run.at("/tool/driver/rules/" + result.path("ruleIndex").asInt(-1));
      String level = result.has("level") ? result.get("level").asText()
          : rule.at("/defaultConfiguration/level").asText("warning");
      String uri = result.at("/locations/0/physicalLocation/artifactLocation/uri").asText();
      String file = uri.substring(uri.lastIndexOf('/') + 1);
      problems.add(new Problem(file, level, result.path("ruleId").asText(), message(result, rule)));
    }
    if (r.exitCode() != 0 && problems.isEmpty()) {
      throw new IOException("the SARIF Multitool failed (exit code " + r.exitCode() + "):\n" + r.output());
    }
    return problems;
  }

  private static String message(JsonNode result, JsonNode rule) {
    JsonNode m = result.path("message");
    if (m.has("text")) {
      return m.get("text").asText();
    }
    String text = rule.at("/messageStrings/" + m.path("id").asText() + "/text").asText(m.path("id").asText());
    JsonNode args = m.path("arguments");
    for (int i = 0; i < args.size(); i++) {
      text = text.replace("{" + i + "}", args.get(i).asText());
    }
    return text;
  }
}
