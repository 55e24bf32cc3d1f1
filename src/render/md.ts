import { stringify } from "yaml";
import { resolveBriefing, type ResolvedBriefing } from "./resolve.js";
import { cleanLabel, oneLine } from "./sanitize.js";
import { readingTimeOption, readingTimeText } from "./reading-time.js";
import type { Exporter } from "./types.js";

// ASCII punctuation that can start or end Markdown structure anywhere in a line:
// emphasis, code, links, images, HTML, entities, strikethrough, tables, headings.
const INLINE = /[\\`*_[\]<>&~|#!$]/g;

/**
 * User text as literal Markdown: every character that could open structure is
 * backslash-escaped, and so are the line-start forms (list markers, ordered-list
 * numbers, block quotes, thematic breaks), so the text renders exactly as written.
 */
export function escapeMarkdown(text: string): string {
  let out = oneLine(text).replace(INLINE, "\\$&");
  out = out.replace(/^([-+=])/, "\\$1");
  out = out.replace(/^(\d+)([.)])/, "$1\\$2");
  return out;
}

function frontMatter(b: ResolvedBriefing): string {
  const data: Record<string, unknown> = { title: oneLine(b.headline) };
  const m = b.meta ?? {};
  if (m.date !== undefined) data.date = m.date;
  if (m.author !== undefined) data.author = m.author;
  if (m.tags !== undefined) data.tags = m.tags;
  if (m.status !== undefined) data.status = m.status;
  if (m.confidence !== undefined) data.confidence = m.confidence;
  data.template = b.template;
  if (m.sources !== undefined) data.sources = m.sources;
  return `---\n${stringify(data, { lineWidth: 0 })}---\n\n`;
}

function labelled(label: string, text: string): string {
  const l = `**${escapeMarkdown(cleanLabel(label))}.**`;
  const t = escapeMarkdown(text);
  return t ? `${l} ${t}` : l;
}

/** A clean Markdown document: title, summary, emphasised labels, bullet lists, conclusion. */
export const md: Exporter<string> = {
  id: "md",
  extension: ".md",
  options: {
    frontMatter: { type: "boolean", description: "add the metadata as YAML front matter" },
    readingTime: readingTimeOption,
  },
  render(briefing, options = {}) {
    const b = resolveBriefing(briefing, options.template);
    const blocks = [`# ${escapeMarkdown(b.headline)}`];
    if (options.readingTime === true) blocks.push(`_${readingTimeText(briefing, options)}_`);
    blocks.push(b.summaryLabel ? labelled(b.summaryLabel, b.summary) : escapeMarkdown(b.summary));
    for (const section of b.sections) {
      blocks.push(labelled(section.label, section.lead));
      const bullets = section.bullets.map(escapeMarkdown).filter((x) => x !== "");
      if (bullets.length > 0) blocks.push(bullets.map((x) => `- ${x}`).join("\n"));
    }
    blocks.push(labelled(b.conclusionLabel, b.conclusion));
    return `${options.frontMatter ? frontMatter(b) : ""}${blocks.join("\n\n")}\n`;
  },
};
