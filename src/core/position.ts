/** Converts character offsets to 1-based line and column numbers. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
    }
  }

  /** 1-based line and column of an offset. */
  position(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (this.starts[low] ?? 0) + 1 };
  }
}

/** A located span in a source file, 1-based. */
export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Maps an offset to a 1-based line and column. */
export type Positioner = (offset: number) => { line: number; column: number };

/** Span of `[start, end)` offsets. */
export function spanOf(position: Positioner, start: number, end: number): Span {
  const a = position(start);
  const b = position(Math.max(start, end));
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}

/** JSON Pointer (RFC 6901) of a document path. */
export function toPointer(path: readonly (string | number)[]): string {
  return path.map((seg) => "/" + String(seg).replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}

/** Document path of a JSON Pointer, with array indexes as numbers. */
export function fromPointer(pointer: string): (string | number)[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((seg) => seg.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((seg) => (/^(0|[1-9]\d*)$/.test(seg) ? Number(seg) : seg));
}

/** Human-readable name of a document path: `sections[1].bullets[0]`. */
export function describePath(path: readonly (string | number)[]): string {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out || "the briefing";
}

/** A text's lines without their line ends; CRLF, a lone CR and LF each end a line. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}
