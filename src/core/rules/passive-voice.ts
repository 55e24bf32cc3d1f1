import { textParts } from "./parts.js";
import type { Finding, Rule } from "./types.js";

/** Past participles that do not end in -ed, the ones briefings use most. */
const IRREGULAR =
  "arisen beaten become begun bitten blown broken brought built bought caught chosen come cut dealt done drawn driven eaten fallen fed felt fought found flown forbidden forgotten forgiven frozen given gone grown held hidden hit hung hurt kept known laid led left lent let lost made meant met paid put quit read rid ridden risen run said seen sent set shaken shot shown shut sold sought spent split spoken spread stolen struck sung sunk sworn taken taught thrown told torn understood upheld withdrawn woken won worn written";

/** A form of "be", up to two adverbs, then a past participle: "was seized", "has been quietly laid". */
const PASSIVE = new RegExp(
  `(?<![\\p{L}])(?:is|are|was|were|be|been|being)\\s+(?:(?:not|never|also|still|already|reportedly|quietly|then|now|later|widely|largely|partly|fully|since)\\s+){0,2}(?:[a-z]+ed|${IRREGULAR.split(" ").join("|")})(?![\\p{L}])`,
  "giu",
);

/** Participles that are usually adjectives after "be": "is tired", "was interested". */
const ADJECTIVES = new Set(
  "based concerned interested involved located married tired used supposed scheduled expected needed required allowed determined prepared pleased satisfied worried committed designed".split(
    " ",
  ),
);

export const passiveVoice: Rule = {
  id: "passive-voice",
  scope: "part",
  description: "Sentences say who did what, rather than what was done.",
  defaultLevel: "off",
  optionsSchema: { type: "object", additionalProperties: false, properties: {} },
  check(briefing, { template }) {
    const findings: Finding[] = [];
    for (const part of textParts(briefing, template)) {
      // Every passive needs a form of "be": most parts without one are skipped at once.
      if (!/\b(?:is|are|was|were|be|been|being)\b/i.test(part.text)) continue;
      // "be" and its participle are never more than two words apart: no sentence split needed.
      const match = [...part.text.matchAll(PASSIVE)].find(
        (m) => !ADJECTIVES.has(m[0].split(/\s+/).at(-1)?.toLowerCase() ?? ""),
      );
      if (match) {
        findings.push({
          message: `${part.name} uses the passive ("${match[0]}"); put who acted first`,
          at: part.at,
        });
      }
    }
    return findings;
  },
};
