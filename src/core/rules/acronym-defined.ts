import { textParts } from "./parts.js";
import type { Finding, Rule } from "./types.js";

/** Acronyms readers know without a definition; `known` replaces the list, `add` extends it. */
export const knownAcronyms: readonly string[] = [
  "AI",
  "AIDS",
  "BBC",
  "CEO",
  "CIA",
  "CNN",
  "COVID",
  "CPI",
  "DNA",
  "EU",
  "FBI",
  "GDP",
  "GMT",
  "GPS",
  "HIV",
  "ID",
  "IMF",
  "IT",
  "LNG",
  "NATO",
  "NGO",
  "OPEC",
  "PC",
  "PDF",
  "SMS",
  "TV",
  "UAE",
  "UK",
  "UN",
  "URL",
  "US",
  "USA",
  "UTC",
  "VAT",
  "VPN",
];

/** Two to six capitals (digits and "&" may follow the first), with an optional plural "s". */
const ACRONYM = /(?<![\p{L}\p{N}&-])([A-Z][A-Z0-9&]{1,5})(?:s)?(?![\p{L}\p{N}&])/gu;
/** Roman numerals ("Phase II") and designators with digits ("G7", "MH17") are not acronyms. */
const NOT_ACRONYM = /^X{0,3}(?:IX|IV|V?I{0,3})$|\d/;
/** A unit after a number ("1.9 GW", "600 GB") is not an acronym to spell out. */
const AFTER_NUMBER = /\d\s?$/;

const wordList = { type: "array", items: { type: "string", pattern: "^[A-Z][A-Z0-9&]*$" } };

function knownList(options: Record<string, unknown>): ReadonlySet<string> {
  const base = Array.isArray(options.known) ? (options.known as string[]) : knownAcronyms;
  const add = Array.isArray(options.add) ? (options.add as string[]) : [];
  return new Set([...base, ...add]);
}

const defaultKnown = knownList({});

export const acronymDefined: Rule = {
  id: "acronym-defined",
  scope: "briefing",
  description: "An acronym is spelled out, with the acronym in brackets, before it is used alone.",
  defaultLevel: "warn",
  optionsSchema: {
    type: "object",
    additionalProperties: false,
    properties: { known: wordList, add: wordList },
  },
  check(briefing, { template, options }) {
    const known =
      options.known === undefined && options.add === undefined ? defaultKnown : knownList(options);
    const seen = new Set<string>();
    const findings: Finding[] = [];
    // The headline may use an acronym the summary goes on to define.
    for (const part of textParts(briefing, template).filter((p) => p.kind !== "headline")) {
      // Most parts have no run of two capitals: skip them without the pattern.
      if (!/[A-Z][A-Z]/.test(part.text)) continue;
      // A part in capitals throughout is shouting, not a list of acronyms.
      if (part.text === part.text.toUpperCase()) continue;
      for (const m of part.text.matchAll(ACRONYM)) {
        const acronym = m[1] ?? "";
        if (seen.has(acronym) || known.has(acronym) || NOT_ACRONYM.test(acronym)) continue;
        if (AFTER_NUMBER.test(part.text.slice(Math.max(0, m.index - 3), m.index))) continue;
        // A designator such as "DENV-3" or "MH17" names a thing rather than abbreviating words.
        if (/^-\d/.test(part.text.slice(m.index + m[0].length))) continue;
        seen.add(acronym);
        const defined =
          part.text[m.index - 1] === "(" ||
          /^\s*\(\p{Lu}/u.test(part.text.slice(m.index + m[0].length));
        if (defined) continue;
        findings.push({
          message: `${part.name} uses "${acronym}" before spelling it out; give the full name with "(${acronym})" after it on first use`,
          at: part.at,
        });
      }
    }
    return findings;
  },
};
