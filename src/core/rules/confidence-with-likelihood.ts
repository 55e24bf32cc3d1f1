import { sentences, textParts } from "./parts.js";
import type { Finding, Rule } from "./types.js";
import { confidencePhrases } from "./vocab/hedges.js";
import { findPhrases } from "./vocab/phrases.js";
import { likelihoodTerms } from "./vocab/yardsticks.js";

export const confidenceWithLikelihood: Rule = {
  id: "confidence-with-likelihood",
  description: "A sentence does not state both a confidence level and a likelihood.",
  defaultLevel: "warn",
  scope: "part",
  optionsSchema: { type: "object", additionalProperties: false, properties: {} },
  check(briefing, { template }) {
    const findings: Finding[] = [];
    for (const part of textParts(briefing, template)) {
      // Every confidence phrase says "confiden…": most parts can be skipped at once.
      if (!/confiden/i.test(part.text)) continue;
      sentences(part.text).forEach((sentence, i) => {
        const confidence = findPhrases(sentence, confidencePhrases)[0];
        const likelihood = findPhrases(sentence, likelihoodTerms)[0];
        if (!confidence || !likelihood) return;
        const where = part.text.trim() === sentence.trim() ? "" : ` in sentence ${i + 1}`;
        findings.push({
          message: `${part.name} states a confidence level ("${confidence.text}") and a likelihood ("${likelihood.text}")${where}; give them in separate sentences`,
          at: part.at,
        });
      });
    }
    return findings;
  },
};
