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

/** Words in a text by Unicode word segmentation: punctuation and spaces are not words. */
export function segmentWords(text: string, locale?: string): number {
  let words = 0;
  for (const segment of segmenterFor(locale).segment(text)) if (segment.isWordLike) words++;
  return words;
}

/** The text a reader reads: headline, summary, leads, bullets and conclusion. */
export function readableParts(briefing: Briefing): string[] {
  const parts = [briefing.headline, briefing.summary];
  for (const section of briefing.sections) {
    if (section.lead) parts.push(section.lead);
    parts.push(...(section.bullets ?? []));
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
export function readingLine(stats: ReadingStats): string {
  const words = `${stats.words} ${stats.words === 1 ? "word" : "words"}`;
  return `${words} · ${stats.minutes} min read`;
}
