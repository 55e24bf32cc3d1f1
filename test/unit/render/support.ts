import { expect } from "@jest/globals";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import fc from "fast-check";
import MarkdownIt, { type MarkdownIt as Markdown, type Token } from "markdown-it";
import { parse } from "yaml";
import type { Template } from "../../../src/core/template.js";
import type { Briefing, Section, SourceRef } from "../../../src/core/types.js";
import { loadBuiltinTemplates } from "../../../src/io/templates.js";
import { resolveBriefing } from "../../../src/render/resolve.js";
import { oneLine, cleanLabel, paragraphs } from "../../../src/render/sanitize.js";
import { fixture, root } from "../../helpers/paths.js";

/** One example briefing from `examples/`, named by its file's base name. */
export interface Example {
  name: string;
  file: string;
  briefing: Briefing;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]))
    .filter((f) => /\.(ya?ml|json)$/.test(f))
    .sort();
}

/** Every example file, parsed. */
export function loadExamples(): Example[] {
  return walk(join(root, "examples")).map((file) => {
    const text = readFileSync(file, "utf8");
    const briefing = (extname(file) === ".json" ? JSON.parse(text) : parse(text)) as Briefing;
    return { name: basename(file, extname(file)), file, briefing };
  });
}

/** The built-in template a briefing names, `standard` when it names none. */
export async function templateFor(briefing: Briefing): Promise<Template> {
  const id = briefing.template ?? "standard";
  const template = (await loadBuiltinTemplates()).get(id);
  if (!template) throw new Error(`no built-in template ${id}`);
  return template;
}

/**
 * Compares output with `test/fixtures/golden/<format>/<file>`. With `UPDATE_GOLDEN=1` the
 * golden file is (re)written instead: read it before committing it.
 */
export function expectGolden(format: string, file: string, actual: string): void {
  const path = fixture("golden", format, file);
  if (process.env.UPDATE_GOLDEN === "1" || !existsSync(path)) {
    if (process.env.UPDATE_GOLDEN !== "1") throw new Error(`missing golden file ${path}`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
  }
  expect(actual).toBe(readFileSync(path, "utf8"));
}

// ---------------------------------------------------------------------------
// Markdown structure, as a CommonMark parser sees it.

/**
 * markdown-it shows an autolink's text percent-decoded (`%42` as `B`); CommonMark shows the
 * URL as written, as cmark-gfm and pandoc do, so the tests read it that way.
 */
function asWritten(parser: Markdown): Markdown {
  parser.normalizeLinkText = (url) => url;
  return parser;
}

/** Strict CommonMark (raw HTML on) and the default preset (tables, strikethrough). */
export const mdParsers: [string, Markdown][] = [
  ["commonmark", asWritten(new MarkdownIt("commonmark"))],
  ["gfm", asWritten(new MarkdownIt({ linkify: false }))],
];

/** Text with the word joiner the export puts after the colon of a `:shortcode:` removed. */
export function withoutJoiners(text: string): string {
  return text.replace(/:\u2060/g, ":");
}

/** A block of the Markdown export: heading, paragraph (with its bold label) or list. */
export type MdBlock =
  | { kind: "h1"; text: string }
  | { kind: "p"; label?: string; text: string }
  | { kind: "ul"; items: string[] };

/**
 * The plain text of an inline token. Only text is allowed, plus one leading
 * `strong_open`/`strong_close` pair (the label); any other inline token means user text
 * turned into Markdown structure, and is reported by name.
 */
function inlineText(inline: Token | undefined): { label?: string; text: string } {
  const all = (inline?.children ?? []).filter((t) => !(t.type === "text" && !t.content));
  // A URL written in the text comes out as an autolink whose text is the URL itself.
  const children: Token[] = [];
  for (let i = 0; i < all.length; i++) {
    const [t, inner, close] = [all[i], all[i + 1], all[i + 2]];
    const autolink = t?.type === "link_open" && t.markup === "autolink";
    if (autolink && inner?.type === "text" && close?.type === "link_close") {
      children.push(inner);
      i += 2;
    } else if (t?.type === "link_open") {
      // A written link (the sources) reads as `[text](address)`.
      const end = all.findIndex((x, n) => n > i && x.type === "link_close");
      const words = all.slice(i + 1, end);
      if (end < 0 || words.some((x) => x.type !== "text")) throw new Error("bad link");
      const text = words.map((x) => x.content).join("");
      children.push(
        Object.assign(Object.create(t) as Token, {
          type: "text",
          content: `[${text}](${t.attrGet("href") ?? ""})`,
        }),
      );
      i = end;
    } else if (t) children.push(t);
  }
  let label: string | undefined;
  if (children[0]?.type === "strong_open") {
    const close = children.findIndex((t) => t.type === "strong_close");
    const inner = children.slice(1, close);
    if (close < 0 || inner.length === 0 || inner.some((t) => t.type !== "text"))
      throw new Error("bad label");
    label = withoutJoiners(inner.map((t) => t.content).join(""));
    children.splice(0, close + 1);
  }
  const bad = children.filter((t) => t.type !== "text");
  if (bad.length > 0) throw new Error(`structure: ${bad.map((t) => t.type).join(", ")}`);
  const text = withoutJoiners(children.map((t) => t.content).join(""));
  return label === undefined ? { text } : { label, text };
}

/** The block structure of a Markdown document (front matter, if any, removed first). */
export function mdBlocks(source: string, parser: Markdown): MdBlock[] {
  const body = source.replace(/^---\n[\s\S]*?\n---\n\n/, "");
  const tokens = parser.parse(body, {});
  const blocks: MdBlock[] = [];
  let i = 0;
  const take = (type: string): Token => {
    const token = tokens[i++];
    if (token?.type !== type) throw new Error(`expected ${type}, got ${token?.type}`);
    return token;
  };
  while (i < tokens.length) {
    const open = tokens[i];
    if (open?.type === "heading_open" && open.tag === "h1") {
      i++;
      blocks.push({ kind: "h1", text: inlineText(take("inline")).text });
      take("heading_close");
    } else if (open?.type === "paragraph_open") {
      i++;
      blocks.push({ kind: "p", ...inlineText(take("inline")) });
      take("paragraph_close");
    } else if (open?.type === "bullet_list_open") {
      i++;
      const items: string[] = [];
      while (tokens[i]?.type === "list_item_open") {
        i++;
        take("paragraph_open");
        const { label, text } = inlineText(take("inline"));
        if (label !== undefined) throw new Error("bold text in a bullet");
        items.push(text);
        take("paragraph_close");
        take("list_item_close");
      }
      take("bullet_list_close");
      blocks.push({ kind: "ul", items });
    } else {
      throw new Error(`unexpected block ${open?.type} ${open?.tag}`);
    }
  }
  return blocks;
}

/** The blocks the Markdown export must parse to: every field as `oneLine` text, labels cleaned, empty bullets dropped. */
export function expectedBlocks(briefing: Briefing, template?: Template): MdBlock[] {
  const line = (text: string): string => withoutJoiners(oneLine(text));
  const b = resolveBriefing(briefing, template);
  // A blank line inside a text starts a paragraph of its own, after the labelled first one.
  const para = (label: string, text: string): MdBlock[] => {
    const [first = "", ...more] = paragraphs(text).map(withoutJoiners);
    return [
      { kind: "p", label: `${withoutJoiners(cleanLabel(label))}.`, text: first ? ` ${first}` : "" },
      ...more.map((p): MdBlock => ({ kind: "p", text: p })),
    ];
  };
  const blocks: MdBlock[] = [{ kind: "h1", text: line(b.headline) }];
  blocks.push(
    ...(b.summaryLabel
      ? para(b.summaryLabel, b.summary)
      : paragraphs(b.summary).map((p): MdBlock => ({ kind: "p", text: withoutJoiners(p) }))),
  );
  for (const s of b.sections) {
    blocks.push(...para(s.label, s.lead));
    const items = s.bullets.map(line).filter((x) => x !== "");
    if (items.length > 0) blocks.push({ kind: "ul", items });
    for (const p of paragraphs(s.after ?? "")) blocks.push({ kind: "p", text: withoutJoiners(p) });
  }
  blocks.push(...para(b.conclusionLabel, b.conclusion));
  const sources = b.meta?.sources ?? [];
  if (sources.length > 0) {
    const item = (s: SourceRef) =>
      s.url ? `[${line(s.title || s.url)}](${s.url})` : line(s.title);
    blocks.push({ kind: "p", label: "Sources.", text: ` ${sources.map(item).join("; ")}` });
  }
  return blocks;
}

// ---------------------------------------------------------------------------
// Hostile text and generators.

/** Strings that would be Markdown structure if copied into a document as they are. */
export const hostile = [
  "# Not a heading",
  "## Nor this ##",
  "1. Not a list",
  "1) Not a list",
  "2026. A year",
  "> Not a quote",
  "- Not a bullet",
  "+ Not a bullet",
  "* Not a bullet",
  "---",
  "===",
  "***",
  "___",
  "Some *emphasis* and **strong** text",
  "snake_case and _under_ and __dunder__",
  "[x](y) and [ref]: /url",
  "![i](y)",
  "<script>alert(1)</script>",
  "<b>bold</b>",
  "&amp; &#x41; &copy;",
  "`code` and ```fence```",
  "~~struck~~ and ~~~",
  "| a | b |",
  "back\\slash\\",
  "line\nbreak",
  "trailing double spaces  \nnext",
  "<https://example.com> and https://example.com",
  "    indented code",
  "\\# escaped already",
  "a  b\t\tc\r\nd",
];

const pieces = [
  ...["#", "##", "1.", "1)", "42.", "3)", ">", "-", "+", "*", "**", "_", "__", "---", "==="],
  ...["[x](y)", "![i](y)", "[", "]", "(", ")", "<script>", "<b>", "</b>", "&amp;", "&#x41;"],
  ...["`", "```", "~~", "~~~", "|", "\\", ":", "!", "=", "www.example.com", "http://x.y/z"],
  ...[" ", "  ", "    ", "\n", "\r\n", "\t", "\u00a0", "\u2028", "\u000b", "\u001b[31m"],
  ...["\u202e", "\u2066", "0", "7.", "12.5", "é", "Ñ", "ß", "😀", "👩‍👩‍👧", "🇲🇦"],
  ...["שלום", "مرحبا", "“", "”", "‘", "’", "—", "–", "…", "a", "Word", "text."],
];

/** Markdown metacharacters, numbers, spacing and Unicode, mixed. */
export const markdownish: fc.Arbitrary<string> = fc
  .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 3 })), { maxLength: 12 })
  .map((parts) => parts.join(""));

/** Any text a user might type, hostile or not. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  markdownish,
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.constantFrom(...hostile),
);

/** Text that is not empty once folded to one line. */
export const someText: fc.Arbitrary<string> = anyText.filter((s) => oneLine(s) !== "");

/** A briefing of arbitrary text; ids of the given template so labels resolve. */
export function briefingOf(
  text: fc.Arbitrary<string>,
  options: {
    ids?: string[];
    label?: fc.Arbitrary<string | undefined>;
    leadOptional?: boolean;
  } = {},
): fc.Arbitrary<Briefing> {
  const ids = options.ids ?? ["details", "context", "important"];
  const noLabel = fc.constant<string | undefined>(undefined);
  const section: fc.Arbitrary<Section> = fc
    .tuple(
      fc.constantFrom(...ids),
      options.label ?? noLabel,
      options.leadOptional ? fc.option(text, { nil: undefined }) : text,
      fc.array(text, { maxLength: 4 }),
    )
    .map(([id, label, lead, bullets]) => ({
      id,
      ...(label === undefined ? {} : { label }),
      ...(lead === undefined ? {} : { lead }),
      bullets,
    }));
  return fc.record({
    headline: text,
    summary: text,
    sections: fc.array(section, { minLength: 1, maxLength: 4 }),
    conclusion: text,
  });
}
