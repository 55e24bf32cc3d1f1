import type { Rule } from "./types.js";

const WORD = /[\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*/gu;

/** The words of a text, lower-cased, apostrophes straightened. */
export function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).map((w) => w.replace(/\u2019/g, "'"));
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
