import { acronymDefined } from "./acronym-defined.js";
import { anonymousSourcing } from "./anonymous-sourcing.js";
import { boilerplateSummary } from "./boilerplate-summary.js";
import { bulletCount } from "./bullet-count.js";
import { bulletLength } from "./bullet-length.js";
import { conclusionLength } from "./conclusion-length.js";
import { conclusionRepeatsSummary } from "./conclusion-repeats-summary.js";
import { confidenceWithLikelihood } from "./confidence-with-likelihood.js";
import { dateNotInFuture } from "./date-not-in-future.js";
import { dateRequired } from "./date-required.js";
import { estimativeLanguage } from "./estimative-language.js";
import { estimativeOffYardstick } from "./estimative-off-yardstick.js";
import { headlineLength } from "./headline-length.js";
import { hedgeWords } from "./hedge-words.js";
import { leadLength } from "./lead-length.js";
import { noControlCharacters } from "./no-control-characters.js";
import { noDuplicateBullets } from "./no-duplicate-bullets.js";
import { noEmptyText } from "./no-empty-text.js";
import { noTrailingWhitespace } from "./no-trailing-whitespace.js";
import { passiveVoice } from "./passive-voice.js";
import { pasteDamage } from "./paste-damage.js";
import { quoteStyle } from "./quote-style.js";
import { sentenceLength } from "./sentence-length.js";
import { sourcesRequired } from "./sources-required.js";
import { summaryLength } from "./summary-length.js";
import { templateSections } from "./template-sections.js";
import type { Rule } from "./types.js";
import { unattributedClaims } from "./unattributed-claims.js";
import { yardstickRowMix } from "./yardstick-row-mix.js";

/** Every rule, by id. Adding a rule is one file and one line here. */
export const rules: readonly Rule[] = [
  // Template: structure and limits.
  templateSections,
  headlineLength,
  summaryLength,
  leadLength,
  bulletCount,
  bulletLength,
  conclusionLength,
  // Metadata.
  dateRequired,
  dateNotInFuture,
  sourcesRequired,
  // Text hygiene.
  noEmptyText,
  noControlCharacters,
  noTrailingWhitespace,
  quoteStyle,
  pasteDamage,
  acronymDefined,
  // Analytic writing.
  noDuplicateBullets,
  conclusionRepeatsSummary,
  boilerplateSummary,
  sentenceLength,
  passiveVoice,
  estimativeLanguage,
  estimativeOffYardstick,
  yardstickRowMix,
  confidenceWithLikelihood,
  hedgeWords,
  unattributedClaims,
  anonymousSourcing,
];

export const ruleById: ReadonlyMap<string, Rule> = new Map(rules.map((r) => [r.id, r]));

export type { Rule, RuleContext, Finding, BriefingView } from "./types.js";
