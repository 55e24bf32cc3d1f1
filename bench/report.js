// Turns the samples into the results table (console and Markdown) and writes BENCHMARKS.md.
import { writeFileSync } from "node:fs";
import { availableParallelism, cpus, release, totalmem, type, arch } from "node:os";
import { DIGEST_LIMIT_MS, MEMORY_GROWTH, MEMORY_LIMIT_MB } from "./cases.js";

export const median = (xs) => {
  const s = xs.filter((x) => x !== null).sort((a, b) => a - b);
  if (s.length === 0) return null;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** A ratio with two decimals, or three when two would hide which side of the target it is. */
function ratioText(ratio, target) {
  const two = ratio.toFixed(2);
  const hides = target !== undefined && ratio > target !== Number(two) > target;
  return hides ? ratio.toFixed(3) : two;
}

const HEADER = ["case", "size", "median ms", "peak RSS MB", "ratio", "target", "result"];
const fmt = (x, digits = 1) => (x === null || x === undefined ? "—" : x.toFixed(digits));

/** The medians of one case, or null when the case did not run (command not available). */
function stats(samples) {
  if (!samples || samples.length === 0) return null;
  return { ms: median(samples.map((s) => s.ms)), rssMB: median(samples.map((s) => s.rssMB)) };
}

/** One row per case, then one per memory-checked case comparing its RSS across sizes. */
export function buildRows(cases, samples, sizes, failures = new Map()) {
  const byId = new Map(cases.map((c) => [c.id, c]));
  const rows = [];
  for (const c of cases) {
    const s = stats(samples.get(c.id));
    const size = c.size === undefined ? "—" : String(c.size);
    if (failures.has(c.id)) {
      rows.push({ cells: [c.name, size, "—", "—", "—", "—", "FAILED"], missed: false });
      continue;
    }
    if (!s) {
      rows.push({ cells: [c.name, size, "—", "—", "—", "—", "not available yet"], missed: false });
      continue;
    }
    const ratios = [];
    const targets = [];
    let missed = false;
    for (const cmp of c.compare ?? []) {
      const other = stats(samples.get(cmp.vs));
      if (!other) continue;
      const ratio = s.ms / other.ms;
      const vs = byId.get(cmp.vs);
      ratios.push(`${ratioText(ratio, cmp.target)}× ${vs.short ?? vs.name}`);
      if (cmp.target !== undefined) {
        targets.push(`≤ ${cmp.target}×`);
        if (ratio > cmp.target) missed = true;
      }
    }
    // A wall-clock limit, process start included, for what people wait on.
    if (c.limitMs !== undefined) {
      targets.push(`< ${c.limitMs} ms`);
      if (s.ms >= c.limitMs) missed = true;
    }
    if (c.memory) {
      targets.push(`≤ ${MEMORY_LIMIT_MB} MB`);
      if (s.rssMB === null || s.rssMB > MEMORY_LIMIT_MB) missed = true;
    }
    const result = targets.length === 0 ? "info" : missed ? "MISSED" : "ok";
    rows.push({
      cells: [
        c.name,
        size,
        fmt(s.ms),
        fmt(s.rssMB),
        ratios.join("; ") || "—",
        targets.join(", ") || "—",
        result,
      ],
      missed,
    });
  }
  if (sizes.length > 1) rows.push(...growthRows(cases, samples, sizes));
  return rows;
}

function growthRows(cases, samples, sizes) {
  const small = Math.min(...sizes);
  const large = Math.max(...sizes);
  const rows = [];
  for (const c of cases.filter((x) => x.memory && x.size === large)) {
    const a = stats(samples.get(c.id.replace(`@${large}`, `@${small}`)))?.rssMB;
    const b = stats(samples.get(c.id))?.rssMB;
    if (!a || !b) continue;
    const ratio = b / a;
    const missed = ratio > MEMORY_GROWTH;
    rows.push({
      cells: [
        `${c.name}: RSS growth`,
        `${small} → ${large}`,
        "—",
        `${fmt(a)} → ${fmt(b)}`,
        `${ratioText(ratio, MEMORY_GROWTH)}× RSS at ${small}`,
        `≤ ${MEMORY_GROWTH}×`,
        missed ? "MISSED" : "ok",
      ],
      missed,
    });
  }
  return rows;
}

export function consoleTable(rows) {
  const all = [HEADER, ...rows.map((r) => r.cells)];
  const widths = HEADER.map((_, k) => Math.max(...all.map((cells) => cells[k].length)));
  const numeric = new Set([2, 3]);
  const line = (cells) =>
    cells
      .map((cell, k) => (numeric.has(k) ? cell.padStart(widths[k]) : cell.padEnd(widths[k])))
      .join("  ")
      .trimEnd();
  return [
    line(HEADER),
    widths.map((w) => "-".repeat(w)).join("  "),
    ...rows.map((r) => line(r.cells)),
  ].join("\n");
}

function markdownTable(rows) {
  const line = (cells) => `| ${cells.map((c) => c.replace(/\|/g, "\\|")).join(" | ")} |`;
  const align = HEADER.map((_, k) => (k === 2 || k === 3 ? "--:" : "---")).join(" | ");
  return [line(HEADER), `| ${align} |`, ...rows.map((r) => line(r.cells))].join("\n");
}

export function machine() {
  return {
    cores: availableParallelism(),
    cpu: cpus()[0]?.model?.trim() ?? "unknown",
    memoryGB: (totalmem() / 1024 ** 3).toFixed(1),
    node: process.version,
    os: `${type()} ${release()} (${arch()})`,
  };
}

const PHASES = ["read", "parse", "schema", "rules", "report"];

/** Microseconds per file by phase, one row per format, as a Markdown table. */
export function phaseTable(phases) {
  const head = ["format", "files", ...PHASES.map((p) => `${p} µs`), "total µs"];
  const rows = Object.entries(phases).map(([format, { files, microsecondsPerFile: us }]) => {
    const total = PHASES.reduce((sum, p) => sum + us[p], 0);
    return [format, String(files), ...PHASES.map((p) => us[p].toFixed(1)), total.toFixed(1)];
  });
  const line = (cells) => `| ${cells.join(" | ")} |`;
  const align = head.map((_, k) => (k === 0 ? "---" : "--:")).join(" | ");
  return [line(head), `| ${align} |`, ...rows.map(line)].join("\n");
}

export async function writeBenchmarks(file, { rows, phases, command, runs, sizes, seed }) {
  const m = machine();
  const text = `# Benchmarks

Written by \`${command}\` on ${new Date().toISOString()}. Do not edit by hand; run the
benchmark again instead.

- Machine: ${m.cores} cores (os.availableParallelism()), ${m.cpu}, ${m.memoryGB} GB memory
- Node ${m.node}, ${m.os}
- Corpus sizes ${sizes.join(", ")} (seed ${seed}); ${runs} runs per case, median shown

${markdownTable(rows)}

## Where the time goes

Per file, on one thread, over the largest corpus of each format (\`bench/phases.js\`):
reading and decoding the bytes, parsing them with positions, the schema and template
checks, the craft rules, and formatting the json and stylish reports.

${phaseTable(phases)}

## How to read this

Every case is a separate Node process started with \`spawnSync\` and timed from spawn to
exit (wall time), so start-up counts everywhere. Runs of all cases are interleaved round
robin, so background noise slows every case alike; the table shows the median of the runs.
Written files are flushed to disk (\`sync\`, untimed) after every case, so the write-back
of one case's output does not slow the next.
Peak RSS is the child's \`process.resourceUsage().maxRSS\`, recorded on exit by
\`bench/rss.cjs\` (preloaded with \`NODE_OPTIONS=--require\`); the median of the runs is shown.
"ratio" compares a case's median time with the case named, at the same size; a target
applies where one is given (corpus targets at the largest size only) and MISSED marks a
miss. "info" rows have no target.

The corpus (\`bench/corpus.js\`) is generated from a fixed seed: briefings of 1–6 KB over the
four templates (standard, flash, bluf, smart-brevity), with accents, curly quotes, en dashes
and Arabic, Hebrew, CJK and Greek words; 50 files a folder. Like a real archive, it is not
clean: about 79% of the files carry at least one warning (a hedge, a term off the ICD 203
yardstick, "reportedly" with no sources, a missing date) and 10% an error of the
template's limits (a headline too long, too few bullets). Every file is valid against the
schema alone, so ajv-cli passes them all. The YAML and JSON corpora hold the same
briefings; the plain-text corpus for import is the same briefings without the planted
findings.

- **node -e ''**: plain Node start-up, the floor for start-up cases.
- **briefing --version**: the CLI's start-up cost (target ≤ 1.3× node).
- **briefing validate one**: checking \`examples/freight-rates.yaml\` (target ≤ 2× node).
- **lsp diagnostics after a change, warm**: \`briefing lsp\` opened on
  \`examples/freight-rates.yaml\`, edited 30 times untimed, then the median time from a
  change sent to its diagnostics received over 30 more edits (target ≤ 50 ms). The server
  is asked not to wait for more typing, so the figure is the check and the protocol alone.
- **briefing new (first prompt)**: time until \`briefing new\` draws its first prompt
  (target ≤ 1.5× --version). It runs without a pseudo-terminal: \`bench/tty.cjs\` makes its
  pipes pass for a terminal; Ctrl-C then stops it. Listed as not available when the CLI
  has no \`new\` command.
- **read floor**: \`bench/floors/read.js\` finds and reads every file as UTF-8: the least
  any tool must do.
- **read+parse floor**: \`bench/floors/read-parse.js\` also parses each file (the \`yaml\`
  package's \`parse\`, or \`JSON.parse\`), with no checks, on one thread. The CLI reads
  the plain subset of YAML briefings are written in with its own reader, which keeps
  positions, and uses worker threads for large batches, so it can come in under this
  floor for YAML.
- **ajv-cli validate**: ajv-cli 5 checking the same files against the same schema
  (\`--spec=draft2020 -c ajv-formats\`), the comparator for \`validate\`. It checks the schema
  only, not template limits, and reads YAML with js-yaml 3 (YAML 1.1); the corpus quotes
  its dates so that both tools see strings.
- **briefing validate**: \`briefing validate <dir> --reporter json\` over the corpus, which
  exits 1 for the files with errors as it would in CI (target at the largest size ≤ 0.8×
  ajv-cli, for YAML and JSON alike; peak RSS ≤ ${MEMORY_LIMIT_MB} MB). The warm-up run checks
  that the report names every file, exactly the planted errors, and warnings in at least
  70% of the files.
- **briefing export md / txt**: \`briefing export <dir> -f md|txt -d <fresh dir> --force\`
  over the YAML corpus; the files with errors are skipped and reported (target at the largest size ≤ 1.5× read+parse; peak RSS ≤ ${MEMORY_LIMIT_MB} MB).
- **briefing list (yaml)**: \`briefing list <dir> --format json\` over the YAML corpus, cold:
  it reads and checks every file as \`validate\` does (the same worker threads), since the
  list shows each file's error and warning counts, and counts its words (target at the
  largest size ≤ 1.2× \`briefing validate (yaml)\`; peak RSS ≤ ${MEMORY_LIMIT_MB} MB). The warm-up
  run checks that every file is listed, with exactly the planted errors and a word count.
- **briefing list --cache, warm (yaml)**: the same with \`--cache\`, its cache file in a
  scratch folder of the run; the untimed warm-up run fills it, so each timed run reads
  and hashes every file and finds its entry (target at the largest size ≤ 0.3×
  \`briefing validate (yaml)\`, which runs without a cache).
- **briefing digest html**: \`briefing digest <dir> -f html\` over 100 YAML briefings to
  stdout: one page of every briefing without errors (target < ${DIGEST_LIMIT_MS} ms of wall
  clock, process start included; the ratio to \`node -e ''\` shows how much of it is
  start-up). The warm-up run checks that the page holds every briefing without errors.
- **briefing import (txt)**: \`briefing import <dir> --out-dir <fresh dir>\` over 1,000
  plain-text briefings in the house layout (standard template only: the text layout does
  not name its template, and \`import\` reads a folder with one), compared with reading
  them; not available until the command exists.
- **RSS growth**: peak RSS at the largest size over the smallest (target ≤ ${MEMORY_GROWTH}×), so
  memory does not grow with the number of files.
`;
  writeFileSync(file, await prettified(file, text));
}

/** Formatted as `npm run format:check` expects, since the file lives in the repository. */
async function prettified(file, text) {
  try {
    const prettier = await import("prettier");
    const options = (await prettier.resolveConfig(file)) ?? {};
    return await prettier.format(text, { ...options, filepath: file });
  } catch {
    return text; // prettier is a dev dependency; without it the table is still valid Markdown
  }
}
