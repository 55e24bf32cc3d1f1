import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { hostileDir } from "../helpers/hostile.js";
import { initialize, shutdown, startLsp, stop, type LspSession } from "../helpers/lsp-client.js";
import { fixture, tempDir } from "../helpers/paths.js";

// The built server against what editors can throw at it: the hostile corpus opened as
// documents, a client that vanishes, and a long editing session.

/** Generated inputs beside the committed corpus: an alias bomb and hostile nesting. */
const generated: [string, string][] = [
  [
    "alias-bomb.yaml",
    ["a: &a [x, x, x, x, x, x, x, x, x]"]
      .concat(
        Array.from({ length: 9 }, (_, i) => {
          const name = String.fromCharCode(98 + i);
          const prev = String.fromCharCode(97 + i);
          return `${name}: &${name} [*${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}]`;
        }),
      )
      .join("\n"),
  ],
  ["deep.yaml", `headline: ${"[".repeat(5000)}${"]".repeat(5000)}\n`],
  ["deep.json", `{"headline": ${"[".repeat(5000)}${"]".repeat(5000)}}`],
  ["long-line.yaml", `headline: ${"word ".repeat(200_000)}\n`],
];

describe("briefing lsp under hostile input", () => {
  const tmp = tempDir();
  let session: LspSession;

  beforeAll(async () => {
    session = startLsp();
    await initialize(session, tmp.dir);
  });
  afterAll(() => {
    stop(session);
    tmp.cleanup();
  });

  it("answers every hostile document with diagnostics, in bounded time, and stays up", async () => {
    const committed = readdirSync(hostileDir)
      .map((name) => join(hostileDir, name))
      .filter((path) => statSync(path).isFile())
      .map((path): [string, string] => [path, readFileSync(path, "utf8")]);
    const all = [
      ...committed,
      ...generated.map(([n, t]): [string, string] => [join(tmp.dir, n), t]),
    ];
    expect(all.length).toBeGreaterThan(70);
    for (const [path, text] of all) {
      const uri = pathToFileURL(path).href;
      const started = Date.now();
      const waiting = session.diagnostics(uri, () => true, 10_000);
      await session.connection.sendNotification("textDocument/didOpen", {
        textDocument: { uri, languageId: "yaml", version: 1, text },
      });
      await waiting;
      // Hover, outline and completion on the same document must not take it down either.
      await session.connection.sendRequest("textDocument/hover", {
        textDocument: { uri },
        position: { line: 0, character: 3 },
      });
      await session.connection.sendRequest("textDocument/documentSymbol", {
        textDocument: { uri },
      });
      await session.connection.sendRequest("textDocument/completion", {
        textDocument: { uri },
        position: { line: 0, character: 0 },
      });
      expect({ path, ms: Date.now() - started < 5_000 }).toEqual({ path, ms: true });
      await session.connection.sendNotification("textDocument/didClose", { textDocument: { uri } });
    }
    expect(session.child.exitCode).toBeNull();
    expect(session.stderr()).toBe("");
  });
});

describe("briefing lsp over a long session", () => {
  const proc = (pid: number) => `/proc/${pid}/status`;

  it("keeps its memory flat over 1,000 edits", async () => {
    const session = startLsp();
    const tmp = tempDir();
    try {
      await initialize(session, tmp.dir);
      const pid = session.child.pid ?? 0;
      if (!existsSync(proc(pid))) {
        console.warn("skipped: /proc is not available to read the server's memory");
        return;
      }
      const rssMb = () =>
        Number(/VmRSS:\s+(\d+)/.exec(readFileSync(proc(pid), "utf8"))?.[1] ?? 0) / 1024;
      const uri = pathToFileURL(join(tmp.dir, "port.yaml")).href;
      const base = readFileSync(fixture("lsp", "port-congestion.yaml"), "utf8");
      await session.connection.sendNotification("textDocument/didOpen", {
        textDocument: { uri, languageId: "yaml", version: 1, text: base },
      });
      await session.diagnostics(uri);
      const samples: number[] = [];
      for (let version = 2; version <= 1001; version++) {
        const text = base.replace("Baltic", `Baltic ${version}`);
        const waiting = session.diagnostics(uri);
        await session.connection.sendNotification("textDocument/didChange", {
          textDocument: { uri, version },
          contentChanges: [{ text }],
        });
        await waiting;
        if (version % 200 === 1) samples.push(rssMb());
      }
      // After the first 200 edits have warmed it up, the resident set may wobble with
      // garbage collection but must not climb with the number of edits.
      const [warm, ...rest] = samples;
      expect(samples).toHaveLength(5);
      expect(Math.max(...rest) - (warm ?? 0)).toBeLessThan(25);
      expect(await shutdown(session)).toBe(0);
    } finally {
      stop(session);
      tmp.cleanup();
    }
  });

  it("ends quietly when the client goes away mid-session (a broken pipe)", async () => {
    const session = startLsp();
    const tmp = tempDir();
    try {
      await initialize(session, tmp.dir);
      const uri = pathToFileURL(join(tmp.dir, "x.yaml")).href;
      await session.connection.sendNotification("textDocument/didOpen", {
        textDocument: { uri, languageId: "yaml", version: 1, text: "headline: x\n" },
      });
      // The client dies: both pipes close under the server.
      session.child.stdout.destroy();
      session.child.stdin.destroy();
      let timer: NodeJS.Timeout | undefined;
      const code = await Promise.race([
        session.exited,
        new Promise((resolve) => (timer = setTimeout(() => resolve("still running"), 10_000))),
      ]);
      clearTimeout(timer);
      // Exit code 1 is the protocol's answer to an exit without shutdown.
      expect(code).toBe(1);
      expect(session.stderr()).toBe("");
    } finally {
      stop(session);
      tmp.cleanup();
    }
  });
});
