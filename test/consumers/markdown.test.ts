import { describe, expect, it } from "@jest/globals";
import { execFileSync } from "node:child_process";
import fc from "fast-check";
import { micromark } from "micromark";
import { gfm, gfmHtml } from "micromark-extension-gfm";
import { parse } from "yaml";
import { readFileSync } from "node:fs";
import type { Briefing } from "../../src/core/types.js";
import { md } from "../../src/render/md.js";
import { loadBuiltinTemplates } from "../../src/io/templates.js";
import { fixture } from "../helpers/paths.js";
import { briefingOf, expectedBlocks, markdownish, type MdBlock } from "../unit/render/support.js";
import { haveProgram, skipUnless } from "./support.js";

const traps = parse(readFileSync(fixture("consumers", "markdown-traps.yaml"), "utf8")) as Briefing;
const template = (await loadBuiltinTemplates()).get("standard");
const exported = md.render(traps, { template });

const haveCmark = skipUnless(
  haveProgram("cmark-gfm"),
  "cmark-gfm (GitHub's Markdown parser, Debian cmark-gfm) is not installed; the export was not checked with it",
);
const havePandoc = skipUnless(
  haveProgram("pandoc"),
  "pandoc is not installed (Debian pandoc); the export was not checked in pandoc's Markdown",
);

const decode = (html: string): string =>
  html
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, "&");

/** The text a reader sees: tags dropped, entities decoded, our word joiners removed. */
function visibleText(html: string): string {
  return decode(html.replace(/<[^>]+>/g, ""))
    .replace(/:\u2060/g, ":")
    .replace(/\s+/g, " ")
    .trim();
}

function expectedText(blocks: MdBlock[]): string {
  return blocks
    .map((b) =>
      b.kind === "ul" ? b.items.join(" ") : b.kind === "p" ? `${b.label ?? ""}${b.text}` : b.text,
    )
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Each link's target and text; a target must be the text itself, unchanged. */
function links(html: string): [string, string][] {
  return [...html.matchAll(/<a href="([^"]*)"[^>]*>([^<]*)<\/a>/g)].map((m) => [
    decode(m[1] ?? ""),
    decode(m[2] ?? ""),
  ]);
}

const URLS = [
  "https://example.org/report_2026?id=5&lang=en#summary",
  "https://example.org/a_(b)",
  "https://example.org/queue",
  "https://example.org/x_y*z",
];

describe("the Markdown export on GitHub (cmark-gfm)", () => {
  (haveCmark ? it : it.skip)("keeps URLs working links and shortcodes, markers as text", () => {
    const html = execFileSync(
      "cmark-gfm",
      ["-e", "autolink", "-e", "strikethrough", "-e", "table", "-e", "tasklist"],
      { input: exported, encoding: "utf8" },
    );
    expect(links(html)).toEqual(URLS.map((u) => [u, u]));
    expect(html).not.toContain("\\");
    expect(html).not.toMatch(/<(ol|del|sup|table|img|code|em)\b/);
    expect(html.match(/<ul>/g)).toHaveLength(3);
    expect(visibleText(html)).toBe(expectedText(expectedBlocks(traps, template)));
  });
});

describe("the Markdown export in pandoc", () => {
  (havePandoc ? it : it.skip).each(["gfm", "commonmark", "markdown"])(
    "reads as written with -f %s",
    (from) => {
      const html = execFileSync("pandoc", ["-f", from, "-t", "html", "--wrap=none"], {
        input: exported,
        encoding: "utf8",
      });
      // No ordered or nested lists, citations, superscripts, emoji, spans or definition lists.
      expect(html).not.toMatch(/<(ol|sup|sub|dl|del|em|span|img)\b|class="(citation|emoji)"/);
      expect(html.match(/<ul>/g)).toHaveLength(3);
      expect(html.match(/<li>/g)).toHaveLength(8);
      expect(links(html).map(([href]) => href)).toEqual(URLS);
      expect(visibleText(html)).toBe(expectedText(expectedBlocks(traps, template)));
    },
  );
});

describe("the Markdown export in a GFM parser (micromark with GFM), over generated text", () => {
  const traps = [
    ...["https://example.org/r_1?a=1&b=2#x", "(https://example.org/p_(q))", "http://x.y/z."],
    ...[":smile:", ":+1:", "a) ", "iv. ", "(b) ", "C. ", "@smith2020", "2^10^", "{.x}", ": "],
  ];
  const text = fc
    .array(fc.oneof(fc.constantFrom(...traps), markdownish), { minLength: 1, maxLength: 4 })
    .map((parts) => parts.join(""))
    .filter((s) => s.trim() !== "");

  it("shows every field as written, with only URLs as links", () => {
    fc.assert(
      fc.property(briefingOf(text), (b) => {
        const html = micromark(md.render(b, { template }), {
          extensions: [gfm()],
          htmlExtensions: [gfmHtml()],
        });
        const tags = new Set([...html.matchAll(/<\/?([a-z0-9]+)/g)].map((m) => m[1]));
        for (const tag of tags) expect(["h1", "p", "strong", "ul", "li", "a"]).toContain(tag);
        for (const [, label] of links(html)) {
          // A link is a URL the text contained; an escape inside one would show in the text.
          expect(label).toMatch(/^(https?:\/\/|www\.)/);
        }
        expect(visibleText(html)).toBe(expectedText(expectedBlocks(b, template)));
      }),
      { numRuns: 300 },
    );
  });
});
