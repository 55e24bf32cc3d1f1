import { textParts } from "./parts.js";
import type { Finding, Rule } from "./types.js";
import { distinct, findPhrases, phraseKey } from "./vocab/phrases.js";
import {
  acceptedTerms,
  ambiguousTerms,
  percentOf,
  yardstickIds,
  yardstickOption,
  yardsticks,
  type Yardstick,
  type YardstickId,
} from "./vocab/yardsticks.js";

/** Each yardstick's accepted terms (as compared) and the choices a message offers, made once. */
const prepared = new Map<YardstickId, { accepted: ReadonlySet<string>; choices: string }>();

function prepare(id: YardstickId): { accepted: ReadonlySet<string>; choices: string } {
  let known = prepared.get(id);
  if (!known) {
    const yardstick = yardsticks[id];
    known = {
      accepted: new Set(acceptedTerms(yardstick).map(phraseKey)),
      choices: yardstick.levels.flatMap((level) => level.terms.slice(0, 1)).join(", "),
    };
    prepared.set(id, known);
  }
  return known;
}

/** Every term of every yardstick: what the text is scanned for. */
const allTerms = distinct(Object.values(yardsticks).flatMap(acceptedTerms));

function closest(yardstick: Yardstick, term: string): string | undefined {
  const percent = percentOf(term);
  if (percent === undefined) return undefined;
  let best: { term: string; gap: number } | undefined;
  for (const level of yardstick.levels) {
    const gap = Math.abs(level.percent - percent);
    const first = level.terms[0];
    if (first !== undefined && (!best || gap < best.gap)) best = { term: first, gap };
  }
  return best?.term;
}

/**
 * Whether a term found in the text is fine under the yardstick: one of its own, an
 * everyday word that is only sometimes a probability, or one of its own terms negated
 * ("probably not" where "probably" is accepted).
 */
function allowed(term: string, accepted: ReadonlySet<string>): boolean {
  if (accepted.has(term) || ambiguousTerms.has(term)) return true;
  return term.endsWith(" not") && accepted.has(term.slice(0, -" not".length));
}

export const estimativeLanguage: Rule = {
  id: "estimative-language",
  description:
    "Words of likelihood come from one probability yardstick (ICD 203 by default, or PHIA or Kent).",
  defaultLevel: "warn",
  scope: "part",
  optionsSchema: {
    type: "object",
    additionalProperties: false,
    properties: { yardstick: { enum: yardstickIds } },
  },
  check(briefing, { template, options }) {
    const yardstick = yardstickOption(options);
    const { accepted, choices } = prepare(yardstick.id);
    const findings: Finding[] = [];
    for (const part of textParts(briefing, template)) {
      const foreign = findPhrases(part.text, allTerms)
        .map((m) => m.phrase)
        .filter((term) => !allowed(term, accepted));
      for (const term of distinct(foreign)) {
        const near = closest(yardstick, term);
        findings.push({
          message: `${part.name} uses "${term}", which is not on the ${yardstick.name} yardstick; use one of: ${choices}${near ? ` (closest: "${near}")` : ""}`,
          at: part.at,
        });
      }
    }
    return findings;
  },
};
