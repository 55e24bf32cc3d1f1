import { classOf, LETTER_OR_DIGIT_CLASS, MARK_CLASS } from "../words.js";
import type { Rule } from "./types.js";

const WORD_CLASSES = LETTER_OR_DIGIT_CLASS | MARK_CLASS;

function wordChar(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 97 && code <= 122);
  // Astral characters (emoji, mostly) are not counted as word characters.
  return code < 0xd800 || code > 0xdfff ? (classOf(code) & WORD_CLASSES) !== 0 : false;
}

/**
 * Calls `visit` with each word of a text, lower-cased, apostrophes inside words kept (and
 * straightened); stops early when `visit` returns true. A hand-written scan, like
 * `countWords`: a Unicode regular expression costs several times more. Words are sliced
 * out whole and never collected, so a very long text (a 10 MB summary) costs no more
 * memory than its lower-cased copy.
 */
function eachWord(text: string, visit: (word: string) => boolean | void): void {
  const lower = text.toLowerCase();
  let start = -1;
  let curly = false;
  for (let i = 0; i <= lower.length; i++) {
    if (i < lower.length && wordChar(lower, i)) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    const c = lower.charCodeAt(i);
    if ((c === 39 || c === 0x2019) && wordChar(lower, i + 1)) {
      curly ||= c === 0x2019;
      continue;
    }
    const word = lower.slice(start, i);
    if (visit(curly ? word.replace(/\u2019/g, "'") : word) === true) return;
    start = -1;
    curly = false;
  }
}

/** The words of a text, as `eachWord` finds them. */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  eachWord(text, (w) => void words.push(w));
  return words;
}

/** How many words a text has, and which. */
interface Vocabulary {
  count: number;
  words: Set<string>;
}

function vocabularyOf(text: string): Vocabulary {
  const words = new Set<string>();
  let count = 0;
  eachWord(text, (w) => {
    count++;
    words.add(w);
  });
  return { count, words };
}

/** Shared words over all words (Jaccard similarity of the two word sets). */
export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** Fewest words a text must have before "one contains the other" counts. */
const MIN_CONTAINED_WORDS = 3;

/**
 * Whether the words of `short` occur, in order and together, among the words of `long`:
 * Knuth–Morris–Pratt over the word stream, so the long text is never held as words.
 */
function containsPassage(long: string, short: string): boolean {
  const pattern = wordsOf(short);
  const fail = new Array<number>(pattern.length).fill(0);
  for (let i = 1, k = 0; i < pattern.length; i++) {
    while (k > 0 && pattern[i] !== pattern[k]) k = fail[k - 1] ?? 0;
    if (pattern[i] === pattern[k]) k++;
    fail[i] = k;
  }
  let k = 0;
  let found = false;
  eachWord(long, (w) => {
    while (k > 0 && pattern[k] !== w) k = fail[k - 1] ?? 0;
    if (pattern[k] === w) k++;
    found = k === pattern.length;
    return found;
  });
  return found;
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
    const a = { text: summary, ...vocabularyOf(summary) };
    const b = { text: conclusion, ...vocabularyOf(conclusion) };
    if (a.count === 0 || b.count === 0) return [];
    const advice = "say what follows from the summary instead";
    const [long, short] = b.count <= a.count ? [a, b] : [b, a];
    if (
      short.count >= MIN_CONTAINED_WORDS &&
      // A passage can only be there if each of its words is: most texts stop here.
      [...short.words].every((w) => long.words.has(w)) &&
      containsPassage(long.text, short.text)
    ) {
      const how =
        a.count === b.count
          ? "repeats the summary"
          : b.count < a.count
            ? "repeats a passage of the summary"
            : "contains the whole summary";
      return [{ message: `conclusion ${how} word for word; ${advice}`, at: ["conclusion"] }];
    }
    const score = similarity(a.words, b.words);
    if (score < threshold) return [];
    return [
      {
        message: `conclusion repeats the summary (${Math.floor(score * 100)}% of their words are shared); ${advice}`,
        at: ["conclusion"],
      },
    ];
  },
};
