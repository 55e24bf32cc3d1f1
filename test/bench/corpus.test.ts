import { afterAll, describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { root, tempDir } from "../helpers/paths.js";

// The benchmark corpus generator (bench/corpus.js), driven through its CLI as the benchmark
// uses it. The corpus must be reproducible (same seed, same bytes) and look like a real
// archive to the CLI: most files with a warning, one in ten with an error, and nothing the
// schema alone rejects.
const { dir: tmp, cleanup } = tempDir();
afterAll(() => cleanup());

function node(args: string[]) {
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

let serial = 0;
/** Writes a corpus into a fresh folder and returns the folder. */
function generate(
  seed: number,
  n: number,
  format: string,
  template?: string,
  plain = false,
): string {
  const out = join(tmp, `c${serial++}`);
  const extra = [...(template ? ["--template", template] : []), ...(plain ? ["--plain"] : [])];
  const args = ["bench/corpus.js", "--seed", `${seed}`, "--n", `${n}`, "--format", format];
  const { code, err } = node([...args, ...extra, "--out", out]);
  expect({ code, err }).toEqual({ code: 0, err: "" });
  return out;
}

/** Relative path to content of every corpus file (the .complete marker left out). */
function files(dir: string): Map<string, string> {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.startsWith("."))
    .map((e) => join(e.parentPath, e.name));
  return new Map(entries.sort().map((f) => [f.slice(dir.length + 1), readFileSync(f, "utf8")]));
}

interface FileReport {
  path: string;
  errorCount: number;
  warningCount: number;
  problems: { rule: string; message: string; severity: string }[];
}

function validate(dir: string, code: number): FileReport[] {
  const run = node(["bin/briefing.js", "validate", dir, "--reporter", "json"]);
  expect({ code: run.code, err: run.err }).toEqual({ code, err: "" });
  return (JSON.parse(run.out) as { files: FileReport[] }).files;
}

const planted = (dir: string) =>
  (JSON.parse(readFileSync(join(dir, ".complete"), "utf8")) as { planted: { errors: number } })
    .planted;

describe("bench/corpus.js", () => {
  it("gives the same files for the same seed, and other files for another seed", () => {
    for (const format of ["yaml", "json", "txt"]) {
      const a = files(generate(7, 60, format));
      const b = files(generate(7, 60, format));
      const other = files(generate(8, 60, format));
      expect(a.size).toBe(60);
      expect([...b]).toEqual([...a]);
      expect([...other.values()]).not.toEqual([...a.values()]);
    }
  });

  it("makes briefing i the same whatever the corpus size", () => {
    const small = files(generate(7, 20, "json"));
    const large = files(generate(7, 120, "json"));
    for (const [path, text] of small) expect(large.get(path)).toBe(text);
  });

  it("spreads files over folders of 50 and keeps them within 1–6 KB", () => {
    for (const format of ["yaml", "json"]) {
      const dir = generate(11, 120, format);
      const paths = [...files(dir).keys()];
      expect(new Set(paths.map((p) => p.split(/[\\/]/)[0]))).toEqual(
        new Set(["d000", "d001", "d002"]),
      );
      for (const p of paths) {
        const size = statSync(join(dir, p)).size;
        expect(size).toBeGreaterThanOrEqual(1024);
        expect(size).toBeLessThanOrEqual(6 * 1024);
      }
    }
  });

  it("writes an archive as real ones are: warnings in most files, errors in a tenth", () => {
    const yaml = generate(42, 300, "yaml");
    const json = generate(42, 300, "json");
    for (const dir of [yaml, json]) {
      const report = validate(dir, 1);
      expect(report).toHaveLength(300);
      const failed = report.filter((f) => f.errorCount > 0).length;
      expect(failed).toBe(planted(dir).errors);
      expect(failed).toBeGreaterThanOrEqual(15);
      expect(failed).toBeLessThanOrEqual(45);
      expect(report.filter((f) => f.warningCount > 0).length).toBeGreaterThanOrEqual(210);
      // Only the planted kinds of error: the schema alone (and so ajv-cli) passes every file.
      const errorRules = new Set(
        report.flatMap((f) => f.problems.filter((p) => p.severity === "error").map((p) => p.rule)),
      );
      expect([...errorRules].sort()).toEqual(["bullet-count", "headline-length"]);
    }
    const briefings = [...files(json).values()].map((t) => JSON.parse(t) as { template?: string });
    expect(new Set(briefings.map((b) => b.template ?? "standard"))).toEqual(
      new Set(["standard", "flash", "bluf", "smart-brevity"]),
    );
    const text = [...files(yaml).values()].join("\n");
    expect(text.startsWith("#")).toBe(false);
    // Accents, curly quotes, en dash, Arabic, Hebrew, CJK and Greek all occur.
    for (const re of [/[éüøñ]/, /[“”]/, /–/, /\p{Script=Arabic}/u, /\p{Script=Hebrew}/u]) {
      expect(text).toMatch(re);
    }
    for (const re of [/\p{Script=Han}/u, /\p{Script=Greek}/u]) expect(text).toMatch(re);
  });

  it("writes plain text exactly as `briefing export -f txt` lays out the plain corpus", () => {
    for (const template of ["mixed", "standard"]) {
      const yaml = generate(5, 60, "yaml", template, true);
      const txt = generate(5, 60, "txt", template);
      const out = join(tmp, `export-${template}`);
      const { code } = node(["bin/briefing.js", "export", yaml, "-f", "txt", "-d", out]);
      expect(code).toBe(0);
      expect([...files(txt)]).toEqual([...files(out)]);
    }
  });
});
