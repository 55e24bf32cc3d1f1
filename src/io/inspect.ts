// Every command reads a briefing file through here. YAML and JSON go to the core as they
// are; a Markdown or plain-text briefing in the house layout is read by the importer,
// and the briefing it finds is checked by the same schema, template and rules, with each
// problem placed on the line of the file the part came from.
import { decodeText, encodingProblem } from "../core/decode.js";
import { toPointer } from "../core/position.js";
import type { ParsedSource } from "../core/source-types.js";
import { DEFAULT_TEMPLATE, unknownTemplateMessage } from "../core/template.js";
import type { DocPath, Problem } from "../core/types.js";
import {
  checkSource,
  inspectBytes,
  toResult,
  type Inspection,
  type ValidateOptions,
} from "../core/validate.js";
import { parseBriefingText, type ImportFormat } from "../import/index.js";

/** The prose format of a file, by its extension; `undefined` for YAML and JSON. */
export function proseFormat(file: string): ImportFormat | undefined {
  if (/\.(md|markdown)$/i.test(file)) return "md";
  if (/\.txt$/i.test(file)) return "txt";
  return undefined;
}

/** Decodes, reads and (unless `check` is false) validates a briefing file of any format. */
export function inspectFile(bytes: Uint8Array, options: ValidateOptions, check = true): Inspection {
  const format = proseFormat(options.file);
  if (!format) return inspectBytes(bytes, options, check);
  const decoded = decodeText(bytes);
  if (!decoded.ok)
    return { result: toResult(options.file, [encodingProblem(options.file, decoded.message)]) };
  return inspectProse(decoded.text, format, options, check);
}

/** Reads a Markdown or plain-text briefing through the importer, then checks it. */
export function inspectProse(
  text: string,
  format: ImportFormat,
  options: ValidateOptions,
  check = true,
): Inspection {
  const { file } = options;
  const id = options.defaultTemplate ?? DEFAULT_TEMPLATE;
  const template = options.templates.get(id);
  if (!template) {
    const message = unknownTemplateMessage(id, options.templates.keys());
    const problem: Problem = { rule: "template", severity: "error", message, path: file };
    return { result: toResult(file, [{ ...problem, line: 1, column: 1 }]) };
  }
  const others = [...options.templates.values()].filter((t) => t.id !== template.id);
  const imported = parseBriefingText(text, format, { template, others, file });
  const lines = text.split(/\r\n|\r|\n/);
  const source: ParsedSource = {
    format: "yaml",
    data: imported.briefing,
    problems: [],
    locate: (path: DocPath) => {
      // The importer knows the line each part came from; a part it does not know is
      // placed at its nearest known ancestor, else at the top of the file.
      for (let n = path.length; n >= 0; n--) {
        const line = imported.lines.get(toPointer(path.slice(0, n)));
        if (line !== undefined)
          return { line, column: 1, endLine: line, endColumn: (lines[line - 1]?.length ?? 0) + 1 };
      }
      return { line: 1, column: 1, endLine: 1, endColumn: (lines[0]?.length ?? 0) + 1 };
    },
  };
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
