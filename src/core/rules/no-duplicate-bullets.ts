import { textParts, type TextPart } from "./parts.js";
import type { Finding, Rule } from "./types.js";

/** Typographic quotes and dashes, each read as its ASCII form. */
const TYPOGRAPHIC =
  /[\u2018\u2019\u201A\u201B\u2032`\u201C\u201D\u201E\u201F\u2033\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const DOUBLE = /[\u201C\u201D\u201E\u201F\u2033]/;
const DASH = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/;
const plain = (c: string): string => (DOUBLE.test(c) ? '"' : DASH.test(c) ? "-" : "'");

/** White space other than a single space: `\s` without the space itself. */
const ODD_SPACE = /[\t-\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/**
 * A bullet as compared: case, white space, quote style and dash style don't count. Each
 * step runs only when the text needs it: this runs on every bullet of every file.
 */
export function normaliseBullet(text: string): string {
  let key = text;
  // Beyond ASCII (tab to tilde) there may be compatibility forms, curly quotes and dashes.
  if (/[^\t-~]/.test(key)) key = key.normalize("NFKC").replace(TYPOGRAPHIC, plain);
  else key = key.replace(/`/g, "'");
  // Two regular expressions rather than one alternation: several times faster.
  if (key.includes("  ") || ODD_SPACE.test(key)) key = key.replace(/\s+/g, " ");
  return key.toLowerCase().trim();
}

export const noDuplicateBullets: Rule = {
  id: "no-duplicate-bullets",
  description: "No bullet repeats another bullet of the briefing.",
  defaultLevel: "warn",
  scope: "briefing",
  optionsSchema: { type: "object", additionalProperties: false, properties: {} },
  check(briefing, { template }) {
    const findings: Finding[] = [];
    const first = new Map<string, TextPart>();
    for (const part of textParts(briefing, template)) {
      if (part.kind !== "bullet") continue;
      const key = normaliseBullet(part.text);
      if (key === "") continue; // no-empty-text reports those
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, part);
        continue;
      }
      // Two sections with the same label (a repeated section) would read "X repeats X".
      const where =
        earlier.name === part.name ? `${earlier.name} of sections[${earlier.at[1]}]` : earlier.name;
      findings.push({ message: `${part.name} repeats ${where}; remove one of them`, at: part.at });
    }
    return findings;
  },
};
