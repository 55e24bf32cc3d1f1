import { bulletCount } from "./bullet-count.js";
import { bulletLength } from "./bullet-length.js";
import { dateRequired } from "./date-required.js";
import { headlineLength } from "./headline-length.js";
import { leadLength } from "./lead-length.js";
import { conclusionLength, summaryLength } from "./paragraph-length.js";
import { templateSections } from "./template-sections.js";
import type { Rule } from "./types.js";

/** Every rule, by id. Adding a rule is one file and one line here. */
export const rules: readonly Rule[] = [
  templateSections,
  headlineLength,
  summaryLength,
  leadLength,
  bulletCount,
  bulletLength,
  conclusionLength,
  dateRequired,
];

export const ruleById: ReadonlyMap<string, Rule> = new Map(rules.map((r) => [r.id, r]));

export type { Rule, RuleContext, Finding, BriefingView } from "./types.js";
