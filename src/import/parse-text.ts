import { BriefingBuilder } from "./builder.js";
import type { LineLink } from "./links.js";
import { looksLikeLabel, matchLabel } from "./labels.js";
import { prepare, type Prepared } from "./prepare.js";
import type { ImportOptions, ImportResult } from "./types.js";

// A bullet: ► • ‣ ▪ ◦ ● · ○ (any spacing after), or - * + – followed by a space, each
// followed by any mix of spaces and no-break spaces, as real files have them.
const BULLET = /^([\s\u00a0]*)(?:[►•‣▪◦●▸▶➤→·○■□❖✓✔]|[-*+–](?=[\s\u00a0]))[\s\u00a0]*/u;
// Numbered items: 1.  1)  (1)  (a)  a)  (iv).
const NUMBERED =
  /^([\s\u00a0]*)(?:\d{1,2}[.)]|\(\d{1,2}\)|\([a-z]\)|[a-z]\)|\((?:i{1,3}|iv|v|vi{1,3}|ix|x)\))[\s\u00a0]+(?=\S)/u;
const EDGE_SPACE = /^[\s\u00a0\ufeff]+|[\s\u00a0]+$/g;
// In Markdown paragraphs only the non-ASCII markers are bullets: an unescaped -, * or +
// would have made a list item, so one that reaches a paragraph was escaped text.
const MARKDOWN_TEXT_BULLET = /^([\s\u00a0]*)[►•‣▪◦●▸▶➤→·○][\s\u00a0]*/u;
const ENDS_SENTENCE = /[.!?:;"”’)]$/;
const HAS_TEXT = /[^\s\u00a0\ufeff]/;

/** One logical line of a briefing, wherever it came from. */
export interface SourceLine {
  /** The line's text, as written (leading space included). */
  text: string;
  /** 1-based line number in the file. */
  line: number;
  /** Known to be a bullet (a Markdown list item), whatever its first character. */
  bullet?: boolean;
  /** Known to be a label (a Markdown heading below the title). */
  heading?: boolean;
  /** Markdown text: a leading -, * or + was escaped, else it would have made a list. */
  markdown?: boolean;
  /** A blank line, or the start of a Markdown paragraph, came before. */
  paragraph?: boolean;
  /** The line stands alone: the next line holds text (so a bare heading can be one). */
  beforeText?: boolean;
  /** A `*footnote` line (the text has a `word*` reference, and no space follows the star), not a bullet. */
  footnote?: boolean;
  /** The document's title (a Markdown `# Title` or front matter title): the headline. */
  title?: boolean;
  /** A further line of a Markdown list item: the bullet goes on, whatever the line says. */
  continues?: boolean;
  /** The links written in the line, and the line as written (see RawLine). */
  links?: LineLink[];
  written?: string;
}

/** Feeds one line to the builder: headline, bullet, label, unknown label, or text. */
export function readLine(
  builder: BriefingBuilder,
  options: ImportOptions,
  source: SourceLine,
): void {
  const raw = source.text;
  const trimmed = raw.replace(EDGE_SPACE, "");
  if (trimmed === "") return;
  readClassified(builder, options, source, raw, trimmed);
  builder.previousText = source.bullet ? "." : trimmed;
}

function bulletOf(source: SourceLine, raw: string): RegExpExecArray | null {
  if (source.bullet || source.footnote) return null;
  if (source.markdown) return MARKDOWN_TEXT_BULLET.exec(raw);
  return BULLET.exec(raw) ?? NUMBERED.exec(raw);
}

function readClassified(
  builder: BriefingBuilder,
  options: ImportOptions,
  source: SourceLine,
  raw: string,
  trimmed: string,
): void {
  const { line } = source;
  const bullet = bulletOf(source, raw);
  const itemText = bullet ? raw.slice(bullet[0].length).replace(EDGE_SPACE, "") : trimmed;
  // A marked bullet is a bullet whatever it says; "1. PRINCIPAL DEVELOPMENTS" is a
  // numbered heading, not an item.
  const numbered = bullet !== null && !BULLET.test(raw);
  const label =
    source.bullet || (bullet && !numbered) ? undefined : matchLabel(itemText, options.template);
  const column = raw.length - raw.trimStart().length + 1;
  // Only where a new part can begin: not in the middle of a wrapped sentence, and not
  // right after a label standing alone, whose text follows on the next line.
  const canStartPart =
    builder.hasBody &&
    !builder.awaitingText &&
    (source.paragraph === true || ENDS_SENTENCE.test(builder.previousText));
  if (!builder.hasHeadline) {
    if (bullet || label || source.bullet) {
      builder.error(
        `no headline: the first line is ${label ? "a section label" : "a bullet"}; it is kept as the headline`,
        line,
        column,
      );
    }
    builder.headline(trimmed, line);
  } else if (source.bullet) {
    builder.bullet(trimmed, line, column);
  } else if (source.continues) {
    builder.text(trimmed, line, { indented: true });
  } else if (label) {
    builder.label(label, line, column);
  } else if (bullet && !(numbered && canStartPart && isCapsHeading(itemText, source))) {
    builder.bullet(itemText, line, (bullet[1]?.length ?? 0) + 1);
  } else if (source.footnote) {
    builder.guess({
      kind: "footnote",
      line,
      value: trimmed,
      reason: "a * line explaining a word* above",
    });
    builder.text(trimmed, line, { paragraph: true });
  } else {
    const unknown = source.heading
      ? { label: trimmed.replace(/[.:]$/, ""), rest: "" }
      : canStartPart
        ? looksLikeLabel(itemText, source.beforeText === true && !ENDS_SENTENCE.test(itemText))
        : undefined;
    if (unknown) builder.unknownLabel(unknown.label, unknown.rest, line, column);
    else
      builder.text(trimmed, line, {
        ...(source.paragraph ? { paragraph: true } : {}),
        ...(/^[\s\u00a0]/.test(raw) ? { indented: true } : {}),
      });
  }
}

/** An ALL CAPS heading standing alone, possibly numbered: "2. UPDATE ON AREAS AFFECTED". */
function isCapsHeading(text: string, source: SourceLine): boolean {
  return source.beforeText === true && /\p{Lu}{3}/u.test(text) && text === text.toUpperCase();
}

/**
 * Parses a briefing in the house layout, or in the shapes real archives have: the
 * headline, the summary, labelled parts with their bullets and paragraphs, and the
 * conclusion. Takes the real-world mess: a byte-order mark, CRLF, leading spaces, bullets
 * of many kinds, wrapped lines, datelines, bylines and sign-offs, OCR damage, a whole
 * document on one line. Quotes are kept as written.
 */
export function parseText(
  text: string,
  options: ImportOptions,
  preparedBefore?: Prepared,
): ImportResult {
  const builder = new BriefingBuilder(options);
  if (text.includes("\u0000")) {
    const problem = {
      rule: "import",
      severity: "error" as const,
      message: "the file holds binary data (NUL bytes), not text",
      path: options.file ?? "<input>",
      line: 1,
      column: 1,
    };
    return { problems: [problem], lines: new Map() };
  }
  // The same for every template (see prepare), so one run serves them all.
  const prepared = preparedBefore ?? prepare(text.replace(/^\uFEFF/, ""), options);
  for (const g of prepared.guesses) builder.guess(g);
  for (const p of prepared.problems) builder.error(p.message, p.line, 1, "warning");
  let last = 1;
  for (const source of prepared.lines) {
    if (HAS_TEXT.test(source.text)) last = source.line;
    readLine(builder, options, source);
  }
  const result = builder.finish(last);
  if (result.briefing && Object.keys(prepared.meta).length) result.briefing.meta = prepared.meta;
  return { ...result, leftOut: prepared.leftOut };
}
