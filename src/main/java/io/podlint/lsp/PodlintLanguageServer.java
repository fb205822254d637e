package io.podlint.lsp;

import io.podlint.engine.LintResult;
import io.podlint.model.Finding;
import io.podlint.model.Severity;
import io.podlint.policy.BoundPolicy;
import io.podlint.report.RuleDocs;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * {@code podlint lsp}: diagnostics for the open YAML documents from their in-memory text (on open
 * and every change, no save needed), the rule's documentation on hover, and its certain fix as a
 * quick fix. Each document is linted with the other manifests of its workspace folder and that
 * folder's {@code .podlint.yaml}.
 */
public final class PodlintLanguageServer implements LanguageServer, LanguageClientAware {
  /** Where the built-in rules are documented; a rule id is the anchor. */
  static final String RULE_DOCS = "https://github.com/podlint/podlint/blob/main/docs/rules.md#";

  private final String version;
  private LanguageClient client;
  private final List<Workspace> workspaces = new ArrayList<>();
  /** Open documents: URI to text. */
  private final Map<String, String> open = new LinkedHashMap<>();
  /** The findings last published for each open document, with their ranges. */
  private final Map<String, List<Published>> published = new HashMap<>();
  private final Map<String, Workspace> loose = new HashMap<>();
  private final java.util.Set<String> reported = new java.util.HashSet<>();

  record Published(Finding finding, Diagnostic diagnostic, Positions positions) {}

  /** The kind of the action that applies every certain fix of the document at once. */
  static final String FIX_ALL = CodeActionKind.SourceFixAll + ".podlint";

  public PodlintLanguageServer(String version) {
    this.version = version;
  }

  @Override
  public void connect(LanguageClient client) {
    this.client = client;
  }

  @Override
  @SuppressWarnings("deprecation")
  public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
    List<String> roots = new ArrayList<>();
    if (params.getWorkspaceFolders() != null) {
      params.getWorkspaceFolders().stream().map(WorkspaceFolder::getUri).forEach(roots::add);
    }
    if (roots.isEmpty() && params.getRootUri() != null) {
      roots.add(params.getRootUri());
    }
    if (roots.isEmpty() && params.getRootPath() != null) {
      roots.add(Path.of(params.getRootPath()).toUri().toString());
    }
    for (String r : roots) {
      Path p = path(r);
      if (p != null) {
        workspaces.add(new Workspace(p));
      }
    }
    ServerCapabilities caps = new ServerCapabilities();
    caps.setTextDocumentSync(TextDocumentSyncKind.Full);
    caps.setHoverProvider(true);
    caps.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix, FIX_ALL)));
    return CompletableFuture.completedFuture(new InitializeResult(caps, new ServerInfo("podlint", version)));
  }

  @Override
  public CompletableFuture<Object> shutdown() {
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void exit() {
    // The launcher's listening future ends when the client closes the stream.
  }

  @Override
  public TextDocumentService getTextDocumentService() {
    return documents;
  }

  @Override
  public WorkspaceService getWorkspaceService() {
    return workspace;
  }

  static Path path(String uri) {
    try {
      URI u = URI.create(uri);
      return "file".equals(u.getScheme()) ? Path.of(u).toAbsolutePath().normalize() : null;
    } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      return null;
    }
  }

  /**
   * The path a document is linted as: its file, or for an unsaved buffer ({@code untitled:}) a
   * name in the working folder that no file has.
   */
  private static Path documentPath(String uri) {
    Path p = path(uri);
    return p != null ? p : Path.of("").toAbsolutePath().resolve(".podlint-unsaved-" + Integer.toHexString(uri.hashCode()) + ".yaml");
  }

  /** An unsaved buffer is linted alone, with the config of the server's working folder. */
  private Workspace workspaceOf(String uri) {
    Path p = path(uri);
    if (p == null) {
      return loose.computeIfAbsent("", k -> new Workspace(Path.of("").toAbsolutePath(), false));
    }
    return workspaceOf(p);
  }

  /** The workspace folder holding a document (the innermost), or one of its own folder that reads no other file. */
  private Workspace workspaceOf(Path file) {
    Workspace best = null;
    for (Workspace w : workspaces) {
      if (w.contains(file) && (best == null || w.root().getNameCount() > best.root().getNameCount())) {
        best = w;
      }
    }
    if (best != null) {
      return best;
    }
    return loose.computeIfAbsent(file.toString(), k -> new Workspace(file.getParent() == null ? file : file.getParent(), false));
  }

  /** Lints every open document (each with its workspace) and publishes their diagnostics. */
  synchronized void lintAndPublish() {
    Map<Workspace, Map<Path, String>> byWorkspace = new LinkedHashMap<>();
    Map<Path, String> uris = new HashMap<>();
    for (Map.Entry<String, String> e : open.entrySet()) {
      Path p = documentPath(e.getKey());
      uris.put(p, e.getKey());
      byWorkspace.computeIfAbsent(workspaceOf(e.getKey()), k -> new LinkedHashMap<>()).put(p, e.getValue());
    }
    for (Map.Entry<Workspace, Map<Path, String>> e : byWorkspace.entrySet()) {
      Workspace w = e.getKey();
      String problem = w.setupProblem();
      if (problem != null && reported.add(problem) && client != null) {
        client.showMessage(new MessageParams(MessageType.Error, "podlint: " + problem + " (using the defaults)"));
      }
      LintResult result = w.lint(e.getValue());
      Map<String, List<Finding>> byFile = new HashMap<>();
      for (Finding f : result.findings()) {
        byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
      }
      for (Map.Entry<Path, String> doc : e.getValue().entrySet()) {
        String uri = uris.get(doc.getKey());
        Positions positions = new Positions(doc.getValue());
        List<Published> list = new ArrayList<>();
        for (Finding f : byFile.getOrDefault(doc.getKey().toString(), List.of())) {
          list.add(new Published(f, diagnostic(f, positions, w), positions));
        }
        published.put(uri, list);
        if (client != null) {
          client.publishDiagnostics(new PublishDiagnosticsParams(uri, list.stream().map(Published::diagnostic).toList()));
        }
      }
    }
  }

  private static Diagnostic diagnostic(Finding f, Positions positions, Workspace w) {
    Diagnostic d = new Diagnostic(positions.range(f), f.message(), severity(f.severity()), "podlint");
    d.setCode(Either.forLeft(f.ruleId()));
    if (BUILT_IN.get().contains(f.ruleId())) {
      d.setCodeDescription(new DiagnosticCodeDescription(RULE_DOCS + f.ruleId())); // custom policies have no page
    }
    return d;
  }

  private static final io.podlint.util.Lazy<java.util.Set<String>> BUILT_IN = new io.podlint.util.Lazy<>(() -> {
    try {
      return java.util.Set.copyOf(new io.podlint.policy.PolicyLoader().load(List.of()).all().stream().map(BoundPolicy::id).toList());
    } catch (io.podlint.policy.PolicyException e) {
      return java.util.Set.of();
    }
  });

  static DiagnosticSeverity severity(Severity s) {
    return switch (s) {
      case ERROR -> DiagnosticSeverity.Error;
      case WARNING -> DiagnosticSeverity.Warning;
      case INFO -> DiagnosticSeverity.Information;
    };
  }

  private static boolean contains(Range r, Position p) {
    return !before(p, r.getStart()) && !before(r.getEnd(), p);
  }

  private static boolean before(Position a, Position b) {
    return a.getLine() < b.getLine() || (a.getLine() == b.getLine() && a.getCharacter() < b.getCharacter());
  }

  private static boolean intersects(Range a, Range b) {
    return !before(a.getEnd(), b.getStart()) && !before(b.getEnd(), a.getStart());
  }

  private synchronized Hover hover(HoverParams params) {
    List<Published> list = published.getOrDefault(params.getTextDocument().getUri(), List.of());
    List<Published> here = list.stream().filter(p -> contains(p.diagnostic().getRange(), params.getPosition())).toList();
    if (here.isEmpty()) {
      return null;
    }
    Workspace w = workspaceOf(params.getTextDocument().getUri());
    StringBuilder md = new StringBuilder();
    for (Published p : here) {
      if (md.length() > 0) {
        md.append("\n\n---\n\n");
      }
      Finding f = p.finding();
      md.append("**").append(f.ruleId()).append("** (").append(f.severity().label()).append("): ")
          .append(f.message()).append("\n\n");
      w.setup().policies().get(f.ruleId()).ifPresent(b -> md.append(RuleDocs.section(b)));
    }
    return new Hover(new MarkupContent(MarkupKind.MARKDOWN, md.toString()), here.get(0).diagnostic().getRange());
  }

  private synchronized List<Either<Command, CodeAction>> codeActions(CodeActionParams params) {
    String uri = params.getTextDocument().getUri();
    List<Either<Command, CodeAction>> out = new ArrayList<>();
    List<Published> list = new ArrayList<>(published.getOrDefault(uri, List.of()));
    list.sort(Comparator.comparing((Published p) -> p.finding(), Finding.ORDER));
    for (Published p : list) {
      Finding f = p.finding();
      if (f.fix() == null || !intersects(p.diagnostic().getRange(), params.getRange())) {
        continue;
      }
      List<TextEdit> edits = f.fix().edits().stream()
          .map(e -> new TextEdit(p.positions().range(e), e.replacement())).toList();
      CodeAction action = new CodeAction("podlint: " + f.fix().description() + " (" + f.ruleId() + ")");
      action.setKind(CodeActionKind.QuickFix);
      action.setDiagnostics(List.of(p.diagnostic()));
      action.setIsPreferred(true);
      action.setEdit(new WorkspaceEdit(Map.of(uri, edits)));
      out.add(Either.forRight(action));
    }
    List<String> only = params.getContext() == null ? null : params.getContext().getOnly();
    if (only != null && only.stream().noneMatch(k -> matches(k, CodeActionKind.QuickFix))) {
      out.clear();
    }
    boolean asked = only != null && only.stream().anyMatch(k -> matches(k, FIX_ALL));
    if (only == null || asked) {
      fixAll(uri, list, asked).ifPresent(a -> out.add(Either.forRight(a)));
    }
    return out;
  }

  /**
   * Every certain fix of the document whose edits overlap no fix taken before it (in report
   * order), as one action: offered when asked for (source.fixAll, as on save) or when there are two or more.
   */
  private static java.util.Optional<CodeAction> fixAll(String uri, List<Published> list, boolean asked) {
    List<TextEdit> edits = new ArrayList<>();
    List<Range> taken = new ArrayList<>();
    int fixes = 0;
    for (Published p : list) {
      if (p.finding().fix() == null) {
        continue;
      }
      List<TextEdit> mine = p.finding().fix().edits().stream()
          .map(e -> new TextEdit(p.positions().range(e), e.replacement())).toList();
      if (mine.stream().anyMatch(e -> taken.stream().anyMatch(r -> overlaps(r, e.getRange())))) {
        continue;
      }
      mine.forEach(e -> taken.add(e.getRange()));
      edits.addAll(mine);
      fixes++;
    }
    if (fixes == 0 || (fixes < 2 && !asked)) {
      return java.util.Optional.empty();
    }
    CodeAction action = new CodeAction("podlint: fix all " + fixes + " certain problems in this file");
    action.setKind(FIX_ALL);
    action.setEdit(new WorkspaceEdit(Map.of(uri, edits)));
    return java.util.Optional.of(action);
  }

  /** Whether {@code kind} is {@code filter} or below it (kinds are dot-separated hierarchies). */
  private static boolean matches(String filter, String kind) {
    return filter.isEmpty() || kind.equals(filter) || kind.startsWith(filter + ".");
  }

  private static boolean overlaps(Range a, Range b) {
    return before(a.getStart(), b.getEnd()) && before(b.getStart(), a.getEnd()) || a.getStart().equals(b.getStart());
  }

  private final TextDocumentService documents = new TextDocumentService() {
    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
      synchronized (PodlintLanguageServer.this) {
        open.put(params.getTextDocument().getUri(), params.getTextDocument().getText());
      }
      lintAndPublish();
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
      if (params.getContentChanges().isEmpty()) {
        return;
      }
      synchronized (PodlintLanguageServer.this) {
        // Full sync: the last change holds the whole text.
        open.put(params.getTextDocument().getUri(), params.getContentChanges().get(params.getContentChanges().size() - 1).getText());
      }
      lintAndPublish();
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
      String uri = params.getTextDocument().getUri();
      synchronized (PodlintLanguageServer.this) {
        open.remove(uri);
        published.remove(uri);
      }
      if (client != null) {
        client.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
      }
      lintAndPublish();
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
      synchronized (PodlintLanguageServer.this) {
        // A saved file may be new, or the config: read the folder and the config again.
        workspaces.forEach(Workspace::invalidate);
        loose.clear();
        reported.clear();
      }
      lintAndPublish();
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
      return CompletableFuture.completedFuture(PodlintLanguageServer.this.hover(params));
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
      return CompletableFuture.completedFuture(codeActions(params));
    }
  };

  private final WorkspaceService workspace = new WorkspaceService() {
    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {}

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
      synchronized (PodlintLanguageServer.this) {
        workspaces.forEach(Workspace::invalidate);
      }
      lintAndPublish();
    }
  };
}
