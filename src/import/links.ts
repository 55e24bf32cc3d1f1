import { fullFormats } from "ajv-formats/dist/formats.js";
import MarkdownIt from "markdown-it";
import type { SourceRef } from "../core/types.js";

// Only the helpers are used: the same rules for a link's address and title as the
// Markdown reader applies, for links pasted into plain text.
const { helpers, utils } = new MarkdownIt("commonmark");

// The schema's own check of `meta.sources[].url`, so no source the importer writes fails it.
const isUri = fullFormats.uri as (value: string) => boolean;

/** How a link was written. */
export type LinkForm = "inline" | "reference" | "html" | "definition";

/** A link found in a line: what stays in the text, and the address that moves to the sources. */
export interface LineLink {
  /** The address. */
  url: string;
  /** The link text as it stands in the line's text (empty for a definition line). */
  text: string;
  /** The title its source gets: the link text on one line, or the address when it has none. */
  title: string;
  /** 1-based column of the link's first character in the source line. */
  column: number;
  form: LinkForm;
  /** The link's own title (`[text](url "title")`): not the source's, so the report keeps it. */
  tooltip?: string;
}

/**
 * Whether an address can be a source: a web address the schema accepts. Anything else
 * (a relative path, `mailto:`, `javascript:`) stays in the text as written.
 */
export function isSourceUrl(url: string): boolean {
  return /^https?:\/\/./i.test(url) && isUri(url);
}

/** A link's title: its text on one line, or its address when the text is empty. */
export function linkTitle(text: string, url: string): string {
  const title = text.replace(/\s+/g, " ").trim();
  return title || url;
}

/** A reference definition read from a line: `[label]: https://… "Title"`. */
export interface Definition {
  /** The label, normalised as CommonMark compares labels. */
  key: string;
  label: string;
  url: string;
  title: string;
}

const DEFINITION =
  /^ {0,3}\[((?:[^\\[\]]|\\.){1,999})\]:[ \t]*(<[^<>\n]*>|\S+)(?:[ \t]+("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\((?:[^()\\]|\\.)*\)))?[ \t]*$/;

/** The reference definition a whole line holds, if it holds one. */
export function definitionOf(line: string): Definition | undefined {
  const m = DEFINITION.exec(line);
  if (!m?.[1] || !m[2]) return undefined;
  const key = utils.normalizeReference(m[1]);
  if (!key) return undefined;
  const url = utils.unescapeAll(m[2].replace(/^<(.*)>$/, "$1"));
  return { key, label: m[1], url, title: utils.unescapeAll((m[3] ?? "").slice(1, -1)) };
}

// An `<a>` tag with an `href`, its address quoted either way or bare (groups 1 to 3). Every
// repetition is bounded, so a line of unclosed `<a href` costs linear time.
const ANCHOR_TAG = String.raw`<a\s[^<>]{0,500}?\bhref\s*=\s*(?:"([^"]{0,2000})"|'([^']{0,2000})'|([^\s"'<>]{1,2000}))[^<>]{0,500}>`;
/** A whole `<a href="…">text</a>` in a line of plain text; its text in group 4. */
const ANCHOR = new RegExp(
  String.raw`${ANCHOR_TAG}([^<]{0,1000}?(?:<(?!\/a\s*>)[^<]{0,1000}?){0,20})<\/a\s*>`,
  "iy",
);
/** An `<a href>` tag on its own, as Markdown hands inline HTML over. */
const ANCHOR_OPEN = new RegExp(`^${ANCHOR_TAG}$`, "i");

/** The address of an `<a href>` match, its character references decoded. */
function hrefOf(m: RegExpExecArray): string {
  return utils.unescapeAll(m[1] ?? m[2] ?? m[3] ?? "");
}

/** The address of an HTML tag that opens a link (`<a href="…">`), or undefined for any other tag. */
export function anchorHref(tag: string): string | undefined {
  const m = ANCHOR_OPEN.exec(tag);
  return m ? hrefOf(m) : undefined;
}

const TAG = /<[^<>]*>/g;

/** Where each unescaped `[` of a line closes, found in one pass so long lines stay cheap. */
function brackets(text: string): Map<number, number> {
  const closes = new Map<number, number>();
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\\") i++;
    else if (c === "[") open.push(i);
    else if (c === "]") {
      const start = open.pop();
      if (start !== undefined) closes.set(start, i);
    }
  }
  return closes;
}

/** `(address "title")` after a link text, as CommonMark reads it: the address and where it ends. */
function destination(
  text: string,
  at: number,
): { url: string; end: number; tooltip?: string } | undefined {
  if (text[at] !== "(") return undefined;
  const skip = (i: number): number => {
    while (i < text.length && /[ \t]/.test(text[i] ?? "")) i++;
    return i;
  };
  let pos = skip(at + 1);
  const dest = helpers.parseLinkDestination(text, pos, text.length);
  if (!dest.ok) return undefined;
  pos = skip(dest.pos);
  let tooltip = "";
  if (pos > dest.pos) {
    const title = helpers.parseLinkTitle(text, pos, text.length);
    if (title.ok) {
      pos = skip(title.pos);
      tooltip = title.str;
    }
  }
  if (text[pos] !== ")") return undefined;
  return { url: dest.str, end: pos + 1, ...(tooltip ? { tooltip } : {}) };
}

/** A link starting with `[` at `at`: inline, full, collapsed or shortcut reference. */
function bracketLink(
  text: string,
  at: number,
  close: number,
  closes: Map<number, number>,
  definitions: ReadonlyMap<string, Definition>,
): { url: string; end: number; form: LinkForm; key?: string; tooltip?: string } | undefined {
  const inline = destination(text, close + 1);
  if (inline) return { ...inline, form: "inline" };
  const label = text.slice(at + 1, close);
  let ref = label;
  let end = close + 1;
  const refClose = text[end] === "[" ? closes.get(end) : undefined;
  if (refClose !== undefined) {
    ref = text.slice(end + 1, refClose) || label;
    end = refClose + 1;
  }
  const key = utils.normalizeReference(ref);
  const found = definitions.get(key);
  if (!found) return undefined;
  const tooltip = found.title ? { tooltip: found.title } : {};
  return { url: found.url, end, form: "reference", key, ...tooltip };
}

/**
 * The links written in a line of plain text (pasted from a Markdown editor, or from a web
 * page): `[text](url)`, `[text][ref]` and `[ref]` with a definition, and
 * `<a href="…">text</a>`. Each keeps its text in place; its address, when it is a web
 * address, leaves the text for the sources. Any other link stays exactly as written, and
 * so does `<https://…>`: its address is its text (see the Markdown reader).
 */
export function readLinks(
  line: string,
  definitions: ReadonlyMap<string, Definition>,
  used: Set<string>,
): { text: string; links: LineLink[] } {
  if (!/[[<]/.test(line)) return { text: line, links: [] };
  const closes = brackets(line);
  const links: LineLink[] = [];
  let out = "";
  let i = 0;
  const add = (link: Omit<LineLink, "column" | "title">, title: string, end: number): void => {
    links.push({ ...link, title: linkTitle(title, link.url), column: i + 1 });
    out += link.text;
    i = end;
  };
  while (i < line.length) {
    const c = line[i];
    // An image (`![alt](src)`) is not a link: it stays as written.
    const plain = line[i - 1] !== "\\" && line[i - 1] !== "!";
    const close = c === "[" && plain ? closes.get(i) : undefined;
    if (close !== undefined) {
      const link = bracketLink(line, i, close, closes, definitions);
      if (link && isSourceUrl(link.url)) {
        if (link.key !== undefined) used.add(link.key);
        const text = utils.unescapeMd(line.slice(i + 1, close));
        const { end, key: _key, ...found } = link;
        add({ ...found, text }, text, end);
        continue;
      }
    } else if (c === "<") {
      ANCHOR.lastIndex = i;
      const a = ANCHOR.exec(line);
      const href = a ? hrefOf(a) : "";
      if (a && isSourceUrl(href)) {
        const inner = a[4] ?? "";
        add({ url: href, text: inner, form: "html" }, inner.replace(TAG, ""), i + a[0].length);
        continue;
      }
    }
    out += c;
    i++;
  }
  return { text: out, links };
}

/** A source found in the text, and where: for ordering by first appearance. */
export interface Found {
  source: SourceRef;
  /** 1-based line; 0 for the front matter, which comes before the text. */
  line: number;
  column: number;
  /** How its link was written; absent for an entry of a sources line or the front matter. */
  form?: LinkForm;
  /** The link text kept in the prose. */
  text?: string;
  /** The link's own title, for the report. */
  tooltip?: string;
}

/**
 * The sources in order of first appearance, each address once: the first title written
 * for an address is kept. Returns the list and, for each found entry, the line of the
 * entry it repeats (undefined when it is the first).
 */
export function uniqueSources(found: Found[]): {
  sources: SourceRef[];
  repeats: (Found | undefined)[];
} {
  const order = found
    .map((f, n) => ({ f, n }))
    .sort((a, b) => a.f.line - b.f.line || a.f.column - b.f.column || a.n - b.n);
  const first = new Map<string, Found>();
  const sources: SourceRef[] = [];
  const repeats: (Found | undefined)[] = new Array<Found | undefined>(found.length);
  for (const { f, n } of order) {
    const key = f.source.url ?? `title:${f.source.title}`;
    const earlier = first.get(key);
    if (earlier) repeats[n] = earlier;
    else {
      first.set(key, f);
      sources.push(f.source);
    }
  }
  return { sources, repeats };
}
