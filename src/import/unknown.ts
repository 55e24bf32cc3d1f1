import { sectionRequired, type Template } from "../core/template.js";
import type { Section } from "../core/types.js";
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

/**
 * Unknown labels that stand where a required section of the template is missing, between
 * neighbours that leave no other choice, are that section under its own label: what a
 * `label:` override exports. Their sections take the template's id (the label is kept);
 * the rest stay custom sections. Returns the unknown labels left, and those read so.
 */
export function overriddenLabels(
  sections: Section[],
  unknown: UnknownLabel[],
  template: Template,
): { left: UnknownLabel[]; read: UnknownLabel[] } {
  const custom = new Set(unknown.map((u) => u.section));
  const order = (i: number): number | undefined => {
    const s = sections[i];
    return s && !custom.has(i) ? template.sections.findIndex((t) => t.id === s.id) : undefined;
  };
  const present = new Set(sections.filter((_, i) => !custom.has(i)).map((s) => s.id));
  const left: UnknownLabel[] = [];
  const read: UnknownLabel[] = [];
  for (const u of unknown) {
    const before = u.section === 0 ? -1 : order(u.section - 1);
    const after =
      u.section === sections.length - 1 ? template.sections.length : order(u.section + 1);
    const slot =
      before === undefined || after === undefined
        ? []
        : template.sections
            .slice(before + 1, Math.max(before + 1, after))
            .filter((s) => sectionRequired(s) && !present.has(s.id));
    const section = sections[u.section];
    if (slot.length !== 1 || !slot[0] || !section) {
      left.push(u);
      continue;
    }
    section.id = slot[0].id;
    present.add(slot[0].id);
    read.push(u);
  }
  return { left, read };
}
