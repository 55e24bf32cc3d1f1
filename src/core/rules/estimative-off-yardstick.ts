import { sentences, textParts } from "./parts.js";
import type { Finding, Rule } from "./types.js";
import { confidencePhrases } from "./vocab/hedges.js";
import { inReportedSpeech } from "./vocab/modals.js";
import { findPhrases, phraseKey, type PhraseMatch } from "./vocab/phrases.js";
import {
  acceptedTerms,
  yardstickIds,
  yardstickOption,
  type YardstickId,
} from "./vocab/yardsticks.js";

/** Phrases that announce a judgement about what will happen or is the case. */
export const judgementPhrases: readonly string[] = [
  "we doubt",
  "we cannot rule out",
  "we can't rule out",
  "cannot be ruled out",
  "can't be ruled out",
  "could not be ruled out",
  "there is a chance",
  "there's a chance",
  "there is a possibility",
  "there is a real possibility",
  "there is a serious possibility",
  "there is a risk that",
  "there is a risk of",
  "there is a real risk",
  "there is a danger",
  "we suspect",
  "we believe",
  "we think",
  "we expect",
  "we anticipate",
  "we assess",
  "we judge",
  "we estimate",
  "in our view",
  "in our judgement",
  "in our judgment",
  "chances are",
  "odds are",
  "the odds are",
];

/** Whether a judgement phrase is not the briefing's own estimate of a likelihood. */
function notAJudgement(match: PhraseMatch, sentence: string): boolean {
  // "We estimate the cost at $40 million": a quantity, not a likelihood.
  if (match.phrase === "we estimate" && /\d/.test(sentence)) return true;
  return inReportedSpeech(sentence, match.index, match.end);
}

const wordList = { type: "array", items: { type: "string", minLength: 1 } };
const terms = new Map<YardstickId, string[]>();

export const estimativeOffYardstick: Rule = {
  id: "estimative-off-yardstick",
  scope: "part",
  description: "A judgement says how likely, in a term from the configured yardstick.",
  defaultLevel: "warn",
  optionsSchema: {
    type: "object",
    additionalProperties: false,
    properties: { yardstick: { enum: yardstickIds }, add: wordList },
  },
  check(briefing, { template, options }) {
    const yardstick = yardstickOption(options);
    let accepted = terms.get(yardstick.id);
    if (!accepted) terms.set(yardstick.id, (accepted = acceptedTerms(yardstick)));
    const phrases = Array.isArray(options.add)
      ? [...judgementPhrases, ...(options.add as string[]).map(phraseKey)]
      : judgementPhrases;
    const findings: Finding[] = [];
    for (const part of textParts(briefing, template)) {
      if (findPhrases(part.text, phrases).length === 0) continue;
      for (const sentence of sentences(part.text)) {
        const judgement = findPhrases(sentence, phrases).find((m) => !notAJudgement(m, sentence));
        if (!judgement) continue;
        // A likelihood from the scale, or a statement of confidence, calibrates the judgement.
        if (findPhrases(sentence, accepted).length > 0) continue;
        if (findPhrases(sentence, confidencePhrases).length > 0) continue;
        findings.push({
          message: `${part.name} makes a judgement ("${judgement.text}") with no term from the ${yardstick.name} yardstick; say how likely it is`,
          at: part.at,
        });
        break;
      }
    }
    return findings;
  },
};
