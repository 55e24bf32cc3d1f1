import type { OutputWords } from "../core/output-words.js";
import { statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { decodeText } from "../core/decode.js";
import type { ParsedSource } from "../core/source.js";
import type { RuleSetting } from "../core/validate.js";
import type { RuleLevel } from "../core/types.js";
import { ConfigError, describeFsError } from "../errors.js";
import { displayPath } from "./inputs.js";
import { readFileWithin, TooBigError } from "./read.js";
import { schemaCheck } from "./schemas.js";

/** File names the configuration is looked for under, in order, in each folder up from the working one. */
export const CONFIG_NAMES = [
  "briefing.config.yaml",
  "briefing.config.yml",
  "briefing.config.json",
  ".briefingrc.yaml",
  ".briefingrc.yml",
  ".briefingrc.json",
  ".briefingrc",
];

/** Limits against hostile input (see the README). */
export interface Limits {
  /** Largest file read, in bytes. */
  maxFileSize: number;
  /** Most YAML alias expansions in one file. */
  maxAliasCount: number;
  /** Deepest nesting of mappings and lists. */
  maxDepth: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxFileSize: 10 * 1024 * 1024,
  maxAliasCount: 100,
  maxDepth: 64,
};

/** The resolved configuration of a run. */
export interface Config {
  /** The configuration file, when one was found. */
  file?: string;
  /** Default template id or file. */
  template?: string;
  /** Template folders, absolute. */
  templates: string[];
  /** Author for new briefings. */
  author?: string;
  /** Folder for new briefings, absolute. */
  outDir?: string;
  /** What new and imported files' schema line names: `package`, `none`, a URL or an absolute path. */
  editorSchema?: string;
  /** Where briefings live: globs relative to the configuration file's folder. */
  files?: string[];
  /** Globs, relative to the configuration file's folder, that `validate` leaves out. */
  ignore?: string[];
  /** Rule settings by id, presets applied. */
  rules: Record<string, RuleSetting>;
  /** The presets the configuration extends, in order. */
  extends?: string[];
  /** Where each rule setting came from: a preset's name or the configuration file. */
  ruleOrigins?: Record<string, string>;
  /** Input limits. */
  limits: Limits;
  /** Reading speed for reading times, in words a minute. */
  readingSpeed?: number;
  /** The fixed words of every output, in the office's language (the schema checked them). */
  words?: Partial<OutputWords>;
}

const LEVELS: readonly RuleLevel[] = ["off", "warn", "error"];

/** Whether a file is there; a folder that cannot be searched counts as none. */
function isFile(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isFile() === true;
  } catch {
    return false;
  }
}

/**
 * Finds the configuration file: the first of CONFIG_NAMES in `cwd`, else in each folder
 * above it up to the root. Synchronous on purpose: a handful of stat calls, where an
 * asynchronous search would wait on the thread pool for each one (about 10 ms per run).
 */
function findConfig(cwd: string): string | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const name of CONFIG_NAMES) {
      const path = join(dir, name);
      if (isFile(path)) return path;
    }
    if (dirname(dir) === dir) return undefined;
  }
}

function located(
  source: ParsedSource,
  file: string,
  path: (string | number)[],
  message: string,
  target: "key" | "value" = "value",
): ConfigError {
  const { line, column } = source.locate(path, target);
  return new ConfigError(`invalid configuration ${file}:${line}:${column}: ${message}`);
}

/** Checks the `rules` section: known ids, levels, and options against each rule's schema. */
async function checkRules(
  rules: Record<string, unknown>,
  source: ParsedSource,
  shown: string,
): Promise<Record<string, RuleSetting>> {
  const out: Record<string, RuleSetting> = {};
  const { ruleById } = await import("../core/rules/index.js");
  const { schemaProblems } = await import("../core/schema.js");
  for (const [id, value] of Object.entries(rules)) {
    const rule = ruleById.get(id);
    if (!rule) {
      const known = [...ruleById.keys()];
      const near = known.find((k) => k.startsWith(id.slice(0, 4)));
      throw located(
        source,
        shown,
        ["rules", id],
        `unknown rule "${id}"${near ? ` (did you mean "${near}"?)` : ""}`,
        "key",
      );
    }
    const level = Array.isArray(value) ? (value[0] as unknown) : value;
    if (!LEVELS.includes(level as RuleLevel)) {
      throw located(
        source,
        shown,
        ["rules", id],
        `rule "${id}" must be off, warn or error, or [level, { options }]`,
      );
    }
    const options = Array.isArray(value) ? (value[1] as unknown) : undefined;
    if (Array.isArray(value) && value.length > 2)
      throw located(source, shown, ["rules", id], `rule "${id}" takes [level, { options }]`);
    if (options !== undefined) {
      if (!rule.optionsSchema)
        throw located(source, shown, ["rules", id, 1], `rule "${id}" takes no options`);
      const { compileSchema } = await import("./ajv.js");
      const check = compileSchema(rule.optionsSchema);
      if (!check(options)) {
        const first = schemaProblems(
          check.errors ?? [],
          source,
          shown,
          "config",
          `the options of "${id}"`,
        )[0];
        const detail = first?.message.replace(/^the options of "[^"]+" /, "") ?? "are not valid";
        throw located(source, shown, ["rules", id, 1], `the options of rule "${id}": ${detail}`);
      }
      out[id] = [level as RuleLevel, options as Record<string, unknown>];
    } else {
      out[id] = level as RuleLevel;
    }
  }
  return out;
}

/** The presets named by `extends`, each checked to exist. */
async function checkExtends(
  value: unknown,
  source: ParsedSource,
  shown: string,
): Promise<string[]> {
  if (value === undefined) return [];
  const names = typeof value === "string" ? [value] : (value as string[]);
  const { presets } = await import("../core/presets.js");
  names.forEach((name, i) => {
    if (!presets.has(name)) {
      const at = typeof value === "string" ? ["extends"] : ["extends", i];
      const known = [...presets.keys()].join(", ");
      throw located(source, shown, at, `unknown preset "${name}"; choose one of ${known}`);
    }
  });
  return names;
}

/** The presets' settings with the configuration's own laid over them, and where each came from. */
async function extendRules(
  names: string[],
  own: Record<string, RuleSetting>,
  shown: string,
): Promise<Pick<Config, "rules" | "ruleOrigins">> {
  const origins = Object.fromEntries(Object.keys(own).map((id) => [id, shown]));
  if (names.length === 0) return { rules: own, ruleOrigins: origins };
  const { applyPresets, overlay } = await import("../core/presets.js");
  const merged = applyPresets(names);
  for (const [id, setting] of Object.entries(own))
    merged.rules[id] = overlay(merged.rules[id], setting);
  return { rules: merged.rules, ruleOrigins: { ...merged.origins, ...origins } };
}

/** Reads and checks a configuration file; every mistake is a ConfigError naming file:line:col. */
export async function readConfig(file: string, shown = file): Promise<Config> {
  let bytes: Buffer;
  try {
    // Its own limits cannot apply to it: the default size limit does.
    bytes = readFileWithin(file, DEFAULT_LIMITS.maxFileSize);
  } catch (error) {
    if (error instanceof TooBigError)
      throw new ConfigError(
        `cannot read configuration: ${error.describe(shown, "the default limit")}`,
      );
    throw new ConfigError(`cannot read configuration: ${describeFsError(error, shown)}`);
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new ConfigError(`invalid configuration ${shown}: ${decoded.message}`);
  // Parsers and rules load only when there is a configuration file: a run without one
  // (and the first question of `new`) does without them.
  const { detectFormat, parseSource } = await import("../core/source.js");
  const { schemaProblems } = await import("../core/schema.js");
  const name = file.endsWith(".briefingrc") ? `${file}.yaml` : file;
  const source = parseSource(decoded.text, shown, detectFormat(name, decoded.text));
  const syntax = source.problems[0];
  if (syntax)
    throw new ConfigError(
      `invalid configuration ${shown}:${syntax.line ?? 1}:${syntax.column ?? 1}: ${syntax.message}`,
    );
  const data = (source.data ?? {}) as Record<string, unknown>;
  const check = await schemaCheck("config");
  if (!check(data)) {
    const first = schemaProblems(
      check.errors ?? [],
      source,
      shown,
      "config",
      "the configuration",
    )[0];
    throw new ConfigError(
      `invalid configuration ${shown}:${first?.line ?? 1}:${first?.column ?? 1}: ${first?.message ?? "not valid"}`,
    );
  }
  const dir = dirname(file);
  const names = await checkExtends(data.extends, source, shown);
  const own = await checkRules(
    (data.rules as Record<string, unknown> | undefined) ?? {},
    source,
    shown,
  );
  const config: Config = {
    file,
    templates: ((data.templates as string[] | undefined) ?? []).map((t) => resolve(dir, t)),
    ...(await extendRules(names, own, shown)),
    ...(names.length > 0 ? { extends: names } : {}),
    limits: { ...DEFAULT_LIMITS, ...(data.limits as Partial<Limits> | undefined) },
  };
  if (typeof data.template === "string") {
    // A template given as a path is relative to the configuration file.
    config.template = /[/\\]|\.(ya?ml|json)$/i.test(data.template)
      ? resolve(dir, data.template)
      : data.template;
  }
  if (typeof data.author === "string") config.author = data.author;
  if (typeof data.outDir === "string") config.outDir = resolve(dir, data.outDir);
  if (typeof data.editorSchema === "string") {
    const value = data.editorSchema;
    // A path is relative to the configuration file; keywords and URLs are kept as they are.
    const keep = value === "package" || value === "none" || /^[a-z][a-z0-9+.-]{1,}:/i.test(value);
    config.editorSchema = keep ? value : resolve(dir, value);
  }
  if (Array.isArray(data.files)) config.files = data.files as string[];
  if (Array.isArray(data.ignore)) config.ignore = data.ignore as string[];
  if (typeof data.readingSpeed === "number") config.readingSpeed = data.readingSpeed;
  if (typeof data.words === "object" && data.words !== null) config.words = data.words;
  return config;
}

/**
 * The configuration for a run: `--config PATH` if given, else the nearest configuration
 * file up from `cwd`, else the defaults.
 */
export async function loadConfig(cwd: string, explicit?: string): Promise<Config> {
  const file = explicit ? resolve(cwd, explicit) : findConfig(cwd);
  if (!file) return { templates: [], rules: {}, limits: { ...DEFAULT_LIMITS } };
  return readConfig(file, explicit ?? displayPath(cwd, file));
}
