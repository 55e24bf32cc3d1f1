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
 * - "could", "may", "might" that state ability, permission or an offer ("staff could work
 *   from home", "applicants may apply online", "the charity could provide tents") are not
 *   hedges; nor is a modal inside reported speech ("the ministry said that prices may
 *   rise"), whose doubt belongs to the source. See `modals.ts`.
 */
export const defaultHedges: readonly string[] = [
  "it is possible",
  "it is also possible",
  "it is quite possible",
  "it is entirely possible",
  "it is still possible",
  "it is very possible",
  "it remains possible",
  "it's possible",
  "it's also possible",
  "it's quite possible",
  "it is not impossible",
  "it is conceivable",
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
  "are said to",
];

/** Phrases that state analytic confidence, used by `confidence-with-likelihood`. */
export const confidencePhrases: readonly string[] = [
  "high confidence",
  "moderate confidence",
  "low confidence",
  "with confidence",
  "we are confident",
];
