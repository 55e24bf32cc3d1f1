import MarkdownIt from "markdown-it";
import { parse as parseYaml } from "yaml";
import type { Meta } from "../core/types.js";
import { splitLines } from "../core/position.js";
import { BriefingBuilder } from "./builder.js";
import type { LineLink } from "./links.js";
import { markdownDefinitions, placeLinks, readInline } from "./markdown-links.js";
import { repairLines, takeOut } from "./prepare.js";
import { readLine, type SourceLine } from "./parse-text.js";
import { foundInLines, settleSources } from "./sources.js";
import type { ImportOptions, ImportResult } from "./types.js";

const markdown = new MarkdownIt("commonmark");

/** HTML tags that lay text out in blocks: each stands between words. */
const BLOCK_TAGS =
  /<\/?(?:p|div|section|article|header|footer|main|aside|center|blockquote|figure|figcaption|br|hr)\b[^>]*>/gi;
/** HTML tags that only style text within a line; an anchor (`<a href>`) is kept, as a link. */
const STYLE_TAGS = /<\/?(?:span|font|strong|b|em|i|u|small|sup|sub|mark|abbr|cite|time)\b[^>]*>/gi;
type Token = ReturnType<typeof markdown.parse>[number];
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

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
  const env: { references?: Record<string, { href: string; title: string }> } = {};
  const tokens = markdown.parse(body, env);
  const source = splitLines(text.replace(/^\uFEFF/, ""));
  const { lines, last, code } = readTokens(tokens, offset, front.title, source);
  const definitions = markdownDefinitions(
    source,
    env.references,
    (line) => line <= offset || code.some(([from, to]) => line >= from && line <= to),
    new Set(lines.flatMap((l) => (l.links ?? []).map((link) => link.url))),
  );
  lines.push(...definitions.kept);
  lines.sort((a, b) => a.line - b.line);
  // Datelines, bylines, sign-offs and OCR damage are found as in plain text, once the
  // Markdown is read, so emphasis around a byline or a date does not hide it.
  // List items are prose whatever they say, as a bullet marker keeps them in plain text.
  const taken = takeOut(
    lines.filter((l) => !l.bullet),
    options,
  );
  // Front matter says what the writer meant; what the text suggests fills the gaps. Its
  // sources come first, then those of the text, in order, each address once.
  const meta = { ...taken.meta, ...front.meta };
  const fromFront = (front.meta?.sources ?? []).map((s, n) => ({
    source: s,
    line: 0,
    column: n + 1,
  }));
  settleSources(
    meta,
    [...fromFront, ...taken.found, ...definitions.found, ...foundInLines(lines)],
    taken.guesses,
  );
  const repaired = repairLines(lines, options);
  for (const g of [...taken.guesses, ...repaired.guesses]) builder.guess(g);
  for (const p of repaired.problems) builder.error(p.message, p.line, 1, "warning");
  for (const source of repaired.lines) {
    // A title taken out (a dateline written as one) leaves the next line to be the headline.
    if (source.title && source.text.trim()) builder.headline(source.text.trim(), source.line);
    else if (!source.title) readLine(builder, options, source);
  }
  const result = builder.finish(last);
  if (result.briefing && Object.keys(meta).length) result.briefing.meta = meta;
  const leftOut = [...definitions.leftOut, ...taken.leftOut, ...repaired.leftOut].sort(
    (a, b) => a.line - b.line,
  );
  return { ...result, leftOut };
}

/** The lines of a Markdown document as the reader takes them, markup gone. */
function readTokens(
  tokens: Token[],
  offset: number,
  frontTitle: string | undefined,
  source: readonly string[],
): { lines: SourceLine[]; last: number; code: [number, number][] } {
  const lines: SourceLine[] = [];
  // Code and HTML blocks, by first and last line: a definition-like line in them is text.
  const code: [number, number][] = [];
  // How far along each source line the links found so far stand.
  const cursor = new Map<number, number>();
  const inlineLines = (
    inline: Token,
    first: number,
  ): { texts: string[]; links: Map<number, LineLink[]> } => {
    const read = readInline(inline);
    return { texts: read.texts, links: placeLinks(read.links, (n) => first + n, source, cursor) };
  };
  // The front matter's title stands in for a missing `# Title`.
  const hasTitle = tokens.some((t) => t.type === "heading_open" && t.tag === "h1");
  if (frontTitle && !hasTitle) lines.push({ text: frontTitle, line: 2, title: true });
  let titled = lines.length > 0;
  const lineOf = (token: Token | undefined): number => (token?.map?.[0] ?? 0) + 1 + offset;
  let inItem = 0;
  let last = 1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const inline = tokens[i + 1];
    if (token.map) last = token.map[1] + offset;
    if (token.map && /^(?:fence|code_block|html_block)$/.test(token.type))
      code.push([token.map[0] + 1 + offset, token.map[1] + offset]);
    if (token.type === "list_item_open") inItem++;
    else if (token.type === "list_item_close") inItem--;
    else if (token.type === "heading_open" && inline?.type === "inline") {
      const read = inlineLines(inline, lineOf(token));
      const links = [...read.links.values()].flat();
      const at = { line: lineOf(token), paragraph: true, ...(links.length ? { links } : {}) };
      const textLine = read.texts.join(" ");
      // The title is the headline; headings below it name sections.
      if (token.tag === "h1" && !titled) {
        titled = true;
        lines.push({ text: textLine, title: true, ...at });
      } else lines.push({ text: textLine, heading: true, ...at });
    } else if (token.type === "html_block" && !inItem) {
      // A CMS's HTML block (`<p>…</p>`, `<div>…</div>`) holds the writer's text: the tags
      // that only shape it go, the words stay, and a link in it is read as any other.
      const start = lineOf(token);
      let first = true;
      token.content.split("\n").forEach((raw, n) => {
        const text = raw.replace(BLOCK_TAGS, " ").replace(STYLE_TAGS, "").trim();
        const parsed = text && markdown.parseInline(text, {})[0];
        if (!parsed) return;
        const read = inlineLines(parsed, start + n);
        const here = read.links.get(0);
        const at = { text: read.texts.join(" "), line: start + n, markdown: true as const };
        lines.push({
          ...at,
          ...(here ? { links: here, written: raw.trim() } : {}),
          ...(first ? { paragraph: true } : {}),
        });
        first = false;
      });
    } else if (
      (token.type === "paragraph_open" || token.type === "fence" || token.type === "code_block") &&
      inline
    ) {
      const start = lineOf(token);
      if (token.type !== "paragraph_open") {
        token.content.split("\n").forEach((l, n) => lines.push({ text: l, line: start + n }));
        continue;
      }
      if (inline.type !== "inline") continue;
      const { texts, links } = inlineLines(inline, start);
      const bold = boldLead(inline);
      // "**Details.** The lead" reads as the label line "Details. The lead".
      if (bold !== undefined && !inItem)
        texts[0] = /[.:]$/.test(bold.trim())
          ? (texts[0] ?? "")
          : (texts[0] ?? "").replace(bold, `${bold}.`);
      texts.forEach((l, n) => {
        const here = links.get(n);
        const written = source[start + n - 1]?.trim();
        const at = { text: l, line: start + n, ...(here ? { links: here, written } : {}) };
        // A list item starts a part of its own, so no hyphenation is joined across one.
        if (inItem && n === 0) lines.push({ ...at, bullet: true, paragraph: true });
        else if (inItem) lines.push({ ...at, continues: true });
        else lines.push({ ...at, markdown: true, ...(n === 0 ? { paragraph: true } : {}) });
      });
    }
  }
  return { lines, last, code };
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
