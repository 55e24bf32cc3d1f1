import { stringify } from "yaml";
import type { SourceRef } from "../core/types.js";
import { wordsOf } from "./words.js";
import { resolveBriefing, type ResolvedBriefing } from "./resolve.js";
import { safeHref } from "./html.js";
import { cleanLabel, oneLine, paragraphs, stripControls } from "./sanitize.js";
import { readingTimeOption, readingTimeText } from "./reading-time.js";
import type { SyncExporter } from "./types.js";

// ASCII punctuation that can start or end Markdown structure anywhere in a line:
// emphasis, code, links, images, HTML, entities, strikethrough, tables, headings, dollar
// math, and pandoc's citations (`@key`), superscripts (`^x^`) and attributes (`{.x}`).
const INLINE = /[\\`*_[\]<>&~|#!$@^{}]/g;

// A URL written in the text. Left as it is and backslash-escaped, GitHub's and GitLab's
// autolinkers link the escaped form, backslashes and all; it becomes an autolink instead.
const URL = /(?:https?:\/\/|(?<![A-Za-z0-9])www\.)[^\s<>]+/g;
// A `www.` address has no scheme for an autolink; written bare, GFM links it, and these
// characters mean nothing to CommonMark or pandoc in the middle of a line.
const BARE_SAFE = /^[A-Za-z0-9./?=%+,#-]+$/;
// Trailing punctuation ends the sentence, not the URL (as GFM's autolinker decides too).
const URL_TAIL = /[.,:;!?'"`*_~]+$/;

// `:name:` is an emoji shortcode on GitHub, GitLab and in pandoc's gfm. A word joiner
// (U+2060, invisible and unbreakable) after the first colon keeps it text everywhere,
// since those renderers match shortcodes in the rendered text, after escapes are gone.
const SHORTCODE = /:(?=[A-Za-z+-][\w+-]*:)/g;
const WORD_JOINER = "\u2060";

/** Ends a URL before trailing punctuation and before a `)` that has no `(` in it. */
function trimUrl(url: string): string {
  let out = url.replace(URL_TAIL, "");
  while (out.endsWith(")") && (out.match(/\(/g)?.length ?? 0) < (out.match(/\)/g)?.length ?? 0)) {
    out = out.slice(0, -1).replace(URL_TAIL, "");
  }
  return out;
}

function escapeInline(text: string): string {
  return text.replace(SHORTCODE, `:${WORD_JOINER}`).replace(INLINE, "\\$&");
}

/**
 * User text as literal Markdown: every character that could open structure is
 * backslash-escaped, and so are the line-start forms (list markers, ordered-list
 * numbers and pandoc's lettered and roman ones, block quotes, thematic breaks), so the text
 * renders exactly as written in CommonMark, GFM and pandoc. URLs become autolinks
 * (`<https://…>`), which keep them working links in every one of them.
 */
export function escapeMarkdown(text: string): string {
  let out = inline(oneLine(text));
  out = out.replace(/^([-+=:])/, "\\$1");
  // `1.`, `12)`, and in pandoc also `a)`, `(b)`, `iv.` and `C.` open ordered lists.
  out = out.replace(/^(\(?(?:\d+|[A-Za-z]|[ivxlcdmIVXLCDM]+))([.)])/, "$1\\$2");
  return out;
}

/** Escapes text within a line, writing the URLs in it so they stay links. */
function inline(line: string): string {
  let out = "";
  let last = 0;
  for (const match of line.matchAll(URL)) {
    if (match.index < last) continue;
    const found = match[0];
    const url = trimUrl(found);
    const www = url.startsWith("www.");
    if (url.length <= (www ? "www.x".length : "https://".length)) continue;
    out += escapeInline(line.slice(last, match.index));
    if (!www) {
      out += `<${url}>`;
      last = match.index + url.length;
      continue;
    }
    // GFM links a bare address up to the next space, escapes and all; written bare only
    // when nothing up to there needs escaping. Otherwise an escaped dot keeps it from
    // linking at all, so it reads as written everywhere.
    const end = match.index + found.length;
    const rest = found.slice(url.length) + line.charAt(end);
    if (BARE_SAFE.test(url) && !/[\\`*_[\]<>&~|#!$@^{}]/.test(rest)) {
      out += url;
      last = match.index + url.length;
    } else {
      out += `www\\.${inline(found.slice(4))}`;
      last = end;
    }
  }
  return out + escapeInline(line.slice(last));
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

/** A label and its text; each further paragraph of the text is a paragraph of its own. */
function labelled(label: string, text: string): string {
  const l = `**${escapeMarkdown(cleanLabel(label))}.**`;
  const [first = "", ...more] = paragraphs(text).map(escapeMarkdown);
  return [first ? `${l} ${first}` : l, ...more].join("\n\n");
}

/** A text without a label, paragraph by paragraph. */
function unlabelled(text: string): string {
  return paragraphs(text).map(escapeMarkdown).join("\n\n");
}

/**
 * The sources, as the HTML and Word exports end: a label, then each source as a link,
 * separated by semicolons on one line, which `briefing import` reads back as the sources.
 * A title is escaped as any text is, without turning addresses in it into links (a link
 * may not hold another); an address with a parenthesis or angle bracket goes in angle
 * brackets.
 */
function sourcesLine(sources: readonly SourceRef[] | undefined, label: string): string[] {
  if (!sources || sources.length === 0) return [];
  const item = (s: SourceRef): string => {
    const title = escapeInline(oneLine(s.title || s.url || ""));
    const written = s.url === undefined ? "" : stripControls(s.url).trim();
    // Only a web address becomes a link, as in the HTML and Word exports; another stays text.
    const href = safeHref(written);
    if (!href)
      return written && written !== s.title ? `${title} ${escapeInline(oneLine(written))}` : title;
    // Written as the analyst wrote it, so it imports back the same; percent-encoded when it
    // holds anything but printable ASCII (a bidi control must not reach the page).
    const url = /^[\x21-\x7e]+$/.test(written) ? written : href;
    return `[${title}](${/[()<>]/.test(url) ? `<${url.replace(/[<>]/g, encodeURIComponent)}>` : url})`;
  };
  return [`**${escapeMarkdown(cleanLabel(label))}.** ${sources.map(item).join("; ")}`];
}

/** A clean Markdown document: title, summary, emphasised labels, bullet lists, conclusion, sources. */
export const md: SyncExporter<string> = {
  id: "md",
  extension: ".md",
  alsoNamedBy: [".markdown"],
  options: {
    frontMatter: { type: "boolean", description: "add the metadata as YAML front matter" },
    readingTime: readingTimeOption,
  },
  render(briefing, options = {}) {
    const b = resolveBriefing(briefing, options.template, wordsOf(options));
    const blocks = [`# ${escapeMarkdown(b.headline)}`];
    if (options.readingTime === true) blocks.push(`_${readingTimeText(briefing, options)}_`);
    blocks.push(b.summaryLabel ? labelled(b.summaryLabel, b.summary) : unlabelled(b.summary));
    for (const section of b.sections) {
      blocks.push(labelled(section.label, section.lead));
      const bullets = section.bullets.map(escapeMarkdown).filter((x) => x !== "");
      if (bullets.length > 0) blocks.push(bullets.map((x) => `- ${x}`).join("\n"));
      if (section.after) blocks.push(unlabelled(section.after));
    }
    blocks.push(labelled(b.conclusionLabel, b.conclusion));
    blocks.push(...sourcesLine(b.meta?.sources, wordsOf(options).sources));
    return `${options.frontMatter ? frontMatter(b) : ""}${blocks.join("\n\n")}\n`;
  },
};
