// Benchmarks the CLI against floors and against ajv-cli, measured in the same run, and
// writes BENCHMARKS.md. Each case is the median of interleaved runs, so a noisy neighbour
// slows every case alike.
// Usage: npm run bench [-- --sizes 1000,10000] [--runs 5] [--seed 42] [--out BENCHMARKS.md]
//        node bench/run.js --smoke   (tiny corpus, one run, writes nothing: for the tests)
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { corpusCases, digestCases, importCases, listCases, startupCases } from "./cases.js";
import { ensureCorpus } from "./corpus.js";
import { measureLspChange } from "./lsp.js";
import {
  CommandFailed,
  cleanupScratch,
  hasCommand,
  measureFirstPrompt,
  root,
  runOnce,
  scratchFile,
} from "./measure.js";
import { buildRows, consoleTable, machine, phaseTable, writeBenchmarks } from "./report.js";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "1000,10000" },
    runs: { type: "string", default: "5" },
    seed: { type: "string", default: "42" },
    out: { type: "string", default: "BENCHMARKS.md" },
    smoke: { type: "boolean", default: false },
  },
});
const smoke = values.smoke;
const sizes = smoke ? [20] : values.sizes.split(",").map(Number);
const runs = smoke ? 1 : Number(values.runs);
const seed = Number(values.seed);
// Import reads 1,000 plain-text briefings whatever the sizes: it is a one-off migration, not
// a repository-wide check, so its cost matters at that scale.
const importSize = smoke ? 20 : 1000;
// A digest is a morning's reading: a hundred briefings, whatever the sizes.
const digestSize = smoke ? 20 : 100;
if (
  sizes.some((n) => !Number.isInteger(n) || n < 1) ||
  !Number.isInteger(runs) ||
  runs < 1 ||
  !Number.isInteger(seed)
) {
  console.error(
    "usage: node bench/run.js [--sizes 1000,10000] [--runs N] [--seed N] [--out FILE] [--smoke]",
  );
  process.exit(2);
}

const log = (text) => process.stderr.write(`${text}\n`);

/** Generates (or reuses) the corpora and lists every case, unavailable ones included. */
function plan() {
  const hasNew = hasCommand("new");
  const hasImport = hasCommand("import");
  const cases = startupCases({ hasNew, hasLsp: hasCommand("lsp") });
  const largest = Math.max(...sizes);
  for (const size of sizes) {
    const dirs = {};
    for (const format of ["yaml", "json"]) {
      log(`corpus: ${size} ${format} briefings…`);
      dirs[format] = ensureCorpus({ seed, n: size, format });
    }
    cases.push(...corpusCases({ size, largest, dirs }));
    // A cache file of this run's own, so a cache left by another build is never read.
    const cacheFile = scratchFile(`list-cache-${size}.json`);
    cases.push(...listCases({ size, largest, dir: dirs.yaml, cacheFile }));
  }
  log(`corpus: ${digestSize} yaml briefings for the digest…`);
  cases.push(
    ...digestCases({
      size: digestSize,
      dir: ensureCorpus({ seed, n: digestSize, format: "yaml" }),
    }),
  );
  log(`corpus: ${importSize} txt briefings…`);
  const txt = ensureCorpus({ seed, n: importSize, format: "txt" });
  cases.push(...importCases({ size: importSize, dir: txt, hasImport }));
  return cases;
}

const isAvailable = (c) => c.available !== false;

/**
 * Where validate's time goes per file, by phase, over the largest corpus of each format
 * (bench/phases.js, one thread, in a process of its own).
 */
function measurePhases(size) {
  const out = {};
  for (const format of ["yaml", "json"]) {
    const dir = ensureCorpus({ seed, n: size, format });
    const result = spawnSync(process.execPath, [join("bench", "phases.js"), dir], {
      cwd: root,
      encoding: "utf8",
    });
    if (result.status !== 0) throw new Error(`bench/phases.js failed:\n${result.stderr}`);
    out[format] = JSON.parse(result.stdout);
  }
  return out;
}

async function sample(c, verify) {
  if (c.firstPrompt) return measureFirstPrompt({ available: c.available });
  if (c.lspChange) return measureLspChange();
  return runOnce(c, { verify });
}

/**
 * Flushes written files to disk between cases, untimed. An export writes thousands of
 * files; left to the kernel, their write-back lands on whichever cases run next (start-up
 * cases measured 30-50% slower behind an export), so each case starts on a quiet disk.
 */
function settle() {
  if (process.platform !== "win32") spawnSync("sync", { stdio: "ignore" });
}

/** Runs a case; a failing command is recorded (and its case dropped), not thrown. */
async function attempt(c, verify, failures) {
  try {
    return await sample(c, verify);
  } catch (error) {
    if (!(error instanceof CommandFailed)) throw error;
    failures.set(c.id, error.message);
    log(`${c.name}: FAILED`);
    return null;
  } finally {
    settle();
  }
}

async function main() {
  const cases = plan();
  for (const c of cases.filter((x) => !isAvailable(x)))
    log(`${c.name}: not available yet (skipped)`);
  const failures = new Map();

  // The warm-up run fills the file cache and proves each command did the whole job
  // (every file read, validated clean, exported); it is not timed.
  const live = () => cases.filter((c) => isAvailable(c) && !failures.has(c.id));
  log(`warm-up: ${live().length} cases`);
  for (const c of live()) await attempt(c, true, failures);

  const samples = new Map(live().map((c) => [c.id, []]));
  for (let run = 1; run <= runs; run++) {
    log(`run ${run}/${runs}`);
    for (const c of live()) {
      const s = await attempt(c, false, failures);
      if (s) samples.get(c.id).push(s);
    }
  }
  // A case that failed in any run has no trustworthy timing, so none is shown.
  for (const id of failures.keys()) samples.delete(id);

  const rows = buildRows(cases, samples, sizes, failures);
  const phases = measurePhases(Math.max(...sizes));
  const m = machine();
  console.log(
    `briefing benchmarks: ${m.cores} cores, ${m.cpu}, Node ${m.node}; ${runs} run(s) per case, median shown\n`,
  );
  console.log(consoleTable(rows));
  console.log(`\n${phaseTable(phases)}`);
  const missed = rows.filter((r) => r.missed).length;
  console.log(missed ? `\n${missed} target(s) MISSED` : "\nall targets met");

  if (!smoke) {
    const args = process.argv.slice(2).join(" ");
    const command =
      process.env.npm_lifecycle_event === "bench"
        ? `npm run bench${args ? ` -- ${args}` : ""}`
        : `node bench/run.js${args ? ` ${args}` : ""}`;
    await writeBenchmarks(resolve(root, values.out), { rows, phases, command, runs, sizes, seed });
    console.log(`written: ${values.out}`);
  }

  // Missed targets alone do not fail the run (the table says MISSED); a failing command
  // does, shown with its exit code and the end of its error output.
  for (const message of failures.values()) console.error(`\n${message}`);
  if (failures.size > 0) process.exitCode = 1;
}

try {
  await main();
} finally {
  cleanupScratch();
}
