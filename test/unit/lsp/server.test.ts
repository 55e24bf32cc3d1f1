import { afterAll, beforeAll, describe, expect, it, jest } from "@jest/globals";
import { copyFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { pathToFileURL } from "node:url";
import {
  createProtocolConnection,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type ProtocolConnection,
} from "vscode-languageserver-protocol/node";
import { fixture, tempDir } from "../../helpers/paths.js";

// The server in-process, over a pair of in-memory pipes, with one fault planted in the
// check `validate` shares: a document holding the marker makes that check throw.
const MARKER = "plant-a-crash-here";
const actual = await import("../../../src/io/per-input.js");
jest.unstable_mockModule("../../../src/io/per-input.js", () => ({
  ...actual,
  validateTask: (...args: Parameters<typeof actual.validateTask>) => {
    const read = args[2];
    return (read ? read() : Promise.resolve(Buffer.alloc(0))).then((bytes) => {
      if (bytes.toString("utf8").includes(MARKER)) throw new Error("a check fell over");
      return actual.validateTask(...args);
    });
  },
}));
const { startServer } = await import("../../../src/lsp/server.js");
const { createConnection } = await import("vscode-languageserver/node");

describe("the server goes on when a check fails, and re-reads configuration", () => {
  const tmp = tempDir();
  const good = join(tmp.dir, "good.yaml");
  const bad = join(tmp.dir, "bad.yaml");
  const config = join(tmp.dir, "briefing.config.yaml");
  const logs: string[] = [];
  const published: { uri: string; diagnostics: Diagnostic[] }[] = [];
  let client: ProtocolConnection;

  const next = (uri: string): Promise<Diagnostic[]> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri}`)), 10_000);
      const poll = setInterval(() => {
        const i = published.findIndex((p) => p.uri === uri);
        if (i < 0) return;
        clearInterval(poll);
        clearTimeout(timer);
        resolve(published.splice(i, 1)[0]?.diagnostics ?? []);
      }, 5);
    });

  beforeAll(async () => {
    copyFileSync(fixture("lsp", "port-congestion.yaml"), good);
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    const server = createConnection(
      new StreamMessageReader(toServer),
      new StreamMessageWriter(toClient),
    );
    startServer(server, {});
    server.listen();
    client = createProtocolConnection(
      new StreamMessageReader(toClient),
      new StreamMessageWriter(toServer),
    );
    client.onNotification(LogMessageNotification.type, (p) => {
      logs.push(p.message);
    });
    client.onNotification(PublishDiagnosticsNotification.type, (p) => {
      published.push(p);
    });
    client.listen();
    await client.sendRequest("initialize", {
      processId: null,
      rootUri: pathToFileURL(tmp.dir).href,
      workspaceFolders: [{ uri: pathToFileURL(tmp.dir).href, name: "t" }],
      capabilities: {},
      initializationOptions: { debounceMs: 0 },
    });
    await client.sendNotification("initialized", {});
  });
  afterAll(() => {
    client.dispose();
    tmp.cleanup();
  });

  const open = async (file: string, text: string) => {
    await client.sendNotification("textDocument/didOpen", {
      textDocument: { uri: pathToFileURL(file).href, languageId: "yaml", version: 1, text },
    });
  };

  it("logs a check that throws and still checks the next document", async () => {
    await open(bad, `headline: ${MARKER}\n`);
    await open(good, "headline: Port congestion eases\n");
    const diagnostics = await next(pathToFileURL(good).href);
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(logs.some((l) => l.includes("checking bad.yaml failed: a check fell over"))).toBe(true);
    expect(published.filter((p) => p.uri === pathToFileURL(bad).href)).toEqual([]);
  });

  it("re-checks open documents when the configuration file changes", async () => {
    const uri = pathToFileURL(good).href;
    const text = "headline: Port congestion may ease\n";
    await client.sendNotification("textDocument/didChange", {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text }],
    });
    expect((await next(uri)).map((d) => d.code)).toContain("hedge-words");
    writeFileSync(config, "rules:\n  hedge-words: off\n");
    await client.sendNotification("workspace/didChangeWatchedFiles", {
      changes: [{ uri: pathToFileURL(config).href, type: 1 }],
    });
    expect((await next(uri)).map((d) => d.code)).not.toContain("hedge-words");
    writeFileSync(config, "rules:\n  hedge-words: [nonsense]\n");
    await client.sendNotification("workspace/didChangeWatchedFiles", {
      changes: [{ uri: pathToFileURL(config).href, type: 2 }],
    });
    const broken = await next(uri);
    // A configuration that cannot be read is said once, at the top of the document.
    expect(broken).toHaveLength(1);
    expect(broken[0]?.code).toBe("config");
    expect(broken[0]?.message).toMatch(/hedge-words/);
  });
});
