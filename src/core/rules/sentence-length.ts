import { countWords } from "../words.js";
import { sentences, textParts } from "./parts.js";
import type { Finding, Rule } from "./types.js";

const DEFAULT_MAX = 35;
const DEFAULT_AVERAGE = 22;

export const sentenceLength: Rule = {
  id: "sentence-length",
  scope: "briefing",
  description: "Sentences stay under a maximum length, and their average under a target.",
  defaultLevel: "off",
  optionsSchema: {
    type: "object",
    additionalProperties: false,
    properties: {
      maxWords: { type: "integer", minimum: 1 },
      averageWords: { type: "integer", minimum: 1 },
    },
  },
  check(briefing, { template, options }) {
    const max = typeof options.maxWords === "number" ? options.maxWords : DEFAULT_MAX;
    const average =
      typeof options.averageWords === "number" ? options.averageWords : DEFAULT_AVERAGE;
    const findings: Finding[] = [];
    let words = 0;
    let count = 0;
    // The headline is a title, not a sentence.
    const parts = textParts(briefing, template).filter((p) => p.kind !== "headline");
    for (const part of parts) {
      let longest = 0;
      for (const sentence of sentences(part.text)) {
        const n = countWords(sentence);
        if (n === 0) continue;
        words += n;
        count++;
        longest = Math.max(longest, n);
      }
      if (longest > max) {
        findings.push({
          message: `${part.name} has a sentence of ${longest} words; keep sentences to ${max} words or fewer`,
          at: part.at,
        });
      }
    }
    const first = parts[0];
    if (first && count > 0 && words / count > average) {
      findings.push({
        message: `sentences average ${(words / count).toFixed(1)} words; keep the average to ${average} or fewer`,
        at: first.at,
      });
    }
    return findings;
  },
};
