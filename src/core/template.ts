import type { OutputWords } from "./output-words.js";
import type { Section } from "./types.js";

/** Prompt and limits of a paragraph part (summary, conclusion). */
export interface ParagraphSpec {
  /** Label printed before the text (the conclusion's `Conclusion.`). */
  label?: string;
  /** Other names writers give this part ("Bottom line", "BLUF"); the importer reads them as the label. */
  aliases?: string[];
  /** Question asked when writing this part. */
  prompt?: string;
  /** Fewest words allowed. */
  minWords?: number;
  /** Most words allowed. */
  maxWords?: number;
}

/** Prompt and limits of the headline. */
export interface HeadlineSpec {
  /** Question asked when writing the headline. */
  prompt?: string;
  /** Most characters allowed. */
  maxChars?: number;
  /** Most words allowed. */
  maxWords?: number;
}

/** One section of a template. */
export interface SectionSpec {
  /** Id used in briefing files. */
  id: string;
  /** Label printed before the lead, without the final period. */
  label: string;
  /** Other names writers give this section ("Key Takeaways"); the importer reads them as the label. */
  aliases?: string[];
  /** Question asked for the lead. */
  prompt?: string;
  /** Whether every briefing must have this section (default true). */
  required?: boolean;
  /** Lead sentence requirements. */
  lead?: { required?: boolean; maxWords?: number };
  /** Bullet requirements. */
  bullets?: { prompt?: string; min?: number; max?: number; maxWords?: number };
}

/**
 * Whether every briefing of the template must have this section. Sections are required
 * unless the template says `required: false` (a section no template names is required);
 * this and the two below are the only places that read those settings.
 */
export function sectionRequired(spec: SectionSpec | undefined): boolean {
  return spec?.required !== false;
}

/** Whether a section, when present, must have a lead (unless the template says `lead.required: false`). */
export function leadRequired(spec: SectionSpec | undefined): boolean {
  return spec?.lead?.required !== false;
}

/**
 * Whether a writer may leave a section's lead empty: its lead is optional, or the whole
 * section is, and an empty lead then leaves the section out.
 */
export function leadMayBeEmpty(spec: SectionSpec | undefined): boolean {
  return spec !== undefined && (!sectionRequired(spec) || !leadRequired(spec));
}

/** A kind of briefing: its sections, labels, prompts and limits. */
export interface Template {
  /** Template id, used in a briefing's `template` key. */
  id: string;
  /** Display name. */
  name: string;
  /** What this kind of briefing is for. */
  description?: string;
  /** Headline prompt and limits. */
  headline?: HeadlineSpec;
  /** Summary prompt and limits. */
  summary?: ParagraphSpec;
  /** Sections, in order. */
  sections: SectionSpec[];
  /** Conclusion label, prompt and limits. */
  conclusion?: ParagraphSpec;
  /** The fixed words of every output ("Sources", "Final"...) in the template's language. */
  words?: Partial<OutputWords>;
}

/** Templates by id. */
export type TemplateRegistry = ReadonlyMap<string, Template>;

/** The template used when neither the file nor the configuration names one. */
export const DEFAULT_TEMPLATE = "standard";

/** The label printed for a section: its own override, else the template's, else its id. */
export function sectionLabel(
  template: Template | undefined,
  section: Pick<Section, "id" | "label">,
): string {
  if (section.label) return section.label;
  return template?.sections.find((s) => s.id === section.id)?.label ?? section.id;
}

/**
 * Why a template id is unknown, and both ways to supply one: a folder of templates in the
 * configuration, or the template's file named directly.
 */
export function unknownTemplateMessage(id: string, known: Iterable<string>): string {
  return `unknown template "${id}"; known templates: ${[...known].join(", ")}. Add its folder to \`templates:\` in the configuration, or name its file (--template ./${id}.yaml)`;
}

/** The label printed before the conclusion. */
export function conclusionLabel(template: Template | undefined): string {
  return template?.conclusion?.label ?? "Conclusion";
}

/** Problems in a template that its JSON Schema cannot express, as [path, message] pairs. */
export function templateConsistency(template: Template): [(string | number)[], string][] {
  const out: [(string | number)[], string][] = [];
  const seen = new Set<string>();
  template.sections.forEach((section, i) => {
    if (seen.has(section.id))
      out.push([["sections", i, "id"], `section id "${section.id}" is used twice`]);
    seen.add(section.id);
    const { min, max } = section.bullets ?? {};
    if (min !== undefined && max !== undefined && min > max) {
      out.push([["sections", i, "bullets"], `bullets min (${min}) is greater than max (${max})`]);
    }
  });
  const { minWords, maxWords } = template.summary ?? {};
  if (minWords !== undefined && maxWords !== undefined && minWords > maxWords) {
    out.push([["summary"], `minWords (${minWords}) is greater than maxWords (${maxWords})`]);
  }
  return out;
}

type JsonSchema = Record<string, unknown>;

/**
 * The briefing schema narrowed to one template: section ids, their order, bullet counts
 * and the headline length, so editors can complete and check a file of that kind.
 */
export function templateSchema(base: JsonSchema, template: Template): JsonSchema {
  const schema = structuredClone(base);
  const props = schema.properties as Record<string, JsonSchema>;
  schema.title = `Briefing (${template.name})`;
  props.template = { ...props.template, const: template.id };
  if (template.headline?.maxChars)
    props.headline = { ...props.headline, maxLength: template.headline.maxChars };
  const sectionSchemas = template.sections.map((spec) => {
    const bullets: JsonSchema = { type: "array", items: { type: "string" } };
    if (spec.bullets?.min !== undefined) bullets.minItems = spec.bullets.min;
    if (spec.bullets?.max !== undefined) bullets.maxItems = spec.bullets.max;
    const required = ["id"];
    if (leadRequired(spec)) required.push("lead");
    return {
      $ref: "#/$defs/section",
      type: "object",
      description: spec.label,
      required,
      properties: { id: { const: spec.id }, bullets },
    };
  });
  props.sections = {
    ...props.sections,
    maxItems: template.sections.length,
    items: {
      $ref: "#/$defs/section",
      type: "object",
      properties: { id: { enum: template.sections.map((s) => s.id) } },
    },
    // Positional schemas only hold when every section is required; otherwise ids alone are checked.
    ...(template.sections.every(sectionRequired)
      ? { prefixItems: sectionSchemas, minItems: template.sections.length }
      : {}),
  };
  return schema;
}
