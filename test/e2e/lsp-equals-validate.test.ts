import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import type { Diagnostic } from "vscode-languageserver-protocol";
import { decodeText } from "../../src/core/decode.js";
import { root } from "../helpers/paths.js";
import {
  initialize,
  openFile,
  proseWorkspace,
  shutdown,
  startLsp,
  type LspSession,
  type ProseWorkspace,
} from "../helpers/lsp-client.js";

// The server must say exactly what `validate -r json` says, file by file: the same rule
// ids, messages and ranges. The JSON report's ends are exclusive and pulled back onto the
// problem's last line; an absent end column means the end of that line.

const folders = ["examples", "test/fixtures/valid", "test/fixtures/invalid", "test/fixtures/rules"];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return /\.(ya?ml|json)$/.test(name) ? [path] : [];
  });
}

interface ReportProblem {
  rule: string;
  message: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
}

/** A JSON report problem as an LSP range, from the report's own conventions. */
function expected(p: ReportProblem, lines: readonly string[]) {
  if (p.line === undefined) return { code: p.rule, message: p.message, range: [0, 0, 0, 0] };
  const endLine = p.endLine ?? p.line;
  const endCharacter =
    p.endColumn !== undefined ? p.endColumn - 1 : (lines[endLine - 1]?.length ?? 0);
  return {
    code: p.rule,
    message: p.message,
    range: [p.line - 1, (p.column ?? 1) - 1, endLine - 1, endCharacter],
  };
}

function seen(d: Diagnostic) {
  return {
    code: d.code,
    message: d.message,
    range: [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character],
  };
}

describe("diagnostics in the server equal validate -r json", () => {
  // Only text can be opened in an editor: files that are not UTF-8 are validate's alone.
  const files = folders
    .flatMap((f) => filesUnder(join(root, f)))
    .filter((f) => decodeText(readFileSync(f)).ok);
  let session: LspSession;
  let report: Map<string, ReportProblem[]>;

  beforeAll(async () => {
    const rels = files.map((f) => relative(root, f));
    const run = spawnSync(
      process.execPath,
      [join(root, "bin", "briefing.js"), "validate", "-r", "json", ...rels],
      {
        cwd: root,
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    const parsed = JSON.parse(run.stdout) as {
      files: { path: string; problems: ReportProblem[] }[];
    };
    report = new Map(parsed.files.map((f) => [join(root, f.path), f.problems]));
    session = startLsp();
    await initialize(session, root);
  });
  afterAll(async () => {
    await shutdown(session);
  });

  it("covers every fixture and example that is text", () => {
    expect(files.length).toBeGreaterThan(50);
    expect(report.size).toBe(files.length);
  });

  it("gives the same rule ids, messages and ranges for each file", async () => {
    for (const file of files) {
      const languageId = file.endsWith(".json") ? "json" : "yaml";
      const { text, found } = await openFile(session, file, languageId);
      const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
      const want = (report.get(file) ?? []).map((p) => expected(p, lines));
      expect({ file: relative(root, file), problems: found.map(seen) }).toEqual({
        file: relative(root, file),
        problems: want,
      });
    }
  });
});

describe("Markdown and text briefings in the server", () => {
  const names = ["briefings/port-congestion.md", "briefings/port-congestion.txt"];
  let workspace: ProseWorkspace;

  beforeAll(async () => {
    workspace = await proseWorkspace();
  });
  afterAll(async () => {
    await workspace.close();
  });

  const open = async (name: string) => {
    const { text, found } = await workspace.open(name);
    return { lines: text.split("\n"), found: found.map(seen) };
  };

  it("checks the files the configuration names, as validate does, on their own lines", async () => {
    const run = spawnSync(
      process.execPath,
      [join(root, "bin", "briefing.js"), "validate", "-r", "json", ...names],
      { cwd: workspace.dir, encoding: "utf8" },
    );
    const parsed = JSON.parse(run.stdout) as { files: { problems: ReportProblem[] }[] };
    for (const [i, name] of names.entries()) {
      const { lines, found } = await open(name);
      const want = (parsed.files[i]?.problems ?? []).map((p) => expected(p, lines));
      expect(want.length).toBeGreaterThan(0);
      expect({ name, found }).toEqual({ name, found: want });
    }
  });

  it("never checks a README", async () => {
    expect((await open("README.md")).found).toEqual([]);
  });
});
