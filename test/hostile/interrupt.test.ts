import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { runCli } from "../helpers/hostile.js";
import { root, tempDir } from "../helpers/paths.js";

/**
 * Atomic writes under interruption, against the built CLI (run `npm run build` first):
 * a batch of 3,000 exports is killed mid-way, and every file it leaves must be whole.
 */
const bin = join(root, "bin", "briefing.js");
const COPIES = 3000;
const examples = [
  "freight-rates.yaml",
  "climate/morocco-drought.yaml",
  "cyber/hospital-ransomware.yaml",
  "economics/services-inflation.yaml",
  "elections/deepfake-robocalls.yaml",
  "energy/gas-storage.json",
  "public-health/dengue-vaccination.yaml",
  "technology/data-centre-grid.yml",
];

let dir: string;
let cleanup: () => void;
/** The single-file HTML export of each example, by its stem. */
const expected = new Map<string, string>();

beforeAll(async () => {
  ({ dir, cleanup } = tempDir());
  mkdirSync(join(dir, "many"));
  for (let i = 0; i < COPIES; i++) {
    const example = examples[i % examples.length] ?? "";
    const name = `${String(i).padStart(4, "0")}-${basename(example)}`;
    copyFileSync(join(root, "examples", example), join(dir, "many", name));
  }
  for (const example of examples) {
    const r = await runCli(root, ["export", "-f", "html", join("examples", example)]);
    expect(r.code).toBe(0);
    expected.set(basename(example, extname(example)), r.out);
  }
});
afterAll(() => cleanup());

/** Starts the export, waits until it has written some files (and 300 ms have passed), then signals it. */
async function interrupted(signal: NodeJS.Signals, out: string) {
  const child = spawn(process.execPath, [bin, "export", "many", "-d", out, "-f", "html"], {
    cwd: dir,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, sig) => resolve({ code, signal: sig })),
  );
  const started = Date.now();
  const abs = join(dir, out);
  for (;;) {
    await new Promise((r) => setTimeout(r, 5));
    const some = existsSync(abs) && readdirSync(abs).length >= 20;
    if ((some && Date.now() - started >= 300) || child.exitCode !== null) break;
  }
  child.kill(signal);
  return { ...(await exited), stderr };
}

/** What is wrong with the files left in the output folder: stray, partial or changed files. */
function damage(out: string): { written: number; problems: string[] } {
  const problems: string[] = [];
  // The record of what the export wrote is kept so a re-run can update those files.
  const names = readdirSync(join(dir, out)).filter((n) => n !== ".briefing-exports.json");
  for (const name of names) {
    const stem = /^\d{4}-(.+)\.html$/.exec(name)?.[1];
    const want = stem === undefined ? undefined : expected.get(stem);
    if (want === undefined) {
      problems.push(`stray file ${name}`);
      continue;
    }
    const text = readFileSync(join(dir, out, name), "utf8");
    if (!text.endsWith("</html>\n")) problems.push(`partial ${name} (${text.length} chars)`);
    else if (text !== want) problems.push(`${name} differs from a single-file export`);
  }
  return { written: names.length, problems };
}

describe("an interrupted export leaves only whole files", () => {
  it.each(["SIGINT", "SIGTERM"] as const)(
    "%s: exit 130, a summary, no partial or temporary files, every file intact",
    async (signal) => {
      const out = `out-${signal}`;
      const { code, signal: killedBy, stderr } = await interrupted(signal, out);
      expect({ code, killedBy }).toEqual({ code: 130, killedBy: null });
      expect(stderr).toMatch(/^\d+ written to out-SIG\w+, interrupted with \d+ not exported\n$/m);
      const { written, problems } = damage(out);
      expect(problems).toEqual([]);
      // It really was interrupted mid-batch, with files already written.
      expect(written).toBeGreaterThan(0);
      expect(written).toBeLessThan(COPIES);
      expect(stderr).toContain(`${written} written to ${out}`);
      rmSync(join(dir, out), { recursive: true });
    },
  );

  it("SIGKILL (no chance to clean up): every file under its final name is still whole", async () => {
    const { signal } = await interrupted("SIGKILL", "out-kill");
    expect(signal).toBe("SIGKILL");
    const { written, problems } = damage("out-kill");
    expect(written).toBeGreaterThan(0);
    // A temporary file may be left (dot-file, .tmp); a half-written final file may not.
    expect(problems.filter((p) => !/^stray file \..+\.tmp$/.test(p))).toEqual([]);
  });
});
