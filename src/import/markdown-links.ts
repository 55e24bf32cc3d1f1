import type MarkdownIt from "markdown-it";
import type { RawLine } from "./cleanup.js";
import {
  anchorHref,
  definitionOf,
  isSourceUrl,
  type LineLink,
  type LinkForm,
  linkTitle,
} from "./links.js";
import { leaveDefinitions, type DefinitionLine } from "./sources.js";
import type { Found } from "./links.js";
import type { LeftOut } from "./types.js";

type Token = ReturnType<InstanceType<typeof MarkdownIt>["parse"]>[number];

/** A link read from an inline token, before its column in the source line is known. */
export interface PendingLink extends Omit<LineLink, "column"> {
  /** Which of the inline's lines (split where the source broke the line) it starts on. */
  index: number;
}

const ANCHOR_CLOSE = /^<\/a\s*>$/i;

interface Open {
  url: string;
  tooltip: string;
  form: LinkForm;
  index: number;
  /** Where the link text starts in its line, to put a kept link's brackets back. */
  start: number;
  text: string;
}

/**
 * The plain text of an inline token, split where the source broke the line, and its links.
 * A link keeps its text; a web address leaves for the sources. Any other link (a relative
 * path, `mailto:`) is written back as `[text](address)`, so no address is lost. An
 * autolink stays text. An HTML `<a href>` is read as a link; other HTML stays.
 */
export function readInline(inline: Token): { texts: string[]; links: PendingLink[] } {
  const texts = [""];
  const links: PendingLink[] = [];
  let open: Open | undefined;
  const last = (): number => texts.length - 1;
  const append = (s: string): void => {
    texts[last()] += s;
    if (open) open.text += s;
  };
  const close = (): void => {
    if (!open) return;
    const { url, form, index, start, text, tooltip } = open;
    open = undefined;
    if (isSourceUrl(url)) {
      const title = linkTitle(text, url);
      links.push({ index, url, text, title, form, ...(tooltip ? { tooltip } : {}) });
    } else {
      const line = texts[index] ?? "";
      texts[index] = `${line.slice(0, start)}[${line.slice(start)}`;
      texts[last()] += `](${url})`;
    }
  };
  const start = (url: string, form: LinkForm, tooltip = ""): void => {
    open = { url, tooltip, form, index: last(), start: texts[last()]?.length ?? 0, text: "" };
  };
  let autolink: string | undefined;
  for (const child of inline.children ?? []) {
    if (child.type === "softbreak" || child.type === "hardbreak") {
      texts.push("");
      if (open) open.text += " ";
    } else if (child.type === "link_open" && child.markup === "autolink") {
      // `<https://…>` is text: the Markdown export writes every address in a text so,
      // and reading it back as a source would add one on each round trip.
      autolink = String(child.attrGet("href") ?? "");
    } else if (child.type === "link_open") {
      start(String(child.attrGet("href") ?? ""), "inline", String(child.attrGet("title") ?? ""));
    } else if (child.type === "link_close") {
      if (autolink === undefined && open?.form !== "html") close();
      autolink = undefined;
    } else if (autolink !== undefined && child.type === "text") {
      // Its text is the address decoded (a space for %20): the address as written stays.
      append(/\s/.test(child.content) ? autolink : child.content);
    } else if (child.type === "html_inline") {
      const href = anchorHref(child.content);
      if (href !== undefined && !open && isSourceUrl(href)) start(href, "html");
      else if (open?.form === "html" && ANCHOR_CLOSE.test(child.content)) close();
      else append(child.content);
    } else if (child.type === "text" || child.type === "code_inline" || child.type === "image") {
      append(child.content);
    }
  }
  // An `<a href>` never closed keeps its address in the sources all the same.
  if (open) close();
  return { texts, links };
}

const STRIP = /[\\*_`~]/g;

/**
 * The 1-based column where a link starts in its source line, searched from `from`: the `[`
 * whose text begins as the link's does, or the `<a` of an HTML link.
 */
export function linkColumn(raw: string, link: PendingLink, from: number): number {
  if (link.form === "html") {
    const re = /<a\s/gi;
    re.lastIndex = from;
    const m = re.exec(raw);
    return m ? m.index + 1 : from + 1;
  }
  const begins = link.text.replace(STRIP, "").slice(0, 8);
  let first: number | undefined;
  for (let i = raw.indexOf("[", from); i >= 0; i = raw.indexOf("[", i + 1)) {
    if (raw[i - 1] === "\\" || raw[i - 1] === "!") continue;
    first ??= i;
    if (
      raw
        .slice(i + 1, i + 1 + 4 * begins.length + 8)
        .replace(STRIP, "")
        .startsWith(begins)
    )
      return i + 1;
  }
  return (first ?? from) + 1;
}

/** Gives each pending link its column on its source line, in reading order. */
export function placeLinks(
  pending: PendingLink[],
  lineOf: (index: number) => number,
  source: readonly string[],
  cursor: Map<number, number>,
): Map<number, LineLink[]> {
  const byIndex = new Map<number, LineLink[]>();
  for (const p of pending) {
    const line = lineOf(p.index);
    const raw = source[line - 1] ?? "";
    const column = linkColumn(raw, p, cursor.get(line) ?? 0);
    cursor.set(line, column);
    const { index: _index, ...link } = p;
    const list = byIndex.get(p.index) ?? [];
    list.push({ ...link, column });
    byIndex.set(p.index, list);
  }
  return byIndex;
}

interface Reference {
  href: string;
  title: string;
}

/**
 * The reference definitions markdown-it took out of the text, found again on their lines:
 * a web address is left out and moved to the sources (through the links that use it, or
 * directly when none does); any other definition goes back into the text as written.
 */
export function markdownDefinitions(
  source: readonly string[],
  references: Record<string, Reference> | undefined,
  code: (line: number) => boolean,
  linkUrls: ReadonlySet<string>,
): { leftOut: LeftOut[]; found: Found[]; kept: RawLine[] } {
  const defined: DefinitionLine[] = [];
  const kept: RawLine[] = [];
  const used = new Set<string>();
  const seen = new Set<string>();
  source.forEach((text, i) => {
    const written = references ? definitionOf(text) : undefined;
    const reference = written ? references?.[written.key] : undefined;
    if (!written || !reference || code(i + 1)) return;
    // A label defined twice: links use the first; the second keeps its own address.
    const first = !seen.has(written.key);
    seen.add(written.key);
    const url = first ? reference.href : written.url;
    const line = { text, line: i + 1, paragraph: true };
    if (!isSourceUrl(url)) {
      kept.push(line);
      return;
    }
    if (first && linkUrls.has(url)) used.add(written.key);
    const title = first ? reference.title : written.title;
    defined.push({ definition: { ...written, url, title }, line });
  });
  return { ...leaveDefinitions(defined, used), kept };
}
