// Words of a text, found once and shared: the vocabulary rules all look for phrases in
// the same parts of the same file, so each part is split into words once and each rule
// looks its phrases up by their first word, instead of running a regular expression of
// its own over every part.
import { classOf, LETTER_OR_DIGIT_CLASS } from "../../text.js";

/** A run of letters and digits in a text. */
export interface Token {
  /** Where it starts (UTF-16 index). */
  start: number;
  /** Where it ends (exclusive). */
  end: number;
  /** The word as compared: lower case, with the letters that fold to ASCII folded. */
  key: string;
}

function isWordCode(text: string, i: number): [boolean, number] {
  const code = text.charCodeAt(i);
  if (code < 128)
    return [
      (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122),
      1,
    ];
  const point = text.codePointAt(i) ?? code;
  return [(classOf(point) & LETTER_OR_DIGIT_CLASS) !== 0, point > 0xffff ? 2 : 1];
}

/**
 * The key of a word: lower case, and the two letters beyond ASCII that case-insensitive
 * Unicode matching folds to ASCII (long s, and the Kelvin sign, which lower-cases to k).
 */
function keyOf(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes("\u017f") ? lower.replaceAll("\u017f", "s") : lower;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let start = -1;
  for (let i = 0; i < text.length;) {
    const [word, width] = isWordCode(text, i);
    if (word) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      tokens.push({ start, end: i, key: keyOf(text.slice(start, i)) });
      start = -1;
    }
    i += width;
  }
  if (start >= 0) tokens.push({ start, end: text.length, key: keyOf(text.slice(start)) });
  return tokens;
}

// The parts of the file being checked, by text: every rule asks for the same few.
const recent = new Map<string, Token[]>();

/** The words of a text, split once however many rules ask. */
export function tokensOf(text: string): Token[] {
  let tokens = recent.get(text);
  if (!tokens) {
    if (recent.size >= 512) recent.clear();
    tokens = tokenize(text);
    recent.set(text, tokens);
  }
  return tokens;
}

/** A phrase as words, and how each word is joined to the one before. */
export interface PhraseWords {
  /** The list entry, as written in the list. */
  phrase: string;
  /** Its words, as compared. */
  words: string[];
  /** Before each word after the first: white space, or one apostrophe of any style. */
  joins: ("space" | "apostrophe")[];
}

/**
 * A phrase (already in its compared form) as words, or `undefined` when it holds
 * anything but ASCII letters, digits, spaces and apostrophes inside words; such lists are
 * matched by regular expression instead.
 */
export function phraseWords(phrase: string, key: string): PhraseWords | undefined {
  const words: string[] = [];
  const joins: PhraseWords["joins"] = [];
  for (const [i, spaced] of key.split(" ").entries()) {
    for (const [j, word] of spaced.split("'").entries()) {
      if (!/^[a-z0-9]+$/.test(word)) return undefined;
      if (i > 0 || j > 0) joins.push(j > 0 ? "apostrophe" : "space");
      words.push(word);
    }
  }
  return { phrase, words, joins };
}

const APOSTROPHES = new Set(["'", "\u2018", "\u2019"]);
const SPACES = /^\s+$/;

/** The index of the token after a match of `phrase` at token `i`, or -1. */
export function matchAt(
  text: string,
  tokens: readonly Token[],
  i: number,
  phrase: PhraseWords,
): number {
  const { words, joins } = phrase;
  for (let w = 0; w < words.length; w++) {
    const token = tokens[i + w];
    if (!token || token.key !== words[w]) return -1;
    if (w === 0) continue;
    const gap = text.slice((tokens[i + w - 1] as Token).end, token.start);
    const ok =
      joins[w - 1] === "apostrophe" ? APOSTROPHES.has(gap) : gap === " " || SPACES.test(gap);
    if (!ok) return -1;
  }
  return i + words.length;
}
