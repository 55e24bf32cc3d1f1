import { sectionLabel, type Template } from "../template.js";
import type { DocPath } from "../types.js";
import type { BriefingView } from "./types.js";

/** One piece of prose in a briefing, with where it is and what to call it. */
export interface TextPart {
  /** Path of the text in the document. */
  at: DocPath;
  /** The text. */
  text: string;
  /** How to name it in a message: "headline", "Details bullet 2". */
  name: string;
  /** What kind of part it is. */
  kind: "headline" | "summary" | "lead" | "bullet" | "after" | "conclusion";
}

// Most rules walk the same parts: they are listed once per briefing and template.
const memo = new WeakMap<BriefingView, { template: Template | undefined; parts: TextPart[] }>();

/** Every piece of prose in reading order: headline, summary, leads, bullets and the text after them, conclusion. */
export function textParts(briefing: BriefingView, template?: Template): TextPart[] {
  const known = memo.get(briefing);
  if (known && known.template === template) return known.parts;
  const parts = listParts(briefing, template);
  memo.set(briefing, { template, parts });
  return parts;
}

function listParts(briefing: BriefingView, template?: Template): TextPart[] {
  const parts: TextPart[] = [];
  if (briefing.headline !== undefined)
    parts.push({ at: ["headline"], text: briefing.headline, name: "headline", kind: "headline" });
  if (briefing.summary !== undefined)
    parts.push({ at: ["summary"], text: briefing.summary, name: "summary", kind: "summary" });
  for (const section of briefing.sections) {
    const label = sectionLabel(template, section);
    if (section.lead !== undefined) {
      parts.push({
        at: ["sections", section.index, "lead"],
        text: section.lead,
        name: `${label} lead`,
        kind: "lead",
      });
    }
    (section.bullets ?? []).forEach((text, i) => {
      parts.push({
        at: ["sections", section.index, "bullets", i],
        text,
        name: `${label} bullet ${i + 1}`,
        kind: "bullet",
      });
    });
    if (section.after !== undefined) {
      parts.push({
        at: ["sections", section.index, "after"],
        text: section.after,
        name: `${label} text after the bullets`,
        kind: "after",
      });
    }
  }
  if (briefing.conclusion !== undefined) {
    parts.push({
      at: ["conclusion"],
      text: briefing.conclusion,
      name: "conclusion",
      kind: "conclusion",
    });
  }
  return parts;
}

/** Sentences of a text, split after `.`, `!` or `?` followed by a space. */
export function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+/).filter((s) => s.trim() !== "");
}
