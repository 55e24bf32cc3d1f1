import { schemaProblems, type SchemaCheck } from "./schema.js";
import { detectFormat, parseSource } from "./source.js";
import { templateConsistency, type Template } from "./template.js";
import type { Problem } from "./types.js";

/** A template file, parsed and checked against the template schema. */
export interface LoadedTemplate {
  /** The template, when the file is valid. */
  template?: Template;
  /** Located problems in the file. */
  problems: Problem[];
}

/** Parses and validates the text of a template file. */
export function parseTemplate(text: string, file: string, check: SchemaCheck): LoadedTemplate {
  const source = parseSource(text, file, detectFormat(file, text));
  if (source.problems.length > 0) return { problems: source.problems };
  if (!check(source.data)) {
    return {
      problems: schemaProblems(check.errors ?? [], source, file, "template", "the template"),
    };
  }
  const template = source.data as Template;
  const problems = templateConsistency(template).map(([path, message]): Problem => ({
    rule: "template",
    severity: "error",
    message,
    path: file,
    ...source.locate(path),
  }));
  return problems.length > 0 ? { problems } : { template, problems };
}
