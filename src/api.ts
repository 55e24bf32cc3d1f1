import type { SchemaCheck } from "./core/schema.js";
import { schemaProblems } from "./core/schema.js";
import { detectFormat, type Format } from "./core/source.js";
import { readSource } from "./core/source-read.js";
import type { Template } from "./core/template.js";
import type { Briefing, FileResult, Problem } from "./core/types.js";
import { toResult, type RuleSetting } from "./core/validate.js";
import { validateBytes, validateText } from "./core/inspect-text.js";
import { schemaCheck } from "./io/schemas.js";
import { loadBuiltinTemplates, loadTemplateFile } from "./io/templates.js";
import { formatIds, getExporter } from "./render/index.js";

let builtins: Promise<Map<string, Template>> | undefined;

/** The shipped templates, loaded once. */
export function builtinTemplates(): Promise<Map<string, Template>> {
  builtins ??= loadBuiltinTemplates();
  return builtins;
}

/** The compiled briefing schema, loaded once. */
export function briefingSchema(): Promise<SchemaCheck> {
  return schemaCheck("briefing");
}

/** Options of {@link validate}. */
export interface ApiValidateOptions {
  /** File name shown in problems; its extension picks the format. */
  file?: string;
  /** Force a format instead of detecting it. */
  format?: Format;
  /** Template id for a briefing that does not name one, or a Template object. */
  template?: string | Template;
  /** Extra templates (for example loaded with {@link loadTemplateFile}). */
  templates?: Template[];
  /** Rule settings by id. */
  rules?: Record<string, RuleSetting>;
}

/** Validates briefing text or bytes: syntax, schema, template limits and rules. */
export async function validate(
  input: string | Uint8Array,
  options: ApiValidateOptions = {},
): Promise<FileResult> {
  const templates = new Map(await builtinTemplates());
  for (const t of options.templates ?? []) templates.set(t.id, t);
  let defaultTemplate: string | undefined;
  if (typeof options.template === "object") {
    templates.set(options.template.id, options.template);
    defaultTemplate = options.template.id;
  } else {
    defaultTemplate = options.template;
  }
  const settings = {
    file: options.file ?? "<input>",
    schema: await briefingSchema(),
    templates,
    ...(defaultTemplate ? { defaultTemplate } : {}),
    ...(options.format ? { format: options.format } : {}),
    ...(options.rules ? { rules: options.rules } : {}),
  };
  return typeof input === "string" ? validateText(input, settings) : validateBytes(input, settings);
}

/** A parsed briefing, or the syntax and schema problems that keep it from being one. */
export interface LoadResult {
  /** The briefing, present when the file has no syntax or schema problems. */
  briefing?: Briefing;
  /** Syntax and schema problems. */
  problems: Problem[];
}

/** Parses briefing text and checks it against the schema (template limits and rules are left to {@link validate}). */
export async function loadBriefing(
  text: string,
  file = "<input>",
  format?: Format,
): Promise<LoadResult> {
  const source = readSource(text, file, format ?? detectFormat(file, text));
  if (source.problems.length > 0) return { problems: toResult(file, source.problems).problems };
  const check = await briefingSchema();
  if (!check(source.data))
    return { problems: toResult(file, schemaProblems(check.errors ?? [], source, file)).problems };
  return { briefing: source.data as Briefing, problems: [] };
}

export { loadTemplateFile };

/** Options of {@link render}. */
export interface ApiRenderOptions {
  /** Template id or object; the briefing's own `template`, else `standard`, by default. */
  template?: string | Template;
  /** Markdown: YAML front matter. */
  frontMatter?: boolean;
  /** HTML: page language. */
  lang?: string;
}

/**
 * Renders a briefing to `md`, `txt`, `json`, `html` or `docx`, with labels from its template:
 * text, or bytes for a binary format.
 */
export async function render(
  briefing: Briefing,
  format: string,
  options: ApiRenderOptions = {},
): Promise<string | Uint8Array> {
  const exporter = getExporter(format);
  if (!exporter)
    throw new Error(`unknown format "${format}"; choose one of ${formatIds.join(", ")}`);
  const template =
    typeof options.template === "object"
      ? options.template
      : (await builtinTemplates()).get(options.template ?? briefing.template ?? "standard");
  return exporter.render(briefing, {
    ...(template ? { template } : {}),
    ...(options.frontMatter ? { frontMatter: true } : {}),
    ...(options.lang ? { lang: options.lang } : {}),
  });
}
