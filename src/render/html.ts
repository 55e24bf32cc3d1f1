import { confidencePhrase, valueWord, type OutputWords } from "../core/output-words.js";
import type { Meta, SourceRef } from "../core/types.js";
import { resolveBriefing, type ResolvedSection } from "./resolve.js";
import { wordsOf } from "./words.js";
import { paragraphs, stripControls } from "./sanitize.js";
import { readingTimeOption, readingTimeText } from "./reading-time.js";
import type { SyncExporter } from "./types.js";

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * User text as literal HTML, safe in element content and in quoted attribute values:
 * control characters removed, `& < > " '` replaced by references. White space is left
 * to the browser to collapse.
 */
export function escapeHtml(text: string): string {
  return stripControls(text).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** A BCP 47-shaped language tag (letters, digits, hyphens only), else `en`. */
export function htmlLang(lang: string | undefined): string {
  const tag = (lang ?? "").trim().replace(/_/g, "-");
  return /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/.test(tag) ? tag : "en";
}

/**
 * The URL to link to, normalised by the same WHATWG parser browsers use, when it is
 * http or https; undefined for anything else (`javascript:`, `data:`, relative, invalid).
 */
export function safeHref(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(stripControls(url).trim());
  } catch {
    return undefined;
  }
  return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : undefined;
}

/** Screen style, then a print style for a one- or two-page A4 brief. No `<` or `&` (XHTML-safe). */
const STYLE = `
:root { color-scheme: light; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0;
  padding: 3rem 1.25rem 4rem;
  background: #fff;
  color: #1d2329;
  font: 1.0625rem/1.65 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
    "Noto Sans", "Liberation Sans", sans-serif;
}
article { max-width: 42rem; margin: 0 auto; }
header { border-bottom: 2px solid #1d2329; padding-bottom: 1em; margin-bottom: 1.5em; }
h1 { font-size: 1.9em; line-height: 1.2; letter-spacing: -0.015em; margin: 0 0 0.4em; text-wrap: balance; }
h2 { font-size: 1.12em; line-height: 1.3; color: #17457a; margin: 1.8em 0 0.45em; }
p { margin: 0 0 0.75em; orphans: 3; widows: 3; }
.meta { color: #56606b; font-size: 0.82em; margin: 0; }
.sep { padding: 0 0.4em; color: #9aa3ad; }
.meta > :not(.sep) { display: inline-block; }
.draft { color: #a4161a; font-weight: 600; text-transform: uppercase; letter-spacing: 0.04em; }
.summary { font-size: 1.12em; line-height: 1.6; margin-bottom: 1.5em; }
.lead { font-weight: 600; }
ul, ol { margin: 0; padding-left: 1.4em; }
li { margin: 0 0 0.4em; }
ul li { padding-left: 0.55em; }
ul li::marker { content: "\\25BA"; color: #17457a; font-size: 0.7em; }
.conclusion { border-top: 1px solid #d0d7de; margin-top: 2em; }
footer { border-top: 1px solid #d0d7de; margin-top: 2em; font-size: 0.82em; color: #56606b; }
footer h2 { font-size: 1em; text-transform: uppercase; letter-spacing: 0.06em; color: inherit; margin: 1.2em 0 0.5em; }
footer li { margin-bottom: 0.25em; overflow-wrap: anywhere; }
a { color: #17457a; text-underline-offset: 0.15em; }
a:hover { color: #0b2a4d; }
a:focus-visible { outline: 2px solid #17457a; outline-offset: 2px; }
@media (max-width: 30rem) {
  body { padding-top: 1.5rem; }
  h1 { font-size: 1.6em; }
}
@page { size: A4; margin: 18mm; }
@media print {
  * { background: none !important; box-shadow: none !important; }
  body { padding: 0; color: #000; font-size: 10.5pt; line-height: 1.4; }
  article { max-width: none; }
  header { padding-bottom: 0.5em; margin-bottom: 0.9em; border-bottom-width: 1.5pt; }
  h1 { font-size: 1.6em; }
  h2 { color: #000; margin: 1em 0 0.3em; break-after: avoid; page-break-after: avoid; }
  p { margin-bottom: 0.4em; }
  .meta, footer { color: #333; }
  .summary { font-size: 1.05em; line-height: 1.45; margin-bottom: 0.8em; }
  .lead { break-after: avoid; page-break-after: avoid; }
  li { margin-bottom: 0.2em; break-inside: avoid; page-break-inside: avoid; }
  ul li::marker { color: #000; }
  .conclusion { margin-top: 1em; break-inside: avoid; page-break-inside: avoid; }
  footer { margin-top: 1em; }
  a { color: inherit; text-decoration: none; }
  footer a[href]::after { content: " \\2014  " attr(href); }
}
`;

const SEP = '<span class="sep" aria-hidden="true">·</span>';

/** The line under the headline: date, author, status, confidence, tags; empty when none. */
function metaLine(meta: Meta | undefined, words: Readonly<OutputWords>): string {
  if (!meta) return "";
  const items: string[] = [];
  if (meta.date) {
    const date = escapeHtml(meta.date);
    items.push(`<time datetime="${date}">${date}</time>`);
  }
  if (meta.author) items.push(`<bdi class="author">${escapeHtml(meta.author)}</bdi>`);
  if (meta.status) {
    const draft = meta.status === "draft" ? ' class="draft"' : "";
    items.push(`<span${draft}>${escapeHtml(valueWord(words, meta.status))}</span>`);
  }
  if (meta.confidence)
    items.push(`<span>${escapeHtml(confidencePhrase(words, meta.confidence))}</span>`);
  if (meta.tags && meta.tags.length > 0) {
    const tags = meta.tags.map((t) => `<bdi>${escapeHtml(t)}</bdi>`).join(", ");
    items.push(`<span class="tags">${escapeHtml(words.tags)}: ${tags}</span>`);
  }
  if (items.length === 0) return "";
  return `\n      <p class="meta">${items.join(SEP)}</p>`;
}

/** A labelled section: heading, lead when there is one, bullets when there are any, then the text after them. */
function section(s: ResolvedSection, id: string): string {
  const parts = [
    `    <section aria-labelledby="${id}">`,
    `      <h2 id="${id}">${escapeHtml(s.label)}</h2>`,
  ];
  const [lead, ...more] = paragraphs(s.lead);
  if (lead) parts.push(`      <p class="lead">${escapeHtml(lead)}</p>`);
  for (const p of more) parts.push(`      <p>${escapeHtml(p)}</p>`);
  if (s.bullets.length > 0) {
    parts.push("      <ul>");
    for (const bullet of s.bullets) parts.push(`        <li>${escapeHtml(bullet)}</li>`);
    parts.push("      </ul>");
  }
  for (const p of paragraphs(s.after ?? "")) parts.push(`      <p>${escapeHtml(p)}</p>`);
  parts.push("    </section>");
  return parts.join("\n");
}

/** One source: a link when its URL is http(s), else its title and URL as plain text. */
function source(ref: SourceRef): string {
  const title = escapeHtml(ref.title);
  const href = safeHref(ref.url);
  if (href) return `<li><a href="${escapeHtml(href)}">${title}</a></li>`;
  if (ref.url?.trim()) return `<li>${title} <span class="url">${escapeHtml(ref.url)}</span></li>`;
  return `<li>${title}</li>`;
}

function sourcesFooter(sources: SourceRef[] | undefined, words: Readonly<OutputWords>): string {
  if (!sources || sources.length === 0) return "";
  const items = sources.map((s) => `        ${source(s)}`).join("\n");
  return [
    '    <footer aria-labelledby="sources">',
    `      <h2 id="sources">${escapeHtml(words.sources)}</h2>`,
    "      <ol>",
    items,
    "      </ol>",
    "    </footer>",
  ].join("\n");
}

/** Section element ids: `section-` and the section id, made safe and unique. */
function sectionIds(sections: ResolvedSection[]): string[] {
  const seen = new Set<string>();
  return sections.map((s) => {
    const base = `section-${s.id.toLowerCase().replace(/[^a-z0-9-]+/g, "-") || "part"}`;
    let id = base;
    for (let n = 2; seen.has(id); n++) id = `${base}-${n}`;
    seen.add(id);
    return id;
  });
}

/** A standalone, accessible HTML5 page (also well-formed XML), styled for screen and print. */
export const html: SyncExporter<string> = {
  id: "html",
  extension: ".html",
  alsoNamedBy: [".htm"],
  options: {
    lang: { type: "string", description: "the page language (BCP 47), en by default" },
    readingTime: readingTimeOption,
  },
  render(briefing, options = {}) {
    const words = wordsOf(options);
    const b = resolveBriefing(briefing, options.template, words);
    const headline = escapeHtml(b.headline);
    const ids = sectionIds(b.sections);
    const head = [
      "<!doctype html>",
      `<html lang="${htmlLang(options.lang)}">`,
      "<head>",
      '  <meta charset="utf-8" />',
      '  <meta name="viewport" content="width=device-width, initial-scale=1" />',
      `  <title>${headline}</title>`,
      `  <meta name="description" content="${escapeHtml(b.summary)}" />`,
    ];
    if (b.meta?.author)
      head.push(`  <meta name="author" content="${escapeHtml(b.meta.author)}" />`);
    head.push(`  <style>${STYLE}</style>`, "</head>");

    const summaryLabel = b.summaryLabel ? `<strong>${escapeHtml(b.summaryLabel)}.</strong> ` : "";
    const body = [
      "<body>",
      // The main landmark tells assistive technology where the content starts.
      "<main>",
      "  <article>",
      "    <header>",
      `      <h1>${headline}</h1>${metaLine(b.meta, words)}${options.readingTime === true ? `\n      <p class="reading-time">${readingTimeText(briefing, options)}</p>` : ""}`,
      "    </header>",
      ...paragraphs(b.summary).map(
        (p, i) => `    <p class="summary">${i === 0 ? summaryLabel : ""}${escapeHtml(p)}</p>`,
      ),
      ...b.sections.map((s, i) => section(s, ids[i] ?? `section-${i + 1}`)),
      '    <section class="conclusion" aria-labelledby="conclusion">',
      `      <h2 id="conclusion">${escapeHtml(b.conclusionLabel)}</h2>`,
      ...paragraphs(b.conclusion).map((p) => `      <p>${escapeHtml(p)}</p>`),
      "    </section>",
    ];
    const footer = sourcesFooter(b.meta?.sources, words);
    if (footer) body.push(footer);
    body.push("  </article>", "</main>", "</body>", "</html>");
    return `${[...head, ...body].join("\n")}\n`;
  },
};
