import { splitLines } from "../core/position.js";
import type { Template } from "../core/template.js";
import type { Meta } from "../core/types.js";
import { repair, type RawLine } from "./cleanup.js";
import { matchLabel, templateLabels } from "./labels.js";
import type { Found } from "./links.js";
import {
  bylineAuthor,
  datelineDate,
  findDate,
  type FoundDate,
  FURNITURE,
  hasLink,
  linksOf,
  SIGN_OFF,
  SOURCES_LINE,
} from "./meta.js";
import { foundInLines, linkedSourcesLine, settleSources, takeTextLinks } from "./sources.js";
import type { Guess, ImportOptions, LeftOut } from "./types.js";

/** The lines left to read as a briefing, and what was taken out of them first. */
export interface Prepared {
  lines: RawLine[];
  meta: Meta;
  leftOut: LeftOut[];
  guesses: Guess[];
  /** Located warnings: damage kept in place, once per kind. */
  problems: { message: string; line: number }[];
}

// The kind of document, written above the headline.
const BANNER =
  /^(?:(?:action|information|decision) memo(?:randum)?|memorandum(?: for\b.*)?|briefing note\b.*|flash update\b.*|situation report\b.*|sitrep\b.*|daily brief\b.*|president's daily brief\b.*)$/i;
// Who a memo is for and who it comes through: routing, not prose.
const ROUTING = /^(?:to|for|through|thru|cc|from|attention|attn)\s*:\s*\S/i;
// How far into the text a dateline or byline may stand.
const TOP = 6;
const RUN_ON = 300;

/** What was taken out of a text's lines before reading them: metadata, and lines left out. */
export interface TakenOut {
  meta: Meta;
  leftOut: LeftOut[];
  guesses: Guess[];
  /** The sources of sources lines, where they stand; `settleSources` makes `meta.sources` of them. */
  found: Found[];
}

/**
 * Takes out of the text what is not the briefing's prose, and says where it went: the
 * date and byline (into the metadata), related links (into the sources), "Sign up"
 * lines and sign-offs (left out); then repairs OCR damage. A whole document on one line is
 * split where its labels and bullets start.
 */
export function prepare(text: string, options: ImportOptions): Prepared {
  const guesses: Guess[] = [];
  let lines: RawLine[] = splitLines(text).map((t, i) => ({ text: t, line: i + 1 }));
  const filled = lines.filter((l) => l.text.trim() !== "");
  if (filled.length === 1 && (filled[0]?.text.length ?? 0) > RUN_ON) {
    lines = splitRunOn(filled[0] as RawLine, [options.template, ...(options.others ?? [])]);
    guesses.push({
      kind: "structure",
      line: 1,
      value: `${lines.length} parts`,
      reason: "the whole text was one line; split where labels and bullets start",
    });
  }
  lines.forEach((l, i) => {
    if (i > 0 && lines[i - 1]?.text.trim() === "") l.paragraph = true;
  });
  const links = takeTextLinks(lines);
  const taken = takeOut(lines, options);
  settleSources(
    taken.meta,
    [...taken.found, ...links.found, ...foundInLines(lines)],
    taken.guesses,
  );
  const repaired = repairLines(lines, options);
  markLines(repaired.lines, text);
  return {
    lines: repaired.lines,
    meta: taken.meta,
    leftOut: [...links.leftOut, ...taken.leftOut, ...repaired.leftOut].sort(
      (a, b) => a.line - b.line,
    ),
    guesses: [...guesses, ...taken.guesses, ...repaired.guesses],
    problems: repaired.problems,
  };
}

/**
 * Takes the lines that are not prose out of a text's lines (their text becomes empty): a
 * document banner, datelines, bylines and memo routing near the top, sources lines,
 * newsletter lines and a sign-off. Plain text and Markdown (its lines as read, markup gone)
 * both pass through here.
 */
export function takeOut(lines: RawLine[], options: ImportOptions): TakenOut {
  // Every template's labels count, so what is taken out is the same whichever one reads the rest.
  const every = [options.template, ...(options.others ?? [])];
  const guesses: Guess[] = [];
  const meta: Meta = {};
  const leftOut: LeftOut[] = [];
  const found: Found[] = [];
  const drop = (l: RawLine, reason: string, movedTo?: string): void => {
    const text = (l.written ?? l.text).trim();
    leftOut.push({ line: l.line, text, reason, ...(movedTo ? { movedTo } : {}) });
    l.text = "";
  };
  const dated = (l: RawLine, found: FoundDate, reason: string): void => {
    meta.date = found.iso;
    guesses.push({ kind: "date", line: l.line, value: found.iso, reason });
  };
  const top = lines.filter((l) => l.text.trim() !== "").slice(0, TOP);
  // "BRIEFING NOTE TO THE MINISTER" names the kind of document; the next line is the headline.
  if (top[0] && top[1] && BANNER.test(top[0].text.trim())) {
    const date = findDate(top[0].text);
    if (date) dated(top[0], date, `"${date.written}" in the document banner`);
    drop(top[0], "document banner", date ? "/meta/date" : undefined);
  }
  for (const l of top) {
    // "By the Numbers" is a label, not a byline.
    if (every.some((t) => matchLabel(l.text.trim(), t))) continue;
    const date = meta.date ? undefined : datelineDate(l.text.trim());
    const author = meta.author ? undefined : bylineAuthor(l.text);
    if (date) {
      dated(l, date, `dateline "${date.written}"`);
      drop(l, "dateline", "/meta/date");
    } else if (ROUTING.test(l.text.trim())) {
      drop(l, "memo routing line");
    } else if (author) {
      meta.author = author;
      guesses.push({ kind: "author", line: l.line, value: author, reason: "byline" });
      drop(l, "byline", "/meta/author");
    }
  }
  if (!meta.date) {
    // A date in the headline or first lines still dates the briefing, but stays in the prose.
    for (const l of top.slice(0, 3)) {
      const found = findDate(l.text);
      if (found) {
        dated(l, found, `"${found.written}" in the text, kept there`);
        break;
      }
    }
  }
  takeSources(lines, found, guesses, drop);
  for (const l of lines) if (FURNITURE.test(l.text.trim())) drop(l, "newsletter line");
  takeSignOff(lines, drop);
  return { meta, leftOut, guesses, found };
}

/** OCR and PDF damage repaired (see cleanup), with one located warning for each kind kept. */
export function repairLines<T extends RawLine>(
  lines: T[],
  options: ImportOptions,
): { lines: T[]; leftOut: LeftOut[]; guesses: Guess[]; problems: Prepared["problems"] } {
  const repaired = repair(lines, options.clean === true, options.isWord);
  const problems = [...repaired.kept].map((kind) => ({
    message: `the text has ${kind}; they are kept, and --clean removes them`,
    line:
      repaired.guesses.find(
        (g) => g.kind === (kind === "page markers" ? "page-marker" : "footnote"),
      )?.line ?? 1,
  }));
  return { ...repaired, problems };
}

type Drop = (l: RawLine, reason: string, movedTo?: string) => void;

const HAS_TEXT = /[^\s\u00a0\ufeff]/;

/**
 * What the reader needs to know about a line's neighbours and the whole text: whether the
 * next line holds text (a bare heading can stand above it), and whether a `*` line is a
 * footnote, which it is when a star is glued to the end of a word ("casualties*").
 */
function markLines(lines: RawLine[], text: string): void {
  const footnotes =
    text.includes("*") && /(?:^|[\s(])[^\s*]*[\p{L}\d]\*(?=[\s.,;:)]|$)/mu.test(text);
  lines.forEach((l, i) => {
    const next = lines[i + 1];
    if (next !== undefined && HAS_TEXT.test(next.text)) l.beforeText = true;
    if (footnotes && /^\*[^*\s]/.test(l.text)) l.footnote = true;
  });
}

/**
 * "Related: ..." and "Sources:" lines, and the link lines under them, become sources. A line
 * with links written as links (`[Reuters](https://…)`) counts only when it holds nothing else.
 */
function takeSources(lines: RawLine[], found: Found[], guesses: Guess[], drop: Drop): void {
  let under = false;
  for (const l of lines) {
    const t = l.text.trim();
    const linked = l.links?.length ? linkedSourcesLine(l, t) : undefined;
    const hasLinks = linked !== undefined || (!l.links?.length && hasLink(t));
    const opens = SOURCES_LINE.exec(t);
    if (opens?.[0] && opens[0].trim() !== "" && (hasLinks || t.length === opens[0].trim().length)) {
      under = !hasLinks;
    } else if (!(under && hasLinks)) {
      if (t !== "") under = false;
      continue;
    }
    const here: Found[] =
      linked ??
      linksOf(t.replace(/^[►•·●○*–-]\s*/u, "")).map((source, n) => ({
        source,
        line: l.line,
        column: n + 1,
      }));
    if (here.length) {
      found.push(...here);
      guesses.push({
        kind: "sources",
        line: l.line,
        value: here.map((s) => s.source.url).join(" "),
        reason: "links in a sources or related line",
      });
    }
    delete l.links;
    drop(
      l,
      here.length ? "sources line" : "sources heading",
      here.length ? "/meta/sources" : undefined,
    );
  }
}

/** A sign-off near the end ("Thanks,", "— Mike", "Drafted by:") and every line after it. */
function takeSignOff(lines: RawLine[], drop: Drop): void {
  const filled = lines.filter((l) => l.text.trim() !== "");
  const tail = filled.slice(-5);
  const start = tail.findIndex(
    (l) => SIGN_OFF.test(l.text.trim()) && l.text.trim().split(/\s+/).length <= 8,
  );
  if (start < 0 || filled.length - tail.length + start < 3) return;
  for (const l of tail.slice(start)) drop(l, "sign-off");
}

/** One run-on line split before its labels, bullets and numbered items. */
function splitRunOn(line: RawLine, templates: Template[]): RawLine[] {
  const labels = [...new Set(templates.flatMap(templateLabels))]
    .map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|");
  const at = new RegExp(
    `\\s+(?=[►•●▪·○]\\s)|(?<=[.!?”"])\\s+(?=(?:${labels})[.:]\\s)|(?<=[.!?”"])\\s+(?=\\p{Lu}[\\p{Ll}'’]+(?:,? \\p{Ll}+){0,3}:\\s)|(?<=[.!?”"])\\s+(?=\\d{1,2}[.)]\\s+\\p{Lu})`,
    "gu",
  );
  const pieces = line.text.split(at).filter((p) => p.trim() !== "");
  // The headline is the first sentence of the first piece.
  const first = pieces.shift() ?? "";
  const head = /^(.+?[.!?])\s+(?=\p{Lu})(.*)$/u.exec(first);
  const start = head ? [head[1] ?? "", head[2] ?? ""] : [first];
  return [...start, ...pieces].map((text) => ({ text, line: line.line }));
}
