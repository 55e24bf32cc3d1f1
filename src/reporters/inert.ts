import { BIDI, C0, C1, TAB_LF, charClass, escapeCode } from "../core/unsafe-chars.js";

const BREAKS = /\r\n|[\t\n\v\f\r\u2028\u2029]/g;
const UNSAFE = charClass("g", C0, TAB_LF, C1, BIDI);

/**
 * Messages and paths can carry text from the checked file. A raw newline would break a
 * one-line report, an escape character could drive the terminal, and a bidirectional
 * override could reorder what the reader sees; all are shown as `\uXXXX` instead.
 */
export function inert(text: string): string {
  return text.replace(BREAKS, " ").replace(UNSAFE, escapeCode);
}
