// A Markdown or plain-text briefing read through the importer, its parts located in the
// file, then checked like any other briefing. Loaded by io/inspect.ts only for such files.
import { proseLocator } from "../core/prose-locate.js";
import type { ParsedSource } from "../core/source-types.js";
import { DEFAULT_TEMPLATE, unknownTemplateMessage, type Template } from "../core/template.js";
import type { Problem } from "../core/types.js";
import { checkSource, toResult, type Inspection, type ValidateOptions } from "../core/validate.js";
import { parseBriefingText, type ImportFormat, type ImportResult } from "../import/index.js";

/** A prose briefing as the importer read it, with its parts located in the file. */
export interface ProseReading {
  /** The template the file was read with. */
  template: Template;
  /** What the importer found. */
  imported: ImportResult;
  /** The briefing found, as a source whose paths locate the text of each part. */
  source: ParsedSource;
}

/**
 * Reads a Markdown or plain-text briefing through the importer, with the configured
 * default template; `undefined` when that template is unknown.
 */
export function readProse(
  text: string,
  format: ImportFormat,
  options: Pick<ValidateOptions, "file" | "templates" | "defaultTemplate">,
): ProseReading | undefined {
  const template = options.templates.get(options.defaultTemplate ?? DEFAULT_TEMPLATE);
  if (!template) return undefined;
  const others = [...options.templates.values()].filter((t) => t.id !== template.id);
  const imported = parseBriefingText(text, format, { template, others, file: options.file });
  const source: ParsedSource = {
    format: "yaml",
    data: imported.briefing,
    problems: [],
    locate: proseLocator(text, imported, imported.briefing),
  };
  return { template, imported, source };
}

/** Reads a Markdown or plain-text briefing through the importer, then checks it. */
export function inspectProse(
  text: string,
  format: ImportFormat,
  options: ValidateOptions,
  check = true,
): Inspection {
  const { file } = options;
  const read = readProse(text, format, options);
  if (!read) {
    const id = options.defaultTemplate ?? DEFAULT_TEMPLATE;
    const message = unknownTemplateMessage(id, options.templates.keys());
    const problem: Problem = { rule: "template", severity: "error", message, path: file };
    return { result: toResult(file, [{ ...problem, line: 1, column: 1 }]) };
  }
  const { imported, source } = read;
  const found = check && imported.briefing ? checkSource(source, options) : [];
  // Fixes rewrite YAML and JSON values in place; prose files are left to the writer.
  const problems = [...imported.problems, ...found].map(({ fix: _fix, ...p }) => p);
  if (!imported.briefing && problems.length === 0)
    problems.push({
      rule: "syntax",
      severity: "error",
      message:
        "no briefing found: the file has no headline, summary or sections in the house layout",
      path: file,
      line: 1,
      column: 1,
    });
  return { result: toResult(file, problems), source };
}
