import { textParts } from "./parts.js";
import type { Rule } from "./types.js";
import { findPhrases } from "./vocab/phrases.js";
import { icd203Rows } from "./vocab/yardsticks.js";

const [rowOne = [], rowTwo = []] = icd203Rows;
const bothRows = [...rowOne, ...rowTwo];
const rowOf = new Map<string, 1 | 2>([
  ...rowOne.map((t) => [t, 1] as const),
  ...rowTwo.map((t) => [t, 2] as const),
]);

/** A note that says which scale the briefing uses, which makes a mix deliberate. */
const NOTE = /ICD[\s-]?203/;

export const yardstickRowMix: Rule = {
  id: "yardstick-row-mix",
  scope: "briefing",
  description: "Likelihood terms come from one row of the ICD 203 table, not both.",
  defaultLevel: "warn",
  optionsSchema: { type: "object", additionalProperties: false, properties: {} },
  check(briefing, { template }) {
    const parts = textParts(briefing, template);
    if (parts.some((part) => NOTE.test(part.text))) return [];
    const first: (string | undefined)[] = [undefined, undefined, undefined];
    for (const part of parts) {
      for (const match of findPhrases(part.text, bothRows)) {
        const row = rowOf.get(match.phrase) ?? 1;
        first[row] ??= match.phrase;
        const other = first[row === 1 ? 2 : 1];
        if (other !== undefined) {
          return [
            {
              message: `${part.name} uses "${match.phrase}" from row ${row} of the ICD 203 table, but the briefing already used "${other}" from row ${row === 1 ? 2 : 1}; keep to one row`,
              at: part.at,
            },
          ];
        }
      }
    }
    return [];
  },
};
