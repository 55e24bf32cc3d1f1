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
  /** The template's own label, when the line used one of its aliases. */
  alias?: string;
}

interface Known {
  label: string;
  target: LabelTarget;
  /** The template's label, when `label` is one of its aliases. */
  canonical?: string;
}

const cache = new WeakMap<Template, Known[]>();

function known(template: Template): Known[] {
  const cached = cache.get(template);
  if (cached) return cached;
  const out: Known[] = [];
  const add = (label: string, aliases: string[] | undefined, target: LabelTarget): void => {
    out.push({ label, target });
    for (const alias of aliases ?? []) out.push({ label: alias, target, canonical: label });
  };
  for (const s of template.sections) add(s.label, s.aliases, { kind: "section", id: s.id });
  add(template.conclusion?.label ?? "Conclusion", template.conclusion?.aliases, {
    kind: "conclusion",
  });
  if (template.summary?.label)
    add(template.summary.label, template.summary.aliases, { kind: "summary" });
  // Longest first, so "The Bottom Line" wins over a shorter label it starts with.
  out.sort((a, b) => b.label.length - a.label.length);
  cache.set(template, out);
  return out;
}

// Emoji, pictographs and arrows that writers put before a heading ("🔎 Between the lines:").
const LABEL_PREFIX =
  /^(?:(?:[\p{Extended_Pictographic}\p{So}\p{Emoji_Modifier}#]|\uFE0F|\u200D)+[\s\u00a0]*)+/u;

/** A line without the emoji or symbol a writer put in front of its label. */
export function stripLabelPrefix(line: string): string {
  return line.replace(LABEL_PREFIX, "");
}

// Straight and curly apostrophes read alike ("What's next" / "What’s next").
const fold = (s: string): string => s.toLowerCase().replace(/’/g, "'");

/**
 * The template label (or alias) a line starts with, matched case-insensitively, after any
 * emoji in front, followed by a period or colon (optional when the label stands alone on
 * its line).
 */
export function matchLabel(line: string, template: Template): LabelMatch | undefined {
  const body = stripLabelPrefix(line);
  const lower = fold(body);
  for (const { label, target, canonical } of known(template)) {
    const l = fold(label);
    if (!lower.startsWith(l)) continue;
    const after = body.slice(l.length);
    const m = /^(?:[.:](?:[\s\u00a0]+|$)|[\s\u00a0]*$)/.exec(after);
    if (m)
      return {
        target,
        written: body.slice(0, l.length),
        rest: after.slice(m[0].length).trim(),
        ...(canonical ? { alias: canonical } : {}),
      };
  }
  return undefined;
}

/** The template's own name for the label a line used: itself, or what its alias stands for. */
export function canonicalLabel(match: LabelMatch, template: Template): string {
  const { target } = match;
  if (match.alias) return match.alias;
  if (target.kind === "section")
    return template.sections.find((s) => s.id === target.id)?.label ?? target.id;
  if (target.kind === "summary") return template.summary?.label ?? "Summary";
  return template.conclusion?.label ?? "Conclusion";
}

/** Every label and alias of a template, for messages and template detection. */
export function templateLabels(template: Template): string[] {
  return known(template).map((k) => k.label);
}

// Abbreviations that open sentences and look like one-word labels ("Gen. Smith said").
const ABBREVIATIONS = new Set(
  "mr mrs ms dr gen col lt sgt gov sen rep st no inc ltd co jr sr prof mt ft vs jan feb mar apr jun jul aug sep sept oct nov dec fig".split(
    " ",
  ),
);

// Verbs that end a reported-speech opening ("The ministry said: ...") rather than a label.
const SPEECH =
  /\b(?:said|says|say|added|adds|noted|notes|warned|told|wrote|stated|announced|asked|explained|replied|reported)$/i;

/**
 * A line that looks like a section label the template does not know: up to four
 * capitalised words and a period at the start of the line, then text or nothing; a short
 * sentence-case phrase ending in a colon ("Truth bomb:"); or, when `alone` says the line
 * stands by itself between parts, a short heading with no punctuation ("Current status",
 * "PRINCIPAL DEVELOPMENTS").
 */
export function looksLikeLabel(
  line: string,
  alone = false,
): { label: string; rest: string } | undefined {
  const body = stripLabelPrefix(line);
  const colon = /^(\p{Lu}[\p{L}'’-]*(?:,? [\p{L}'’-]+){0,3}):(?:[\s\u00a0]+(.*)|$)/u.exec(body);
  if (colon?.[1] && colon[1].length >= 3 && !SPEECH.test(colon[1]))
    return { label: colon[1], rest: (colon[2] ?? "").trim() };
  if (alone) {
    const heading = /^(\p{Lu}[\p{L}'’&-]*(?:,? [\p{L}'’&-]+){0,5})$/u.exec(body);
    if (heading?.[1] && heading[1].length >= 3) return { label: heading[1], rest: "" };
  }
  const m = /^(\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+){0,3})[.:](?:[\s\u00a0]+(.*)|$)/u.exec(body);
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
