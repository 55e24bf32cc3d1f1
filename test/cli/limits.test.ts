import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { cpSync, mkdirSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { main } from "../../src/cli/main.js";
import { listDrafts, loadDraft } from "../../src/io/drafts.js";
import { memoryIo } from "../helpers/memory-io.js";
import { root, tempDir } from "../helpers/paths.js";

let dir: string;
let cleanup: () => void;

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  cpSync(join(root, "examples", "freight-rates.yaml"), join(dir, "good.yaml"));
});
afterEach(() => cleanup());

async function run(args: string[]) {
  const { io, stdout, stderr } = memoryIo({ cwd: dir });
  const code = await main(args, io);
  return { code, out: stdout(), err: stderr() };
}

describe("input limits", () => {
  it("a file over limits.maxFileSize is refused without being read, and the batch goes on", async () => {
    writeFileSync(join(dir, "briefing.config.yaml"), "limits:\n  maxFileSize: 1000\n");
    writeFileSync(join(dir, "small.yaml"), "headline: x\n");
    const { code, out } = await run(["validate", "good.yaml", "small.yaml", "-r", "json"]);
    expect(code).toBe(1);
    const results = (
      JSON.parse(out) as {
        files: { path: string; problems: { rule: string; message: string }[] }[];
      }
    ).files;
    expect(results[0]?.problems).toEqual([
      expect.objectContaining({
        rule: "limits",
        message: "file is 3819 bytes, over the limit of 1000 (limits.maxFileSize); not read",
      }),
    ]);
    expect(results[1]?.problems.map((p) => p.rule)).toContain("schema");
  });

  it("nesting past limits.maxDepth is refused with one clear problem", async () => {
    writeFileSync(join(dir, "briefing.config.yaml"), "limits:\n  maxDepth: 2\n");
    const { code, out } = await run(["validate", "good.yaml"]);
    expect(code).toBe(1);
    expect(out).toMatch(
      /1:1 +error +the file nests more than 2 levels deep; a briefing needs far fewer \(see limits\.maxDepth\) +limits/,
    );
  });

  it.each([
    ["deep.yaml", `headline: ${"[".repeat(5000)}${"]".repeat(5000)}\n`],
    ["deep.json", `{"headline": ${"[".repeat(20000)}${"]".repeat(20000)}}`],
  ])("input nested thousands deep (%s) is a located problem, not a crash", async (name, text) => {
    writeFileSync(join(dir, name), text);
    const { code, out, err } = await run(["validate", name, "good.yaml"]);
    expect(code).toBe(1);
    expect(err).toBe("");
    expect(out).toMatch(/error +the file nests too deeply to read +syntax/);
    expect(out).not.toContain("good.yaml");
  });

  it("limits.maxAliasCount bounds alias expansion", async () => {
    const bomb = [
      "a: &a [x, x, x, x, x, x, x, x, x]",
      "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]",
      "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]",
      "headline: *c",
      "",
    ].join("\n");
    writeFileSync(join(dir, "bomb.yaml"), bomb);
    writeFileSync(join(dir, "briefing.config.yaml"), "limits:\n  maxAliasCount: 5\n");
    const { code, out } = await run(["validate", "bomb.yaml"]);
    expect(code).toBe(1);
    expect(out).toMatch(
      /aliases expand to too much data \(more than 5 expansions\); refusing to load/,
    );
  });
});

describe("size limits on the files around the briefings", () => {
  // Sparse files: 11 MiB by size, nothing on disk; each is refused from its size.
  const big = (name: string): string => {
    const path = join(dir, name);
    writeFileSync(path, "");
    truncateSync(path, 11 * 1024 * 1024);
    return path;
  };
  const over = "is 11534336 bytes, over the limit of 10485760";

  it("a configuration file", async () => {
    big("briefing.config.yaml");
    const { code, err } = await run(["validate", "good.yaml"]);
    expect(code).toBe(2);
    expect(err).toBe(
      `briefing: cannot read configuration: briefing.config.yaml ${over} (the default limit); not read\n`,
    );
  });

  it("a template file", async () => {
    big("weekly.yaml");
    const { code, err } = await run(["validate", "good.yaml", "--template", "./weekly.yaml"]);
    expect(code).toBe(2);
    expect(err).toMatch(
      new RegExp(`^briefing: .*weekly\\.yaml ${over} \\(limits\\.maxFileSize\\); not read\\n$`),
    );
  });

  it("an answers file", async () => {
    big("answers.yaml");
    const { io, stderr } = memoryIo({ cwd: dir, env: { BRIEFING_DRAFTS: join(dir, "drafts") } });
    const code = await main(["new", "--answers", "answers.yaml", "out.yaml"], io);
    expect(code).toBe(2);
    expect(stderr()).toBe(
      `briefing: cannot read the answers: answers.yaml ${over} (limits.maxFileSize); not read\n`,
    );
  });

  it("a draft, which is then not listed", () => {
    const drafts = join(dir, "drafts");
    mkdirSync(drafts);
    const path = join(drafts, "20261125T100000-abcdef.yaml");
    writeFileSync(path, "");
    truncateSync(path, 11 * 1024 * 1024);
    expect(() => loadDraft(path)).toThrow(`${path} is not a briefing draft`);
    expect(listDrafts(drafts)).toEqual([]);
  });
});
