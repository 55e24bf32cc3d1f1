// `briefing lsp`: the checks `validate` runs, in any editor that speaks the Language
// Server Protocol. Documents are checked on open and save at once, and on change after a
// short pause, so a burst of keystrokes costs one check. Every handler is fenced: a
// failure is logged to the client's output and the server goes on.
import type { Connection, Diagnostic, Hover } from "vscode-languageserver";
import {
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  TextDocumentSyncKind,
  TextDocuments,
} from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { detectFormat } from "../core/source.js";
import type { Format } from "../core/source-types.js";
import type { Template } from "../core/template.js";
import { templateFor } from "../core/validate.js";
import { completeJson } from "./complete-json.js";
import { templateNameIn } from "./template-name.js";
import { importFormatForFile } from "../import/formats.js";
import { ruleDocs } from "../io/report-context.js";
import { readSchema } from "../io/schemas.js";
import { codeActions } from "./actions.js";
import { checkDocument } from "./check.js";
import { complete, metaKeysOf } from "./complete.js";
import { splitLines } from "../core/position.js";
import { toDiagnostic, SOURCE } from "./convert.js";
import { Folders, isConfigFile } from "./folders.js";
import { partAt, readParts, sizeOf, symbolsOf, within, type LimitOf } from "./parts.js";
import { proseParts } from "./prose.js";

/** How long a change waits for the next keystroke before it is checked, by default. */
export const DEFAULT_DEBOUNCE_MS = 25;

/** What the client may set in `initializationOptions`. */
interface InitOptions {
  /** Pause after a change before checking, in milliseconds. */
  debounceMs?: number;
}

/**
 * A document's YAML or JSON format; `undefined` for a Markdown or text briefing, which is
 * checked and outlined but has no keys to rename or complete.
 */
function formatOf(uri: string, text: string): Format | undefined {
  return importFormatForFile(uri) ? undefined : detectFormat(uri, text);
}

/** Wires the handlers to a connection; `listen` is left to the caller. */
export function startServer(
  connection: Connection,
  env: Readonly<Record<string, string | undefined>>,
): void {
  const documents = new TextDocuments(TextDocument);
  const folders = new Folders();
  const diagnostics = new Map<string, Diagnostic[]>();
  const timers = new Map<string, NodeJS.Timeout>();
  const docs = new Map<string, { helpUri: string; help?: string }>();
  const docsOf = (rule: string) => {
    let found = docs.get(rule);
    if (!found) docs.set(rule, (found = ruleDocs(rule, env)));
    return found;
  };
  let debounceMs = DEFAULT_DEBOUNCE_MS;
  let watchDynamically = false;
  const metaKeys = metaKeysOf(readSchema("briefing"));

  const log = (what: string, error: unknown): void => {
    const message = error instanceof Error ? error.message : String(error);
    try {
      connection.console.error(`briefing: ${what} failed: ${message}`);
    } catch {
      // The connection is closed: there is no one left to tell.
    }
  };
  /** Runs a handler; a throw is logged and answered with `fallback`. */
  const fenced =
    <A extends unknown[], R>(what: string, fallback: R, run: (...args: A) => R | Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await run(...args);
      } catch (error) {
        log(what, error);
        return fallback;
      }
    };

  const check = fenced("check", undefined, async (uri: string): Promise<undefined> => {
    const doc = documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    const text = doc.getText();
    const checked = await checkDocument(folders, uri, text);
    // A newer version is on its way; its own check will report.
    if (documents.get(uri)?.version !== version) return;
    if (checked.crash !== undefined) {
      log(`checking ${checked.place?.path ?? uri}`, checked.crash);
      return;
    }
    if (checked.failure !== undefined) {
      const found: Diagnostic = {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: DiagnosticSeverity.Error,
        source: SOURCE,
        code: "config",
        message: checked.failure,
      };
      diagnostics.set(uri, [found]);
    } else {
      const lines = splitLines(text);
      diagnostics.set(
        uri,
        (checked.result?.problems ?? []).map((p) =>
          toDiagnostic(p, lines, (rule) => docsOf(rule).helpUri),
        ),
      );
    }
    await connection.sendDiagnostics({ uri, version, diagnostics: diagnostics.get(uri) ?? [] });
  });

  const later = (uri: string): void => {
    clearTimeout(timers.get(uri));
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        void check(uri);
      }, debounceMs),
    );
  };
  const recheckAll = (): void => {
    folders.reload();
    for (const doc of documents.all()) void check(doc.uri);
  };

  connection.onInitialize((params) => {
    const roots = params.workspaceFolders?.map((f) => f.uri) ?? [];
    if (roots.length === 0 && params.rootUri) roots.push(params.rootUri);
    folders.setRoots(roots);
    const init = (params.initializationOptions ?? {}) as InitOptions;
    if (typeof init.debounceMs === "number" && init.debounceMs >= 0) debounceMs = init.debounceMs;
    watchDynamically =
      params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: {
          openClose: true,
          change: TextDocumentSyncKind.Incremental,
          save: { includeText: false },
        },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        hoverProvider: true,
        completionProvider: { triggerCharacters: [":", " ", '"'] },
        documentSymbolProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: "briefing" },
    };
  });

  connection.onInitialized(() => {
    // Configuration and template files are watched so a change to them re-checks every
    // open document; clients that cannot register watchers still send saves.
    if (watchDynamically)
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, {
          watchers: [
            { globPattern: "**/{briefing.config.*,.briefingrc,.briefingrc.*}" },
            { globPattern: "**/*.{yaml,yml,json}" },
          ],
        })
        .catch((error: unknown) => log("watching configuration files", error));
    connection.workspace.onDidChangeWorkspaceFolders((event) => {
      const roots = new Set([...folders.roots(), ...event.added.map((f) => f.uri)]);
      for (const f of event.removed) roots.delete(f.uri);
      folders.setRoots([...roots]);
      recheckAll();
    });
  });

  connection.onDidChangeWatchedFiles((params) => {
    // An open document's own changes arrive as edits; anything else may be a
    // configuration or a template.
    if (params.changes.some((c) => isConfigFile(c.uri) || !documents.get(c.uri))) recheckAll();
  });

  // Opening a document fires a content change too: that one is checked at once, the
  // edits after it once typing pauses.
  const opened = new Set<string>();
  documents.onDidOpen((e) => opened.add(e.document.uri));
  documents.onDidChangeContent((e) => {
    if (opened.delete(e.document.uri)) void check(e.document.uri);
    else later(e.document.uri);
  });
  documents.onDidSave((e) => {
    if (isConfigFile(e.document.uri)) recheckAll();
    else void check(e.document.uri);
  });
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    diagnostics.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onCodeAction(
    fenced("quick fixes", [], (params) => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return [];
      const text = doc.getText();
      const format = formatOf(doc.uri, text);
      return format ? codeActions(doc.uri, text, format, params.context.diagnostics) : [];
    }),
  );

  /** The template and rule settings a document is checked with. */
  const settingsOf = async (uri: string, text: string, format: Format | undefined) => {
    const place = folders.place(uri);
    if (!place) return undefined;
    const ctx = await folders.context(place.root);
    const named = format ? templateNameIn(text, format) : undefined;
    const template = templateFor(named ? { template: named } : {}, ctx.check);
    return { template, rules: ctx.check.rules ?? {} };
  };

  /** An open document's text and the settings it is checked with. */
  const openDoc = async (uri: string) => {
    const doc = documents.get(uri);
    if (!doc) return undefined;
    const text = doc.getText();
    const format = formatOf(uri, text);
    return { text, format, settings: await settingsOf(uri, text, format) };
  };

  /** A document's parts and the template they are measured against. */
  const partsOfDoc = async (
    uri: string,
    open: { text: string; format?: Format; settings?: { template?: Template } },
  ) => {
    const template = open.settings?.template;
    if (open.format) return { parts: readParts(open.text, open.format, template), template };
    return proseParts(folders, uri, open.text);
  };

  connection.onHover(
    fenced("hover", null, async (params): Promise<Hover | null> => {
      const uri = params.textDocument.uri;
      const open = await openDoc(uri);
      if (!open) return null;
      const at = params.position;
      const found: string[] = [];
      for (const d of diagnostics.get(uri) ?? [])
        if (within(d.range, at) && typeof d.code === "string")
          found.push(docsOf(d.code).help ?? `**${d.code}**`);
      const { parts, template } = (await partsOfDoc(uri, open)) ?? {};
      const part = parts ? partAt(parts, at) : undefined;
      if (part && template) {
        const rules = open.settings?.rules ?? {};
        const limit: LimitOf = (rule, option, fallback) => {
          const setting = rules[rule];
          const value = Array.isArray(setting) ? setting[1]?.[option] : undefined;
          return typeof value === "number" ? value : fallback;
        };
        const size = sizeOf(part, template, limit);
        if (size) found.unshift(size);
      }
      if (found.length === 0) return null;
      return { contents: { kind: "markdown", value: found.join("\n\n---\n\n") } };
    }),
  );

  connection.onCompletion(
    fenced("completion", [], async (params) => {
      const open = await openDoc(params.textDocument.uri);
      if (!open) return [];
      const ctx = {
        template: open.settings?.template,
        metaKeys,
        rules: open.settings?.rules ?? {},
      };
      const doc = documents.get(params.textDocument.uri);
      if (open.format === "json" && doc)
        return completeJson(open.text, doc.offsetAt(params.position), ctx, (o) =>
          doc.positionAt(o),
        );
      const { line, character } = params.position;
      return complete(open.text, line, character, ctx);
    }),
  );

  connection.onDocumentSymbol(
    fenced("outline", [], async (params) => {
      const open = await openDoc(params.textDocument.uri);
      const parts = open && (await partsOfDoc(params.textDocument.uri, open))?.parts;
      return parts ? symbolsOf(parts) : [];
    }),
  );

  documents.listen(connection);
}
