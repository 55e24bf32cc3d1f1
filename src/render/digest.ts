// One document of many briefings: a title, a note of what it holds, a table of contents
// that links to each item, then every briefing in full with its date, status and sources.
// Each item is the single-briefing export of its format, so a digest reads like the
// briefings it collects.
import { wordsOf } from "./words.js";
import type { Template } from "../core/template.js";
import type { Briefing, Meta } from "../core/types.js";
import { escapeHtml, html, safeHref } from "./html.js";
import { escapeMarkdown, md } from "./md.js";
import { json } from "./json.js";
import { oneLine } from "./sanitize.js";
import { txt } from "./txt.js";
import type { RenderOptions } from "./types.js";

/** One briefing of a digest. */
export interface DigestItem {
  /** The file it came from. */
  path: string;
  briefing: Briefing;
  /** Its template: labels come from it. */
  template?: Template;
}

/** What a digest holds. */
export interface Digest {
  title: string;
  /** One line under the title: how many briefings, and how many were left out. */
  note: string;
  items: DigestItem[];
}

/** `2026-03-04`, or `2026-03-02 to 2026-03-04`, from the items' dates; `today` when none. */
export function dateRange(items: readonly DigestItem[], today: string): string {
  const days = items
    .map((i) => i.briefing.meta?.date?.slice(0, 10))
    .filter((d): d is string => typeof d === "string" && /^\d{4}-\d{2}-\d{2}$/.test(d))
    .sort();
  const first = days[0] ?? today;
  const last = days[days.length - 1] ?? today;
  return first === last ? first : `${first} to ${last}`;
}

/** The anchor of the n-th item (1-based), the same in every format. */
export const itemAnchor = (n: number): string => `item-${n}`;

function itemOptions(item: DigestItem, options: RenderOptions): RenderOptions {
  return { ...options, ...(item.template ? { template: item.template } : {}) };
}

/** `Date: 2026-03-04 · Status: final`, the facts a digest item shows under its headline. */
export function factsLine(meta: Meta | undefined): string {
  const facts: string[] = [];
  if (meta?.date) facts.push(`Date: ${oneLine(meta.date)}`);
  if (meta?.status) facts.push(`Status: ${oneLine(meta.status)}`);
  if (meta?.author) facts.push(`Author: ${oneLine(meta.author)}`);
  return facts.join(" · ");
}

function mdItem(item: DigestItem, n: number, options: RenderOptions): string {
  const meta = item.briefing.meta;
  // The item's own title becomes a second-level heading under the digest's.
  const body = md.render(item.briefing, itemOptions(item, options)).replace(/^# /, "## ");
  const [head, ...rest] = body.trimEnd().split("\n\n");
  const parts = [`<a id="${itemAnchor(n)}"></a>`, head ?? ""];
  const facts = factsLine(meta);
  if (facts) parts.push(`_${escapeMarkdown(facts)}_`);
  parts.push(...rest);
  const sources = (meta?.sources ?? []).map((s) => {
    const href = safeHref(s.url);
    const title = escapeMarkdown(s.title);
    return href ? `- [${title}](<${href.replace(/[<>]/g, encodeURIComponent)}>)` : `- ${title}`;
  });
  if (sources.length) parts.push("**Sources**", sources.join("\n"));
  return parts.join("\n\n");
}

function renderMd(d: Digest, options: RenderOptions): string {
  const toc = d.items.map(
    (item, i) => `${i + 1}. [${escapeMarkdown(item.briefing.headline)}](#${itemAnchor(i + 1)})`,
  );
  const head = [`# ${escapeMarkdown(d.title)}`, `_${escapeMarkdown(d.note)}_`];
  if (toc.length) head.push(`## ${escapeMarkdown(wordsOf(options).contents)}`, toc.join("\n"));
  const items = d.items.map((item, i) => mdItem(item, i + 1, options));
  return `${[head.join("\n\n"), ...items].join("\n\n---\n\n")}\n`;
}

/** The `<article>` of a briefing's HTML page, its ids made unique within the digest. */
function htmlItem(item: DigestItem, n: number, options: RenderOptions): string {
  const page = html.render(item.briefing, itemOptions(item, options));
  const article = /<article>[\s\S]*<\/article>/.exec(page)?.[0] ?? "";
  const prefix = `${itemAnchor(n)}-`;
  return article
    .replace(/ (id|aria-labelledby)="/g, ` $1="${prefix}`)
    .replace("<article>", `<article id="${itemAnchor(n)}">`)
    .replace(/<h1>/, '<h2 class="headline">')
    .replace(/<\/h1>/, "</h2>");
}

function renderHtml(d: Digest, options: RenderOptions): string {
  // The single-briefing page's stylesheet, so items look as they do on their own.
  const sample = html.render({ headline: "", summary: "", sections: [], conclusion: "" }, options);
  const style = /<style>[\s\S]*?<\/style>/.exec(sample)?.[0] ?? "";
  const lang = /<html lang="([^"]*)">/.exec(sample)?.[1] ?? "en";
  const toc = d.items.map(
    (item, i) =>
      `      <li><a href="#${itemAnchor(i + 1)}">${escapeHtml(oneLine(item.briefing.headline))}</a></li>`,
  );
  return `${[
    "<!doctype html>",
    `<html lang="${lang}">`,
    "<head>",
    '  <meta charset="utf-8" />',
    '  <meta name="viewport" content="width=device-width, initial-scale=1" />',
    `  <title>${escapeHtml(d.title)}</title>`,
    `  ${style}`,
    "  <style>.digest-toc { margin: 0 auto 2em; max-width: 40em; } article + article { margin-top: 3em; } h2.headline { font-size: 1.6em; } @media print { article { break-before: page; } }</style>",
    "</head>",
    "<body>",
    '  <header class="digest-toc">',
    `    <h1>${escapeHtml(d.title)}</h1>`,
    `    <p class="meta">${escapeHtml(d.note)}</p>`,
    ...(toc.length
      ? [
          `    <nav aria-label="${escapeHtml(wordsOf(options).contents)}">`,
          "    <ol>",
          ...toc,
          "    </ol>",
          "    </nav>",
        ]
      : []),
    "  </header>",
    ...d.items.map((item, i) => htmlItem(item, i + 1, options)),
    "</body>",
    "</html>",
  ].join("\n")}\n`;
}

/** A separator a messenger shows as a rule between items. */
export const TXT_SEPARATOR = "━".repeat(24);

function renderTxt(d: Digest, options: RenderOptions): string {
  const parts = [`${oneLine(d.title)}\n${oneLine(d.note)}\n`];
  for (const item of d.items) {
    const meta = item.briefing.meta;
    let text = txt.render(item.briefing, itemOptions(item, options));
    const facts = factsLine(meta);
    if (facts) text += `${facts}\n`;
    const sources = (meta?.sources ?? []).map((s) =>
      oneLine(s.url ? `Source: ${s.title} <${s.url}>` : `Source: ${s.title}`),
    );
    if (sources.length) text += `${sources.join("\n")}\n`;
    parts.push(text);
  }
  return parts.join(`${TXT_SEPARATOR}\n`);
}

function renderJson(d: Digest, options: RenderOptions): string {
  const items = d.items.map((item) => ({
    path: item.path,
    ...(JSON.parse(json.render(item.briefing, itemOptions(item, options))) as object),
  }));
  return `${JSON.stringify({ title: d.title, note: d.note, count: items.length, items }, null, 2)}\n`;
}

/** The text formats of a digest, by format id. */
export const digestRenderers: Readonly<
  Record<"md" | "html" | "txt" | "json", (d: Digest, options: RenderOptions) => string>
> = { md: renderMd, html: renderHtml, txt: renderTxt, json: renderJson };
