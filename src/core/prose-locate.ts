// Where a part of a Markdown or plain-text briefing stands in its file. The importer says
// which lines each part came from; this finds the part's own text on those lines, past
// heading marks, bullet signs and labels, so a problem points at the words it is about
// rather than at a whole line.
import type { Span } from "./position.js";
import { toPointer, splitLines } from "./position.js";
import type { Target } from "./source-types.js";
import type { DocPath } from "./types.js";

/** What the importer reports about where it put each part. */
export interface PlacedParts {
  /** First line of each part, by JSON Pointer. */
  lines: ReadonlyMap<string, number>;
  /** Every line and the part it went to, when the importer reports them. */
  placed?: readonly { line: number; to: string }[];
}

// Quote marks, a heading's hashes, a bullet sign or a list number before a line's text.
const LEAD_IN = /^\s*(?:>\s*)*(?:#{1,6}\s+|[-*+►•▪‣●◦–—]\s+|\d{1,3}[.)]\s+)?/u;
const WORD = /[\p{L}\p{N}]+/gu;
// Lines longer than this are not searched for a part's words: its lead-in is close enough.
const SEARCH_LIMIT = 20_000;

/** 0-based index where the text of a line starts, past its lead-in. */
function leadIn(line: string): number {
  return LEAD_IN.exec(line)?.[0].length ?? 0;
}

/**
 * 0-based index of the part's first words on a line. A wrapped part has only its first
 * words there, so fewer are tried in turn; a label before them ("Context. Congestion")
 * is passed over because the words are looked for together.
 */
export function textStart(line: string, text: string | undefined): number {
  const from = leadIn(line);
  if (!text || line.length > SEARCH_LIMIT) return from;
  const words = (text.match(WORD) ?? []).slice(0, 4).map((w) => w.toLowerCase());
  // Whole words compared one by one: consecutive words of a line stand apart by
  // punctuation or space only, as the part's own words do.
  const tokens = [...line.slice(from).matchAll(WORD)].map((m) => ({
    at: m.index,
    word: m[0].toLowerCase(),
  }));
  for (let n = words.length; n > 0; n--)
    for (let k = 0; k + n <= tokens.length; k++)
      if (words.slice(0, n).every((w, i) => tokens[k + i]?.word === w))
        return from + (tokens[k]?.at ?? 0);
  return from;
}

function valueAt(data: unknown, path: DocPath): unknown {
  let value = data;
  for (const key of path) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/**
 * A `locate` for a briefing read from prose. A part's span starts at its text on its first
 * line and ends after the text of its last line (a wrapped paragraph, or a section's last
 * bullet); a section's key is its label line alone. A path the importer did not place is
 * located at the parts placed under it, else at its nearest placed ancestor, else at the
 * text of the first line.
 */
export function proseLocator(
  text: string,
  where: PlacedParts,
  data: unknown,
): (path: DocPath, target?: Target) => Span {
  const lines = splitLines(text);
  const endOf = (line: number): number => (lines[line - 1] ?? "").trimEnd().length + 1;
  // The first and last lines placed in each part or under it, gathered once: a part's
  // own entries count for it and for every part that holds it.
  const extents = new Map<string, [number, number]>();
  for (const p of where.placed ?? []) {
    const segments = p.to.split("/");
    for (let k = 2; k <= segments.length; k++) {
      const pointer = segments.slice(0, k).join("/");
      const [lo, hi] = extents.get(pointer) ?? [Infinity, -Infinity];
      extents.set(pointer, [Math.min(lo, p.line), Math.max(hi, p.line)]);
    }
  }
  const extent = (pointer: string): [number, number] =>
    extents.get(pointer) ?? [Infinity, -Infinity];
  const lastLine = (pointer: string, first: number): number => Math.max(first, extent(pointer)[1]);
  return (path, target = "value") => {
    for (let n = path.length; n > 0; n--) {
      const at = path.slice(0, n);
      const pointer = toPointer(at);
      // A list the importer does not place itself (`/sections`) starts with its first item.
      const first = where.lines.get(pointer) ?? extent(pointer)[0];
      if (!Number.isFinite(first)) continue;
      const value = valueAt(data, at);
      const column = textStart(lines[first - 1] ?? "", typeof value === "string" ? value : "") + 1;
      const isText = typeof value === "string";
      const endLine = target === "key" && !isText ? first : lastLine(pointer, first);
      const endColumn = endOf(endLine);
      return {
        line: first,
        column,
        endLine,
        endColumn: endLine === first ? Math.max(column, endColumn) : endColumn,
      };
    }
    const column = leadIn(lines[0] ?? "") + 1;
    return { line: 1, column, endLine: 1, endColumn: Math.max(column, endOf(1)) };
  };
}
