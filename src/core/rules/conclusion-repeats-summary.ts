import type { Rule } from "./types.js";

const LETTER_OR_DIGIT = /^[\p{L}\p{N}\p{M}]$/u;

function wordChar(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 97 && code <= 122);
  // Astral characters (emoji, mostly) are not counted as word characters.
  return code < 0xd800 || code > 0xdfff ? LETTER_OR_DIGIT.test(text.charAt(i)) : false;
}

/**
 * The words of a text, lower-cased, apostrophes inside words kept (and straightened). A
 * hand-written scan, like `countWords`: a Unicode regular expression costs several times more.
 */
export function wordsOf(text: string): string[] {
  const lower = text.toLowerCase();
  const words: string[] = [];
  let word = "";
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charAt(i);
    if (wordChar(lower, i)) word += c;
    else if ((c === "'" || c === "\u2019") && word !== "" && wordChar(lower, i + 1)) word += "'";
    else if (word !== "") {
      words.push(word);
      word = "";
    }
  }
  if (word !== "") words.push(word);
  return words;
}

/** Shared words over all words (Jaccard similarity of the two word sets). */
export function similarity(a: readonly string[], b: readonly string[]): number {
  const setA = new Set(a);
  const setB = new Set(b);
  let shared = 0;
  for (const word of setA) if (setB.has(word)) shared++;
  const union = setA.size + setB.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** Fewest words a text must have before "one contains the other" counts. */
const MIN_CONTAINED_WORDS = 3;

function contains(long: readonly string[], short: readonly string[]): boolean {
  if (short.length < MIN_CONTAINED_WORDS || short.length > long.length) return false;
  return ` ${long.join(" ")} `.includes(` ${short.join(" ")} `);
}

export const conclusionRepeatsSummary: Rule = {
  id: "conclusion-repeats-summary",
  description: "The conclusion says something the summary does not, rather than repeating it.",
  defaultLevel: "warn",
  optionsSchema: {
    type: "object",
    additionalProperties: false,
    properties: { threshold: { type: "number", exclusiveMinimum: 0, maximum: 1 } },
  },
  check(briefing, { options }) {
    const { summary, conclusion } = briefing;
    if (summary === undefined || conclusion === undefined) return [];
    const threshold = typeof options.threshold === "number" ? options.threshold : 0.8;
    const a = wordsOf(summary);
    const b = wordsOf(conclusion);
    if (a.length === 0 || b.length === 0) return [];
    const advice = "say what follows from the summary instead";
    if (contains(a, b) || contains(b, a)) {
      const how =
        a.length === b.length
          ? "repeats the summary"
          : b.length < a.length
            ? "repeats a passage of the summary"
            : "contains the whole summary";
      return [{ message: `conclusion ${how} word for word; ${advice}`, at: ["conclusion"] }];
    }
    const score = similarity(a, b);
    if (score < threshold) return [];
    return [
      {
        message: `conclusion repeats the summary (${Math.floor(score * 100)}% of their words are shared); ${advice}`,
        at: ["conclusion"],
      },
    ];
  },
};
