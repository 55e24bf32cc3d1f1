import { describe, expect, it } from "@jest/globals";
import { strFromU8, unzipSync } from "fflate";
import mammoth from "mammoth";
import { DEFAULT_OUTPUT_WORDS, valueWord } from "../../../src/core/output-words.js";
import type { Briefing } from "../../../src/core/types.js";
import { UsageError } from "../../../src/errors.js";
import { docx, DRAFT_MARKING } from "../../../src/render/docx.js";
import { formatForFile, getExporter } from "../../../src/render/index.js";
import { cleanLabel, oneLine, paragraphs } from "../../../src/render/sanitize.js";
import { resolveBriefing } from "../../../src/render/resolve.js";
import { loadExamples, templateFor } from "./support.js";

// The document is read back by an independent reader (mammoth) rather than by looking for
// strings in the XML: what Word users get is what a Word reader makes of the file.
const STYLE_MAP = ["p[style-name='Title'] => h1.title:fresh"];

type Block = [tag: string, text: string];

function decode(html: string): string {
  return html
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

/** Mammoth's HTML as blocks: `title`, `h1`, `p`, `li`, `td` and the list boundaries. */
async function readBack(bytes: Uint8Array): Promise<{ blocks: Block[]; html: string }> {
  const { value: html } = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes) },
    { styleMap: STYLE_MAP },
  );
  const blocks: Block[] = [];
  const re = /<(h1 class="title"|h1|p|li|td)>(.*?)<\/(?:h1|p|li|td)>|<(ul|\/ul)>/g;
  for (const m of html.matchAll(re)) {
    if (m[3]) blocks.push([m[3], ""]);
    else blocks.push([m[1] === 'h1 class="title"' ? "title" : (m[1] ?? ""), decode(m[2] ?? "")]);
  }
  return { blocks, html };
}

/** What the document must hold for a briefing, in order, as mammoth reports it. */
function expectedBlocks(b: Briefing, template: Parameters<typeof resolveBriefing>[1]): Block[] {
  const r = resolveBriefing(b, template);
  const out: Block[] = [];
  if (r.meta?.status === "draft") out.push(["p", DRAFT_MARKING]);
  out.push(["title", oneLine(r.headline)]);
  if (r.summaryLabel) out.push(["h1", cleanLabel(r.summaryLabel)]);
  out.push(["p", oneLine(r.summary)]);
  for (const s of r.sections) {
    out.push(["h1", cleanLabel(s.label)]);
    if (oneLine(s.lead)) out.push(["p", oneLine(s.lead)]);
    const bullets = s.bullets.map(oneLine).filter(Boolean);
    if (bullets.length) out.push(["ul", ""], ...bullets.map((t): Block => ["li", t]), ["/ul", ""]);
    for (const p of paragraphs(s.after ?? "")) out.push(["p", p]);
  }
  out.push(["h1", cleanLabel(r.conclusionLabel)], ["p", oneLine(r.conclusion)]);
  const m = r.meta ?? {};
  const rows: [string, string | undefined][] = [
    ["Date", m.date],
    ["Author", m.author],
    // Status and confidence values are printed in the words of the output table.
    ["Status", m.status && valueWord(DEFAULT_OUTPUT_WORDS, m.status)],
    ["Confidence", m.confidence && valueWord(DEFAULT_OUTPUT_WORDS, m.confidence)],
    ["Tags", m.tags?.length ? m.tags.join(", ") : undefined],
  ];
  const present = rows.filter((row): row is [string, string] => Boolean(row[1]));
  if (present.length) {
    out.push(["h1", "About this briefing"]);
    for (const [k, v] of present) out.push(["td", k], ["td", oneLine(v)]);
  }
  if (m.sources?.length)
    out.push(
      ["h1", "Sources"],
      ["ul", ""],
      ...m.sources.map((s): Block => [
        "li",
        oneLine(s.url && !/^https?:/.test(s.url) ? `${s.title} ${s.url}` : s.title),
      ]),
      ["/ul", ""],
    );
  return out;
}

const examples = loadExamples();
const freight = examples.find((e) => e.name === "freight-rates");
if (!freight) throw new Error("examples/freight-rates.yaml is missing");

describe("the DOCX export", () => {
  it("is registered for -f docx and .docx file names", () => {
    expect(getExporter("docx")).toBe(docx);
    expect(formatForFile("brief.DOCX")).toBe("docx");
  });

  it.each(examples.map((e) => [e.name, e] as const))(
    "reads back as Title, summary, headings, list items, conclusion, table and sources: %s",
    async (_name, e) => {
      const template = await templateFor(e.briefing);
      const { blocks } = await readBack(await docx.render(e.briefing, { template }));
      expect(blocks).toEqual(expectedBlocks(e.briefing, template));
    },
  );
});

function part(bytes: Uint8Array, path: string): string {
  const file = unzipSync(bytes)[path];
  if (!file) throw new Error(`${path} is missing from the package`);
  return strFromU8(file);
}

const base = freight.briefing;

describe("DOCX structure", () => {
  it("backs its list items with a bullet numbering definition, not typed markers", async () => {
    const bytes = await docx.render(base);
    expect(part(bytes, "word/numbering.xml")).toMatch(/<w:numFmt w:val="bullet"\/>/);
    const document = part(bytes, "word/document.xml");
    const bullets = base.sections.reduce((n, s) => n + (s.bullets?.length ?? 0), 0);
    const sources = base.meta?.sources?.length ?? 0;
    expect(document.match(/<w:numPr>/g)).toHaveLength(bullets + sources);
    expect(document).not.toContain("►");
  });

  it("links http(s) sources and writes any other address as text", async () => {
    const b: Briefing = {
      ...base,
      meta: {
        sources: [
          { title: "Port data", url: "https://ports.example.com/a?b=1&c=2" },
          { title: "Script", url: "javascript:alert(1)" },
          { title: "Interview" },
        ],
      },
    };
    const { html, blocks } = await readBack(await docx.render(b));
    expect([...html.matchAll(/<a href="([^"]*)">/g)].map((m) => m[1])).toEqual([
      "https://ports.example.com/a?b=1&amp;c=2",
    ]);
    expect(blocks.slice(-5)).toEqual([
      ["ul", ""],
      ["li", "Port data"],
      ["li", "Script javascript:alert(1)"],
      ["li", "Interview"],
      ["/ul", ""],
    ]);
  });

  it("marks a draft above the title and in the page header, and a final one nowhere", async () => {
    const draft = await docx.render({ ...base, meta: { ...base.meta, status: "draft" } });
    const { blocks } = await readBack(draft);
    expect(blocks.slice(0, 2)).toEqual([
      ["p", DRAFT_MARKING],
      ["title", oneLine(base.headline)],
    ]);
    expect(part(draft, "word/header1.xml")).toContain(
      `<w:t xml:space="preserve">${DRAFT_MARKING}</w:t>`,
    );
    const final = await docx.render({ ...base, meta: { ...base.meta, status: "final" } });
    const finalText = (await mammoth.extractRawText({ buffer: Buffer.from(final) })).value;
    expect(finalText).not.toContain(DRAFT_MARKING);
    expect(Object.keys(unzipSync(final)).filter((p) => p.startsWith("word/header"))).toEqual([]);
  });

  it.each([
    [undefined, 11906, 16838],
    ["a4", 11906, 16838],
    ["Letter", 12240, 15840],
  ])("sets the page size for page=%s", async (page, w, h) => {
    const document = part(await docx.render(base, page ? { page } : {}), "word/document.xml");
    expect(document).toMatch(new RegExp(`<w:pgSz w:w="${w}" w:h="${h}"`));
  });

  it("refuses a page size it does not know, as a usage error", async () => {
    await expect(docx.render(base, { page: "a5" })).rejects.toThrow(UsageError);
    await expect(docx.render(base, { page: "a5" })).rejects.toThrow(
      '--option page is a4 or letter, not "a5"',
    );
  });

  it("keeps markup-like and control characters as text", async () => {
    const hostile = '</w:t><w:p>&amp; "quoted" <script>x</script>\u0007 \u202eend';
    const b: Briefing = { ...base, headline: hostile, meta: {} };
    const { blocks } = await readBack(await docx.render(b));
    expect(blocks[0]).toEqual(["title", oneLine(hostile)]);
    expect(oneLine(hostile)).not.toContain("\u0007");
  });

  it("adds the word count and reading time under the title when asked", async () => {
    const with_ = (await readBack(await docx.render(base, { readingTime: true }))).blocks;
    expect(with_[1]?.[1]).toMatch(/^\d+ words · \d+ min read$/);
    const without = (await readBack(await docx.render(base))).blocks;
    expect(without[1]).toEqual(["p", oneLine(base.summary)]);
  });
});
