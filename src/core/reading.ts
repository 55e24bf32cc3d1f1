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

// Text made only of these characters (ASCII and the Latin letters of Latin-1 and Latin
// Extended-A/B, and common punctuation) segments by simple rules, which a scan applies
// about fifty times faster than Intl.Segmenter; any other character goes to the segmenter.
// A differential test holds the scan to the segmenter's counts.
// Text of Latin script and common punctuation only; found by looking for any other
// character, since a whole-text pattern over megabytes of text exhausts the stack.
const NOT_SIMPLE =
  /[^\s\x21-\x5e\x60-\x7e\u00a0\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u20ac\u00a3\u00b7]/u;
const LETTER = /[A-Za-z\u00c0-\u024f]/;
const DIGIT = /[0-9]/;

/** Words by UAX #29 for text with no NOT_SIMPLE character: letter-digit runs, joined by the marks it allows. */
function simpleWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (LETTER.test(c) || DIGIT.test(c)) {
      if (!inWord) words++;
      inWord = true;
      continue;
    }
    const prev = text.charAt(i - 1);
    const next = text.charAt(i + 1);
    // A mark inside a word keeps it one word: e.g, don't, 3,950, 4.5 (UAX #29 WB6-7, WB11-12).
    const letters = LETTER.test(prev) && LETTER.test(next) && ".'‘’·:".includes(c);
    const digits = DIGIT.test(prev) && DIGIT.test(next) && ".,;'‘’".includes(c);
    inWord = inWord && (letters || digits);
  }
  return words;
}

/** Words in a text by Unicode word segmentation: punctuation and spaces are not words. */
export function segmentWords(text: string, locale?: string): number {
  if (!NOT_SIMPLE.test(text)) return simpleWords(text);
  let words = 0;
  for (const segment of segmenterFor(locale).segment(text)) if (segment.isWordLike) words++;
  return words;
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
  const words = readableParts(briefing).reduce((n, part) => n + segmentWords(part, locale), 0);
  return { words, minutes: minutesFor(words, wordsPerMinute) };
}

/** `412 words · 2 min read`, the line every output shows. */
export function readingLine(
  stats: ReadingStats,
  words: Readonly<OutputWords> = DEFAULT_OUTPUT_WORDS,
): string {
  return readingPhrase(words, stats);
}
