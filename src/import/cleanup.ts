import type { LineLink } from "./links.js";
import type { Guess, LeftOut } from "./types.js";

/** A line on its way into the briefing: its text, its number, and a blank line before it. */
export interface RawLine {
  text: string;
  line: number;
  paragraph?: boolean;
  /** The next line holds text. */
  beforeText?: boolean;
  /** A `*footnote` line under a `word*`. */
  footnote?: boolean;
  /** The line as written, when reading its links changed `text`: what a report quotes. */
  written?: string;
  /** The links written in the line; their text is in `text`, their addresses only here. */
  links?: LineLink[];
}

interface Cleaned {
  guesses: Guess[];
  leftOut: LeftOut[];
  /** Kinds of damage seen but left in place, for one warning each. */
  kept: Set<string>;
}

// "(Page 3)", "Page 3 of 12", "- 3 -": markers a PDF or an OCR pass leaves in the text.
const PAGE_LINE =
  /^(?:\(\s*page\s+\d{1,4}(?:\s+of\s+\d{1,4})?\s*\)|page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|[-–—]\s*\d{1,4}\s*[-–—])$/i;
const PAGE_INLINE = /\s?\(\s*page\s+\d{1,4}(?:\s+of\s+\d{1,4})?\s*\)/gi;
// A footnote number glued to the end of a word: "Armacost1", "talks.2".
const GLUED_DIGIT = /(?<=\p{Ll}{3}|\p{L}[.,;:”"’)])(\d{1,2})(?=[\s.,;:)”"’]|$)/gu;

const WORDS = /\p{L}+(?:['’]\p{L}+)*/gu;

/**
 * The damage OCR and PDF copies leave: hyphenation splits are joined when the joined word is
 * a real word (in the text itself, or by `isWord`); page markers and glued footnote digits
 * are reported, and removed only when `clean` is set. Nothing else is changed.
 */
export function repair<T extends RawLine>(
  lines: T[],
  clean: boolean,
  isWord: ((word: string) => boolean) | undefined,
): Cleaned & { lines: T[] } {
  const out: Cleaned = { guesses: [], leftOut: [], kept: new Set() };
  // The text's own words, gathered only when a split is found: most texts have none.
  let known: Set<string> | undefined;
  const vocabulary = (): Set<string> => {
    if (known) return known;
    known = new Set<string>();
    for (const l of lines) for (const w of l.text.matchAll(WORDS)) known.add(w[0].toLowerCase());
    return known;
  };
  const real = (w: string): boolean =>
    vocabulary().has(w.toLowerCase()) || (isWord?.(w.toLowerCase()) ?? false);
  const result: T[] = [];
  for (let i = 0; i < lines.length; i++) {
    const current = { ...(lines[i] as T) };
    const trimmed = current.text.trim();
    if (PAGE_LINE.test(trimmed)) {
      if (clean) {
        out.leftOut.push({ line: current.line, text: current.text, reason: "page marker" });
        continue;
      }
      out.kept.add("page markers");
      out.guesses.push({
        kind: "page-marker",
        line: current.line,
        value: trimmed,
        reason: "kept; --clean removes it",
      });
      result.push(current);
      continue;
    }
    current.text = inline(current, clean, out);
    // A word split at the end of the line: "Com-" then "munists ...".
    const next = lines[i + 1];
    const end = current.text.trimEnd();
    const split = end.endsWith("-") ? /(?<!\p{L})(\p{L}+)-$/u.exec(end) : null;
    const rest = next && !next.paragraph ? /^([\s\u00a0]*)(\p{Ll}+)(.*)$/u.exec(next.text) : null;
    if (split?.[1] && rest?.[2] && next) {
      const joined = split[1] + rest[2];
      if (real(joined)) {
        current.text = current.text.trimEnd().slice(0, -split[0].length) + joined;
        out.guesses.push({
          kind: "hyphenation",
          line: current.line,
          value: joined,
          reason: `"${split[0]}" and "${rest[2]}" joined: a real word`,
        });
        const tail = (rest[3] ?? "").trim();
        lines[i + 1] = { ...next, text: tail };
        if (!tail) {
          // The whole next line was the word's end: it now lives on this line.
          result.push(current);
          i++;
          continue;
        }
      }
    }
    result.push(current);
  }
  return { ...out, lines: result };

  function inline(line: RawLine, remove: boolean, found: Cleaned): string {
    if (!/[-(\d]/.test(line.text)) return line.text;
    let text = line.text.replace(/(?<!\p{L})(\p{L}+)- (\p{Ll}+)/gu, (all, a: string, b: string) => {
      if (!real(a + b)) return all;
      found.guesses.push({
        kind: "hyphenation",
        line: line.line,
        value: a + b,
        reason: `"${a}- ${b}" joined: a real word`,
      });
      return a + b;
    });
    text = text.replace(PAGE_INLINE, (marker) => {
      if (!remove) {
        found.kept.add("page markers");
        found.guesses.push({
          kind: "page-marker",
          line: line.line,
          value: marker.trim(),
          reason: "kept; --clean removes it",
        });
        return marker;
      }
      found.leftOut.push({ line: line.line, text: marker.trim(), reason: "page marker" });
      return "";
    });
    return text.replace(GLUED_DIGIT, (digits: string, _d: string, at: number) => {
      const word = /\p{L}+[.,;:”"’)]?$/u.exec(text.slice(0, at))?.[0] ?? "";
      if (!remove) {
        found.kept.add("footnote digits");
        found.guesses.push({
          kind: "footnote",
          line: line.line,
          value: `${word}${digits}`,
          reason: "a footnote number glued to a word; kept, --clean removes it",
        });
        return digits;
      }
      found.leftOut.push({
        line: line.line,
        text: digits,
        reason: `footnote number after "${word}"`,
      });
      return "";
    });
  }
}
