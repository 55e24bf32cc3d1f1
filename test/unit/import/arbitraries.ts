import fc from "fast-check";
import type { Template } from "../../../src/core/template.js";
import type { Briefing, Section } from "../../../src/core/types.js";
import { looksLikeLabel, stripLabelPrefix } from "../../../src/import/labels.js";
import {
  bylineAuthor,
  findDate,
  FURNITURE,
  SIGN_OFF,
  SOURCES_LINE,
} from "../../../src/import/meta.js";
import { oneLine } from "../../../src/render/sanitize.js";

/** Words and marks analysts' briefings really hold, beyond ASCII. */
const words = [
  ...["rates", "Port", "the", "of", "2026", "4.5%", "$3,950", "€12bn", "a", "I", "OK", "(sic)"],
  ...["café", "Zürich", "São Paulo", "Łódź", "Ærø", "naïve", "İstanbul", "Ñandú", "straße"],
  ...["🚢", "📈", "👩🏽‍⚕️", "🇪🇺", "❤️", "1️⃣", "…"],
  ...["مرحبا", "الاقتصاد", "٢٠٢٦", "שלום", "כלכלה", "עם ישראל"],
  ...["“quoted”", "‘single’", "’s", '"straight"', "'s", "«guillemets»", "„low“"],
  ...["–", "—", "2024–2026", "pre-war", "a—b"],
  ...["Details", "context", "Conclusion", "Key Points", "Bottom Line", "Gen.", "U.S.", "Dr."],
  ...[":", ".", ";", "?", "!", ",", "/", "%", "°C", "§", "½", "№"],
];

/** Markdown metacharacters: the Markdown export escapes them, the importer must unescape them. */
const markdownPieces = [
  ...["*", "**", "_", "__", "`", "```", "#", "##", "[x](y)", "![i](y)", "[", "]", "<b>", "</b>"],
  ...["&amp;", "&#42;", "&copy;", "\\", "\\*", "~~", "|", ">", "=", "===", "---", "+", "-"],
  ...["1.", "2)", "<https://example.org>", "www.example.org", "$", "!", "{", "}", "^"],
];

/** Ways words are separated: spaces (folded by oneLine), no-break spaces (kept), nothing. */
const separators = [" ", " ", " ", "\u00a0", "", "  ", "\t", "\n", "\u00a0 "];

const token = (markdown: boolean): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...words) },
    { weight: markdown ? 3 : 1, arbitrary: fc.constantFrom(...markdownPieces) },
    { weight: 1, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 4 }) },
  );

/**
 * Exclusion 1 (both layouts). `oneLine` keeps a no-break space (and other Unicode spaces
 * such as U+2003, and U+FEFF) at the start or end of a text, but the importer trims them:
 * real files put no-break spaces after `►`, so edge spacing cannot be told from the
 * marker's padding. Generated texts therefore carry no-break spaces only inside.
 */
const EDGE = /^[\s\u00a0\ufeff]+|[\s\u00a0\ufeff]+$/gu;

/** Non-empty one-line text: words, Unicode, quotes, dashes (and Markdown metacharacters). */
export function text(markdown = false): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.array(token(markdown), { minLength: 1, maxLength: 10 }),
      fc.array(fc.constantFrom(...separators), { minLength: 10, maxLength: 10 }),
    )
    .map(([ts, seps]) => oneLine(ts.map((t, i) => (i ? (seps[i] ?? " ") : "") + t).join("")))
    .map((t) => t.replace(EDGE, ""))
    .filter((t) => t !== "" && t === oneLine(t) && !HYPHENATION_SPLIT.test(t));
}

/**
 * Exclusion 5 (both layouts). A word, a hyphen, a space and a lower-case word ("bn- of") is
 * how OCR and PDF copies split words, and the importer joins the two when the joined word
 * is one the text uses elsewhere ("bnof"), as it would in a damaged copy.
 */
const HYPHENATION_SPLIT = /\p{L}- \p{Ll}/u;

/**
 * Bullet markers the importer recognises at the start of a line: `►` and its cousins with
 * any spacing, and `-`, `*`, `+` before a space or a no-break space.
 */
const BULLET_START =
  /^(?:[►•‣▪◦●▸▶➤→·○■□❖✓✔]|[-*+–][\s\u00a0]|(?:\d{1,2}[.)]|\(\d{1,2}\)|\([a-z]\)|[a-z]\)|\((?:i{1,3}|iv|v|vi{1,3}|ix|x)\))[\s\u00a0]+\S)/u;

/** Whether a line starting with `t` would be read as one of the template's labels. */
export function startsWithLabel(t: string, template: Template): boolean {
  const labels = [
    ...template.sections.flatMap((s) => [s.label, ...(s.aliases ?? [])]),
    template.conclusion?.label ?? "Conclusion",
    ...(template.conclusion?.aliases ?? []),
    ...(template.summary?.label ? [template.summary.label] : []),
    ...(template.summary?.aliases ?? []),
  ];
  const lower = stripLabelPrefix(t).toLowerCase().replace(/’/g, "'");
  return labels.some((label) => {
    const l = label.toLowerCase().replace(/’/g, "'");
    return (
      lower.startsWith(l) && /^(?:[.:](?:[\s\u00a0]|$)|[\s\u00a0]*$)/u.test(lower.slice(l.length))
    );
  });
}

/**
 * Exclusion 2 (both layouts). The headline (plain text only) and an unlabelled summary sit
 * on lines of their own with no label in front, so a text that opens like a bullet
 * (`• `, `→`, `- `, `* `, `+ `) or like a label (`Details. `, `conclusion:`, a lone
 * `Context`) reads as that bullet or label: "Rates hold" / "Details. The vote was close."
 * is a section, not a summary. In Markdown the exporter escapes `-`, `*` and `+`, but the
 * importer reads the unescaped text by the same line rules (a bug, see the report), and
 * `►`/`•` lines inside paragraphs are bullets by design. Labels are written as
 * bold only by convention, so a plain `Details. …` summary paragraph reads as the label.
 */
export function ambiguousOpening(t: string, template: Template): boolean {
  return BULLET_START.test(t) || startsWithLabel(t, template) || readsAsFurniture(t);
}

/**
 * Exclusion 3 (plain text). A headline or summary that reads as what surrounds a briefing
 * rather than its prose: a date (the importer files it as `meta.date`), a byline, a
 * "Sign up" or copyright line, a sign-off, a sources line.
 */
function readsAsFurniture(t: string): boolean {
  return (
    findDate(t) !== undefined ||
    bylineAuthor(t) !== undefined ||
    FURNITURE.test(t) ||
    SIGN_OFF.test(t) ||
    SOURCES_LINE.test(t)
  );
}

/** Sections of a template in order: required ones always, optional ones sometimes. */
function sections(template: Template, markdown: boolean): fc.Arbitrary<Section[]> {
  const closing = after(template, markdown);
  const parts = template.sections.map((spec) => {
    const leadOptional = spec.lead?.required === false;
    const section = fc
      .record({
        lead: leadOptional ? fc.option(text(markdown), { nil: undefined }) : text(markdown),
        bullets: fc.array(text(markdown), { maxLength: 4 }),
        after: fc.option(closing, { nil: undefined }),
      })
      // A section needs a lead or a bullet: the importer rejects one with neither.
      .filter(({ lead, bullets }) => lead !== undefined || bullets.length > 0)
      .map(({ lead, bullets, after }): Section => ({
        id: spec.id,
        ...(lead === undefined ? {} : { lead }),
        ...(bullets.length ? { bullets } : {}),
        // Text after the bullets is told from the lead only by the list before it.
        ...(bullets.length && after !== undefined ? { after } : {}),
      }));
    return spec.required === false ? fc.option(section, { nil: undefined }) : section.map((s) => s);
  });
  return fc.tuple(...parts).map((ss) => ss.filter((s): s is Section => s !== undefined));
}

/**
 * Exclusion 4 (both layouts). The paragraphs after a section's bullets stand on lines of
 * their own, like the summary (exclusion 2), and after a blank line a short capitalised
 * phrase before a colon or standing alone ("Rates hold:", "Port Said") reads as a label
 * the template does not know.
 */
function after(template: Template, markdown: boolean): fc.Arbitrary<string> {
  const paragraph = text(markdown).filter(
    (t) => !ambiguousOpening(t, template) && looksLikeLabel(t, true) === undefined,
  );
  return fc.array(paragraph, { minLength: 1, maxLength: 2 }).map((ps) => ps.join("\n\n"));
}

/** A briefing of one template, with the exclusions above applied. */
export function briefing(template: Template, format: "txt" | "md"): fc.Arbitrary<Briefing> {
  const markdown = format === "md";
  const opening = text(markdown).filter((t) => !ambiguousOpening(t, template));
  return fc.record({
    template: fc.constant(template.id),
    // In Markdown the headline is the `# ` heading, which takes any text.
    headline: markdown ? text(true) : opening,
    // A summary after its own label (bluf's "Bottom Line.") takes any text.
    summary: template.summary?.label ? text(markdown) : opening,
    sections: sections(template, markdown),
    conclusion: text(markdown),
  });
}
