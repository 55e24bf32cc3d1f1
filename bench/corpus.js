// Deterministic corpus of realistic briefings for the benchmarks: the same seed always gives
// the same files, so runs on different days and machines measure the same work.
// CLI: node bench/corpus.js --seed 42 --n 1000 --format yaml|json|txt [--template ID|mixed]
// [--plain] [--out DIR] (without --out the cached folder is used, and its path is printed).
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { parse, stringify } from "yaml";
import { countWords, headline, meta, paragraph, rng } from "./prose.js";

const root = fileURLToPath(new URL("../", import.meta.url));

/** Bump when the generated content changes, so stale caches are rebuilt instead of reused. */
export const GENERATOR_VERSION = 2;
export const FORMATS = ["yaml", "json", "txt"];
const PER_FOLDER = 50;
const MIN_BYTES = 1024;
const MAX_BYTES = 6 * 1024;

/** Each briefing gets its own stream, so briefing i is the same whatever the corpus size. */
function briefingSeed(seed, i) {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(i + 1, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return (h ^ (h >>> 13)) >>> 0;
}

const TEMPLATE_IDS = ["standard", "flash", "bluf", "smart-brevity"];
const templateText = (id) => readFileSync(join(root, "templates", `${id}.yaml`), "utf8");

/** The shipped templates, read from templates/ so limit changes there reach the corpus. */
export function loadTemplates() {
  return Object.fromEntries(TEMPLATE_IDS.map((id) => [id, parse(templateText(id))]));
}

/**
 * A digest of the templates a corpus was made from: a cached corpus made from other
 * templates (another checkout, an older commit) is made again rather than reused.
 */
function templatesDigest() {
  const hash = createHash("sha256");
  for (const id of TEMPLATE_IDS) hash.update(templateText(id));
  return hash.digest("hex").slice(0, 16);
}

const bulletSpec = (spec) => ({
  min: spec.bullets?.min ?? 0,
  max: spec.bullets?.max ?? 6,
  maxWords: spec.bullets?.maxWords ?? 40,
});
const bullet = (r, spec) => paragraph(r, 8, Math.min(bulletSpec(spec).maxWords, 32));

/** Adds or removes bullets until both serialisations are within 1–6 KB (at most `hi`). */
function fitSize(r, b, template, hi) {
  const specs = template.sections;
  for (let round = 0; round < 60; round++) {
    const json = Buffer.byteLength(serialise(b, "json"));
    const yaml = json >= MIN_BYTES && json <= hi ? Buffer.byteLength(serialise(b, "yaml")) : json;
    const big = Math.max(json, yaml) > hi;
    const small = Math.min(json, yaml) < MIN_BYTES;
    if (!big && !small) return true;
    const movable = b.sections.filter((s, k) =>
      big
        ? s.bullets.length > bulletSpec(specs[k]).min
        : s.bullets.length < bulletSpec(specs[k]).max,
    );
    if (movable.length === 0) return false;
    const s = r.pick(movable);
    if (big) s.bullets.pop();
    else s.bullets.push(bullet(r, specs[b.sections.indexOf(s)]));
  }
  return false;
}

const TEMPLATE_WEIGHTS = [
  ["standard", 0.4],
  ["flash", 0.2],
  ["bluf", 0.2],
  ["smart-brevity", 0.2],
];

function pickTemplate(r) {
  let x = r.int(0, 999) / 1000;
  for (const [id, p] of TEMPLATE_WEIGHTS) if ((x -= p) < 0) return id;
  return "standard";
}

/** What the generator put into a briefing on purpose: a warning, an error. Not serialised. */
export const PLANTED = Symbol("planted findings");

/** Adds a sentence to a bullet, lead or the summary that has room for it under its limit. */
function addSentence(r, b, t, sentence) {
  const n = countWords(sentence);
  const fits = (text, max) => text !== undefined && countWords(text) + n <= max;
  const places = [];
  b.sections.forEach((s, k) => {
    const spec = t.sections[k];
    (s.bullets ?? []).forEach((text, j) => {
      if (fits(text, bulletSpec(spec).maxWords))
        places.push(() => (s.bullets[j] += ` ${sentence}`));
    });
    if (fits(s.lead, spec.lead?.maxWords ?? 40)) places.push(() => (s.lead += ` ${sentence}`));
  });
  if (fits(b.summary, t.summary.maxWords)) places.push(() => (b.summary += ` ${sentence}`));
  if (places.length === 0) return false;
  r.pick(places)();
  return true;
}

// Style findings real briefings carry, each one a rule's warning, added where the
// template leaves room so that no limit is broken by it.
const WARNINGS = [
  (r, b, t) => addSentence(r, b, t, r.pick(["Rates may ease.", "It could last.", "Perhaps not."])),
  (r, b, t) => {
    delete b.meta.sources;
    return addSentence(r, b, t, "Carriers reportedly agreed.");
  },
  (r, b, t) =>
    addSentence(r, b, t, `A deal is ${r.pick(["highly likely", "a realistic possibility"])}.`),
  (r, b) => delete b.meta.date,
];

// Errors of the template's limits: the schema alone (and so ajv-cli) still passes them.
function plantError(r, b, t) {
  const short = b.sections.findIndex((s, k) => (t.sections[k].bullets?.min ?? 0) >= 2);
  if (short >= 0 && r.chance(0.5)) b.sections[short].bullets.length = 1;
  else b.headline = `${b.headline} ${"and the lanes beyond ".repeat(8)}`.trim();
}

/**
 * Findings as real archives hold them: about three files in four carry at least one
 * warning, and one in ten an error.
 */
function plantFindings(r, b, t) {
  const planted = { warning: false, error: false };
  if (r.chance(0.78)) {
    for (let k = r.int(1, 2); k > 0; k--) if (r.pick(WARNINGS)(r, b, t)) planted.warning = true;
  }
  if (r.chance(0.1)) {
    plantError(r, b, t);
    planted.error = true;
  }
  return planted;
}

/**
 * Briefing number i of the corpus for this seed: a plain object, valid by construction,
 * then given the findings real files have (`plain` leaves them out).
 * `only` forces one template (the draw is still made, so other choices stay the same).
 */
export function makeBriefing(
  seed,
  i,
  templates = loadTemplates(),
  only = undefined,
  plain = false,
) {
  const r = rng(briefingSeed(seed, i));
  const drawn = pickTemplate(r);
  const id = only ?? drawn;
  const t = templates[id];
  // A random ceiling spreads file sizes over 1–6 KB; if a draw cannot get under it (long
  // summary, many required bullets), the next attempt allows the full 6 KB.
  let hi = r.int(1536, MAX_BYTES);
  for (; ; hi = MAX_BYTES) {
    const b = {};
    // The standard template is the default, so some standard files leave `template` out.
    if (id !== "standard" || r.chance(0.75)) b.template = id;
    b.headline = headline(r, t.headline?.maxChars ?? 120);
    b.summary = paragraph(r, Math.min(25, t.summary.maxWords), Math.min(t.summary.maxWords, 70));
    b.sections = t.sections.map((spec) => {
      const s = { id: spec.id };
      const leadMax = Math.min(spec.lead?.maxWords ?? 40, 30);
      if (spec.lead?.required !== false || r.chance(0.7)) s.lead = paragraph(r, 8, leadMax);
      const { min, max } = bulletSpec(spec);
      s.bullets = Array.from({ length: r.int(min, max) }, () => bullet(r, spec));
      return s;
    });
    b.conclusion = paragraph(r, Math.min(15, t.conclusion.maxWords), t.conclusion.maxWords);
    b.meta = meta(r);
    const fits = fitSize(r, b, t, hi);
    for (const s of b.sections) if (s.bullets.length === 0) delete s.bullets;
    if (!fits) continue;
    b[PLANTED] = plain ? { warning: false, error: false } : plantFindings(r, b, t);
    return b;
  }
}

/** The house text layout (as `briefing export -f txt` writes it), for the import benchmark. */
export function houseText(b, templates = loadTemplates()) {
  const t = templates[b.template ?? "standard"];
  const labelled = (label, text) => (text ? `${label}. ${text}` : `${label}.`);
  const lines = [b.headline, t.summary.label ? labelled(t.summary.label, b.summary) : b.summary];
  b.sections.forEach((s, k) => {
    lines.push(labelled(s.label ?? t.sections[k].label, s.lead ?? ""));
    for (const text of s.bullets ?? []) lines.push(`►   ${text}`);
  });
  lines.push(labelled(t.conclusion.label, b.conclusion));
  return `${lines.join("\n")}\n`;
}

/**
 * One briefing as file text. YAML is written with YAML 1.1 quoting so a 1.1 reader (ajv-cli's
 * js-yaml 3) sees the same values: unquoted, `2026-03-04` would become a Date and fail the
 * schema there, while the CLI (YAML 1.2) reads the quoted form as the same string.
 */
export function serialise(b, format, templates) {
  if (format === "yaml") return stringify(b, { version: "1.1" });
  if (format === "json") return `${JSON.stringify(b, null, 2)}\n`;
  return houseText(b, templates);
}

/** Relative path of file i: 50 files a folder, like a desk's archive of monthly folders. */
export const filePath = (i, format) =>
  join(
    `d${String(Math.floor(i / PER_FOLDER)).padStart(3, "0")}`,
    `b${String(i).padStart(5, "0")}.${format}`,
  );

/**
 * The template of a corpus: YAML and JSON mix all four; plain text is standard only by
 * default, because the text layout does not name its template and `briefing import` reads
 * a folder with one template (standard unless --template says otherwise).
 */
const templateOf = ({ format, template }) =>
  (template ?? (format === "txt" ? "standard" : "mixed")) === "mixed"
    ? undefined
    : (template ?? "standard");

/**
 * Whether a corpus leaves the planted findings out: asked for, or plain text by default
 * (the import case reads house-layout text, whose own mess is a matter for import).
 */
const plainOf = ({ format, plain }) => plain ?? format === "txt";

/** Writes the corpus into `dir` (created; must not hold other files). */
export function writeCorpus(dir, spec) {
  const { seed, n, format } = spec;
  if (!FORMATS.includes(format)) throw new Error(`unknown corpus format ${format}`);
  const templates = loadTemplates();
  const only = templateOf(spec);
  if (only !== undefined && !templates[only]) throw new Error(`unknown template ${only}`);
  const planted = { warnings: 0, errors: 0 };
  for (let i = 0; i < n; i++) {
    const file = join(dir, filePath(i, format));
    if (i % PER_FOLDER === 0) mkdirSync(join(file, ".."), { recursive: true });
    const b = makeBriefing(seed, i, templates, only, plainOf(spec));
    if (b[PLANTED].warning) planted.warnings++;
    if (b[PLANTED].error) planted.errors++;
    writeFileSync(file, serialise(b, format, templates));
  }
  const marker = {
    GENERATOR_VERSION,
    seed,
    n,
    format,
    template: only ?? "mixed",
    plain: plainOf(spec),
    templates: templatesDigest(),
    planted,
  };
  writeFileSync(join(dir, ".complete"), JSON.stringify(marker));
}

/** `briefing-bench-<seed>-<n>-<format>` under the OS temp folder (plus the template if one is asked for). */
export const corpusDir = ({ seed, n, format, template, plain }) =>
  join(
    tmpdir(),
    `briefing-bench-${seed}-${n}-${format}${template ? `-${template}` : ""}${plain ? "-plain" : ""}`,
  );

function isComplete(dir, spec) {
  const marker = join(dir, ".complete");
  if (!existsSync(marker)) return false;
  const m = JSON.parse(readFileSync(marker, "utf8"));
  return (
    m.GENERATOR_VERSION === GENERATOR_VERSION &&
    m.n === spec.n &&
    m.seed === spec.seed &&
    m.template === (templateOf(spec) ?? "mixed") &&
    m.plain === plainOf(spec) &&
    m.templates === templatesDigest()
  );
}

/** How many files of a written corpus were given a warning and an error on purpose. */
export function plantedIn(dir) {
  return JSON.parse(readFileSync(join(dir, ".complete"), "utf8")).planted;
}

/** The cached corpus folder, generated first when missing, stale or half-written. */
export function ensureCorpus(spec) {
  const dir = corpusDir(spec);
  if (isComplete(dir, spec)) return dir;
  // Written aside and renamed into place, so an interrupted or concurrent run never
  // leaves (or reads) a half-filled folder that looks complete.
  const partial = `${dir}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  writeCorpus(partial, spec);
  try {
    renameSync(partial, dir);
  } catch {
    // Another run may have finished the same corpus meanwhile (the tests run in parallel):
    // use it rather than pull it from under that run. Otherwise it is stale: replace it.
    if (isComplete(dir, spec)) {
      rmSync(partial, { recursive: true, force: true });
      return dir;
    }
    rmSync(dir, { recursive: true, force: true });
    renameSync(partial, dir);
  }
  return dir;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: {
      seed: { type: "string", default: "42" },
      n: { type: "string", default: "100" },
      format: { type: "string", default: "yaml" },
      template: { type: "string" },
      plain: { type: "boolean" },
      out: { type: "string" },
    },
  });
  const { seed, n, format, template, plain } = values;
  const spec = { seed: Number(seed), n: Number(n), format, template, plain };
  if (values.out) writeCorpus(values.out, spec);
  console.log(values.out ?? ensureCorpus(spec));
}
