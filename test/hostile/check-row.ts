import { expect } from "@jest/globals";
import {
  cpSync,
  renameSync,
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import {
  controlsIn,
  DOCUMENTED_CODES,
  hostileDir,
  htmlProblems,
  markdownProblems,
  pollution,
  runCli,
  STACK,
  strayStderrLines,
  validExample,
  writeBigInputs,
  type Run,
} from "../helpers/hostile.js";
import { tempDir } from "../helpers/paths.js";
import { EVIL_NAME, type Code, type Row } from "./corpus-rows.js";

// What every hostile row must survive, shared by the two corpus test files: the small rows
// run in-process (corpus.test.ts), the big generated ones through the built bin in child
// processes of their own (corpus-big.test.ts), so the two files run side by side and each
// big run's memory and time are its own, not the shared test process's.

/**
 * Bounds per run. Time: 2 s, 10 s for the big generated inputs. Memory: 500 MB, as the
 * growth of the resident set across an in-process run, or a child's peak (see runCli and
 * runBin for how each is read).
 */
const MS = { small: 2_000, big: 10_000 };
const MB = 500;
const FORMATS = ["md", "txt", "json", "html"] as const;
/** The valid briefing every hostile input shares a batch with. */
const PARTNER = "partner-valid";

/** The work folder the rows run in, with the partner's exports to compare against. */
export interface Work {
  dir: string;
  partner: Record<string, string>;
  /** Lines for HOSTILE_REPORT. */
  measured: string[];
  cleanup: () => void;
}

/** How one command runs: in-process or as a child. */
export type Runner = (cwd: string, args: string[]) => Promise<Run>;

/** Copies the corpus to a temporary folder and generates the inputs too big or odd to commit. */
export async function prepareWork(): Promise<Work> {
  const { dir, cleanup } = tempDir();
  const work: Work = { dir, partner: {}, measured: [], cleanup };
  cpSync(hostileDir, dir, { recursive: true });
  cpSync(validExample, join(dir, `${PARTNER}.yaml`));
  writeBigInputs(dir);
  writeFileSync(join(dir, EVIL_NAME), "headline: [\n");
  // Made here, not committed: Windows cannot check out a name with backslashes.
  renameSync(join(dir, "backslash-name.yaml"), join(dir, "back\\slash ..\\..\\x.yaml"));
  symlinkSync("loop.yaml", join(dir, "loop.yaml"));
  symlinkSync("nowhere.yaml", join(dir, "dangling.yaml"));
  for (const format of FORMATS) {
    const r = await runCli(dir, ["export", "-f", format, `${PARTNER}.yaml`]);
    expect(r.code).toBe(0);
    work.partner[format] = r.out;
  }
  writeFileSync(join(dir, `${PARTNER}.txt`), work.partner.txt ?? "");
  return work;
}

/** Removes the work folder and prints the measurements when HOSTILE_REPORT is set. */
export function finishWork(work: Work): void {
  work.cleanup();
  if (process.env.HOSTILE_REPORT) process.stdout.write(`${work.measured.join("\n")}\n`);
}

const firstLine = (r: Run): string => (r.err || r.out).split("\n")[0]?.slice(0, 160) ?? "";

/** What is wrong with an export in `format`: control characters, HTML, Markdown structure, JSON. */
function outputProblems(format: string, text: string): string[] {
  if (format === "html") return htmlProblems(text);
  if (format === "json") {
    try {
      JSON.parse(text);
      return [];
    } catch {
      return ["not JSON"];
    }
  }
  const controls = controlsIn(text).map((c) => `control ${c}`);
  return format === "md" ? [...controls, ...markdownProblems(text)] : controls;
}

/** The files an export wrote under a folder; its record of them is not an output. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name !== ".briefing-exports.json")
    .map((e) => join(e.parentPath, e.name));
}

/** Runs tasks, at most `limit` at a time. */
async function runAll(tasks: (() => Promise<void>)[], limit: number): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < tasks.length) await tasks[next++]?.();
  };
  await Promise.all(Array.from({ length: Math.max(1, limit) }, lane));
}

/**
 * Runs every command a row names and checks what each must and must not do. In-process
 * runs go one at a time (each measures the shared process); child processes may overlap.
 */
export async function checkRow(row: Row, work: Work, run: Runner, concurrency = 1): Promise<void> {
  const failures: string[] = [];
  const fail = (what: string): number => failures.push(what);
  const bound = row.big ? MS.big : MS.small;

  /** Runs one command; the floor every run must clear, known issue or not, is asserted here. */
  const go = async (label: string, args: string[]): Promise<Run> => {
    const r = await run(work.dir, args);
    expect(DOCUMENTED_CODES).toContain(r.code);
    expect(r.err).not.toMatch(STACK);
    expect(r.out).not.toMatch(STACK);
    for (const p of pollution()) fail(`${label}: ${p}`);
    for (const line of strayStderrLines(r.err))
      fail(`${label}: stderr line not one message: ${line}`);
    const leaked = controlsIn(r.err);
    if (leaked.length) fail(`${label}: stderr carries ${leaked.join(" ")}`);
    if (r.ms > bound) fail(`${label}: took ${Math.round(r.ms)} ms (bound ${bound})`);
    if (r.mb > MB) fail(`${label}: memory grew ${Math.round(r.mb)} MB (bound ${MB})`);
    if (row.big)
      work.measured.push(`${row.file}\t${label}\t${Math.round(r.ms)} ms\t${Math.round(r.mb)} MB`);
    return r;
  };
  const want = (label: string, r: Run, code: Code): void => {
    if (r.code !== code) fail(`${label}: exit ${r.code}, expected ${code} (${firstLine(r)})`);
  };

  // The commands do not depend on each other (batch exports write to folders of their own),
  // so a runner of child processes may run several at once.
  const tasks: (() => Promise<void>)[] = [];
  tasks.push(async () => {
    const v = await go("validate", ["validate", "--", row.file]);
    want("validate", v, row.validate);
    const stylish = controlsIn(v.out);
    if (stylish.length) fail(`validate: report carries ${stylish.join(" ")}`);
    if (row.says && !row.says.test(v.out + v.err))
      fail(`validate: report does not match ${row.says}`);
  });

  const exports = [[], ...(row.noValidate !== undefined ? [["--no-validate"]] : [])];
  for (const extra of exports) {
    // A big input export refuses for its errors is refused before any format renders, so
    // one format covers that path; every format still renders what --no-validate lets by.
    const refused = row.big && extra.length === 0 && row.export !== 0;
    for (const format of refused ? FORMATS.slice(0, 1) : FORMATS) {
      tasks.push(async () => {
        const label = `export ${extra.join(" ")} -f ${format}`.replace("  ", " ");
        const r = await go(label, ["export", ...extra, "-f", format, "--", row.file]);
        want(label, r, extra.length ? (row.noValidate as Code) : row.export);
        if (r.out) for (const p of outputProblems(format, r.out)) fail(`${label}: ${p}`);
        if (format === "txt" && row.keeps && r.code === 0 && !r.out.includes(row.keeps))
          fail(`${label}: lost ${JSON.stringify(row.keeps)}`);
      });
    }
  }

  tasks.push(async () => {
    const s = await go("show", ["show", "--", row.file]);
    want("show", s, row.show);
    const shown = controlsIn(s.out);
    if (shown.length) fail(`show: output carries ${shown.join(" ")}`);
  });

  if (row.import !== undefined) {
    tasks.push(async () => {
      const r = await go("import", ["import", "--", row.file]);
      want("import", r, row.import as Code);
      const raw = controlsIn(r.out, false);
      if (raw.length) fail(`import: output carries ${raw.join(" ")}`);
      if (r.out) expect(() => parseYaml(r.out) as unknown).not.toThrow();
    });
  }

  if (!row.alone) {
    // The rest of the batch still processed: the valid partner is checked and written.
    tasks.push(async () => {
      const b = await go("validate batch", [
        "validate",
        "-r",
        "json",
        "--",
        row.file,
        `${PARTNER}.yaml`,
      ]);
      let results: { path: string; errorCount: number }[] = [];
      try {
        results = (JSON.parse(b.out) as { files: typeof results }).files;
      } catch {
        fail(`validate batch: no JSON report (${firstLine(b)})`);
      }
      if (!results.some((x) => x.path === `${PARTNER}.yaml` && x.errorCount === 0))
        fail("validate batch: the valid partner was not checked");
    });
    // The partner's formats differ only in rendering, which the big input never reaches.
    for (const format of row.big ? (["txt"] as const) : (["txt", "html"] as const)) {
      tasks.push(async () => {
        const out = join(work.dir, "out", format);
        rmSync(out, { recursive: true, force: true });
        const label = `export batch -f ${format}`;
        await go(label, ["export", "-f", format, "-d", out, "--", row.file, `${PARTNER}.yaml`]);
        const written = join(out, `${PARTNER}.${format}`);
        if (!existsSync(written) || readFileSync(written, "utf8") !== work.partner[format])
          fail(`${label}: the valid partner was not exported intact`);
        for (const file of filesUnder(out))
          for (const p of outputProblems(format, readFileSync(file, "utf8")))
            fail(`${label}: ${file}: ${p}`);
      });
    }
    if (row.import !== undefined) {
      tasks.push(async () => {
        const out = join(work.dir, "out", "import");
        rmSync(out, { recursive: true, force: true });
        await go("import batch", ["import", "-d", out, "--", row.file, `${PARTNER}.txt`]);
        if (!existsSync(join(out, `${PARTNER}.yaml`)))
          fail("import batch: the valid partner was not imported");
      });
    }
  }
  await runAll(tasks, concurrency);

  if (process.env.HOSTILE_REPORT && failures.length) work.measured.push(row.file, ...failures);
  if (row.knownIssue) {
    // Still broken as described; when this fails, the issue is fixed: drop knownIssue.
    expect({ knownIssue: row.knownIssue, stillFailing: failures.length > 0 }).toEqual({
      knownIssue: row.knownIssue,
      stillFailing: true,
    });
  } else {
    expect(failures).toEqual([]);
  }
}
