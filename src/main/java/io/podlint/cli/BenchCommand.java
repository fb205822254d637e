package io.podlint.cli;

import io.podlint.engine.LintResult;
import io.podlint.engine.Linter;
import io.podlint.engine.SourceFile;
import io.podlint.parse.YamlParser;
import io.podlint.policy.BoundPolicy;
import io.podlint.policy.PolicyException;
import io.podlint.policy.PolicyLoader;
import io.podlint.rules.LintSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * The benchmark harness: builds a corpus of N documents (from the shared real-world corpus, or
 * generated when it is absent), then measures a parse-only pass (SnakeYAML compose of the same
 * files, parallel like the linter) and a full lint with every rule, and reports documents per
 * second, their ratio, and peak heap. Like JMH, it first runs unmeasured warm-up rounds so that
 * both passes are measured with compiled code, then keeps the best measured round of each; the
 * first lint of the run (cold JVM) is reported too.
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

  @Option(names = "--warmup-seconds", paramLabel = "S", defaultValue = "8",
      description = "Keep warming up until this many seconds have passed, so that small sizes are measured with compiled code too (default: ${DEFAULT-VALUE}).")
  double warmupSeconds;

  @Option(names = "--rounds", paramLabel = "N", defaultValue = "5",
      description = "Measured rounds of each pass per size; the best is reported (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--default-rules", description = "Run only the rules enabled by default, as a plain lint run (default: every built-in rule, opt-in ones included).")
  boolean defaultRules;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = parent.io.out();
    int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    List<BoundPolicy> policies;
    try {
      policies = new PolicyLoader().load(List.of()).all().stream()
          .filter(p -> !defaultRules || p.policy().enabledByDefault()).toList();
    } catch (PolicyException e) {
      throw new IllegalStateException(e);
    }
    List<byte[]> seeds = seeds();
    out.printf("podlint %s bench: %d threads, %d rules, seeds: %s%n", Version.get(), n, policies.size(),
        Files.isDirectory(corpus) ? corpus + " (" + seeds.size() + " files)" : "generated manifests");
    out.printf("warm-up: %d rounds of each pass per size and at least %.0f s; best of %d measured rounds%n",
        warmup, warmupSeconds, rounds);
    out.printf("%10s %8s %14s %14s %7s %9s %12s %12s %16s%n", "documents", "files", "parse docs/s", "lint docs/s",
        "ratio", "cpu ratio", "parse heap", "lint heap", "cold lint docs/s");
    Path root = work != null ? work : Files.createTempDirectory("podlint-bench");
    boolean firstSize = true; // later sizes run in a JVM warmed up by the earlier ones
    for (int size : sizes) {
      Path dir = root.resolve("n" + size);
      List<SourceFile> files = build(dir, seeds, size);
      long coldStart = System.nanoTime();
      lintOnce(policies, files, n);
      double cold = (System.nanoTime() - coldStart) / 1e9;
      long warmupStart = System.nanoTime();
      for (int w = 0; w < warmup || (System.nanoTime() - warmupStart) / 1e9 < warmupSeconds; w++) {
        parseOnly(files, n);
        lintOnce(policies, files, n);
      }
      long docs = 0;
      double bestParse = Double.MAX_VALUE;
      double bestLint = Double.MAX_VALUE;
      double parseCpu = Double.MAX_VALUE;
      double lintCpu = Double.MAX_VALUE;
      long parseHeap = 0;
      long lintHeap = 0;
      for (int r = 0; r < rounds; r++) {
        System.gc();
        HeapPeak heap = HeapPeak.start();
        long t0 = System.nanoTime();
        long c0 = processCpuNanos();
        docs = parseOnly(files, n);
        bestParse = Math.min(bestParse, (System.nanoTime() - t0) / 1e9);
        parseCpu = Math.min(parseCpu, (processCpuNanos() - c0) / 1e9);
        parseHeap = Math.max(parseHeap, heap.stop());
        System.gc();
        heap = HeapPeak.start();
        long t1 = System.nanoTime();
        long c1 = processCpuNanos();
        lintOnce(policies, files, n);
        bestLint = Math.min(bestLint, (System.nanoTime() - t1) / 1e9);
        lintCpu = Math.min(lintCpu, (processCpuNanos() - c1) / 1e9);
        lintHeap = Math.max(lintHeap, heap.stop());
      }
      out.printf("%10d %8d %14.0f %14.0f %7.2f %9.2f %9d MiB %9d MiB %16s%n", docs, files.size(), docs / bestParse,
          docs / bestLint, bestLint / bestParse, lintCpu / parseCpu, parseHeap >> 20, lintHeap >> 20,
          firstSize ? "%.0f".formatted(docs / cold) : "-");
      firstSize = false;
      out.flush();
    }
    if (Linter.PROFILE != null) {
      out.printf("time per policy (all rounds, ms; total %d):%n",
          Linter.PROFILE.values().stream().mapToLong(java.util.concurrent.atomic.AtomicLong::get).sum() / 1_000_000);
      Linter.PROFILE.entrySet().stream()
          .sorted((a, b) -> Long.compare(b.getValue().get(), a.getValue().get())).limit(25)
          .forEach(e -> out.printf("  %6d  %s%n", e.getValue().get() / 1_000_000, e.getKey()));
    }
    if (work == null) {
      deleteTree(root);
    }
    return ExitCode.OK.code();
  }

  /** One full lint; an internal error fails the bench. */
  private static void lintOnce(List<BoundPolicy> policies, List<SourceFile> files, int threads) {
    LintResult result = new Linter(policies, LintSettings.defaults(), threads).lint(files);
    if (!result.internalErrors().isEmpty()) {
      throw new IllegalStateException("internal errors during the bench: " + result.internalErrors().get(0));
    }
  }

  /** Composes every document of every file, one composer per file, in parallel: the floor. */
  private static long parseOnly(List<SourceFile> files, int threads) throws Exception {
    AtomicLong docs = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (SourceFile f : files) {
        futures.add(pool.submit(() -> {
          String text = Files.readString(f.path(), StandardCharsets.UTF_8);
          LoaderOptions o = new LoaderOptions();
          o.setCodePointLimit(YamlParser.MAX_CHARS);
          Composer c = new Composer(new ParserImpl(new StreamReader(new StringReader(text)), o), new Resolver(), o);
          try {
            while (c.checkNode()) {
              if (c.getNode() != null) {
                docs.incrementAndGet();
              }
            }
          } catch (RuntimeException e) {
            // unparsable files count for what they held
          }
          return null;
        }));
      }
      for (Future<?> fu : futures) {
        fu.get();
      }
    } finally {
      pool.shutdown();
    }
    return docs.get();
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

  /**
   * CPU time of the whole process (workers, JIT and GC): the "cpu ratio" column compares the
   * passes by the work they cost, which other load on a shared machine disturbs less than wall time.
   */
  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : 0;
  }

  /**
   * The largest used heap seen while a pass runs, polled every few milliseconds: garbage not yet
   * collected included, so an upper bound of what the pass needs, and never more than -Xmx.
   */
  private static final class HeapPeak {
    private final java.lang.management.MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peak = new AtomicLong();
    private final Thread poller;
    private volatile boolean running = true;

    private HeapPeak() {
      poller = new Thread(() -> {
        while (running) {
          peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
          try {
            Thread.sleep(2);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "podlint-bench-heap");
      poller.setDaemon(true);
    }

    static HeapPeak start() {
      HeapPeak h = new HeapPeak();
      h.poller.start();
      return h;
    }

    long stop() {
      running = false;
      try {
        poller.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return Math.max(peak.get(), memory.getHeapMemoryUsage().getUsed());
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
