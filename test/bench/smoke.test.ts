import { describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { root } from "../helpers/paths.js";

// Runs the whole benchmark on a 20-file corpus with one run per case: every case must still
// run its command to completion (a failing command exits 1), and nothing is written.
const CASES = [
  "node -e ''",
  "briefing --version",
  "briefing validate one",
  "briefing new (first prompt)",
  "lsp diagnostics after a change, warm",
  "read floor (yaml)",
  "read+parse floor (yaml)",
  "ajv-cli validate (yaml)",
  "briefing validate (yaml)",
  "read floor (json)",
  "read+parse floor (json)",
  "ajv-cli validate (json)",
  "briefing validate (json)",
  "briefing export md",
  "briefing export txt",
  "briefing list (yaml)",
  "briefing list --cache, warm (yaml)",
  "briefing digest html",
  "read floor (txt)",
  "briefing import (txt)",
];

function node(args: string[]) {
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
    timeout: 90_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const benchmarks = join(root, "BENCHMARKS.md");
const snapshot = () => (existsSync(benchmarks) ? readFileSync(benchmarks, "utf8") : null);

describe("npm run bench -- --smoke", () => {
  it("runs every case, exits 0 and leaves BENCHMARKS.md alone", () => {
    const before = snapshot();
    const { code, out, err } = node(["bench/run.js", "--smoke"]);
    expect({ code, err: code === 0 ? "" : err }).toEqual({ code: 0, err: "" });
    for (const name of CASES) expect(out).toContain(name);
    // The per-file breakdown by phase, one row per format.
    expect(out).toMatch(
      /\| format \| files \| read µs \| parse µs \| schema µs \| rules µs \| report µs/,
    );
    expect(out).toMatch(/\| yaml \| 20 \|/);
    expect(out).toMatch(/\| json \| 20 \|/);
    expect(out).not.toContain("FAILED");
    expect(out).not.toContain("written:");
    expect(snapshot()).toBe(before);
  }, 90_000);

  it("benchmarks a corpus with findings, as real archives have them", () => {
    for (const format of ["yaml", "json"]) {
      // Without --out, corpus.js prints the cached folder the smoke run used.
      const dir = node(["bench/corpus.js", "--seed", "42", "--n", "20", "--format", format]);
      expect(dir.code).toBe(0);
      const args = ["bin/briefing.js", "validate", dir.out.trim(), "--reporter", "json"];
      const { out } = node(args);
      const report = (JSON.parse(out) as { files: { warningCount: number }[] }).files;
      expect(report).toHaveLength(20);
      expect(report.filter((f) => f.warningCount > 0).length).toBeGreaterThanOrEqual(10);
    }
  }, 30_000);
});
