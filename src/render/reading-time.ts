import { readingLine, readingStats } from "../core/reading.js";
import type { Briefing } from "../core/types.js";
import type { FormatOption, RenderOptions } from "./types.js";
import { wordsOf } from "./words.js";

/** The `readingTime` option md, html and docx share (`export --reading-time`). */
export const readingTimeOption: FormatOption = {
  type: "boolean",
  description: "add a line with the word count and reading time under the headline",
};

/** `412 words · 2 min read` at the speed the options give (`wordsPerMinute`), else the default. */
export function readingTimeText(briefing: Briefing, options: RenderOptions): string {
  const wpm = typeof options.wordsPerMinute === "number" ? options.wordsPerMinute : undefined;
  return readingLine(readingStats(briefing, wpm), wordsOf(options));
}
