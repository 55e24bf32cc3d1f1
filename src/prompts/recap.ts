import { sectionLabel, type Template } from "../core/template.js";
import type { Draft } from "./types.js";

/** At most `max` characters of a text, cut at a word, on one line. */
function clip(text: string, max: number): string {
  const line = text.replace(/\s+/g, " ").trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

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
