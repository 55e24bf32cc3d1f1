const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;

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
      const char = String.fromCodePoint(point);
      if (point > 0xffff) i++;
      space = SPACE.test(char);
      alnum = !space && LETTER_OR_DIGIT.test(char);
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

/** "1 word" / "3 words". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
