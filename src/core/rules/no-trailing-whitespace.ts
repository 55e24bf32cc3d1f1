import { textParts } from "./parts.js";
import type { Finding, Rule } from "./types.js";

/** Spaces and tabs (any horizontal space) before the end of a line or of the text. */
const TRAILING = /[\t\p{Zs}]+$/gmu;
const AT_END = /[\t\p{Zs}]$/u;

/** The text with white space removed from the end of every line. */
export function trimLineEnds(text: string): string {
  return text.replace(TRAILING, "");
}

export const noTrailingWhitespace: Rule = {
  id: "no-trailing-whitespace",
  description: "No text ends with spaces or tabs, and no line within a text does.",
  defaultLevel: "warn",
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
