package io.podlint.cli;

import io.podlint.engine.Linter;
import io.podlint.engine.SourceFile;
import io.podlint.policy.BoundPolicy;
import io.podlint.policy.PolicyException;
import io.podlint.policy.PolicyLoader;
import io.podlint.util.Plural;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * The benchmark harness: builds a corpus of N documents (from the shared real-world corpus, or
 * generated when it is absent), then measures a parse-only pass (SnakeYAML compose of the same
 * files, parallel like the linter) and a full lint with every rule, and reports documents per
 * second, their ratio, and peak heap. Like JMH, it runs each pass in a fresh JVM, warms it up so
 * that it is measured with compiled code, then keeps the best measured round; the first lint in
 * the fresh JVM (cold) is reported too.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = PodlintCommand.VersionProvider.class,
    description = "Measures parse-only and full-lint throughput and peak memory (see README: Performance).")
final class BenchCommand implements java.util.concurrent.Callable<Integer> {
  @ParentCommand
  PodlintCommand parent;

  @Option(names = "--documents", paramLabel = "N", split = ",", defaultValue = "1000,10000",
      description = "Corpus sizes in documents, comma separated (default: ${DEFAULT-VALUE}).")
  List<Integer> sizes;

  @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "../shared/corpus",
      description = "Real-world manifests to copy (default: ${DEFAULT-VALUE}); generated manifests when absent.")
  Path corpus;

  @Option(names = "--work", paramLabel = "DIR", description = "Where to build the corpus (default: a temporary folder).")
  Path work;

  @Option(names = "--threads", paramLabel = "N", description = "Threads (default: one per processor).")
  int threads;

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "4",
      description = "Unmeasured warm-up rounds of each pass per size, at least (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--warmup-seconds", paramLabel = "S", defaultValue = "30",
      description = "Keep warming up until this many seconds have passed: the JIT needs about 30 s to compile the full lint on a 2-core machine (default: ${DEFAULT-VALUE}).")
  double warmupSeconds;

  @Option(names = "--warmup-max-seconds", paramLabel = "S", defaultValue = "90",
      description = "After the minimum, warm-up goes on until five rounds in a row bring no gain of 2%%, for at most this many seconds (default: ${DEFAULT-VALUE}).")
  double warmupMaxSeconds;

  @Option(names = "--rounds", paramLabel = "N", defaultValue = "5",
      description = "Measured rounds of each pass per size; the best is reported (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--round-seconds", paramLabel = "S", defaultValue = "1",
      description = "Shortest measured round: small corpora are passed over several times per round and the time per pass kept (default: ${DEFAULT-VALUE}).")
  double roundSeconds;

  @Option(names = "--default-rules", description = "Run only the rules enabled by default, as a plain lint run (default: every built-in rule, opt-in ones included).")
  boolean defaultRules;

  @Option(names = "--in-process", description = "Measure both passes in this JVM instead of one fresh JVM per pass and size (quicker, and one process to profile, but each pass then runs with code the JIT also shaped for the other).")
  boolean inProcess;

  @Option(names = "--forks", paramLabel = "N", defaultValue = "1",
      description = "Fresh JVMs per pass and size, parse and lint alternating; the best of them is reported, as JMH does with its forks (default: ${DEFAULT-VALUE}).")
  int forks;

  @Option(names = "--heap", paramLabel = "SIZE", defaultValue = "512m",
      description = "Maximum heap of each forked JVM, as for -Xmx (default: ${DEFAULT-VALUE}).")
  String heap;

  /** Set in a forked JVM: measure this one pass over the files of {@link #childDir}, print the result. */
  @Option(names = "--child-pass", hidden = true)
  BenchPass childPass;

  @Option(names = "--child-dir", hidden = true)
  Path childDir;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = parent.io.out();
    int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    BenchPass.Plan plan = new BenchPass.Plan(warmup, warmupSeconds, warmupMaxSeconds, rounds, roundSeconds, n);
    List<BoundPolicy> policies;
    try {
      policies = new PolicyLoader().load(List.of()).all().stream()
          .filter(p -> !defaultRules || p.policy().enabledByDefault()).toList();
    } catch (PolicyException e) {
      throw new IllegalStateException(e);
    }
    if (childPass != null) {
      out.println(childPass.measure(filesIn(childDir), policies, plan).toLine());
      printProfile(out, policies);
      return ExitCode.OK.code();
    }
    List<byte[]> seeds = seeds();
    out.printf("podlint %s bench: %s, %s, seeds: %s%n", Version.get(), Plural.count(n, "thread"),
        Plural.count(policies.size(), "rule"),
        Files.isDirectory(corpus) ? corpus + " (" + Plural.count(seeds.size(), "file") + ")" : "generated manifests");
    out.printf("%s; warm-up: at least %d rounds and %.0f s, then until %d rounds bring no gain (at most %.0f s); best of %d measured rounds of at least %.0f s%n",
        inProcess ? "both passes in this JVM"
            : "each pass in " + (forks == 1 ? "a fresh JVM" : "the best of " + forks + " fresh JVMs") + " (-Xmx" + heap + ")",
        warmup, warmupSeconds,
        BenchPass.STEADY_ROUNDS, warmupMaxSeconds, rounds, roundSeconds);
    out.printf("%10s %8s %14s %14s %7s %9s %12s %12s %16s%n", "documents", "files", "parse docs/s", "lint docs/s",
        "ratio", "cpu ratio", "parse heap", "lint heap", "cold lint docs/s");
    Path root = work != null ? work : Files.createTempDirectory("podlint-bench");
    List<String> childOutput = new ArrayList<>();
    for (int size : sizes) {
      Path dir = root.resolve("n" + size);
      List<SourceFile> files = build(dir, seeds, size);
      BenchPass.Result parse;
      BenchPass.Result lint;
      if (inProcess) {
        parse = BenchPass.PARSE.measure(files, policies, plan);
        lint = BenchPass.LINT.measure(files, policies, plan);
      } else {
        parse = null;
        lint = null;
        for (int f = 0; f < forks; f++) { // alternating, so that a slow spell of the machine hits both
          parse = BenchPass.Result.better(parse, fork(BenchPass.PARSE, dir, childOutput));
          lint = BenchPass.Result.better(lint, fork(BenchPass.LINT, dir, childOutput));
        }
      }
      long docs = parse.documents();
      out.printf("%10d %8d %14.0f %14.0f %7.2f %9.2f %9d MiB %9d MiB %16.0f%n", docs, files.size(),
          docs / parse.bestSeconds(), docs / lint.bestSeconds(), lint.bestSeconds() / parse.bestSeconds(),
          lint.cpuSeconds() / parse.cpuSeconds(), parse.peakHeap() >> 20, lint.peakHeap() >> 20,
          docs / lint.coldSeconds());
      out.flush();
    }
    childOutput.forEach(out::println);
    printProfile(out, policies);
    if (work == null) {
      deleteTree(root);
    }
    return ExitCode.OK.code();
  }

  /**
   * The per-rule times collected with {@code -Dpodlint.profile=true}, if any: the 25 slowest
   * policies, then each category's share of the time spent in policies (a rule family's cost).
   */
  private static void printProfile(PrintWriter out, List<BoundPolicy> policies) {
    if (Linter.PROFILE == null || Linter.PROFILE.isEmpty()) {
      return;
    }
    long total = Linter.PROFILE.values().stream().mapToLong(java.util.concurrent.atomic.AtomicLong::get).sum();
    out.printf("time per policy (all rounds, ms; total %d):%n", total / 1_000_000);
    Linter.PROFILE.entrySet().stream()
        .sorted((a, b) -> Long.compare(b.getValue().get(), a.getValue().get())).limit(25)
        .forEach(e -> out.printf("  %6d  %s%n", e.getValue().get() / 1_000_000, e.getKey()));
    java.util.Map<String, String> categories = new java.util.HashMap<>();
    policies.forEach(p -> categories.put(p.id(), p.policy().category()));
    java.util.Map<String, Long> byCategory = new java.util.TreeMap<>();
    Linter.PROFILE.forEach((id, nanos) -> byCategory.merge(categories.getOrDefault(id, "(other)"), nanos.get(), Long::sum));
    out.println("time per category (share of the time in policies):");
    byCategory.entrySet().stream()
        .sorted((a, b) -> a.getValue().equals(b.getValue()) ? a.getKey().compareTo(b.getKey())
            : Long.compare(b.getValue(), a.getValue()))
        .forEach(e -> out.printf("  %6d  %5.1f%%  %s%n", e.getValue() / 1_000_000,
            total == 0 ? 0.0 : 100.0 * e.getValue() / total, e.getKey()));
  }

  /**
   * Measures one pass in a fresh JVM, as JMH forks each benchmark: a JVM that ran both passes
   * compiles the shared YAML code for both, which slows each of them down. The fork gets this
   * JVM's options (so {@code -D} settings carry over), minus heap size, agents and recordings,
   * plus {@code -Xmx} from {@code --heap} and, unless a collector was chosen, the parallel
   * collector that {@code bin/podlint} uses for long runs. Lines it prints besides its result
   * (a profile) are kept in {@code extra}.
   */
  private BenchPass.Result fork(BenchPass pass, Path dir, List<String> extra) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    List<String> inherited = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(a -> !a.startsWith("-Xmx") && !a.startsWith("-XX:MaxHeapSize") && !a.startsWith("-agentlib")
            && !a.startsWith("-javaagent") && !a.startsWith("-XX:StartFlightRecording")
            && !a.startsWith("-XX:ArchiveClassesAtExit"))
        .toList();
    cmd.addAll(inherited);
    if (inherited.stream().noneMatch(a -> a.startsWith("-XX:+Use") && a.endsWith("GC"))) {
      cmd.add("-XX:+UseParallelGC");
    }
    cmd.addAll(List.of("-Xmx" + heap, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "bench",
        "--child-pass", pass.name(), "--child-dir", dir.toString(), "--warmup", String.valueOf(warmup),
        "--warmup-seconds", String.valueOf(warmupSeconds), "--warmup-max-seconds", String.valueOf(warmupMaxSeconds),
        "--rounds", String.valueOf(rounds), "--round-seconds", String.valueOf(roundSeconds),
        "--threads", String.valueOf(threads)));
    if (defaultRules) {
      cmd.add("--default-rules");
    }
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    p.getOutputStream().close();
    BenchPass.Result result = null;
    try (java.io.BufferedReader r = new java.io.BufferedReader(
        new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        BenchPass.Result parsed = BenchPass.Result.parse(line);
        if (parsed != null) {
          result = parsed;
        } else if (!line.isBlank()) {
          extra.add(line);
        }
      }
    }
    int code = p.waitFor();
    if (code != 0 || result == null) {
      throw new IllegalStateException("the forked %s pass over %s failed (exit %d)".formatted(pass, dir, code));
    }
    return result;
  }

  /** The YAML files of a bench folder, in a stable order. */
  private static List<SourceFile> filesIn(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".yaml")).sorted()
          .map(p -> SourceFile.of(p.toString(), p)).toList();
    }
  }

  private List<byte[]> seeds() throws IOException {
    List<byte[]> out = new ArrayList<>();
    if (Files.isDirectory(corpus)) {
      try (Stream<Path> s = Files.walk(corpus)) {
        for (Path p : s.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.ya?ml$")).sorted().toList()) {
          out.add(Files.readAllBytes(p));
        }
      }
    } else {
      for (int i = 0; i < 20; i++) {
        out.add(generated(i).getBytes(StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  /** Copies seed files round-robin until the corpus holds {@code documents} YAML documents. */
  private static List<SourceFile> build(Path dir, List<byte[]> seeds, int documents) throws IOException {
    Files.createDirectories(dir);
    List<SourceFile> files = new ArrayList<>();
    long count = 0;
    for (int i = 0; count < documents; i++) {
      byte[] seed = seeds.get(i % seeds.size());
      int docs = Math.max(1, countDocuments(seed));
      Path file = dir.resolve("d%03d/f%06d.yaml".formatted(i / 1000, i));
      Files.createDirectories(file.getParent());
      Files.write(file, seed);
      files.add(SourceFile.of(file.toString(), file));
      count += docs;
    }
    return files;
  }

  private static int countDocuments(byte[] seed) {
    String text = new String(seed, StandardCharsets.UTF_8);
    int n = 1;
    for (String line : text.split("\n")) {
      if (line.startsWith("---")) {
        n++;
      }
    }
    return text.startsWith("---") ? n - 1 : n;
  }

  private static String generated(int i) {
    return """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: app-%1$d
          namespace: team-%2$d
          labels: {app: app-%1$d}
        spec:
          replicas: %3$d
          selector:
            matchLabels: {app: app-%1$d}
          template:
            metadata:
              labels: {app: app-%1$d}
            spec:
              containers:
                - name: app
                  image: registry.example.com/app-%1$d:1.%1$d.0
                  ports: [{name: http, containerPort: 8080}]
                  readinessProbe: {httpGet: {path: /ready, port: http}}
                  livenessProbe: {httpGet: {path: /healthz, port: http}, failureThreshold: 6}
                  resources:
                    requests: {cpu: 100m, memory: 128Mi}
                    limits: {memory: 256Mi}
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: app-%1$d, namespace: team-%2$d}
        spec:
          selector: {app: app-%1$d}
          ports: [{port: 80, targetPort: http}]
        """.formatted(i, i % 5, 1 + i % 3);
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
