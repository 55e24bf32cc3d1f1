import { slugify } from "../core/naming.js";
import type { Template } from "../core/template.js";

/** What a label at the start of a line introduces. */
export type LabelTarget =
  { kind: "summary" } | { kind: "conclusion" } | { kind: "section"; id: string; label?: string };

/** A label found at the start of a line, and the text after it. */
export interface LabelMatch {
  target: LabelTarget;
  /** The label as written. */
  written: string;
  /** Text after the label and its period. */
  rest: string;
}

function known(template: Template): { label: string; target: LabelTarget }[] {
  const out: { label: string; target: LabelTarget }[] = template.sections.map((s) => ({
    label: s.label,
    target: { kind: "section", id: s.id },
  }));
  out.push({ label: template.conclusion?.label ?? "Conclusion", target: { kind: "conclusion" } });
  if (template.summary?.label)
    out.push({ label: template.summary.label, target: { kind: "summary" } });
  // Longest first, so "The Bottom Line" wins over a shorter label it starts with.
  return out.sort((a, b) => b.label.length - a.label.length);
}

/**
 * The template label a line starts with, matched case-insensitively, followed by a
 * period or colon (optional when the label stands alone on its line).
 */
export function matchLabel(line: string, template: Template): LabelMatch | undefined {
  const lower = line.toLowerCase();
  for (const { label, target } of known(template)) {
    const l = label.toLowerCase();
    if (!lower.startsWith(l)) continue;
    const after = line.slice(l.length);
    const m = /^(?:[.:](?:[\s\u00a0]+|$)|$)/.exec(after);
    if (m)
      return { target, written: line.slice(0, l.length), rest: after.slice(m[0].length).trim() };
  }
  return undefined;
}

// Abbreviations that open sentences and look like one-word labels ("Gen. Smith said").
const ABBREVIATIONS = new Set(
  "mr mrs ms dr gen col lt sgt gov sen rep st no inc ltd co jr sr prof mt ft vs jan feb mar apr jun jul aug sep sept oct nov dec fig".split(
    " ",
  ),
);

/**
 * A line that looks like a section label the template does not know: one to four
 * capitalised words and a period at the start of the line, then text or nothing.
 */
export function looksLikeLabel(line: string): { label: string; rest: string } | undefined {
  const m = /^(\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+){0,3})[.:](?:[\s\u00a0]+(.*)|$)/u.exec(line);
  if (!m?.[1]) return undefined;
  const label = m[1];
  const words = label.split(" ");
  const last = words.at(-1)?.toLowerCase() ?? "";
  if (label.length < 3 || ABBREVIATIONS.has(last)) return undefined;
  // Labels are title case ("Important to Know", "The Big Picture"); a sentence is not.
  // Elided articles count as small words: "Côte d’Ivoire".
  if (!words.every((w, i) => i === 0 || /^(\p{Ll}['’])?\p{Lu}/u.test(w) || SMALL_WORDS.has(w)))
    return undefined;
  return { label, rest: (m[2] ?? "").trim() };
}

const SMALL_WORDS = new Set([
  "a",
  "an",
  "and",
  "at",
  "by",
  "for",
  "in",
  "of",
  "on",
  "or",
  "the",
  "to",
  "vs",
]);

/** A section id for a custom label (`--lenient`). */
export function customId(label: string): string {
  return slugify(label, 40);
}
