import { textParts } from "./parts.js";
import type { Finding, Rule } from "./types.js";

type Style = "curly" | "straight";

const STRAIGHT = /['"]/;
const CURLY = /[\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F]/;
/** After these (or at the start) a quote opens; anywhere else it closes. */
const OPENS_AFTER = /[\s([{\u2013\u2014\u2018\u201C]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Straight quotes made curly. A quote at the start, or after white space, an opening
 * bracket, a dash or an opening quote, opens; any other closes. An apostrophe inside a
 * word ("don't") becomes ’, as does one closing a word ("investors'").
 */
export function curlQuotes(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c !== "'" && c !== '"') {
      out += c;
      continue;
    }
    const before = out.slice(-1);
    const after = text.charAt(i + 1);
    const opens = before === "" || OPENS_AFTER.test(before);
    if (c === "'" && LETTER_OR_DIGIT.test(before) && LETTER_OR_DIGIT.test(after)) out += "\u2019";
    else if (c === "'") out += opens ? "\u2018" : "\u2019";
    else out += opens ? "\u201C" : "\u201D";
  }
  return out;
}

/** Curly quotes made straight. */
export function straightenQuotes(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F]/g, '"');
}

export const quoteStyle: Rule = {
  id: "quote-style",
  description: "Quotation marks and apostrophes follow one style, curly or straight.",
  defaultLevel: "off",
  scope: "part",
  fixable: true,
  optionsSchema: {
    type: "object",
    additionalProperties: false,
    properties: { style: { enum: ["curly", "straight"] } },
  },
  check(briefing, { template, options }) {
    const style: Style = options.style === "straight" ? "straight" : "curly";
    const wrong = style === "curly" ? STRAIGHT : CURLY;
    const convert = style === "curly" ? curlQuotes : straightenQuotes;
    const other = style === "curly" ? "straight" : "curly";
    const findings: Finding[] = [];
    for (const part of textParts(briefing, template)) {
      if (!wrong.test(part.text)) continue;
      findings.push({
        message: `${part.name} uses ${other} quotes; the configured style is ${style} quotes`,
        at: part.at,
        fix: convert(part.text),
      });
    }
    return findings;
  },
};
