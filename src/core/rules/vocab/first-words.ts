// One scan of each part for the first words of every listed phrase, shared by the
// vocabulary rules: each rule then looks its phrases up by the words found, instead of
// running a pattern of its own over every part. Parts where no listed word occurs (most
// of them) cost one scan in all.
import { classOf, LETTER_OR_DIGIT_CLASS } from "../../words.js";

/** A listed first word found in a text, at a word boundary. */
export interface FirstWord {
  /** Where it starts (UTF-16 index). */
  index: number;
  /** The word, lower case. */
  word: string;
}

const known = new Set<string>();
let scanner: RegExp | undefined;
let version = 0;
const recent = new Map<string, { version: number; hits: FirstWord[] }>();

/** Adds the first words of a list to those every part is scanned for. */
export function registerFirstWords(words: Iterable<string>): void {
  for (const word of words) {
    if (known.has(word)) continue;
    known.add(word);
    scanner = undefined;
    version++;
  }
}

/**
 * Whether a letter or digit stands at `i` (`before`: the character ending there), the test
 * a pattern's `[\p{L}\p{N}]` lookaround makes, without the milliseconds each such
 * Unicode pattern costs V8 to compile.
 */
export function isWordCharAt(text: string, i: number, before: boolean): boolean {
  if (i < 0 || i >= text.length) return false;
  const code = text.charCodeAt(i);
  if (code < 128)
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  // The character before a position may be the second half of a surrogate pair.
  const start = before && code >= 0xdc00 && code <= 0xdfff && i > 0 ? i - 1 : i;
  return (classOf(text.codePointAt(start) ?? code) & LETTER_OR_DIGIT_CLASS) !== 0;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The listed first words in a text, left to right, each standing as a whole word. */
export function firstWordsIn(text: string): FirstWord[] {
  const seen = recent.get(text);
  if (seen && seen.version === version) return seen.hits;
  // Longest first: where one listed word begins another, the longer is tried first, and
  // a shorter one could not stand as a whole word there anyway. Without the "u" flag
  // and lookarounds, one pass of this is several times cheaper than a Unicode pattern.
  scanner ??= new RegExp(
    [...known]
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join("|") || "(?!)",
    "gi",
  );
  const hits: FirstWord[] = [];
  scanner.lastIndex = 0;
  for (let m = scanner.exec(text); m; m = scanner.exec(text)) {
    const end = m.index + m[0].length;
    if (isWordCharAt(text, m.index - 1, true) || isWordCharAt(text, end, false)) continue;
    hits.push({ index: m.index, word: m[0].toLowerCase() });
  }
  if (recent.size >= 512) recent.clear();
  recent.set(text, { version, hits });
  return hits;
}
