// Counting words and characters as the limits count them, and the character classes the
// counting and the rules share.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;
const SPACE = /\s/u;

/** Character classes, as bits. */
export const SPACE_CLASS = 1;
export const LETTER_OR_DIGIT_CLASS = 2;
export const MARK_CLASS = 4;
const KNOWN = 0x80;

// The class of each character of the Basic Multilingual Plane, found by regular
// expression the first time it is met and remembered: text beyond ASCII (accents,
// Arabic, CJK) is scanned at nearly the speed of ASCII.
const bmp = new Uint8Array(0x10000);

/** The classes of a character (a whole code point), by the Unicode properties. */
export function classOf(point: number): number {
  const known = point <= 0xffff ? (bmp[point] ?? 0) : 0;
  if (known !== 0) return known & ~KNOWN;
  const char = String.fromCodePoint(point);
  const classes =
    (SPACE.test(char) ? SPACE_CLASS : 0) |
    (LETTER_OR_DIGIT.test(char) ? LETTER_OR_DIGIT_CLASS : 0) |
    (MARK.test(char) ? MARK_CLASS : 0);
  if (point <= 0xffff) bmp[point] = classes | KNOWN;
  return classes;
}

/**
 * Words in a text: runs of non-space characters that hold a letter or digit. A hand-
 * written scan: it runs on every part of every file, and splitting with a regular
 * expression and testing each token costs about twice as much.
 */
export function countWords(text: string): number {
  let words = 0;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let space: boolean;
    let alnum: boolean;
    if (code < 128) {
      space = code === 32 || (code >= 9 && code <= 13);
      alnum =
        (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    } else {
      const point = text.codePointAt(i) ?? code;
      if (point > 0xffff) i++;
      const classes = classOf(point);
      space = (classes & SPACE_CLASS) !== 0;
      alnum = !space && (classes & LETTER_OR_DIGIT_CLASS) !== 0;
    }
    if (space) counted = false;
    else if (alnum && !counted) {
      words++;
      counted = true;
    }
  }
  return words;
}

/** Characters as a reader counts them (code points, not UTF-16 units). */
export function countChars(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** "1 word" / "3 words"; `many` for a word that does not just take an s ("guesses"). */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}
