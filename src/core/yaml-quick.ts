// A reader for the plain subset of YAML that briefing files are written in: block
// mappings with simple keys, block sequences, one-line flow sequences, plain, quoted and
// block scalars, and comments. It records every node's offsets as it goes, so a file is
// read once and every problem can still be located. Anything outside the subset (tabs,
// anchors, tags, directives, several documents, flow mappings, numbers, booleans, odd
// indentation...) makes it give up, and the caller reads the file with `yaml`, the
// authority. Within the subset its values equal `yaml`'s under the YAML 1.2 core schema;
// the YAML test suite and a differential property test hold it to that.
import { C0, C1 } from "./unsafe-chars.js";
import {
  closingQuote,
  endOfLine,
  GIVE_UP,
  giveUp,
  NOT_PLAIN_FIRST,
  readFlowSequence,
  type Parsed,
  type QuickEntry,
  type QuickNode,
} from "./yaml-quick-flow.js";
import {
  foldQuoted,
  isBlank,
  readBlockScalar,
  resolvesToText,
  type SourceLine as Line,
} from "./yaml-quick-scalars.js";

export type { QuickEntry, QuickNode } from "./yaml-quick-flow.js";

/** What the quick reader gives back: the data and the node tree for locating. */
export interface QuickRead {
  /** The parsed value. */
  data: unknown;
  /** The root node. */
  root: QuickNode;
}

// Outside the subset wherever they appear: tabs, control characters, byte-order marks,
// YAML 1.1 line breaks and the separators `yaml` treats differently from JavaScript.
const OUTSIDE = new RegExp(`[${C0}\\u0009${C1}\\ufeff\\u2028\\u2029]|__proto__`);
const KEY = /^[A-Za-z_][A-Za-z0-9_-]*:(?= |$)/;
const MAX_DEPTH = 32;

/** Reads `text` if it is in the subset; `undefined` means "read it with `yaml`". */
export function quickYaml(text: string): QuickRead | undefined {
  if (OUTSIDE.test(text)) return undefined;
  try {
    return new Reader(text).document();
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
}

class Reader {
  private readonly lines: Line[] = [];
  private depth = 0;

  constructor(private readonly text: string) {
    let start = 0;
    for (;;) {
      const nl = text.indexOf("\n", start);
      const end = nl === -1 ? text.length : nl;
      let i = start;
      while (i < end && text.charCodeAt(i) === 32) i++;
      const first = i < end ? text.charCodeAt(i) : -1;
      this.lines.push({ start, end, indent: i - start, empty: first === -1 || first === 35 });
      if (nl === -1) break;
      start = nl + 1;
    }
  }

  document(): QuickRead {
    const first = this.nextContent(0);
    const line = this.lines[first];
    if (!line || line.indent !== 0) giveUp();
    const lineText = this.text.slice(line.start, line.end);
    if (!KEY.test(lineText)) giveUp();
    const { value, node, next } = this.mapping(first, 0);
    if (next < this.lines.length) giveUp();
    return { data: value, root: node };
  }

  /** Index of the first line at or after `from` that is neither blank nor a comment. */
  private nextContent(from: number): number {
    let i = from;
    while (i < this.lines.length && this.lines[i]?.empty) i++;
    return i;
  }

  private enter(): void {
    if (++this.depth > MAX_DEPTH) giveUp();
  }

  /** A block mapping whose keys stand at column `col`, the first on line `li`. */
  private mapping(li: number, col: number): Parsed {
    this.enter();
    const value: Record<string, unknown> = {};
    const entries = new Map<string, QuickEntry>();
    const start = (this.lines[li] as Line).start + col;
    let end: number;
    let i = li;
    for (;;) {
      const line = this.lines[i] as Line;
      const at = line.start + col;
      const match = KEY.exec(this.text.slice(at, line.end));
      if (!match) giveUp();
      const key = match[0].slice(0, -1);
      // YAML caps implicit keys at 1024 characters.
      if (
        key.length > 1000 ||
        entries.has(key) ||
        /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE|[Nn]ull|NULL)$/.test(key)
      )
        giveUp();
      const keyEnd = at + key.length;
      const parsed = this.value(i, keyEnd + 1, col, true);
      value[key] = parsed.value;
      entries.set(key, { key: [at, keyEnd], value: parsed.node });
      end = parsed.node.end;
      i = this.nextContent(parsed.next);
      if (!this.sameBlock(i, col)) break;
    }
    this.depth--;
    return { value, node: { start, end, entries }, next: i };
  }

  /** A block sequence whose dashes stand at column `col`, the first on line `li`. */
  private sequence(li: number, col: number): Parsed {
    this.enter();
    const value: unknown[] = [];
    const items: QuickNode[] = [];
    const start = (this.lines[li] as Line).start + col;
    let end = start;
    let i = li;
    for (;;) {
      const line = this.lines[i] as Line;
      const dash = line.start + col;
      if (!this.isDash(dash, line.end)) break;
      const parsed = this.value(i, dash + 1, col, false);
      value.push(parsed.value);
      items.push(parsed.node);
      end = parsed.node.end;
      i = this.nextContent(parsed.next);
      if (!this.sameBlock(i, col)) break;
    }
    this.depth--;
    return { value, node: { start, end, items }, next: i };
  }

  /** Whether line `i` goes on with the block at column `col` (it ends if dedented). */
  private sameBlock(i: number, col: number): boolean {
    const next = this.lines[i];
    if (!next || next.indent < col) return false;
    if (next.indent > col) giveUp();
    return true;
  }

  private isDash(at: number, lineEnd: number): boolean {
    return this.text.charCodeAt(at) === 45 && (at + 1 === lineEnd || this.text[at + 1] === " ");
  }

  /**
   * The value after a mapping's colon or a sequence's dash at offset `from` on line `li`,
   * where the parent stands at column `parent`.
   */
  private value(li: number, from: number, parent: number, inMapping: boolean): Parsed {
    const line = this.lines[li] as Line;
    let pos = from;
    while (pos < line.end && this.text.charCodeAt(pos) === 32) pos++;
    if (pos < line.end && this.text[pos] !== "#") {
      const col = pos - line.start;
      if (!inMapping && this.isDash(pos, line.end)) return this.sequence(li, col);
      if (!inMapping && KEY.test(this.text.slice(pos, line.end))) return this.mapping(li, col);
      return this.scalar(li, pos, parent);
    }
    const hasComment = pos < line.end;
    const below = this.nextContent(li + 1);
    const next = this.lines[below];
    if (next && next.indent > parent) return this.block(below, parent);
    if (next && inMapping && next.indent === parent && this.isDash(next.start + parent, next.end))
      return this.sequence(below, parent);
    // An empty value is null; a comment beside it is left to `yaml` to place.
    if (hasComment) giveUp();
    return { value: null, node: { start: pos, end: pos }, next: li + 1 };
  }

  /** A node that starts a line of its own, indented past its parent. */
  private block(li: number, parent: number): Parsed {
    const line = this.lines[li] as Line;
    const at = line.start + line.indent;
    if (this.isDash(at, line.end)) return this.sequence(li, line.indent);
    if (KEY.test(this.text.slice(at, line.end))) return this.mapping(li, line.indent);
    return this.scalar(li, at, parent);
  }

  /** A scalar (or one-line flow sequence) starting at offset `pos` on line `li`. */
  private scalar(li: number, pos: number, parent: number): Parsed {
    const c = this.text[pos] as string;
    if (c === '"' || c === "'") return this.quoted(li, pos, parent);
    if (c === "|" || c === ">") {
      const block = readBlockScalar(this.text, this.lines, li, pos, parent);
      if (!block) giveUp();
      return { value: block.value, node: { start: pos, end: block.end }, next: block.next };
    }
    if (c === "[") return readFlowSequence(this.text, this.lines[li] as Line, li, pos);
    if (NOT_PLAIN_FIRST.has(c)) giveUp();
    return this.plain(li, pos, parent);
  }

  private plain(li: number, pos: number, parent: number): Parsed {
    const line = this.lines[li] as Line;
    const head = this.plainLine(pos, line.end);
    let value = head.text;
    let end = pos + value.length;
    let blanks = 0;
    let last = li;
    // A comment ends a plain scalar: indented text after it is left to `yaml` (an error).
    for (let i = li + 1; !head.comment && i < this.lines.length; i++) {
      const next = this.lines[i] as Line;
      if (isBlank(next)) {
        blanks++;
        continue;
      }
      if (next.empty || next.indent <= parent) break;
      const at = next.start + next.indent;
      if (NOT_PLAIN_FIRST.has(this.text[at] as string)) giveUp();
      const more = this.plainLine(at, next.end);
      if (more.comment) giveUp();
      value += blanks > 0 ? "\n".repeat(blanks) : " ";
      value += more.text;
      end = at + more.text.length;
      blanks = 0;
      last = i;
    }
    if (!resolvesToText(value)) giveUp();
    return { value, node: { start: pos, end }, next: last + 1 };
  }

  /** One line of a plain scalar from `pos`: up to a comment, trailing spaces removed. */
  private plainLine(pos: number, lineEnd: number): { text: string; comment: boolean } {
    let raw = this.text.slice(pos, lineEnd);
    const comment = raw.indexOf(" #");
    if (comment !== -1) raw = raw.slice(0, comment);
    raw = raw.replace(/ +$/, "");
    if (raw.includes(": ") || raw.endsWith(":") || raw.length === 0) giveUp();
    return { text: raw, comment: comment !== -1 };
  }

  private quoted(li: number, pos: number, parent: number): Parsed {
    const double = this.text[pos] === '"';
    const close = closingQuote(this.text, pos, this.text.length);
    // Continuation lines of a quoted scalar must be indented past the parent.
    let last = li;
    while ((this.lines[last] as Line).end < close) {
      last++;
      const line = this.lines[last] as Line;
      if (line.indent <= parent && !isBlank(line)) giveUp();
    }
    endOfLine(this.text, close + 1, (this.lines[last] as Line).end);
    const value = foldQuoted(this.text.slice(pos + 1, close), double);
    if (value === undefined) giveUp();
    return { value, node: { start: pos, end: close + 1 }, next: last + 1 };
  }
}
