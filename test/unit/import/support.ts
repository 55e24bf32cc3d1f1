import { expect } from "@jest/globals";
import { readFileSync } from "node:fs";
import type { Template } from "../../../src/core/template.js";
import type { Problem } from "../../../src/core/types.js";
import { parseMarkdown, parseText, type ImportResult } from "../../../src/import/index.js";
import { loadBuiltinTemplates } from "../../../src/io/templates.js";
import { fixture } from "../../helpers/paths.js";

/** The four built-in templates, by id. */
export const templates = await loadBuiltinTemplates();

/** A built-in template; throws when there is none by that id. */
export function template(id = "standard"): Template {
  const t = templates.get(id);
  if (!t) throw new Error(`no built-in template ${id}`);
  return t;
}

/** The text of a file under `test/fixtures/import/`. */
export function importFixture(name: string): string {
  return readFileSync(fixture("import", name), "utf8");
}

/** The bytes of a file under `test/fixtures/import/`. */
export function importFixtureBytes(name: string): Buffer {
  return readFileSync(fixture("import", name));
}

interface Options {
  template?: string;
  lenient?: boolean;
  strict?: boolean;
  clean?: boolean;
  file?: string;
}

function opts(o: Options) {
  return {
    template: template(o.template),
    others: [...templates.values()].filter((t) => t.id !== (o.template ?? "standard")),
    ...(o.lenient ? { lenient: true } : {}),
    ...(o.strict ? { strict: true } : {}),
    ...(o.clean ? { clean: true } : {}),
    ...(o.file ? { file: o.file } : {}),
  };
}

/** Imports plain text with a built-in template (standard by default). */
export function txtImport(text: string, o: Options = {}): ImportResult {
  return parseText(text, opts(o));
}

/** Imports Markdown with a built-in template (standard by default). */
export function mdImport(text: string, o: Options = {}): ImportResult {
  return parseMarkdown(text, opts(o));
}

/** A problem reduced to what the tests pin: rule, line, column and message. */
export type Located = [
  rule: string,
  line: number | undefined,
  column: number | undefined,
  message: string,
];

export function located(problems: Problem[]): Located[] {
  return problems.map((p) => [p.rule, p.line, p.column, p.message]);
}

/** The first problem of an import, located. */
export function firstProblem(result: ImportResult): Located {
  const [first] = located(result.problems);
  if (!first) throw new Error("expected a problem, got none");
  return first;
}

/** The briefing of an import that must succeed with no problems. */
export function briefingOf(result: ImportResult) {
  expect(located(result.problems)).toEqual([]);
  if (!result.briefing) throw new Error("no briefing");
  return result.briefing;
}

/** A small standard briefing in the house layout around the given middle lines. */
export function house(
  middle: string,
  summary = "The bank kept rates unchanged on Tuesday.",
): string {
  return `Rates hold steady\n${summary}\n${middle}\nConclusion. Policy is on hold until the summer.\n`;
}

/** Two sections of the standard template in the house layout, for middle parts. */
export const TWO_SECTIONS =
  "Details. The vote on Tuesday was unanimous.\n►   No member voted for a cut.\n►   Two members wanted a hike.\nContext. Inflation is close to the target.\n►   Core inflation was 2.1%.";

/** All three sections of the standard template: a label after them has no place of its own. */
export const THREE_SECTIONS = `${TWO_SECTIONS}\nImportant to Know. The next meeting is in June.`;
