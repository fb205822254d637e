package io.podlint.cli;

import io.podlint.engine.LintResult;
import io.podlint.engine.Linter;
import io.podlint.engine.SourceFile;
import io.podlint.parse.YamlParser;
import io.podlint.policy.BoundPolicy;
import io.podlint.rules.LintSettings;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * One measured pass of the bench over a set of files: the parse-only floor or the full lint.
 * Like a JMH benchmark it times a cold first run, warms up, then keeps the best measured round.
 */
enum BenchPass {
  /** SnakeYAML composing every document of every file, one composer per file, in parallel. */
  PARSE,
  /** podlint's full lint. */
  LINT;

  /** What a pass measured; {@code documents} is counted by the parse-only pass only (else -1). */
  record Result(long documents, double bestSeconds, double cpuSeconds, long peakHeap, double coldSeconds) {
    private static final String TAG = "podlint-bench-result";

    /** The faster of two measurements of one pass (either may be null), with the larger peak heap. */
    static Result better(Result a, Result b) {
      if (a == null || b == null) {
        return a == null ? b : a;
      }
      Result fast = b.bestSeconds() < a.bestSeconds() ? b : a;
      return new Result(fast.documents(), fast.bestSeconds(), Math.min(a.cpuSeconds(), b.cpuSeconds()),
          Math.max(a.peakHeap(), b.peakHeap()), Math.min(a.coldSeconds(), b.coldSeconds()));
    }

    /** One line that a parent process reads back from a forked pass. */
    String toLine() {
      return String.format(Locale.ROOT, "%s %d %.6f %.6f %d %.6f", TAG, documents, bestSeconds, cpuSeconds, peakHeap,
          coldSeconds);
    }

    /** The result in a line printed by {@link #toLine()}, or null. */
    static Result parse(String line) {
      String[] f = line.trim().split(" ");
      if (f.length != 6 || !f[0].equals(TAG)) {
        return null;
      }
      return new Result(Long.parseLong(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]),
          Long.parseLong(f[4]), Double.parseDouble(f[5]));
    }
  }

  /** The warm-up and measurement plan shared by every pass. */
  record Plan(int warmupRounds, double warmupSeconds, double warmupMaxSeconds, int rounds, double roundSeconds,
      int threads) {}

  /** Warm-up rounds in a row without a gain after which the pass counts as steady. */
  static final int STEADY_ROUNDS = 5;

  Result measure(List<SourceFile> files, List<BoundPolicy> policies, Plan plan) throws Exception {
    long coldStart = System.nanoTime();
    long documents = runOnce(files, policies, plan.threads());
    double cold = (System.nanoTime() - coldStart) / 1e9;
    double fastest = warmUp(files, policies, plan);
    // A measured round lasts at least roundSeconds (as JMH times iterations): a small corpus is
    // passed over several times, so that one hiccup of the machine weighs less.
    int passesPerRound = (int) Math.max(1, Math.ceil(plan.roundSeconds() / fastest));
    double best = Double.MAX_VALUE;
    double cpu = Double.MAX_VALUE;
    // No System.gc() between timed rounds (JMH does not force one either): a forced full collection
    // makes the parallel collector shrink the young generation, which then slows the next round.
    for (int r = 0; r < plan.rounds(); r++) {
      long t0 = System.nanoTime();
      long c0 = processCpuNanos();
      for (int i = 0; i < passesPerRound; i++) {
        runOnce(files, policies, plan.threads());
      }
      best = Math.min(best, (System.nanoTime() - t0) / 1e9 / passesPerRound);
      cpu = Math.min(cpu, (processCpuNanos() - c0) / 1e9 / passesPerRound);
    }
    // Peak heap in a pass of its own, from a collected heap: what the pass holds at most.
    System.gc();
    HeapPeak peak = HeapPeak.start();
    runOnce(files, policies, plan.threads());
    return new Result(documents, best, cpu, peak.stop(), cold);
  }

  /**
   * Runs unmeasured rounds until the JIT has settled: at least the planned rounds and seconds,
   * then on until {@link #STEADY_ROUNDS} rounds in a row bring no gain of 2% over the fastest yet,
   * or the time cap. (The full lint needs 30 s of a 2-core machine before its code is compiled;
   * a short warm-up measured it half-compiled.) Returns the fastest warm-up round.
   */
  private double warmUp(List<SourceFile> files, List<BoundPolicy> policies, Plan plan) throws Exception {
    long start = System.nanoTime();
    double fastest = Double.MAX_VALUE;
    int sinceGain = 0;
    for (int w = 0; ; w++) {
      double elapsed = (System.nanoTime() - start) / 1e9;
      boolean minimumDone = w >= plan.warmupRounds() && elapsed >= plan.warmupSeconds();
      if (minimumDone && (sinceGain >= STEADY_ROUNDS || elapsed >= plan.warmupMaxSeconds())) {
        return fastest == Double.MAX_VALUE ? Double.MAX_VALUE : fastest;
      }
      long t0 = System.nanoTime();
      runOnce(files, policies, plan.threads());
      double seconds = (System.nanoTime() - t0) / 1e9;
      if (seconds < fastest * 0.98) {
        sinceGain = 0;
      } else {
        sinceGain++;
      }
      fastest = Math.min(fastest, seconds);
    }
  }

  /** Runs the pass once; returns the documents composed (parse-only) or -1. */
  private long runOnce(List<SourceFile> files, List<BoundPolicy> policies, int threads) throws Exception {
    if (this == PARSE) {
      return parseOnly(files, threads);
    }
    LintResult result = new Linter(policies, LintSettings.defaults(), threads).lint(files);
    if (!result.internalErrors().isEmpty()) {
      throw new IllegalStateException("internal errors during the bench: " + result.internalErrors().get(0));
    }
    return -1;
  }

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
}
