import { DEFAULT_OUTPUT_WORDS, readingPhrase, type OutputWords } from "./output-words.js";
// Word count and reading time of a briefing, as people see them (show, list, exports).
// Words are found by Unicode word segmentation, so text written without spaces between
// words (Chinese, Japanese, Thai) counts by its words rather than as one long run.
import type { Briefing } from "./types.js";

/**
 * Silent reading speed of adults for non-fiction English, in words a minute: the mean
 * Brysbaert (2019) found over 190 studies ("How many words do we read per minute?",
 * Journal of Memory and Language 109).
 */
export const DEFAULT_WORDS_PER_MINUTE = 238;

/** Words and minutes of reading. */
export interface ReadingStats {
  /** Words, by Unicode word segmentation. */
  words: number;
  /** Whole minutes at the reading speed, at least 1 for any text. */
  minutes: number;
}

// One segmenter for every call: building one costs far more than using it.
const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(locale: string | undefined): Intl.Segmenter {
  const key = locale ?? "";
  let segmenter = segmenters.get(key);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: "word" });
    segmenters.set(key, segmenter);
  }
  return segmenter;
}

// Characters that segment by simple rules: ASCII, the Latin letters of Latin-1 and Latin
// Extended-A/B, the letters of isAlphabetLetter, common punctuation, and the white space that always separates words. A
// scan applies those rules about fifty times faster than Intl.Segmenter; a run of text
// holding any other character goes to the segmenter. A differential test holds the scan
// to the segmenter's counts. White space is listed one by one: U+202F (ExtendNumLet in
// UAX #29, joining the words either side) and U+FEFF (ignored inside a word) are not here.
function isSimple(c: number): boolean {
  if (c < 0x80) return (c >= 0x21 && c <= 0x7e && c !== 0x5f) || c === 32 || (c >= 9 && c <= 13);
  if (c <= 0x24f)
    return c === 0xa0 || c === 0xa3 || c === 0xb7 || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7);
  if (c >= 0x2000 && c <= 0x200a) return true;
  if (isAlphabetLetter(c)) return true;
  switch (c) {
    case 0x1680:
    case 0x2013:
    case 0x2014:
    case 0x2018:
    case 0x2019:
    case 0x201c:
    case 0x201d:
    case 0x2026:
    case 0x2028:
    case 0x2029:
    case 0x205f:
    case 0x20ac:
    case 0x3000:
      return true;
    default:
      return false;
  }
}

/**
 * Letters of the alphabets that UAX #29 and ICU treat as they treat Latin (ALetter, no
 * dictionary, no rules of their own): Greek, Cyrillic and the Arabic letters without
 * their marks. Hebrew (its own quote rules) and Hangul (split from Latin by ICU) are not.
 */
function isAlphabetLetter(c: number): boolean {
  return (
    c === 0x386 ||
    (c >= 0x388 && c <= 0x3ce && c !== 0x38b && c !== 0x38d && c !== 0x3a2) ||
    (c >= 0x400 && c <= 0x481) ||
    (c >= 0x48a && c <= 0x4ff) ||
    (c >= 0x621 && c <= 0x63a) ||
    (c >= 0x641 && c <= 0x64a)
  );
}

const isLetter = (c: number) =>
  (c >= 65 && c <= 90) ||
  (c >= 97 && c <= 122) ||
  (c >= 0xc0 && c <= 0x24f) ||
  (c > 0x24f && isAlphabetLetter(c));
const isDigit = (c: number) => c >= 48 && c <= 57;
const isAsciiSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);
// Marks that keep a word whole between letters (e.g, don't) and between digits (3,950, 4.5):
// UAX #29 WB6-7 and WB11-12.
const MID_LETTER = new Set([0x2e, 0x27, 0x2018, 0x2019, 0xb7, 0x3a]);
const MID_DIGIT = new Set([0x2e, 0x2c, 0x3b, 0x27, 0x2018, 0x2019]);

/**
 * Words in the runs of `text` that hold only simple characters; the other runs are
 * pushed onto `others` for the segmenter. UAX #29 puts a boundary on both sides of ASCII
 * white space, so each run between such spaces counts on its own.
 */
function scanWords(text: string, others: string[]): number {
  let words = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && isAsciiSpace(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    let count = 0;
    let inWord = false;
    let simple = true;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (isAsciiSpace(c)) break;
      if (!simple) continue;
      if (!isSimple(c)) simple = false;
      else if (isLetter(c) || isDigit(c)) {
        if (!inWord) count++;
        inWord = true;
      } else if (inWord) {
        // charCodeAt past either end is NaN, which no test accepts.
        const prev = text.charCodeAt(i - 1);
        const next = text.charCodeAt(i + 1);
        inWord =
          (MID_LETTER.has(c) && isLetter(prev) && isLetter(next)) ||
          (MID_DIGIT.has(c) && isDigit(prev) && isDigit(next));
      }
    }
    if (simple) words += count;
    else others.push(text.slice(start, i));
  }
  return words;
}

/**
 * Words in texts by Unicode word segmentation: punctuation and spaces are not words.
 * Runs of simple characters are counted by the scan, and only the others (a CJK phrase,
 * a Hebrew name), joined, go through the segmenter in one call, since each call has a
 * fixed cost: segmenting whole parts of an archive of mixed scripts cost more than
 * checking them.
 */
function wordsIn(texts: readonly string[], locale: string | undefined): number {
  const others: string[] = [];
  let words = 0;
  for (const text of texts) words += scanWords(text, others);
  if (others.length > 0)
    for (const segment of segmenterFor(locale).segment(others.join(" ")))
      if (segment.isWordLike) words++;
  return words;
}

/** Words in a text by Unicode word segmentation: punctuation and spaces are not words. */
export function segmentWords(text: string, locale?: string): number {
  return wordsIn([text], locale);
}

/** The text a reader reads: headline, summary, leads, bullets, the paragraphs after them, and the conclusion. */
export function readableParts(briefing: Briefing): string[] {
  const parts = [briefing.headline, briefing.summary];
  for (const section of briefing.sections) {
    if (section.lead) parts.push(section.lead);
    parts.push(...(section.bullets ?? []));
    if (section.after) parts.push(section.after);
  }
  parts.push(briefing.conclusion);
  return parts.filter((part) => typeof part === "string");
}

/** Whole minutes to read `words` at `wordsPerMinute` (the default when not a speed): at least 1 for any text. */
export function minutesFor(words: number, wordsPerMinute = DEFAULT_WORDS_PER_MINUTE): number {
  const speed = wordsPerMinute > 0 ? wordsPerMinute : DEFAULT_WORDS_PER_MINUTE;
  return words === 0 ? 0 : Math.max(1, Math.ceil(words / speed));
}

/** Word count and reading time of a briefing, at `wordsPerMinute` (238 by default). */
export function readingStats(
  briefing: Briefing,
  wordsPerMinute: number = DEFAULT_WORDS_PER_MINUTE,
  locale?: string,
): ReadingStats {
  const words = wordsIn(readableParts(briefing), locale);
  return { words, minutes: minutesFor(words, wordsPerMinute) };
}

/** `412 words · 2 min read`, the line every output shows. */
export function readingLine(
  stats: ReadingStats,
  words: Readonly<OutputWords> = DEFAULT_OUTPUT_WORDS,
): string {
  return readingPhrase(words, stats);
}
