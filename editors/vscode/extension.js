// Starts `briefing lsp` for the workspace and hands its stdio to VS Code's language client.
// All the checking happens in the server; this file only finds and starts it.
const { existsSync } = require("node:fs");
const { join } = require("node:path");
const vscode = require("vscode");
const { LanguageClient, TransportKind } = require("vscode-languageclient/node");

let client;

/** The command line that starts the server: the setting, the project's own copy, or PATH. */
function serverCommand() {
  const configured = vscode.workspace.getConfiguration("briefing").get("command", []);
  if (configured.length > 0) return { command: configured[0], args: configured.slice(1) };
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const local = join(folder.uri.fsPath, "node_modules", ".bin", "briefing");
    if (existsSync(local)) return { command: local, args: ["lsp"] };
  }
  return { command: "briefing", args: ["lsp"] };
}

function activate(context) {
  const { command, args } = serverCommand();
  const run = { command, args, transport: TransportKind.stdio };
  client = new LanguageClient(
    "briefing",
    "briefing",
    { run, debug: run },
    {
      documentSelector: [
        { scheme: "file", language: "yaml" },
        { scheme: "file", language: "json" },
        // The server checks these only where the configuration's `files` globs name them.
        { scheme: "file", language: "markdown" },
        { scheme: "file", language: "plaintext" },
      ],
      synchronize: {
        fileEvents: vscode.workspace.createFileSystemWatcher(
          "**/{briefing.config.*,.briefingrc,.briefingrc.*}",
        ),
      },
    },
  );
  context.subscriptions.push({ dispose: () => client?.stop() });
  return client.start();
}

function deactivate() {
  return client?.stop();
}

module.exports = { activate, deactivate };
