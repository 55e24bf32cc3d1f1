// Scalars for the quick YAML reader: quoted folding and escapes, block scalars, and the
// core schema's test for plain text. Each returns `undefined` where the input leaves the
// subset the reader vouches for; the file is then read by `yaml`.

/** A line of the source: offsets, indentation, and whether it is blank or a comment. */
export interface SourceLine {
  start: number;
  end: number;
  indent: number;
  empty: boolean;
}

/** Whether a line holds only spaces. */
export function isBlank(line: SourceLine): boolean {
  return line.indent === line.end - line.start;
}

// Plain scalars that YAML 1.2's core schema reads as something other than text (the
// `yaml` package's own patterns for null, booleans, integers and floats).
const NOT_TEXT = [
  /^(?:~|[Nn]ull|NULL)?$/,
  /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  /^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+)$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/,
];
const MAYBE_NOT_TEXT = /^[-+.~0-9nNtTfF]/;

/** Whether a plain scalar stays text under the core schema. */
export function resolvesToText(value: string): boolean {
  if (value.length > 0 && !MAYBE_NOT_TEXT.test(value)) return true;
  return !NOT_TEXT.some((re) => re.test(value));
}

const ESCAPES: Record<string, string> = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  t: "\t",
  n: "\n",
  v: "\v",
  f: "\f",
  r: "\r",
  e: "\x1b",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  N: "\x85",
  _: "\xa0",
  L: "\u2028",
  P: "\u2029",
};
const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

/** The escapes of one line of a double-quoted scalar resolved; undefined if one is unknown. */
function unescape(raw: string): string | undefined {
  if (!raw.includes("\\")) return raw;
  let out = "";
  let i = 0;
  while (i < raw.length) {
    const slash = raw.indexOf("\\", i);
    if (slash === -1) {
      out += raw.slice(i);
      break;
    }
    out += raw.slice(i, slash);
    const c = raw[slash + 1] ?? "";
    const simple = ESCAPES[c];
    if (simple !== undefined) {
      out += simple;
      i = slash + 2;
      continue;
    }
    const length = HEX_LENGTH[c];
    const hex = length ? raw.slice(slash + 2, slash + 2 + length) : "";
    if (!length || !/^[0-9a-fA-F]+$/.test(hex) || hex.length !== length) return undefined;
    const code = parseInt(hex, 16);
    if (code > 0x10ffff) return undefined;
    out += String.fromCodePoint(code);
    i = slash + 2 + length;
  }
  return out;
}

function trailingBackslashes(s: string): number {
  let n = 0;
  while (n < s.length && s[s.length - 1 - n] === "\\") n++;
  return n;
}

/**
 * The value of a quoted scalar from the text between its quotes: line breaks folded to a
 * space, blank lines kept as line breaks, escapes resolved (double quotes) or `''` read
 * as `'` (single quotes).
 */
export function foldQuoted(raw: string, double: boolean): string | undefined {
  const cook = (s: string) => (double ? unescape(s) : s.replaceAll("''", "'"));
  if (!raw.includes("\n")) return cook(raw);
  const lines = raw.split("\n");
  const last = lines.length - 1;
  let out = "";
  let blanks = 0;
  let joinTight = false;
  for (let i = 0; i <= last; i++) {
    let line = lines[i] as string;
    if (i > 0) line = line.replace(/^ +/, "");
    let escapedBreak = false;
    if (i < last) {
      const trimmed = line.replace(/ +$/, "");
      if (double && trailingBackslashes(trimmed) % 2 === 1) {
        // A backslash before spaces escapes a space, not the line break: left to `yaml`.
        if (trimmed.length !== line.length) return undefined;
        escapedBreak = true;
        line = trimmed.slice(0, -1);
      } else line = trimmed;
      if (i > 0 && line === "" && !escapedBreak) {
        if (joinTight) return undefined;
        blanks++;
        continue;
      }
    }
    const cooked = cook(line);
    if (cooked === undefined) return undefined;
    if (i > 0) out += joinTight ? "" : blanks > 0 ? "\n".repeat(blanks) : " ";
    out += cooked;
    blanks = 0;
    joinTight = escapedBreak;
  }
  return out;
}

/** A block scalar read: its value, where its text ends, and the line after it. */
export interface BlockScalar {
  value: string;
  end: number;
  next: number;
}

/**
 * A literal (`|`) or folded (`>`) block scalar whose header is at offset `pos` on line
 * `li`, inside a parent at column `parent`. Keep chomping (`+`), explicit indentation,
 * more-indented folded lines and leading blank lines in folded text are left to `yaml`.
 */
export function readBlockScalar(
  text: string,
  lines: readonly SourceLine[],
  li: number,
  pos: number,
  parent: number,
): BlockScalar | undefined {
  const header = lines[li] as SourceLine;
  const folded = text[pos] === ">";
  let i = pos + 1;
  const strip = text[i] === "-";
  if (strip) i++;
  const afterHeader = i;
  while (i < header.end && text.charCodeAt(i) === 32) i++;
  if (i < header.end && (text[i] !== "#" || i === afterHeader)) return undefined;

  let first = li + 1;
  while (first < lines.length && isBlank(lines[first] as SourceLine)) first++;
  const firstLine = lines[first];
  if (!firstLine || firstLine.indent <= parent) return undefined;
  const indent = firstLine.indent;
  if (folded && first > li + 1) return undefined;

  let lastContent = first;
  for (let k = li + 1; k < lines.length; k++) {
    const line = lines[k] as SourceLine;
    if (isBlank(line)) {
      // Spaces past the indentation would make a blank line part of the text.
      if (line.end - line.start > indent) return undefined;
      continue;
    }
    if (line.indent < indent) break;
    lastContent = k;
  }
  const end = (lines[lastContent] as SourceLine).end;
  // Without a final line break the clipped text has none either; left to `yaml`.
  if (end === text.length && !strip) return undefined;

  const parts: string[] = [];
  for (let k = li + 1; k <= lastContent; k++) {
    const line = lines[k] as SourceLine;
    parts.push(isBlank(line) ? "" : text.slice(line.start + indent, line.end));
  }
  let value: string;
  if (folded) {
    value = "";
    let blanks = 0;
    for (const [k, part] of parts.entries()) {
      if (part === "") {
        blanks++;
        continue;
      }
      if (part.startsWith(" ")) return undefined;
      if (k > 0) value += blanks > 0 ? "\n".repeat(blanks) : " ";
      value += part;
      blanks = 0;
    }
  } else value = parts.join("\n");
  return { value: strip ? value : value + "\n", end, next: lastContent + 1 };
}
