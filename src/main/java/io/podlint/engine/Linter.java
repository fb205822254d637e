package io.podlint.engine;

import io.podlint.model.ContainerView;
import io.podlint.model.Finding;
import io.podlint.model.InputIndex;
import io.podlint.model.RenderedLocation;
import io.podlint.model.ResourceRef;
import io.podlint.model.Severity;
import io.podlint.model.Workload;
import io.podlint.parse.Document;
import io.podlint.parse.Location;
import io.podlint.parse.ParseProblem;
import io.podlint.parse.ParsedFile;
import io.podlint.parse.YamlNode;
import io.podlint.parse.YamlParser;
import io.podlint.policy.BoundPolicy;
import io.podlint.rules.Anchor;
import io.podlint.rules.CheckContext;
import io.podlint.rules.LintSettings;
import io.podlint.rules.ReadyCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * The pure core: reads the sources (in parallel, one file per task), runs every active policy on
 * every object, then runs the cross-resource tasks against the index of the whole input. Output
 * order does not depend on thread timing.
 */
public final class Linter {
  /** Files larger than this are refused with an input error. */
  public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

  /** With -Dpodlint.profile=true: time spent per policy, printed by the bench command. */
  public static final java.util.Map<String, java.util.concurrent.atomic.AtomicLong> PROFILE =
      Boolean.getBoolean("podlint.profile") ? new java.util.concurrent.ConcurrentHashMap<>() : null;

  private final List<BoundPolicy> active;
  private final Map<String, BoundPolicy> byId;
  private final LintSettings settings;
  private final int threads;
  private final java.util.Set<String> knownRules;
  /** The active policies that apply to a kind, for workloads and for other objects: asked once per document. */
  private final Map<String, List<Applicable>> forWorkloadKind = new java.util.concurrent.ConcurrentHashMap<>();
  private final Map<String, List<Applicable>> forOtherKind = new java.util.concurrent.ConcurrentHashMap<>();

  /** A policy that applies to a kind, with the hooks of its ready check that run on such objects (each may be null). */
  private record Applicable(BoundPolicy policy, ReadyCheck.OnDocument document, ReadyCheck.OnWorkload workload) {}

  private Runnable fileDone = () -> {};

  /**
   * @param active the policies to run, with their effective severity
   * @param threads worker threads; 0 for one per processor
   */
  public Linter(List<BoundPolicy> active, LintSettings settings, int threads) {
    this(active, settings, threads, active.stream().map(BoundPolicy::id).collect(java.util.stream.Collectors.toSet()));
  }

  /** @param knownRules every rule id, active or not (suppressions of inactive rules are not "unknown") */
  public Linter(List<BoundPolicy> active, LintSettings settings, int threads, java.util.Set<String> knownRules) {
    this.knownRules = java.util.Set.copyOf(knownRules);
    this.active = List.copyOf(active);
    this.byId = new java.util.HashMap<>();
    active.forEach(p -> byId.put(p.id(), p));
    this.settings = settings;
    this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
  }

  /** Runs {@code listener} (from any worker thread) each time a file is done: for progress displays. */
  public Linter onFileDone(Runnable listener) {
    this.fileDone = listener;
    return this;
  }

  public LintResult lint(List<SourceFile> sources) {
    InputIndex.Builder indexBuilder = new InputIndex.Builder();
    List<FileOutcome> outcomes = new ArrayList<>();
    if (threads == 1 || sources.size() < 2) {
      for (SourceFile s : sources) {
        outcomes.add(lintFile(s, indexBuilder));
        fileDone.run();
      }
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, sources.size()), r -> {
        Thread t = new Thread(r, "podlint-worker");
        t.setDaemon(true);
        return t;
      });
      try {
        // Each file indexes into a part of its own, joined in input order below: copies of one
        // object that sort alike (a base rendered alone and through an overlay) then keep the
        // same order in every run, whichever thread finished first.
        List<InputIndex.Builder> parts = new ArrayList<>();
        List<Future<FileOutcome>> futures = new ArrayList<>();
        for (SourceFile s : sources) {
          InputIndex.Builder part = new InputIndex.Builder();
          parts.add(part);
          futures.add(pool.submit(() -> {
            try {
              return lintFile(s, part);
            } finally {
              fileDone.run();
            }
          }));
        }
        for (int i = 0; i < futures.size(); i++) {
          try {
            outcomes.add(futures.get(i).get());
            indexBuilder.addAll(parts.get(i));
          } catch (ExecutionException e) {
            FileOutcome failed = new FileOutcome();
            failed.internalErrors.add(sources.get(i).displayName() + ": internal error: " + e.getCause());
            outcomes.add(failed);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
          }
        }
      } finally {
        pool.shutdownNow();
      }
    }
    InputIndex index = indexBuilder.build();
    List<Finding> findings = new ArrayList<>();
    List<String> inputErrors = new ArrayList<>();
    List<String> internalErrors = new ArrayList<>();
    int objects = 0;
    int workloads = 0;
    List<WorkloadSummary> summaries = new ArrayList<>();
    List<Suppressions.Directive> directives = new ArrayList<>();
    // Cross-resource checks only read the finished index: run each file's share in parallel.
    // Each file's findings are sorted there too, so that the global sort below only merges runs.
    (threads > 1 && outcomes.size() > 1 ? outcomes.parallelStream() : outcomes.stream()).forEach(o -> {
      runDeferred(o, index);
      o.findings.addAll(o.deferredFindings);
      o.findings.sort(Finding.ORDER);
    });
    for (FileOutcome o : outcomes) {
      directives.addAll(o.directives);
      findings.addAll(o.findings);
      inputErrors.addAll(o.inputErrors);
      internalErrors.addAll(o.internalErrors);
      objects += o.objects;
      workloads += o.workloads;
      summaries.addAll(o.summaries);
    }
    findings.sort(Finding.ORDER);
    List<Finding> unique = dedupe(findings);
    // Decided on every finding, before suppressions: see Subsumption.
    Subsumption.Outcome subsumed = Subsumption.of(unique, byId);
    Suppressions.Outcome s = Suppressions.apply(unique, directives, knownRules,
        byId.get(Suppressions.UNUSED_POLICY), byId.get(Suppressions.NO_REASON_POLICY));
    List<Finding> kept = new ArrayList<>(subsumed.applyTo(s.kept(), byId));
    kept.addAll(s.meta());
    kept.sort(Finding.ORDER);
    return new LintResult(kept, s.suppressed(), inputErrors, internalErrors,
        sources.stream().map(SourceFile::displayName).toList(), objects, workloads, index, summaries);
  }

  /**
   * Drops repeated findings: the same finding twice, and the same finding at the same source place
   * from another input (a base linted as a file, built alone and through each of its overlays is
   * one line to fix, reported once: as the file, else at the first rendering by name). Within one
   * rendered input, findings of two objects rendered from one template line stay apart.
   */
  private static List<Finding> dedupe(List<Finding> sorted) {
    List<Finding> out = new ArrayList<>(sorted.size());
    Finding previous = null;
    Finding kept = null;
    for (Finding f : sorted) {
      boolean repeated = previous != null && Finding.ORDER.compare(previous, f) == 0;
      boolean otherRendering = kept != null && samePlace(kept, f) && !(kept.renderedFrom() != null
          && f.renderedFrom() != null && kept.renderedFrom().file().equals(f.renderedFrom().file()));
      if (!repeated && !otherRendering) {
        out.add(f);
        kept = f;
      }
      previous = f;
    }
    return out;
  }

  private static boolean samePlace(Finding a, Finding b) {
    return a.file().equals(b.file()) && a.line() == b.line() && a.column() == b.column()
        && a.ruleId().equals(b.ruleId()) && a.message().equals(b.message());
  }

  private FileOutcome lintFile(SourceFile source, InputIndex.Builder index) {
    FileOutcome out = new FileOutcome();
    out.attribution = source.attribution();
    byte[] bytes;
    try {
      bytes = read(source);
    } catch (IOException e) {
      out.inputErrors.add(source.displayName() + ": cannot read: " + describe(e));
      return out;
    }
    ParsedFile parsed;
    try {
      parsed = new YamlParser().parse(source.displayName(), bytes);
    } catch (RuntimeException | StackOverflowError e) {
      out.internalErrors.add(source.displayName() + ": internal error while parsing: " + e);
      return out;
    }
    bytes = null; // let the text go before linting
    out.directives.addAll(Suppressions.ofComments(parsed));
    for (ParseProblem p : parsed.problems()) {
      BoundPolicy policy = byId.get(p.kind().policyId());
      if (policy != null) {
        out.findings.add(new Finding(policy.id(), policy.policy().severity(), policy.policy().category(),
            p.message(), policy.policy().consequence(), policy.policy().remediation(),
            source.displayName(), p.location().line(), p.location().column(), null, null, "", null));
      }
    }
    for (Document d : parsed.documents()) {
      out.objects++;
      Optional<Workload> workload = Workload.of(d, settings.customKinds());
      // a rendered document is indexed under its source file, so that folder-nearness works on real paths
      Document indexed = out.attribution == null ? d : relabelled(d, out.attribution);
      Optional<Workload> indexedWorkload = indexed == d ? workload : Workload.of(indexed, settings.customKinds());
      index.add(indexed, indexedWorkload, indexed != d);
      indexedWorkload.ifPresent(index::addWorkload);
      out.directives.addAll(Suppressions.ofAnnotations(d, workload));
      workload.ifPresent(w -> {
        out.workloads++;
        try {
          out.summaries.add(WorkloadSummary.of(w));
        } catch (RuntimeException e) {
          out.internalErrors.add("%s: internal error while summarizing %s: %s".formatted(d.source(), d.displayName(), e));
        }
      });
      for (Applicable a : applicable(d, workload)) {
        BoundPolicy p = a.policy();
        DocumentContext ctx = new DocumentContext(p, d, workload, out);
        long t0 = PROFILE != null ? System.nanoTime() : 0;
        try {
          if (a.document() != null) {
            a.document().check(d, ctx);
          }
          if (a.workload() != null) {
            a.workload().check(workload.get(), ctx);
          }
        } catch (RuntimeException | StackOverflowError e) {
          out.internalErrors.add(internalError(p, d, e));
        }
        if (PROFILE != null) {
          PROFILE.computeIfAbsent(p.id(), k -> new java.util.concurrent.atomic.AtomicLong()).addAndGet(System.nanoTime() - t0);
        }
      }
    }
    return out;
  }

  /** A rendered document under the name of its source file, so that folder-nearness works on real paths. */
  private static Document relabelled(Document d, Attribution a) {
    String file = a.sourceOf(d);
    return file == null ? d : new Document(file, d.index(), d.root(), d.apiVersion(), d.kind(), d.name(),
        d.namespace(), d.templateSource(), d.templateSourceLine());
  }

  /** The policies to run on a document, with the hooks worth calling; only those with one. */
  private List<Applicable> applicable(Document d, Optional<Workload> workload) {
    if (d.kind() == null) {
      return List.of();
    }
    return (workload.isPresent() ? forWorkloadKind : forOtherKind).computeIfAbsent(d.kind(), k -> {
      List<Applicable> out = new ArrayList<>();
      for (BoundPolicy p : active) {
        ReadyCheck.OnDocument documentHook = p.ready().document();
        ReadyCheck.OnWorkload workloadHook = workload.isPresent() ? p.ready().workload() : null;
        if (applies(p, d, workload) && (documentHook != null || workloadHook != null)) {
          out.add(new Applicable(p, documentHook, workloadHook));
        }
      }
      return List.copyOf(out);
    });
  }

  private boolean applies(BoundPolicy p, Document d, Optional<Workload> workload) {
    String kind = d.kind();
    boolean custom = kind != null && settings.customKinds().containsKey(kind);
    return kind != null && (p.appliesTo(kind) || (custom && workload.isPresent() && appliesToAnyWorkload(p)));
  }

  private static void runDeferred(FileOutcome o, InputIndex index) {
    for (DeferredTask t : o.deferred) {
      try {
        t.task.accept(new IndexedContext(t, index, o.deferredFindings));
      } catch (RuntimeException e) {
        o.internalErrors.add(internalError(t.policy, t.document, e));
      }
    }
  }

  private static boolean appliesToAnyWorkload(BoundPolicy p) {
    return p.kinds().isEmpty() || Workload.KINDS.stream().anyMatch(p::appliesTo);
  }

  private static String internalError(BoundPolicy p, Document d, Throwable e) {
    StackTraceElement[] st = e.getStackTrace();
    StackTraceElement frame = java.util.Arrays.stream(st)
        .filter(f -> f.getClassName().startsWith("io.podlint.")).findFirst()
        .orElse(st.length > 0 ? st[0] : null);
    String where = frame == null ? "" : " at " + frame;
    return "%s: internal error in policy %s on %s: %s%s".formatted(d.source(), p.id(), d.displayName(), e, where);
  }

  private static byte[] read(SourceFile source) throws IOException {
    if (source.content() != null) {
      return source.content();
    }
    Path path = source.path();
    if (!Files.exists(path)) {
      throw new java.nio.file.NoSuchFileException(path.toString());
    }
    if (!Files.isRegularFile(path)) {
      throw new IOException(Files.isDirectory(path) ? "is a folder" : "not a regular file (FIFO, device or socket?)");
    }
    long size = Files.size(path);
    if (size > MAX_FILE_BYTES) {
      throw new IOException("file has %d bytes, more than podlint's limit of %d".formatted(size, MAX_FILE_BYTES));
    }
    return Files.readAllBytes(path);
  }

  private static String describe(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /**
   * Builds a finding for a policy at a location of a document. A document rendered by Helm (under a
   * {@code # Source: chart/templates/x.yaml} comment) is attributed to its template: the line
   * counted from that comment approximates the template line (exact unless template directives
   * added or removed lines above it); the rendered position is kept in {@code renderedFrom}.
   */
  private static Finding finding(BoundPolicy p, Document d, Attribution attribution, Location loc, String path,
      String container, String message, String consequence) {
    return finding(p, d, attribution, loc, path, container, message, consequence, null, null);
  }

  /**
   * @param own the finding's own severity, or null for the policy's
   * @param fix its fix, or null; a finding attributed to a template or a source file other than
   *     the input gets none (its edits are of the rendered text)
   */
  private static Finding finding(BoundPolicy p, Document d, Attribution attribution, Location loc, String path,
      String container, String message, String consequence, Severity own, io.podlint.model.Fix fix) {
    Severity severity = own != null ? own : p.policy().severity();
    ResourceRef ref = new ResourceRef(d.apiVersion(), d.kind(), d.name(), d.namespace());
    String file = d.source();
    int line = loc.line();
    int column = loc.column();
    RenderedLocation renderedFrom = null;
    Attribution.Place place = attribution == null ? null : attribution.locate(d, path, loc);
    if (place != null) {
      renderedFrom = new RenderedLocation(file, line, column);
      file = place.file();
      line = place.line();
      column = place.column();
    } else if (d.templateSource() != null && d.templateSourceLine() > 0) {
      renderedFrom = new RenderedLocation(file, line, loc.column());
      file = d.templateSource();
      line = Math.max(1, line - d.templateSourceLine());
    }
    return new Finding(p.id(), severity, p.policy().category(), message,
        consequence != null ? consequence : p.policy().consequence(), p.policy().remediation(), file,
        line, column, ref, container, path, renderedFrom, renderedFrom == null ? fix : null);
  }

  /** What one file produced, kept until every file is done. */
  private static final class FileOutcome {
    final List<Finding> findings = new ArrayList<>();
    final List<String> inputErrors = new ArrayList<>();
    final List<String> internalErrors = new ArrayList<>();
    final List<DeferredTask> deferred = new ArrayList<>();
    final List<Finding> deferredFindings = new ArrayList<>();
    final List<Suppressions.Directive> directives = new ArrayList<>();
    final List<WorkloadSummary> summaries = new ArrayList<>();
    Attribution attribution;
    int objects;
    int workloads;
  }

  /** @param indexSource the file the document is indexed under (for rendered output, its source file) */
  private record DeferredTask(BoundPolicy policy, Document document, Attribution attribution, String indexSource,
      Consumer<CheckContext.Indexed> task) {}

  private final class DocumentContext implements CheckContext {
    private final BoundPolicy policy;
    private final Document document;
    private final Optional<Workload> workload;
    private final FileOutcome out;

    DocumentContext(BoundPolicy policy, Document document, Optional<Workload> workload, FileOutcome out) {
      this.policy = policy;
      this.document = document;
      this.workload = workload;
      this.out = out;
    }

    @Override
    public void report(YamlNode at, String message) {
      report(at, null, message, null);
    }

    @Override
    public void report(YamlNode at, ContainerView container, String message) {
      report(at, container, message, null);
    }

    @Override
    public void report(YamlNode at, ContainerView container, String message, String consequence) {
      out.findings.add(finding(policy, document, out.attribution, at.location(), at.path(),
          container == null ? null : container.name(), message, consequence));
    }

    @Override
    public void report(YamlNode at, ContainerView container, String message, String consequence, Severity severity) {
      out.findings.add(finding(policy, document, out.attribution, at.location(), at.path(),
          container == null ? null : container.name(), message, consequence, severity, null));
    }

    @Override
    public void report(YamlNode at, Location exact, ContainerView container, String message) {
      out.findings.add(finding(policy, document, out.attribution, exact, at.path(),
          container == null ? null : container.name(), message, null));
    }

    @Override
    public void report(YamlNode at, Location exact, ContainerView container, String message,
        String consequence, io.podlint.model.Fix fix) {
      out.findings.add(finding(policy, document, out.attribution, exact != null ? exact : at.location(), at.path(),
          container == null ? null : container.name(), message, consequence, null, fix));
    }

    @Override
    public Anchor anchor(YamlNode at, ContainerView container) {
      return new Anchor(at.location(), at.path(), container == null ? null : container.name());
    }

    @Override
    public void afterIndex(Consumer<Indexed> task) {
      // Keep only a shallow document (no tree) so that the file's nodes can be collected.
      Document detached = new Document(document.source(), document.index(), YamlNode.root(null),
          document.apiVersion(), document.kind(), document.name(), document.namespace(),
          document.templateSource(), document.templateSourceLine());
      String indexSource = out.attribution == null ? document.source() : relabelled(document, out.attribution).source();
      out.deferred.add(new DeferredTask(policy, detached, out.attribution, indexSource, task));
    }

    @Override
    public LintSettings settings() {
      return settings;
    }

    @Override
    public String text(io.podlint.rules.PolicyText text, Object... values) {
      return policyText(policy, text, values);
    }

    @Override
    public boolean isActive(String policyId) {
      BoundPolicy p = byId.get(policyId);
      return p != null && applies(p, document, workload);
    }
  }

  private static final class IndexedContext implements CheckContext.Indexed {
    private final DeferredTask task;
    private final InputIndex index;
    private final List<Finding> sink;

    IndexedContext(DeferredTask task, InputIndex index, List<Finding> sink) {
      this.task = task;
      this.index = index;
      this.sink = sink;
    }

    @Override
    public InputIndex index() {
      return index;
    }

    @Override
    public String source() {
      return task.indexSource();
    }

    @Override
    public void report(Anchor at, String message) {
      report(at, message, null);
    }

    @Override
    public void report(Anchor at, String message, String consequence) {
      sink.add(finding(task.policy, task.document, task.attribution, at.location(), at.path(), at.container(), message, consequence));
    }

    @Override
    public void report(Anchor at, String message, String consequence, Severity severity) {
      sink.add(finding(task.policy, task.document, task.attribution, at.location(), at.path(), at.container(), message,
          consequence, severity, null));
    }

    @Override
    public String text(io.podlint.rules.PolicyText text, Object... values) {
      return policyText(task.policy, text, values);
    }
  }

  /** {@code text} of {@code policy}'s {@code texts:}, filled (see {@link io.podlint.rules.PolicyText}). */
  private static String policyText(BoundPolicy policy, io.podlint.rules.PolicyText text, Object... values) {
    String template = policy.policy().texts().get(text.name());
    if (template == null) {
      throw new IllegalStateException("policy " + policy.id() + " has no text " + text.name());
    }
    return text.fill(template, values);
  }
}
