import { sectionLabel, type Template } from "../core/template.js";
import { plural } from "../core/words.js";
import { stepName } from "./steps.js";
import type { Draft, Step } from "./types.js";

/** At most `max` characters of a text, cut at a word, on one line. */
function clip(text: string, max: number): string {
  const line = text.replace(/\s+/g, " ").trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * A short recap of what a draft already holds, one line a part in template order, so an
 * analyst who comes back to a draft knows where the briefing stands before the next
 * question. Empty when nothing is written yet.
 */
export function recapLines(draft: Draft, template: Template, width = 80): string[] {
  const a = draft.answers;
  const room = Math.max(20, width - 16);
  const lines: string[] = [];
  const add = (name: string, text: string | undefined) => {
    if (text?.trim()) lines.push(`  ${name}: ${clip(text, room)}`);
  };
  add("Headline", a.headline);
  add(template.summary?.label ?? "Summary", a.summary);
  for (const spec of template.sections) {
    const section = a.sections?.find((s) => s.id === spec.id);
    if (!section) continue;
    const bullets = section.bullets?.length ?? 0;
    const lead = section.lead?.trim() ? clip(section.lead, room - 12) : "";
    if (!lead && bullets === 0) continue;
    const count = bullets ? plural(bullets, "bullet") : "";
    const text = lead && count ? `${lead} (${count})` : lead || count;
    lines.push(`  ${sectionLabel(template, section)}: ${text}`);
  }
  add(template.conclusion?.label ?? "Conclusion", a.conclusion);
  const meta = a.meta ?? {};
  const facts = [meta.date, meta.author, meta.status, meta.confidence].filter(Boolean);
  if (facts.length) lines.push(`  Metadata: ${facts.join(", ")}`);
  return lines.length ? ["Already written:", ...lines] : [];
}

/** The step that asks for the part at `path`. */
function stepAt(template: Template, path: (string | number)[]): Step | undefined {
  const [first, index, part] = path;
  if (first === "headline" || first === "summary" || first === "conclusion") return { kind: first };
  if (first === "meta") return { kind: "meta" };
  const id = typeof index === "number" ? template.sections[index]?.id : undefined;
  if (first !== "sections" || id === undefined) return undefined;
  return part === "lead" ? { kind: "lead", section: id } : { kind: "bullets", section: id };
}

/**
 * At the review, where an unfinished answer waits: it comes back only when its part is
 * asked again, so the review says which part to revise to finish it.
 */
export function unfinishedNote(draft: Draft, template: Template): string | undefined {
  const step = draft.unfinished && stepAt(template, draft.unfinished.at);
  if (!step) return undefined;
  const name = stepName(template, step);
  return `An unfinished answer is kept for the ${name}: choose "Revise ${name}" to finish it.`;
}
