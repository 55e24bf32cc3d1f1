import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { cpSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { main } from "../../src/cli/main.js";
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
    const results = JSON.parse(out) as {
      path: string;
      problems: { rule: string; message: string }[];
    }[];
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
