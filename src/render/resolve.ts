import { DEFAULT_OUTPUT_WORDS, type OutputWords } from "../core/output-words.js";
import { sectionLabel, type Template } from "../core/template.js";
import type { Briefing, Meta } from "../core/types.js";

/** A section with its label resolved from the template. */
export interface ResolvedSection {
  /** Template section id. */
  id: string;
  /** Label to print: the section's own, else the template's. */
  label: string;
  /** Lead sentence; empty when the section has none. */
  lead: string;
  /** Bullets, possibly none. */
  bullets: string[];
  /** Paragraphs after the bullets; absent when the section has none. */
  after?: string;
}

/** A briefing with every label resolved: what the renderers print and the JSON export holds. */
export interface ResolvedBriefing {
  /** Template id. */
  template: string;
  /** Headline. */
  headline: string;
  /** Label printed before the summary, when the template gives one. */
  summaryLabel?: string;
  /** Summary paragraph. */
  summary: string;
  /** Sections in order, labelled. */
  sections: ResolvedSection[];
  /** Label printed before the conclusion. */
  conclusionLabel: string;
  /** Conclusion paragraph. */
  conclusion: string;
  /** Metadata, when present. */
  meta?: Meta;
}

/** Metadata in the documented key order, whatever order the file used. */
function orderedMeta(meta: Meta): Meta {
  const out: Meta = {};
  if (meta.date !== undefined) out.date = meta.date;
  if (meta.author !== undefined) out.author = meta.author;
  if (meta.tags !== undefined) out.tags = [...meta.tags];
  if (meta.status !== undefined) out.status = meta.status;
  if (meta.confidence !== undefined) out.confidence = meta.confidence;
  if (meta.sources !== undefined) {
    out.sources = meta.sources.map((s) =>
      s.url === undefined ? { title: s.title } : { title: s.title, url: s.url },
    );
  }
  return out;
}

/** Resolves labels from the template, fixing the key order every export uses. */
export function resolveBriefing(
  briefing: Briefing,
  template?: Template,
  words: Readonly<OutputWords> = DEFAULT_OUTPUT_WORDS,
): ResolvedBriefing {
  const resolved: ResolvedBriefing = {
    template: template?.id ?? briefing.template ?? "standard",
    headline: briefing.headline,
    summary: briefing.summary,
    sections: briefing.sections.map((s) => ({
      id: s.id,
      label: sectionLabel(template, s),
      lead: s.lead ?? "",
      bullets: [...(s.bullets ?? [])],
      ...(s.after ? { after: s.after } : {}),
    })),
    conclusionLabel: briefing.conclusionLabel ?? template?.conclusion?.label ?? words.conclusion,
    conclusion: briefing.conclusion,
  };
  const summaryLabel = briefing.summaryLabel ?? template?.summary?.label;
  if (summaryLabel) {
    // Keep summaryLabel next to summary in the serialised key order.
    const { template: t, headline, ...rest } = resolved;
    return {
      template: t,
      headline,
      summaryLabel,
      ...rest,
      ...(briefing.meta ? { meta: orderedMeta(briefing.meta) } : {}),
    };
  }
  if (briefing.meta) resolved.meta = orderedMeta(briefing.meta);
  return resolved;
}
