/**
 * Hedges and weasel phrases: words that qualify a judgement without saying how likely
 * it is or who holds it. The default list of the `hedge-words` rule.
 *
 * Known false positives, and how the rule treats them:
 * - "may": "May" the month. Only lower-case "may" is read as a hedge, and not when a
 *   number follows ("may 5"), so "in May 2026" and "May saw record rain" pass.
 * - "could": "could not" / "couldn't" state an inability, not a possibility, and are
 *   skipped. Past ability ("so that tanks could refill") is still reported: reword it
 *   ("to let the tanks refill") or allow the word.
 * - "might": the noun ("military might") is rare in briefings and is reported.
 */
export const defaultHedges: readonly string[] = [
  "it is possible",
  "possibly",
  "maybe",
  "perhaps",
  "could",
  "might",
  "may",
  "it is thought",
  "some say",
  "it seems",
  "arguably",
  "to some extent",
];

/** Phrases that state doubt about who says something, used by `unattributed-claims`. */
export const attributionPhrases: readonly string[] = [
  "allegedly",
  "reportedly",
  "it is said",
  "sources say",
  "according to sources",
  "is said to",
];

/** Phrases that state analytic confidence, used by `confidence-with-likelihood`. */
export const confidencePhrases: readonly string[] = [
  "high confidence",
  "moderate confidence",
  "low confidence",
  "with confidence",
  "we are confident",
];
