import { describe, expect, it } from "@jest/globals";
import { readdirSync } from "node:fs";
import {
  detectImportFormat,
  looksLikeMarkdown,
  parseBriefingText,
} from "../../../src/import/index.js";
import { md } from "../../../src/render/md.js";
import { txt } from "../../../src/render/txt.js";
import { fixture } from "../../helpers/paths.js";
import { briefingOf, importFixture, template } from "./support.js";

const files = readdirSync(fixture("import")).sort();
const txtFixtures = files.filter((f) => f.endsWith(".txt"));
const mdFixtures = files.filter((f) => f.endsWith(".md"));

describe("detectImportFormat: by extension first", () => {
  it.each([
    ["brief.md", "md"],
    ["BRIEF.MD", "md"],
    ["notes/brief.markdown", "md"],
    ["brief.txt", "txt"],
    ["Brief.TXT", "txt"],
  ] as const)("%s is %s, whatever the content", (name, format) => {
    expect(detectImportFormat(name, "# A Markdown title\n")).toBe(format);
    expect(detectImportFormat(name, "Plain headline\nPlain summary.\n")).toBe(format);
  });

  it("a .txt holding Markdown is still read as text, a .md holding the house layout as Markdown", () => {
    expect(detectImportFormat("a.txt", importFixture("export-style.md"))).toBe("txt");
    expect(detectImportFormat("a.md", importFixture("messy.txt"))).toBe("md");
  });
});

describe("detectImportFormat: by content when the name says nothing", () => {
  it.each(mdFixtures)("%s reads as Markdown", (name) => {
    expect(detectImportFormat("<stdin>", importFixture(name))).toBe("md");
    expect(detectImportFormat("brief", importFixture(name))).toBe("md");
  });

  it.each(txtFixtures)("%s reads as plain text", (name) => {
    expect(detectImportFormat("<stdin>", importFixture(name))).toBe("txt");
  });

  it("every fixture kind is covered", () => {
    expect(mdFixtures).toHaveLength(4);
    expect(txtFixtures.length).toBeGreaterThanOrEqual(13);
  });
});

describe("looksLikeMarkdown", () => {
  it.each([
    ["an ATX title", "# Rates hold\n\nSummary.\n"],
    ["a second-level heading first", "## Rates hold\n"],
    ["an indented heading", "   # Rates hold\n"],
    ["a title after a BOM", "\ufeff# Rates hold\n"],
    ["a title after blank lines", "\n\n# Rates hold\n"],
    ["YAML front matter", "---\ntitle: Rates hold\n---\n"],
    ["YAML front matter with CRLF", "---\r\ntitle: Rates hold\r\n---\r\n"],
    ["a bold label at a line start", "Rates hold\nSummary.\n**Details.** The lead.\n"],
    ["`-` list items", "Rates hold\nSummary.\nDetails. Lead.\n- One.\n- Two.\n"],
    ["`*` list items", "Rates hold\n* One.\n"],
    ["`+` list items", "Rates hold\n+ One.\n"],
  ])("%s: yes", (_, text) => {
    expect(looksLikeMarkdown(text)).toBe(true);
  });

  it.each([
    [
      "the canonical house layout",
      "Rates hold\nSummary.\nDetails. Lead.\n►   One.\nConclusion. End.\n",
    ],
    ["`-` bullets mixed with `►` bullets", "Rates hold\nDetails. Lead.\n- One.\n►   Two.\n"],
    ["`*` bullets mixed with `•` bullets", "Rates hold\nDetails. Lead.\n* One.\n• Two.\n"],
    ["a hashtag", "#rates hold\nSummary.\n"],
    ["seven hashes", "####### Rates\n"],
    ["bold inside a line", "Rates hold\nThe bank was **firm**.\n"],
    ["a dash without a space", "Rates hold\n-0.3% in March.\n"],
    ["a horizontal rule that is not front matter", "--- \nRates hold\n"],
    ["an empty text", ""],
  ])("%s: no", (_, text) => {
    expect(looksLikeMarkdown(text)).toBe(false);
  });

  it("what the exporters write is recognised for what it is", () => {
    const b = briefingOf(
      parseBriefingText(importFixture("messy.txt"), "txt", { template: template() }),
    );
    const t = template();
    expect(looksLikeMarkdown(md.render(b, { template: t }))).toBe(true);
    expect(looksLikeMarkdown(md.render(b, { template: t, frontMatter: true }))).toBe(true);
    expect(looksLikeMarkdown(txt.render(b, { template: t }))).toBe(false);
  });
});

describe("parseBriefingText dispatches on the format", () => {
  it("txt and md give the same briefing for the same content", () => {
    const t = template();
    const fromTxt = briefingOf(
      parseBriefingText(importFixture("messy.txt"), "txt", { template: t }),
    );
    // Without front matter, the Markdown import finds the date in the summary, as the text one does.
    const { meta, ...body } = fromTxt;
    expect(meta?.date).toBeDefined();
    const asMd = md.render(body, { template: t });
    expect(briefingOf(parseBriefingText(asMd, "md", { template: t }))).toEqual(fromTxt);
  });

  it("reading Markdown as text keeps the markup: a bold label is not a label there", () => {
    const r = parseBriefingText(importFixture("front-matter.md"), "txt", { template: template() });
    expect(r.briefing?.conclusion).toBe("");
    expect(r.problems.map((p) => p.message)).toContain(
      'no conclusion: add a last part that starts with "Conclusion."',
    );
  });
});
