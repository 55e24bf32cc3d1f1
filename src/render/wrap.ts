import stringWidth from "string-width";

/** A run of plain text, and the style it is printed in (none: as it is). */
export interface Span {
  text: string;
  style?: (text: string) => string;
}

/** Options of `wrapSpans`. */
export interface WrapOptions {
  /** Columns a line may take, indent included. */
  width: number;
  /** Printed before the first line. */
  first?: string;
  /** Printed before every other line (a hanging indent). */
  rest?: string;
}

// Fewest columns left for text, however deep the indent.
const MIN_COLUMNS = 10;

// Made when a word beyond ASCII must be broken, which few texts need.
let segmenter: Intl.Segmenter | undefined;

/** Whether `text[start, end)` is printable ASCII, one column a character. */
function isAscii(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

/** The graphemes of `text[start, end)` with their offsets in `text` and their columns. */
function* graphemes(text: string, start: number, end: number): Generator<[number, number, number]> {
  if (isAscii(text, start, end)) {
    for (let i = start; i < end; i++) yield [i, i + 1, 1];
    return;
  }
  segmenter ??= new Intl.Segmenter(undefined, { granularity: "grapheme" });
  for (const { segment, index } of segmenter.segment(text.slice(start, end)))
    yield [start + index, start + index + segment.length, stringWidth(segment)];
}

/**
 * Word-wraps styled text to a width in terminal columns (wide characters count two),
 * breaking at spaces, and breaking a word longer than a line between its characters.
 * Lines carry no leading or trailing spaces. Each line is styled on its own, so a style
 * never runs on into an indent or the next line.
 *
 * The text must hold no escape sequences (user text goes through `oneLine` first). Lines
 * are found as offsets into the text and sliced once, so wrapping a very long text
 * costs little more memory than the text itself.
 */
export function wrapSpans(spans: readonly Span[], options: WrapOptions): string {
  const first = options.first ?? "";
  const rest = options.rest ?? "";
  const text = spans.map((s) => s.text).join("");
  const roomFirst = Math.max(MIN_COLUMNS, options.width - stringWidth(first));
  const roomRest = Math.max(MIN_COLUMNS, options.width - stringWidth(rest));
  const limit = (line: number): number => (line === 0 ? roomFirst : roomRest);
  // Lines as [start, end) offsets into `text`.
  const lines: number[] = [];
  let start = -1;
  let end = -1;
  let used = 0;
  const close = (): void => {
    if (start >= 0) lines.push(start, end);
    start = -1;
    used = 0;
  };
  let i = 0;
  while (i < text.length) {
    if (text.charCodeAt(i) === 0x20) {
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && text.charCodeAt(j) !== 0x20) j++;
    const w = isAscii(text, i, j) ? j - i : stringWidth(text.slice(i, j));
    const room = limit(lines.length / 2);
    if (start >= 0 && used + (i - end) + w <= room) {
      used += i - end + w;
      end = j;
    } else {
      close();
      if (w <= limit(lines.length / 2)) {
        start = i;
        end = j;
        used = w;
      } else {
        // A word longer than a line: whole lines of its characters, the rest left open.
        for (const [from, to, g] of graphemes(text, i, j)) {
          if (start >= 0 && used + g > limit(lines.length / 2)) close();
          if (start < 0) start = from;
          end = to;
          used += g;
        }
      }
    }
    i = j;
  }
  close();
  if (lines.length === 0) return first.trimEnd();
  // Span boundaries, to style each line's slices.
  const bounds: number[] = [];
  let at = 0;
  for (const s of spans) bounds.push((at += s.text.length));
  const out: string[] = [];
  let span = 0;
  for (let n = 0; n < lines.length; n += 2) {
    const from = lines[n] ?? 0;
    const to = lines[n + 1] ?? 0;
    while ((bounds[span] ?? Infinity) <= from) span++;
    let line = n === 0 ? first : rest;
    for (let s = span, pos = from; pos < to; s++) {
      const stop = Math.min(to, bounds[s] ?? to);
      const piece = text.slice(pos, stop);
      const style = spans[s]?.style;
      line += style && piece.trim() !== "" ? style(piece) : piece;
      pos = stop;
    }
    out.push(line);
  }
  return out.join("\n");
}
