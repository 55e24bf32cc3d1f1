// The one-line parts of the quick YAML reader (yaml-quick.ts): flow sequences, where a
// quoted scalar closes, and what may follow a value on its line; the node types; and the
// sentinel that makes the reader give up.
import { foldQuoted, resolvesToText, type SourceLine as Line } from "./yaml-quick-scalars.js";

/**
 * A node's offsets: `[start, end)` of its text. A block collection ends where its last
 * item's text ends, so a span never runs on over comments or line breaks after it.
 */
export interface QuickNode {
  /** Offset of the node's first character. */
  start: number;
  /** Offset just past the node's last character. */
  end: number;
  /** Entries of a mapping, by key. */
  entries?: Map<string, QuickEntry>;
  /** Items of a sequence. */
  items?: QuickNode[];
}

/** A mapping entry: where its key is, and its value. */
export interface QuickEntry {
  /** Offsets of the key. */
  key: [number, number];
  /** The value node. */
  value: QuickNode;
}

/** A value read, its node, and the index of the line after it. */
export type Parsed = { value: unknown; node: QuickNode; next: number };

/** Thrown inside the reader when the text leaves the subset; never escapes it. */
export const GIVE_UP = Symbol("give up");

export function giveUp(): never {
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- a sentinel, caught by quickYaml
  throw GIVE_UP;
}

// Characters that may not start a plain scalar here (YAML's indicators, plus '-', '?' and
// ':', which YAML allows before a non-space but which this reader leaves to `yaml`).
export const NOT_PLAIN_FIRST = new Set("-?:,[]{}#&*!|>'\"%@`");

/** `[a, "b", 'c']` on one line, of scalars only; `line` is line `li`, the `[` at `pos`. */
export function readFlowSequence(text: string, line: Line, li: number, pos: number): Parsed {
  const value: string[] = [];
  const items: QuickNode[] = [];
  let i = pos + 1;
  const skip = () => {
    while (i < line.end && text.charCodeAt(i) === 32) i++;
  };
  skip();
  if (text[i] === "]") i++;
  else
    for (;;) {
      skip();
      const c = text[i];
      if (i >= line.end || c === undefined) giveUp();
      let item: string | undefined;
      const start = i;
      if (c === '"' || c === "'") {
        const close = closingQuote(text, i, line.end);
        item = foldQuoted(text.slice(i + 1, close), c === '"');
        i = close + 1;
      } else {
        if (NOT_PLAIN_FIRST.has(c)) giveUp();
        while (i < line.end && !",[]{}#:".includes(text[i] as string)) i++;
        item = text.slice(start, i).trimEnd();
        if (!resolvesToText(item)) giveUp();
      }
      if (item === undefined) giveUp();
      value.push(item);
      items.push({ start, end: start + (c === '"' || c === "'" ? i - start : item.length) });
      skip();
      const sep = text[i];
      i++;
      if (sep === "]") break;
      if (sep !== ",") giveUp();
      skip();
      if (text[i] === "]") giveUp();
    }
  endOfLine(text, i, line.end);
  return { value, node: { start: pos, end: i, items }, next: li + 1 };
}

/** Where the quote opened at `open` closes, looking no further than `limit`. */
export function closingQuote(text: string, open: number, limit: number): number {
  const quote = text[open];
  let i = open + 1;
  while (i < limit) {
    const c = text[i];
    if (quote === '"' && c === "\\") i += 2;
    else if (c === quote) {
      if (quote === "'" && text[i + 1] === "'") i += 2;
      else return i;
    } else i++;
  }
  return giveUp();
}

/** After a complete value: only spaces, then the end of the line or a spaced comment. */
export function endOfLine(text: string, from: number, lineEnd: number): void {
  let i = from;
  while (i < lineEnd && text.charCodeAt(i) === 32) i++;
  if (i < lineEnd && (text[i] !== "#" || i === from)) giveUp();
}
