/**
 * Messages and paths can carry text from the checked file. A raw newline would break a
 * one-line report, an escape character could drive the terminal, and a bidirectional
 * override could reorder what the reader sees; all are shown as `\uXXXX` instead.
 */
export function inert(text: string): string {
  let out = "";
  for (const ch of text.replace(/\r\n|[\t\n\v\f\r\u2028\u2029]/g, " ")) {
    const code = ch.charCodeAt(0);
    const control =
      code < 0x20 ||
      (code >= 0x7f && code <= 0x9f) ||
      (code >= 0x202a && code <= 0x202e) ||
      (code >= 0x2066 && code <= 0x2069);
    out += control ? `\\u${code.toString(16).padStart(4, "0")}` : ch;
  }
  return out;
}
