import { createRequire } from "node:module";

let words: Set<string> | undefined;

/**
 * Whether a word is in an English word list (about 275,000 words). The list is read on
 * the first call only, which happens only when a text has a hyphenation split to check.
 */
export function isEnglishWord(word: string): boolean {
  words ??= new Set(
    createRequire(import.meta.url)("an-array-of-english-words") as readonly string[],
  );
  return words.has(word.toLowerCase());
}
