import type { Template } from "../core/template.js";
import { matchLabel } from "./labels.js";

/** A label line the template does not know, and where it is. */
export interface UnknownLabel {
  label: string;
  line: number;
  column: number;
  /** Index of the custom section made from it. */
  section: number;
}

/**
 * One message for all the unknown labels of a file, at the first, saying what would take
 * them: another template that knows them (`--template smart-brevity`), `--lenient`, or an
 * alias in the template.
 */
export function unknownLabelsProblem(
  unknown: UnknownLabel[],
  template: Template,
  others: Template[],
): { message: string; line: number; column: number } | undefined {
  const [first] = unknown;
  if (!first) return undefined;
  const names = unknown.map((u) => `"${u.label}" (line ${u.line})`).join(", ");
  const many = unknown.length > 1;
  const fits = others
    .map((t) => ({ t, n: unknown.filter((u) => matchLabel(u.label, t)).length }))
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n)[0];
  const them = many ? "them" : "it";
  const custom = many ? "custom sections" : "a custom section";
  const hint = fits
    ? `use --template ${fits.t.id} (it has ${fits.n === unknown.length ? them : `${fits.n} of them`}), or --lenient to keep ${them} as ${custom}`
    : `use --lenient to keep ${them} as ${custom}, or add ${them} to the template's aliases`;
  return {
    message: `${names} ${many ? "look like section labels" : "looks like a section label"} the ${template.id} template does not have; ${many ? "they are" : "it is"} kept as ${custom}: ${hint}`,
    line: first.line,
    column: first.column,
  };
}
