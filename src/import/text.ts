import { BriefingBuilder } from "./builder.js";
import { looksLikeLabel, matchLabel } from "./labels.js";
import type { ImportOptions, ImportResult } from "./types.js";

// A bullet: ► • ‣ ▪ ◦ ● (any spacing after), or - * + followed by a space, each followed
// by any mix of spaces and no-break spaces, as real files have them.
const BULLET = /^([\s\u00a0]*)(?:[►•‣▪◦●▸▶➤→]|[-*+](?=[\s\u00a0]))[\s\u00a0]*/u;
const EDGE_SPACE = /^[\s\u00a0\ufeff]+|[\s\u00a0]+$/g;
// In Markdown paragraphs only the non-ASCII markers are bullets: an unescaped -, * or +
// would have made a list item, so one that reaches a paragraph was escaped text.
const MARKDOWN_TEXT_BULLET = /^([\s\u00a0]*)[►•‣▪◦●▸▶➤→][\s\u00a0]*/u;

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

function readClassified(
  builder: BriefingBuilder,
  options: ImportOptions,
  source: SourceLine,
  raw: string,
  trimmed: string,
): void {
  const { line } = source;
  const bullet = source.bullet
    ? undefined
    : (source.markdown ? MARKDOWN_TEXT_BULLET : BULLET).exec(raw);
  const label = source.bullet ? undefined : matchLabel(trimmed, options.template);
  const column = raw.length - raw.trimStart().length + 1;
  if (!builder.hasHeadline) {
    if (bullet || label || source.bullet) {
      builder.error(
        `no headline: the first line is ${label ? "a section label" : "a bullet"}`,
        line,
        column,
      );
    }
    builder.headline(trimmed, line);
  } else if (source.bullet) {
    builder.bullet(trimmed, line, column);
  } else if (bullet) {
    builder.bullet(
      raw.slice(bullet[0].length).replace(EDGE_SPACE, ""),
      line,
      (bullet[1]?.length ?? 0) + 1,
    );
  } else if (label) {
    builder.label(label, line, column);
  } else {
    // Only where a new part can begin: not in the middle of a wrapped sentence, and not
    // right after a label standing alone, whose text follows on the next line.
    const canStartPart =
      builder.hasSummary && !builder.awaitingText && /[.!?:;"”’)]$/.test(builder.previousText);
    const unknown = source.heading
      ? { label: trimmed.replace(/[.:]$/, ""), rest: "" }
      : canStartPart
        ? looksLikeLabel(trimmed)
        : undefined;
    if (unknown) builder.unknownLabel(unknown.label, unknown.rest, line, column);
    else builder.text(trimmed, line);
  }
}

/**
 * Parses a briefing in the house layout: the headline, the summary, `Label. lead` lines
 * with their bullets, and the conclusion. Takes the real-world mess: a byte-order mark,
 * CRLF, leading spaces, bullets followed by no-break spaces, wrapped lines, a trailing
 * blank line. Quotes are kept as written.
 */
export function parseText(text: string, options: ImportOptions): ImportResult {
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
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  let last = 1;
  lines.forEach((raw, i) => {
    if (raw.replace(EDGE_SPACE, "") !== "") last = i + 1;
    readLine(builder, options, { text: raw, line: i + 1 });
  });
  return builder.finish(last);
}
