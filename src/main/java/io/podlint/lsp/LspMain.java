package io.podlint.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.ExecutionException;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/** Runs the language server on a pair of streams until the client closes them. */
public final class LspMain {
  private LspMain() {}

  /** @return 0 when the client ended the session */
  public static int run(InputStream in, OutputStream out, String version) throws InterruptedException {
    PodlintLanguageServer server = new PodlintLanguageServer(version);
    Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
    server.connect(launcher.getRemoteProxy());
    try {
      launcher.startListening().get();
    } catch (ExecutionException e) {
      return 0; // the stream closed under the reader
    }
    return 0;
  }
}
