import { textParts } from "./parts.js";
import type { Finding, Rule } from "./types.js";
import { attributionPhrases } from "./vocab/hedges.js";
import { distinct, findPhrases } from "./vocab/phrases.js";

export const unattributedClaims: Rule = {
  id: "unattributed-claims",
  description:
    'Claims hedged as hearsay ("reportedly", "sources say") need sources in meta.sources.',
  defaultLevel: "warn",
  scope: "part",
  optionsSchema: { type: "object", additionalProperties: false, properties: {} },
  check(briefing, { template }) {
    if ((briefing.meta?.sources?.length ?? 0) > 0) return [];
    // Sources of the wrong type are the schema's to report; don't guess whether they count.
    if (briefing.meta?.sources === undefined && briefing.metaKeys?.includes("sources")) return [];
    const findings: Finding[] = [];
    for (const part of textParts(briefing, template)) {
      const found = findPhrases(part.text, attributionPhrases).map((m) => m.phrase);
      for (const phrase of distinct(found)) {
        findings.push({
          message: `${part.name} says "${phrase}" but the briefing lists no sources; add them to meta.sources or attribute the claim`,
          at: part.at,
        });
      }
    }
    return findings;
  },
};
