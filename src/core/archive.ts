// The archive view of many briefings, for `list` and `digest`: one entry per file, the
// filters desks ask for, and the order they read in. Pure: entries in, entries out.
import { readableParts, readingStats } from "./reading.js";
import type { Briefing, FileResult } from "./types.js";

/** One file of the archive, as `list` shows it and its JSON holds it. */
export interface ArchiveEntry {
  /** The file, as given or found. */
  path: string;
  /** `meta.date`, as written; null when the briefing has none or could not be read. */
  date: string | null;
  /** `meta.status`. */
  status: string | null;
  /** The template the briefing follows. */
  template: string | null;
  /** The headline; null when the file could not be read as a briefing. */
  headline: string | null;
  /** `meta.author`. */
  author: string | null;
  /** `meta.tags`. */
  tags: string[];
  /** Words, by Unicode word segmentation. */
  words: number;
  /** Minutes of reading at the configured speed. */
  minutes: number;
  /** Error count. */
  errors: number;
  /** Warning count. */
  warnings: number;
  /** With `--grep`: the matching text with some context, the match between « ». */
  match?: string;
}

/** An entry and, when the file was read as a briefing, the briefing itself. */
export interface ArchiveItem {
  entry: ArchiveEntry;
  briefing?: Briefing;
  /** The file was read as a briefing, which was not kept (a list shows only entries). */
  readable?: boolean;
}

/** The archive entry of one checked file; `briefing` is absent when it did not parse. */
export function archiveItem(
  result: FileResult,
  briefing: Briefing | undefined,
  template: string | undefined,
  wordsPerMinute?: number,
): ArchiveItem {
  const meta = briefing?.meta;
  const stats = briefing ? readingStats(briefing, wordsPerMinute) : { words: 0, minutes: 0 };
  const entry: ArchiveEntry = {
    path: result.path,
    date: typeof meta?.date === "string" ? meta.date : null,
    status: typeof meta?.status === "string" ? meta.status : null,
    template: briefing ? (template ?? briefing.template ?? "standard") : null,
    headline: typeof briefing?.headline === "string" ? briefing.headline : null,
    author: typeof meta?.author === "string" ? meta.author : null,
    tags: Array.isArray(meta?.tags) ? meta.tags.filter((t) => typeof t === "string") : [],
    words: stats.words,
    minutes: stats.minutes,
    errors: result.errorCount,
    warnings: result.warningCount,
  };
  return briefing ? { entry, briefing } : { entry };
}

/** What `--since`, `--until`, `--tag`, `--status`, `--template`, `--author` and `--grep` ask. */
export interface ArchiveFilters {
  /** First day, `YYYY-MM-DD`, inclusive. */
  since?: string;
  /** Last day, `YYYY-MM-DD`, inclusive. */
  until?: string;
  /** Every tag must be present (case-insensitive). */
  tags?: string[];
  status?: string;
  template?: string;
  /** Part of the author's name (case-insensitive). */
  author?: string;
  /** Text anywhere in the briefing (case-insensitive). */
  grep?: string;
}

const DAY_MS = 86_400_000;

/**
 * A `--since`/`--until` value as a day: a date (`2026-03-04`), or an age counted back from
 * `today` (`7d`, `2w`). Throws a message saying what was expected.
 */
export function parseDay(value: string, today: string, flag: string): string {
  const age = /^(\d{1,4})([dw])$/i.exec(value.trim());
  if (age) {
    const days = Number(age[1]) * (age[2]?.toLowerCase() === "w" ? 7 : 1);
    return new Date(Date.parse(`${today}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10);
  }
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (date) {
    const parsed = new Date(`${value.trim()}T00:00:00Z`);
    if (!Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value.trim()))
      return value.trim();
  }
  throw new Error(
    `${flag} "${value}" is not a date or an age: expected YYYY-MM-DD (2026-03-04) or a number of days or weeks back (7d, 2w)`,
  );
}

/** The day of a `meta.date` (a date, or a date-time whose first ten characters are the day). */
function dayOf(date: string | null): string | undefined {
  const day = date?.slice(0, 10);
  return day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : undefined;
}

/** The text `--grep` searches, one part per line. */
function fullText(b: Briefing): string {
  const labels = b.sections.map((s) => s.label ?? "");
  const sources = (b.meta?.sources ?? []).map((s) => `${s.title} ${s.url ?? ""}`);
  return [...readableParts(b), ...labels, ...sources, b.meta?.author ?? ""]
    .join("\n")
    .replace(/\s+/g, " ");
}

/** The match of `needle` in `text` with up to `context` characters each side. */
function excerpt(text: string, at: number, length: number, context = 30): string {
  const start = Math.max(0, at - context);
  const end = Math.min(text.length, at + length + context);
  return `${start > 0 ? "…" : ""}${text.slice(start, at)}«${text.slice(at, at + length)}»${text.slice(at + length, end)}${end < text.length ? "…" : ""}`;
}

/**
 * The items the filters select, with `match` set for `--grep`. A file that could not be read
 * as a briefing stays in any selection, so a broken file is never hidden by a filter.
 */
export function filterItems(items: readonly ArchiveItem[], f: ArchiveFilters): ArchiveItem[] {
  const lower = (s: string) => s.toLocaleLowerCase();
  const tags = (f.tags ?? []).map(lower);
  const out: ArchiveItem[] = [];
  for (const item of items) {
    const { entry: e, briefing } = item;
    if (!briefing && item.readable !== true) {
      out.push(item);
      continue;
    }
    const day = dayOf(e.date);
    if (f.since && (!day || day < f.since)) continue;
    if (f.until && (!day || day > f.until)) continue;
    if (f.status && e.status !== f.status) continue;
    if (f.template && e.template !== f.template) continue;
    if (f.author && !lower(e.author ?? "").includes(lower(f.author))) continue;
    const own = new Set(e.tags.map(lower));
    if (!tags.every((t) => own.has(t))) continue;
    if (f.grep) {
      // Callers that grep keep the briefings; without one there is no text to match.
      const text = briefing ? fullText(briefing) : "";
      const at = lower(text).indexOf(lower(f.grep));
      if (at < 0) continue;
      out.push({ ...item, entry: { ...e, match: excerpt(text, at, f.grep.length) } });
      continue;
    }
    out.push(item);
  }
  return out;
}

/** `--sort` keys. */
export const SORT_KEYS = [
  "date",
  "headline",
  "words",
  "status",
  "template",
  "author",
  "path",
  "problems",
] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** Sorted copy: `date` newest first (undated last), the others smallest or A to Z first. */
export function sortItems(items: readonly ArchiveItem[], key: SortKey = "date"): ArchiveItem[] {
  const text = (s: string | null) => s ?? "\uffff";
  const compare = (a: ArchiveEntry, b: ArchiveEntry): number => {
    switch (key) {
      case "date":
        return (b.date ?? "").localeCompare(a.date ?? "");
      case "words":
        return a.words - b.words;
      case "problems":
        return b.errors - a.errors || b.warnings - a.warnings;
      case "path":
        return a.path.localeCompare(b.path);
      default:
        return text(a[key]).localeCompare(text(b[key]));
    }
  };
  return [...items].sort(
    (a, b) => compare(a.entry, b.entry) || a.entry.path.localeCompare(b.entry.path),
  );
}
