/**
 * Named rule sets a configuration can extend, as ESLint's shareable configurations:
 * `extends: briefing:icd203`. Later presets override earlier ones, and the configuration's
 * own `rules` override them all.
 */
import { Document } from "yaml";
import { rules } from "./rules/index.js";
import type { RuleSetting } from "./validate.js";

/** A preset's rule settings, by rule id. */
export type PresetRules = Readonly<Record<string, RuleSetting>>;

/** Every rule at its default level: what a run without a configuration checks. */
const recommended: PresetRules = Object.fromEntries(rules.map((r) => [r.id, r.defaultLevel]));

/** What an intelligence desk holds to ICD 203's analytic standards. */
const icd203: PresetRules = {
  ...recommended,
  "estimative-language": ["error", { yardstick: "icd203" }],
  "estimative-off-yardstick": ["error", { yardstick: "icd203" }],
  "yardstick-row-mix": "error",
  "confidence-with-likelihood": "error",
  "unattributed-claims": "error",
  "anonymous-sourcing": "warn",
  "sources-required": "error",
  "acronym-defined": "warn",
  "boilerplate-summary": "error",
};

/** Short sentences, active verbs and the point first, as Smart Brevity teaches. */
const smartBrevity: PresetRules = {
  ...recommended,
  "sentence-length": ["warn", { maxWords: 25, averageWords: 16 }],
  "passive-voice": "warn",
  "boilerplate-summary": "error",
  "hedge-words": "warn",
  "acronym-defined": "warn",
  "paste-damage": "error",
};

/** The presets, by the name a configuration gives in `extends`. */
export const presets: ReadonlyMap<string, PresetRules> = new Map([
  ["briefing:recommended", recommended],
  ["briefing:icd203", icd203],
  ["briefing:smart-brevity", smartBrevity],
]);

/** Rule settings and where each came from, after applying presets in order. */
export interface ExtendedRules {
  /** The merged settings. */
  rules: Record<string, RuleSetting>;
  /** For each rule set, the preset that set it last. */
  origins: Record<string, string>;
}

/** Applies the named presets in order; unknown names are the caller's to report first. */
export function applyPresets(names: readonly string[]): ExtendedRules {
  const out: ExtendedRules = { rules: {}, origins: {} };
  for (const name of names) {
    for (const [id, setting] of Object.entries(presets.get(name) ?? {})) {
      out.rules[id] = setting;
      out.origins[id] = name;
    }
  }
  return out;
}

/**
 * A configuration's own setting laid over a preset's, as ESLint does: a bare level keeps the
 * options the preset gave ("hedge-words: error" over `[warn, { add: [...] }]`).
 */
export function overlay(base: RuleSetting | undefined, own: RuleSetting): RuleSetting {
  const options = Array.isArray(base) ? base[1] : undefined;
  if (typeof own === "string" && own !== "off" && options !== undefined) return [own, options];
  return own;
}

/**
 * A resolved configuration as YAML, each rule's setting followed by a comment saying where it
 * came from: a preset, the configuration file, or "default".
 */
export function configWithOrigins(
  shown: Record<string, unknown>,
  origins: Readonly<Record<string, string>> = {},
): string {
  const doc = new Document(shown);
  for (const rule of rules) {
    const node = doc.getIn(["rules", rule.id], true) as
      { comment?: string | null; flow?: boolean } | undefined;
    if (!node) continue;
    // [level, { options }] on one line, as a configuration file writes it, with its comment.
    if (Array.isArray(shown.rules && (shown.rules as Record<string, unknown>)[rule.id]))
      node.flow = true;
    node.comment = ` ${origins[rule.id] ?? "default"}`;
  }
  return doc.toString();
}
