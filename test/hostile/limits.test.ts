import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { main } from "../../src/cli/main.js";
import { memoryIo } from "../helpers/memory-io.js";
import { hostileDir, runCli, STACK } from "../helpers/hostile.js";
import { tempDir } from "../helpers/paths.js";

/**
 * The configured limits (briefing.config.yaml `limits:`) are honoured by every command
 * that reads briefings or text to import, from files and from standard input.
 */
let dir: string;
let cleanup: () => void;
const base = readFileSync(join(hostileDir, "name with spaces.yaml"), "utf8");

beforeAll(() => {
  ({ dir, cleanup } = tempDir());
  writeFileSync(join(dir, "ok.yaml"), base);
  cpSync(join(hostileDir, "import-valid.txt"), join(dir, "ok.txt"));
  writeFileSync(
    join(dir, "aliases.yaml"),
    base
      .replace(/^headline: (.*)$/m, "headline: &h $1")
      .replace(/^conclusion: .*$/m, "conclusion: *h")
      .replace("  author: Trade desk", "  author: *h"),
  );
});
afterAll(() => cleanup());

function config(limits: string): string {
  const file = join(dir, `limits-${limits.replace(/\W+/g, "-")}.yaml`);
  writeFileSync(file, `limits: { ${limits} }\n`);
  return file;
}

describe("configured limits", () => {
  it.each([
    ["validate", ["validate", "ok.yaml"], 1],
    ["export", ["export", "ok.yaml"], 1],
    ["import", ["import", "ok.txt"], 1],
  ])("maxFileSize: %s refuses a bigger file without reading it", async (_n, args, code) => {
    const r = await runCli(dir, ["--config", config("maxFileSize: 500"), ...args]);
    expect(r.code).toBe(code);
    expect(r.out + r.err).toMatch(/over the limit of 500 \(limits\.maxFileSize\)/);
    expect(r.err).not.toMatch(STACK);
  });

  it("maxFileSize applies to standard input too", async () => {
    const { io, stdout } = memoryIo({ cwd: dir, stdin: base });
    const code = await main(["--config", config("maxFileSize: 500"), "validate", "-"], io);
    expect(code).toBe(1);
    expect(stdout()).toMatch(/over the limit of 500/);
  });

  it("maxAliasCount: two aliases are refused at 1, accepted at the default", async () => {
    const strict = await runCli(dir, [
      "--config",
      config("maxAliasCount: 1"),
      "validate",
      "aliases.yaml",
    ]);
    expect(strict.code).toBe(1);
    expect(strict.out).toMatch(/more than 1 expansions/);
    expect((await runCli(dir, ["validate", "aliases.yaml"])).code).toBe(0);
  });

  it.each([
    ["validate", ["validate", "ok.yaml"]],
    ["export", ["export", "ok.yaml"]],
    ["show", ["show", "ok.yaml"]],
  ])("maxDepth: %s refuses a briefing deeper than the limit", async (_n, args) => {
    const r = await runCli(dir, ["--config", config("maxDepth: 2"), ...args]);
    expect(r.code).toBe(1);
    expect(r.out + r.err).toMatch(/nests more than 2 levels deep/);
    // The default (64) leaves a real briefing (4 levels) alone.
    expect((await runCli(dir, args)).code).toBe(0);
  });
});
