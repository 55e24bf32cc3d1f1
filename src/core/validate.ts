import { builtInChecks } from "./checks.js";
import { applyDirectives } from "./directives.js";
import { ruleById, rules as allRules, type BriefingView } from "./rules/index.js";
import { schemaProblems, type SchemaCheck } from "./schema.js";
import {
  defaultParseLimits,
  depthOf,
  detectFormat,
  type Format,
  type ParseLimits,
  type ParsedSource,
} from "./source-types.js";
import {
  DEFAULT_TEMPLATE,
  unknownTemplateMessage,
  type Template,
  type TemplateRegistry,
} from "./template.js";
import type { Briefing, FileResult, Meta, Problem, RuleLevel } from "./types.js";
import { toPointer } from "./position.js";
import { isRecord } from "./types.js";

/** A rule's setting: a level, or a level with options, as ESLint users write it. */
export type RuleSetting = RuleLevel | [RuleLevel] | [RuleLevel, Record<string, unknown>];

/** What validation needs besides the text. */
export interface ValidateOptions {
  /** File name shown in problems; its extension picks the format unless `format` is given. */
  file: string;
  /** Force a format instead of detecting it. */
  format?: Format;
  /** The compiled briefing schema. */
  schema: SchemaCheck;
  /** Known templates by id. */
  templates: TemplateRegistry;
  /** Template for files that do not name one. */
  defaultTemplate?: string;
  /** Rule settings by id; rules not named run at their default level. */
  rules?: Readonly<Record<string, RuleSetting>>;
  /** Parser limits against hostile input. */
  limits?: ParseLimits;
  /** Skip the quick readers and parse every file fully (for comparison and debugging). */
  careful?: boolean;
  /** Today's date, `YYYY-MM-DD`, for date rules; the current date when absent. */
  today?: string;
  /**
   * Run only the rules set to `error`: for callers that need to know which files have
   * errors and show no warnings (a digest leaves out the files with errors).
   */
  errorsOnly?: boolean;
}

/** A checked file: its result, and its parsed source when it could be parsed. */
export interface Inspection {
  /** Problems found, counted. */
  result: FileResult;
  /** The parsed source, absent when the bytes are not text. */
  source?: ParsedSource;
}

/** A briefing text as the readers take it, and its format. */
export function prepareText(
  raw: string,
  options: Pick<ValidateOptions, "file" | "format">,
): { text: string; format: Format } {
  const format = options.format ?? detectFormat(options.file, raw);
  // YAML 1.2 counts a lone carriage return (old Mac files) as a line break; the yaml
  // package does not. One character for one keeps every offset, line and column.
  const text = format === "yaml" && raw.includes("\r") ? raw.replace(/\r(?!\n)/g, "\n") : raw;
  return { text, format };
}

/**
 * Checks text already read (core/source-read.ts, or io/inspect.ts, which loads the full
 * parsers only for a file the quick readers leave): its syntax problems, then unless
 * `check` is false the schema, template and rules, less what disable comments turn off.
 */
export function inspectRead(
  text: string,
  source: ParsedSource,
  options: ValidateOptions,
  check = true,
): Inspection {
  let problems = check ? checkSource(source, options) : source.problems;
  if (check && source.format === "yaml" && text.includes("briefing-disable"))
    problems = applyDirectives(text, problems, options.file, knownRuleIds);
  return { result: toResult(options.file, problems), source };
}

/** The template a parsed briefing follows: the one it names, else the default. */
export function templateFor(
  data: unknown,
  options: Pick<ValidateOptions, "templates" | "defaultTemplate">,
): Template | undefined {
  const named = isRecord(data) && typeof data.template === "string" ? data.template : undefined;
  return options.templates.get(named ?? options.defaultTemplate ?? DEFAULT_TEMPLATE);
}

/**
 * A briefing from data that parsed but may not match the schema (`export --no-validate`):
 * the well-typed parts are kept and missing text is empty, so renderers never crash.
 */
export function coerceBriefing(data: unknown): Briefing {
  const view = toView(isRecord(data) ? data : {});
  const briefing: Briefing = {
    headline: view.headline ?? "",
    summary: view.summary ?? "",
    sections: view.sections.map(({ index: _index, malformed: _malformed, ...section }) => section),
    conclusion: view.conclusion ?? "",
  };
  if (view.template !== undefined) briefing.template = view.template;
  if (view.meta) briefing.meta = view.meta;
  return briefing;
}

function coerceMeta(raw: Record<string, unknown>): Meta {
  const meta: Record<string, unknown> = {};
  for (const key of ["date", "author", "status", "confidence"])
    if (typeof raw[key] === "string") meta[key] = raw[key];
  if (Array.isArray(raw.tags))
    meta.tags = raw.tags.filter((t): t is string => typeof t === "string");
  if (Array.isArray(raw.sources)) {
    meta.sources = raw.sources
      .filter((x): x is Record<string, unknown> => isRecord(x) && typeof x.title === "string")
      .map((x) =>
        typeof x.url === "string" ? { title: x.title, url: x.url } : { title: x.title },
      );
  }
  return meta;
}

/** Schema, template and rule problems of a parsed source (its syntax problems included). */
export function checkSource(source: ParsedSource, options: ValidateOptions): Problem[] {
  if (source.problems.length > 0 || source.data === undefined) return source.problems;
  const { file } = options;
  const data = source.data;
  const problems: Problem[] = [];
  const maxDepth = options.limits?.maxDepth ?? defaultParseLimits.maxDepth ?? 64;
  if (depthOf(data, maxDepth) > maxDepth) {
    // A briefing is a few levels deep; checking a hostile depth would only cost time.
    const message = `the file nests more than ${maxDepth} levels deep; a briefing needs far fewer (see limits.maxDepth)`;
    return [{ rule: "limits", severity: "error", message, path: file, line: 1, column: 1 }];
  }
  if (!options.schema(data))
    problems.push(...schemaProblems(options.schema.errors ?? [], source, file));
  if (!isRecord(data)) return problems;

  const named = typeof data.template === "string" ? data.template : undefined;
  const templateId = named ?? options.defaultTemplate ?? DEFAULT_TEMPLATE;
  const template = options.templates.get(templateId);
  if (!template) {
    problems.push({
      rule: "template",
      severity: "error",
      message: unknownTemplateMessage(templateId, options.templates.keys()),
      path: file,
      ...(named
        ? { pointer: "/template", ...source.locate(["template"]) }
        : { line: 1, column: 1 }),
    });
    return problems;
  }
  problems.push(...runRules(source, toView(data), template, options));
  return problems;
}

function runRules(
  source: ParsedSource,
  view: BriefingView,
  template: Template,
  options: ValidateOptions,
): Problem[] {
  const problems: Problem[] = [];
  const settings = options.rules ?? {};
  const today = options.today ?? localDate(new Date());
  for (const rule of allRules) {
    const setting = settings[rule.id];
    const level = (Array.isArray(setting) ? setting[0] : setting) ?? rule.defaultLevel;
    if (level === "off" || (options.errorsOnly === true && level !== "error")) continue;
    const ruleOptions = (Array.isArray(setting) ? setting[1] : undefined) ?? {};
    for (const finding of rule.check(view, { template, options: ruleOptions, today })) {
      problems.push({
        rule: rule.id,
        severity: level === "error" ? "error" : "warning",
        message: finding.message,
        path: options.file,
        pointer: toPointer(finding.at),
        ...(finding.fix !== undefined ? { fix: finding.fix } : {}),
        ...source.locate(finding.at, finding.target),
      });
    }
  }
  return problems;
}

/** Rule ids a disable comment may name: the rules and the built-in checks that allow it. */
const knownRuleIds: ReadonlySet<string> = new Set([
  ...ruleById.keys(),
  ...builtInChecks.filter((c) => c.disableable).map((c) => c.id),
]);

/** Whether a rule id is known. */
export function isKnownRule(id: string): boolean {
  return ruleById.has(id);
}

function str(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** The well-typed parts of parsed data, so rules can run even when the schema failed. */
export function toView(data: Record<string, unknown>): BriefingView {
  const sections: BriefingView["sections"] = [];
  let unidentified = 0;
  if (Array.isArray(data.sections)) {
    data.sections.forEach((raw: unknown, index) => {
      if (!isRecord(raw) || typeof raw.id !== "string") {
        unidentified++;
        return;
      }
      const section: BriefingView["sections"][number] = { id: raw.id, index };
      const label = str(raw.label);
      const lead = str(raw.lead);
      const after = str(raw.after);
      if (label !== undefined) section.label = label;
      if (lead !== undefined) section.lead = lead;
      if (after !== undefined) section.after = after;
      if (Array.isArray(raw.bullets)) {
        // Non-text bullets stay in place as "" so paths line up; the schema reports them.
        section.bullets = raw.bullets.map((b) => (typeof b === "string" ? b : ""));
        const nonText = raw.bullets.flatMap((b, i) => (typeof b === "string" ? [] : [i]));
        if (nonText.length) section.nonText = nonText;
      }
      const badLead =
        (raw.lead !== undefined && lead === undefined) ||
        (raw.after !== undefined && after === undefined);
      const badBullets = raw.bullets !== undefined && !Array.isArray(raw.bullets);
      if (badLead || badBullets) section.malformed = true;
      sections.push(section);
    });
  }
  const view: BriefingView = { sections, unidentifiedSections: unidentified };
  const headline = str(data.headline);
  const summary = str(data.summary);
  const conclusion = str(data.conclusion);
  const template = str(data.template);
  if (headline !== undefined) view.headline = headline;
  if (summary !== undefined) view.summary = summary;
  if (conclusion !== undefined) view.conclusion = conclusion;
  if (template !== undefined) view.template = template;
  if (isRecord(data.meta)) {
    view.meta = coerceMeta(data.meta);
    view.metaKeys = Object.keys(data.meta);
  }
  return view;
}

/** Sorts problems by position and counts them. */
export function toResult(file: string, problems: Problem[]): FileResult {
  const sorted = [...problems].sort(
    (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
  let errorCount = 0;
  for (const p of sorted) if (p.severity === "error") errorCount++;
  return { path: file, problems: sorted, errorCount, warningCount: sorted.length - errorCount };
}

/** A date as the analyst's calendar shows it (local time, not UTC), `YYYY-MM-DD`. */
export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
