// The three forms of `briefing list`: a table for people, JSON and CSV for programs. JSON
// and CSV carry every column and the path; the JSON follows schemas/list.schema.json.
import stringWidth from "string-width";
import type { ArchiveEntry } from "../core/archive.js";
import { oneLine } from "../render/sanitize.js";
import type { Colors } from "../reporters/types.js";

/** `--format` values. */
export const LIST_FORMATS = ["table", "json", "csv"] as const;
export type ListFormat = (typeof LIST_FORMATS)[number];

/** Text cut to `width` columns, with `…` when cut. */
function cut(text: string, width: number): string {
  if (stringWidth(text) <= width) return text;
  let out = "";
  for (const char of text) {
    if (stringWidth(out + char) > width - 1) break;
    out += char;
  }
  return `${out}…`;
}

function pad(text: string, width: number, right = false): string {
  const gap = " ".repeat(Math.max(0, width - stringWidth(text)));
  return right ? gap + text : text + gap;
}

/** The table: newest first as given, the headline cut so each row fits `width` columns. */
export function listTable(entries: readonly ArchiveEntry[], width: number, c: Colors): string {
  const rows = entries.map((e) => [
    e.date ? e.date.slice(0, 10) : "—",
    e.status ?? "—",
    e.template ?? "—",
    e.headline === null ? "(not readable as a briefing)" : oneLine(e.headline),
    String(e.words),
    `${e.minutes} min`,
    String(e.errors),
    String(e.warnings),
  ]);
  const head = ["DATE", "STATUS", "TEMPLATE", "HEADLINE", "WORDS", "READ", "ERR", "WARN"];
  const widths = head.map((h, i) =>
    Math.max(stringWidth(h), ...rows.map((r) => stringWidth(r[i] ?? ""))),
  );
  // The headline takes what the other columns leave, and at least a little.
  const others = widths.reduce((n, w, i) => (i === 3 ? n : n + w + 2), 0);
  widths[3] = Math.max(12, Math.min(widths[3] ?? 0, width - others));
  const numeric = [false, false, false, false, true, true, true, true];
  const line = (cells: string[]) =>
    cells
      .map((cell, i) =>
        pad(i === 3 ? cut(cell, widths[3] ?? 12) : cell, widths[i] ?? 0, numeric[i]),
      )
      .join("  ")
      .trimEnd();
  const out = [c.bold(line(head))];
  for (const [i, row] of rows.entries()) {
    const e = entries[i] as ArchiveEntry;
    const text = line(row);
    out.push(e.errors > 0 ? c.red(text) : text);
    if (e.headline === null) out.push(c.dim(`  ${e.path}`));
    if (e.match !== undefined) out.push(`  ${c.dim(e.path)}: ${highlight(oneLine(e.match), c)}`);
  }
  return `${out.join("\n")}\n`;
}

/** The match between « » in bold (and without the marks when colour can show it). */
function highlight(match: string, c: Colors): string {
  const bold = c.bold("x");
  if (bold === "x") return match;
  return match.replace(/«([^»]*)»/, (_m, hit: string) => c.bold(hit));
}

/** The JSON form: an array of entries, as schemas/list.schema.json describes. */
export function listJson(entries: readonly ArchiveEntry[]): string {
  return `${JSON.stringify(entries, null, 2)}\n`;
}

const CSV_COLUMNS: (keyof ArchiveEntry)[] = [
  "path",
  "date",
  "status",
  "template",
  "headline",
  "author",
  "tags",
  "words",
  "minutes",
  "errors",
  "warnings",
  "match",
];

/**
 * One CSV field (RFC 4180). Text that a spreadsheet would run as a formula (`=`, `+`, `-`,
 * `@` first) gets a leading apostrophe, so a headline can't become a formula.
 */
function csvField(value: string | number | string[] | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = Array.isArray(value) ? value.join("; ") : String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV form: a header row, then one row per entry, CRLF line ends. */
export function listCsv(entries: readonly ArchiveEntry[]): string {
  const lines = [CSV_COLUMNS.join(",")];
  for (const e of entries) lines.push(CSV_COLUMNS.map((k) => csvField(e[k])).join(","));
  return `${lines.join("\r\n")}\r\n`;
}
