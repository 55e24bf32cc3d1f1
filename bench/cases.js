// The benchmark cases: what each runs, what it is compared against, and how a warm-up run
// proves the command did the whole job (so a fast but broken run cannot pass as fast).
import { join } from "node:path";
import { plantedIn } from "./corpus.js";
import { bin } from "./measure.js";

const ajvCli = join("node_modules", "ajv-cli", "dist", "index.js");
const schema = join("schemas", "briefing.schema.json");
const readFloor = join("bench", "floors", "read.js");
const readParseFloor = join("bench", "floors", "read-parse.js");
export const MEMORY_LIMIT_MB = 150;
export const MEMORY_GROWTH = 1.2;
export const DIGEST_LIMIT_MS = 1000;

/** Case names as printed; the smoke test looks for each. */
export const NAMES = {
  node: "node -e ''",
  version: "briefing --version",
  validateOne: "briefing validate one",
  newPrompt: "briefing new (first prompt)",
  lspChange: "lsp diagnostics after a change, warm",
  read: (fmt) => `read floor (${fmt})`,
  readParse: (fmt) => `read+parse floor (${fmt})`,
  ajv: (fmt) => `ajv-cli validate (${fmt})`,
  validate: (fmt) => `briefing validate (${fmt})`,
  export: (fmt) => `briefing export ${fmt}`,
  import: "briefing import (txt)",
  list: "briefing list (yaml)",
  listCached: "briefing list --cache, warm (yaml)",
  digest: "briefing digest html",
};

const countLines = (text, re) => text.split("\n").filter((l) => re.test(l)).length;

function expectFloor(n) {
  return ({ stdout }) => {
    const files = Number(/^(\d+) files/.exec(stdout)?.[1]);
    return files === n ? null : `read ${files} files, expected ${n}`;
  };
}

function expectAjv(n) {
  // ajv-cli prints "<file> valid" per file; "invalid" lines go to stderr, and the exit
  // code is already checked, so the count proves its glob found every file.
  return ({ stdout }) => {
    const valid = countLines(stdout, / valid$/);
    return valid === n ? null : `ajv-cli reported ${valid} valid files, expected ${n}`;
  };
}

/**
 * The report of a run over a realistic corpus: every file, exactly the planted errors,
 * and warnings in at least seven files in ten, as real archives have them.
 */
function expectArchive(n, planted) {
  return ({ stdout }) => {
    const report = JSON.parse(stdout).files;
    if (report.length !== n) return `validated ${report.length} files, expected ${n}`;
    const failed = report.filter((f) => f.errorCount > 0).length;
    const warned = report.filter((f) => f.warningCount > 0).length;
    if (failed !== planted.errors) return `${failed} files with errors, planted ${planted.errors}`;
    if (warned < 0.7 * n) return `only ${warned} of ${n} files with warnings`;
    return null;
  };
}

function expectOutputs(n) {
  return ({ outFiles }) =>
    outFiles === n ? null : `wrote ${outFiles} files, expected one per input (${n})`;
}

/**
 * The archive `list` shows: one entry per file, the planted errors counted where they are,
 * and the word counts of the readable files.
 */
function expectList(n, planted) {
  return ({ stdout }) => {
    const entries = JSON.parse(stdout);
    if (entries.length !== n) return `listed ${entries.length} files, expected ${n}`;
    const failed = entries.filter((e) => e.errors > 0).length;
    if (failed !== planted.errors) return `${failed} files with errors, planted ${planted.errors}`;
    const counted = entries.filter((e) => e.words > 0).length;
    return counted === n ? null : `${n - counted} files listed with no words`;
  };
}

/** A digest page holding every briefing without errors, each one an article of its own. */
function expectDigest(n, planted) {
  return ({ stdout }) => {
    const articles = (stdout.match(/<article id="item-\d+">/g) ?? []).length;
    const expected = n - planted.errors;
    return articles === expected
      ? null
      : `${articles} briefings in the digest, expected ${expected}`;
  };
}

/** Start-up cases: size "—", compared with plain Node or with --version. */
export function startupCases({ hasNew, hasLsp }) {
  return [
    { id: "node", name: NAMES.node, short: "node", args: ["-e", ""] },
    {
      id: "version",
      name: NAMES.version,
      short: "--version",
      args: [bin, "--version"],
      compare: [{ vs: "node", target: 1.3 }],
    },
    {
      id: "validate-one",
      name: NAMES.validateOne,
      args: [bin, "validate", join("examples", "freight-rates.yaml")],
      compare: [{ vs: "node", target: 2 }],
    },
    {
      id: "new",
      name: NAMES.newPrompt,
      firstPrompt: true,
      available: hasNew,
      compare: [{ vs: "version", target: 1.5 }],
    },
    {
      id: "lsp-change",
      name: NAMES.lspChange,
      lspChange: true,
      available: hasLsp,
      // Diagnostics must keep up with typing: a fixed budget, not a ratio.
      limitMs: 50,
    },
  ];
}

/**
 * Cases over the corpora of one size. Targets apply at the largest size (10,000 by default);
 * smaller sizes show the same ratios for information.
 */
export function corpusCases({ size, largest, dirs }) {
  const planted = plantedIn(dirs.yaml);
  const at = (id) => `${id}@${size}`;
  const cases = [];
  for (const fmt of ["yaml", "json"]) {
    const dir = dirs[fmt];
    const glob = `${dir}/**/*.${fmt}`;
    cases.push(
      {
        id: at(`read:${fmt}`),
        name: NAMES.read(fmt),
        short: "read",
        size,
        args: [readFloor, dir],
        check: expectFloor(size),
      },
      {
        id: at(`read-parse:${fmt}`),
        name: NAMES.readParse(fmt),
        short: "read+parse",
        size,
        args: [readParseFloor, dir],
        check: expectFloor(size),
        compare: [{ vs: at(`read:${fmt}`) }],
      },
      {
        id: at(`ajv:${fmt}`),
        name: NAMES.ajv(fmt),
        short: "ajv-cli",
        size,
        // ajv-cli's defaults: strict mode on, allErrors off (it stops at a file's first
        // error), which only matters for invalid files; this corpus is valid throughout.
        args: [
          ajvCli,
          "validate",
          "--spec=draft2020",
          "-c",
          "ajv-formats",
          "-s",
          schema,
          "-d",
          glob,
          "--errors=no",
        ],
        check: expectAjv(size),
        compare: [{ vs: at(`read-parse:${fmt}`) }],
      },
      {
        id: at(`validate:${fmt}`),
        name: NAMES.validate(fmt),
        short: "validate",
        size,
        args: [bin, "validate", dir, "--reporter", "json"],
        // Files with errors make validate exit 1, as they do in CI.
        statuses: [0, 1],
        check: expectArchive(size, planted),
        memory: true,
        compare: [
          { vs: at(`ajv:${fmt}`), target: size === largest ? 0.8 : undefined },
          { vs: at(`read-parse:${fmt}`) },
        ],
      },
    );
  }
  for (const fmt of ["md", "txt"]) {
    cases.push({
      id: at(`export:${fmt}`),
      name: NAMES.export(fmt),
      size,
      args: [bin, "export", dirs.yaml, "-f", fmt, "-d", "{out}", "--force"],
      freshOutDir: true,
      // Invalid inputs are skipped and reported (exit 1); every other one is written.
      statuses: [0, 1],
      check: expectOutputs(size - planted.errors),
      memory: true,
      compare: [{ vs: at("read-parse:yaml"), target: size === largest ? 1.5 : undefined }],
    });
  }
  return cases;
}

/**
 * `list` over the YAML corpus, cold and with a warm cache, against `validate` over the same
 * files (cold: it has no --cache here). The warm-up run fills the cache at `cacheFile`, so
 * every timed run of the cached case finds it warm.
 */
export function listCases({ size, largest, dir, cacheFile }) {
  const planted = plantedIn(dir);
  const at = (id) => `${id}@${size}`;
  const list = [bin, "list", dir, "--format", "json"];
  return [
    {
      id: at("list:yaml"),
      name: NAMES.list,
      size,
      args: list,
      check: expectList(size, planted),
      memory: true,
      compare: [{ vs: at("validate:yaml"), target: size === largest ? 1.2 : undefined }],
    },
    {
      id: at("list-cached:yaml"),
      name: NAMES.listCached,
      size,
      args: [...list, "--cache", "--cache-location", cacheFile],
      check: expectList(size, planted),
      memory: true,
      compare: [{ vs: at("validate:yaml"), target: size === largest ? 0.3 : undefined }],
    },
  ];
}

/** A digest of a hundred briefings as one HTML page, to stdout, in under a second. */
export function digestCases({ size, dir }) {
  return [
    {
      id: "digest:html",
      name: NAMES.digest,
      size,
      args: [bin, "digest", dir, "-f", "html"],
      check: expectDigest(size, plantedIn(dir)),
      limitMs: DIGEST_LIMIT_MS,
      compare: [{ vs: "node" }],
    },
  ];
}

/** The import case, over the plain-text corpus, when the CLI has an `import` command. */
export function importCases({ size, dir, hasImport }) {
  return [
    {
      id: "read:txt",
      name: NAMES.read("txt"),
      short: "read",
      size,
      args: [readFloor, dir],
      check: expectFloor(size),
    },
    {
      id: "import",
      name: NAMES.import,
      size,
      available: hasImport,
      args: [bin, "import", dir, "--out-dir", "{out}"],
      freshOutDir: true,
      check: expectOutputs(size),
      compare: [{ vs: "read:txt" }],
    },
  ];
}
