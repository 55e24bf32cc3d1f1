import MarkdownIt from "markdown-it";
import { parse as parseYaml } from "yaml";
import type { Meta } from "../core/types.js";
import { BriefingBuilder } from "./builder.js";
import { readLine, type SourceLine } from "./text.js";
import type { ImportOptions, ImportResult } from "./types.js";

const markdown = new MarkdownIt("commonmark");
type Token = ReturnType<typeof markdown.parse>[number];
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** Plain text of an inline token, split where the source broke the line. */
function inlineLines(inline: Token): string[] {
  const lines = [""];
  for (const child of inline.children ?? []) {
    if (child.type === "softbreak" || child.type === "hardbreak") lines.push("");
    else if (
      child.type === "text" ||
      child.type === "code_inline" ||
      child.type === "html_inline"
    ) {
      lines[lines.length - 1] += child.content;
    } else if (child.type === "image") {
      lines[lines.length - 1] += child.content;
    }
  }
  return lines;
}

/** A paragraph that opens with bold text: the bold part, and where it ends among the children. */
function boldLead(inline: Token): string | undefined {
  // markdown-it may put an empty text token before the bold part.
  const children = (inline.children ?? []).filter(
    (c, i) => !(i === 0 && c.type === "text" && c.content === ""),
  );
  const [open, text, close] = children;
  if (open?.type !== "strong_open" || text?.type !== "text" || close?.type !== "strong_close")
    return undefined;
  return text.content;
}

function metaFrom(front: unknown): { meta?: Meta; title?: string } {
  if (typeof front !== "object" || front === null) return {};
  const f = front as Record<string, unknown>;
  const meta: Record<string, unknown> = {};
  for (const key of ["date", "author", "status", "confidence"])
    if (typeof f[key] === "string") meta[key] = f[key];
  if (f.date instanceof Date) meta.date = f.date.toISOString().slice(0, 10);
  if (Array.isArray(f.tags)) meta.tags = f.tags.filter((t) => typeof t === "string");
  if (Array.isArray(f.sources))
    meta.sources = f.sources.filter(
      (s) =>
        typeof s === "object" && s !== null && typeof (s as { title?: unknown }).title === "string",
    );
  return {
    ...(Object.keys(meta).length ? { meta: meta } : {}),
    ...(typeof f.title === "string" ? { title: f.title } : {}),
  };
}

/**
 * Parses a briefing written in Markdown: what `export --format md` writes, and the usual
 * variants: `# Title`, `**Label.** lead` or `## Label` headings, `-`/`*`/`+` lists and
 * `►`/`•` bullet lines, optional YAML front matter (title and metadata).
 */
export function parseMarkdown(text: string, options: ImportOptions): ImportResult {
  const builder = new BriefingBuilder(options);
  let body = text.replace(/^\uFEFF/, "");
  let offset = 0;
  let front: { meta?: Meta; title?: string } = {};
  const fm = FRONT_MATTER.exec(body);
  if (fm) {
    try {
      front = metaFrom(parseYaml(fm[1] ?? "") as unknown);
    } catch {
      builder.error("the front matter is not valid YAML", 2);
    }
    offset = fm[0].split(/\n/).length - 1;
    body = body.slice(fm[0].length);
  }
  const tokens = markdown.parse(body, {});
  // The front matter's title stands in for a missing `# Title`.
  if (front.title && !tokens.some((t) => t.type === "heading_open" && t.tag === "h1"))
    builder.headline(front.title, 2);
  const lineOf = (token: Token | undefined): number => (token?.map?.[0] ?? 0) + 1 + offset;
  const feed = (source: SourceLine): void => readLine(builder, options, source);
  let inItem = 0;
  let last = 1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const inline = tokens[i + 1];
    if (token.map) last = token.map[1] + offset;
    if (token.type === "list_item_open") inItem++;
    else if (token.type === "list_item_close") inItem--;
    else if (token.type === "heading_open" && inline?.type === "inline") {
      const textLine = inlineLines(inline).join(" ");
      // The title is the headline; headings below it name sections.
      if (token.tag === "h1" && !builder.hasHeadline)
        builder.headline(textLine.trim(), lineOf(token));
      else feed({ text: textLine, line: lineOf(token), heading: true });
    } else if (
      (token.type === "paragraph_open" || token.type === "fence" || token.type === "code_block") &&
      inline
    ) {
      const start = lineOf(token);
      if (token.type !== "paragraph_open") {
        token.content.split("\n").forEach((l, n) => feed({ text: l, line: start + n }));
        continue;
      }
      if (inline.type !== "inline") continue;
      const lines = inlineLines(inline);
      const bold = boldLead(inline);
      // "**Details.** The lead" reads as the label line "Details. The lead".
      if (bold !== undefined && !inItem)
        lines[0] = /[.:]$/.test(bold.trim())
          ? (lines[0] ?? "")
          : (lines[0] ?? "").replace(bold, `${bold}.`);
      lines.forEach((l, n) => {
        if (inItem && n === 0) feed({ text: l, line: start, bullet: true });
        else
          feed({
            text: l,
            line: start + n,
            markdown: true,
            ...(n === 0 ? { paragraph: true } : {}),
          });
      });
    }
  }
  const result = builder.finish(last);
  if (result.briefing && front.meta) result.briefing.meta = front.meta;
  return result;
}

/** Whether text reads as Markdown rather than the plain house layout. */
export function looksLikeMarkdown(text: string): boolean {
  const body = text.replace(/^\uFEFF/, "").trimStart();
  return (
    /^(---\r?\n|#{1,6} )/.test(body) ||
    /^\*\*[^*\n]+\*\*/m.test(body) ||
    (/^[-*+] \S/m.test(body) && !/^[\s\u00a0]*[►•]/m.test(body))
  );
}
