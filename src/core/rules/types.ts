import type { Template } from "../template.js";
import type { Briefing, DocPath, RuleLevel, Section } from "../types.js";

/**
 * What rules see: the briefing's well-typed parts. Parts that are missing or of the
 * wrong type are absent, so rules can run alongside schema errors without crashing.
 */
export interface BriefingView extends Partial<Omit<Briefing, "sections">> {
  /**
   * Sections with well-typed parts only; `index` is the position in the file, and
   * `malformed` marks a lead, bullets or closing paragraphs of the wrong type (the schema reports those).
   */
  sections: (Section & { index: number; malformed?: boolean; nonText?: number[] })[];
  /** Sections whose id is missing or not text: which template section they are is unknown. */
  unidentifiedSections?: number;
  /** Keys present in the file's `meta`, whatever their type (`meta` keeps only well-typed ones). */
  metaKeys?: string[];
}

/** What a rule is given besides the briefing. */
export interface RuleContext {
  /** The template the briefing follows. */
  template: Template;
  /** Options from the configuration, already validated against the rule's schema. */
  options: Record<string, unknown>;
  /** Today's date (`YYYY-MM-DD`), passed in so rules stay pure and tests can fix it. */
  today: string;
}

/** A finding of a rule, located by document path; the engine turns it into a Problem. */
export interface Finding {
  /** One sentence in plain words. */
  message: string;
  /** Where in the document. */
  at: DocPath;
  /** Point at the key rather than the value. */
  target?: "key" | "value";
  /** A safe replacement for the text at `at`, applied by `validate --fix`. */
  fix?: string;
}

/** A named check of a briefing. */
export interface Rule {
  /** Rule id, used in configuration and output. */
  id: string;
  /** One-line description. */
  description: string;
  /** Severity when the configuration does not set one. */
  defaultLevel: RuleLevel;
  /**
   * What the rule judges: one `part` (a headline, a lead, a bullet), so the prompts can
   * check each answer with it as it is typed, or the whole `briefing` (section order,
   * bullet counts, repetition between parts), checked at the review before saving.
   */
  scope: "part" | "briefing";
  /** JSON Schema of the rule's options object. */
  optionsSchema?: Record<string, unknown>;
  /** Whether findings carry a `fix` that `--fix` may apply. */
  fixable?: boolean;
  /** The check itself: pure. */
  check(briefing: BriefingView, context: RuleContext): Finding[];
}

/** Reads a numeric option, falling back to the template's limit. */
export function numberOption(
  options: Record<string, unknown>,
  name: string,
  fallback: number | undefined,
): number | undefined {
  const value = options[name];
  return typeof value === "number" ? value : fallback;
}

/** Options schema of a limit rule: whole-number limits that override the template's. */
export function limitOptions(...names: ("min" | "max" | "maxWords")[]): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const name of names) properties[name] = { type: "integer", minimum: name === "min" ? 0 : 1 };
  return { type: "object", additionalProperties: false, properties };
}
