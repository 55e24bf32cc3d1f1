import { textParts } from "./parts.js";
import type { Finding, Rule } from "./types.js";

/** Spaces and tabs (any horizontal space) before the end of a line or of the text. */
const TRAILING = /[\t\p{Zs}]+$/gmu;
const AT_END = /[\t\p{Zs}]$/u;
/** What `$` takes for the end of a line under the `m` flag. */
const LINE_BREAK = /[\n\r\u2028\u2029]/;

/** Whether a UTF-16 unit is a tab or a space separator (`\p{Zs}`). */
function isHorizontalSpace(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** The text with white space removed from the end of every line. */
export function trimLineEnds(text: string): string {
  // Most texts are one line ending in a letter: nothing to look for.
  if (!isHorizontalSpace(text.charCodeAt(text.length - 1)) && !LINE_BREAK.test(text)) return text;
  return text.replace(TRAILING, "");
}

export const noTrailingWhitespace: Rule = {
  id: "no-trailing-whitespace",
  description: "No text ends with spaces or tabs, and no line within a text does.",
  defaultLevel: "warn",
  scope: "part",
  fixable: true,
  optionsSchema: { type: "object", additionalProperties: false, properties: {} },
  check(briefing, { template }) {
    const findings: Finding[] = [];
    for (const part of textParts(briefing, template)) {
      const fix = trimLineEnds(part.text);
      if (fix === part.text) continue;
      findings.push({
        message: AT_END.test(part.text)
          ? `${part.name} ends with white space`
          : `${part.name} has white space at the end of a line`,
        at: part.at,
        fix,
      });
    }
    return findings;
  },
};
