// A thin client: VS Code starts `podlint lsp` and shows what it publishes. Everything else
// (rules, config, fixes) is the server's.
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

function activate(context) {
  const config = vscode.workspace.getConfiguration('podlint');
  const command = config.get('path', 'podlint');
  const args = config.get('args', ['lsp']);
  client = new LanguageClient('podlint', 'podlint', { command, args }, {
    documentSelector: [{ scheme: 'file', language: 'yaml' }, { scheme: 'untitled', language: 'yaml' }],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.yaml,*.yml,.podlint.yaml,.podlint.yml}') },
  });
  context.subscriptions.push({ dispose: () => client && client.stop() });
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
