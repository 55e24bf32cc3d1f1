import { describe, expect, it } from "@jest/globals";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import mammoth from "mammoth";
import { main } from "../../../src/cli/main.js";
import { DEFAULT_OUTPUT_WORDS, type OutputWords } from "../../../src/core/output-words.js";
import type { Template } from "../../../src/core/template.js";
import type { Briefing } from "../../../src/core/types.js";
import { docx } from "../../../src/render/docx.js";
import { html } from "../../../src/render/html.js";
import { md } from "../../../src/render/md.js";
import { renderTerminal } from "../../../src/render/terminal.js";
import { txt } from "../../../src/render/txt.js";
import { loadBuiltinTemplates } from "../../../src/io/templates.js";
import { plainColors } from "../../../src/reporters/types.js";
import { memoryIo } from "../../helpers/memory-io.js";
import { tempDir } from "../../helpers/paths.js";

const standard = (await loadBuiltinTemplates()).get("standard") as Template;

/** An office that publishes in Dutch. */
const dutch: Partial<OutputWords> = {
  sources: "Bronnen",
  tags: "Trefwoorden",
  about: "Over deze briefing",
  status: "Stand",
  final: "Definitief",
  moderate: "Redelijk",
  confidenceLevel: "{level} vertrouwen",
  readingTime: "{words} woorden · {minutes} min lezen",
  conclusion: "Tot slot",
};

const briefing: Briefing = {
  template: "standard",
  headline: "Dike repairs finished before the storm season",
  summary: "Work on the dikes along the Lek ended two weeks early.",
  sections: [
    { id: "details", lead: "Crews worked in two shifts.", bullets: ["The cost stayed on budget."] },
  ],
  conclusion: "The river district is ready for the autumn storms.",
  meta: {
    tags: ["water", "flooding"],
    status: "final",
    confidence: "moderate",
    sources: [{ title: "District notice", url: "https://water.example.org/notice" }],
  },
};

describe("the fixed words of every output come from one table", () => {
  it("the defaults are the English words every output printed", () => {
    const page = html.render(briefing, { template: standard });
    expect(page).toContain(`<span>${DEFAULT_OUTPUT_WORDS.final}</span>`);
    expect(page).toContain("<span>Moderate confidence</span>");
    expect(page).toContain('<h2 id="sources">Sources</h2>');
  });

  it("a configuration's words reach html", () => {
    const page = html.render(briefing, { template: standard, words: dutch });
    expect(page).toContain("<span>Definitief</span>");
    expect(page).toContain("<span>Redelijk vertrouwen</span>");
    expect(page).toContain('<span class="tags">Trefwoorden: ');
    expect(page).toContain('<h2 id="sources">Bronnen</h2>');
    expect(page).not.toMatch(/Sources|Moderate confidence|>Final</);
  });

  it("a configuration's words reach md (the reading-time line)", () => {
    const out = md.render(briefing, { template: standard, words: dutch, readingTime: true });
    expect(out).toMatch(/^_\d+ woorden · 1 min lezen_$/m);
  });

  it("a template's words reach txt (the conclusion's label when the template gives none)", () => {
    const own: Template = { ...standard, conclusion: {}, words: { conclusion: "Tot slot" } };
    expect(txt.render(briefing, { template: own })).toContain(
      "\nTot slot. The river district is ready for the autumn storms.\n",
    );
  });

  it("a configuration's words reach docx, as a Word reader sees it", async () => {
    const bytes = await docx.render(briefing, { template: standard, words: dutch });
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    for (const word of [
      "Over deze briefing",
      "Stand",
      "Definitief",
      "Redelijk",
      "Trefwoorden",
      "Bronnen",
    ])
      expect(value).toContain(word);
    expect(value).not.toContain("About this briefing");
  });

  it("a template's words win over the configuration's", () => {
    const own: Template = { ...standard, words: { sources: "Quellen" } };
    const page = html.render(briefing, { template: own, words: dutch });
    expect(page).toContain('<h2 id="sources">Quellen</h2>');
    expect(page).toContain("<span>Definitief</span>");
  });

  it("show prints them too", () => {
    const out = renderTerminal(briefing, {
      template: standard,
      width: 100,
      colors: plainColors,
      words: dutch,
      wordsPerMinute: 238,
    });
    expect(out).toContain("Definitief · Redelijk vertrouwen");
    expect(out).toMatch(/\d+ woorden · 1 min lezen/);
    expect(out).toContain("\nBronnen\n");
  });

  it("the configuration's `words` setting reaches `briefing export`", async () => {
    const { dir, cleanup } = tempDir();
    try {
      mkdirSync(join(dir, "b"));
      writeFileSync(
        join(dir, "briefing.config.yaml"),
        "words:\n  sources: Bronnen\n  final: Definitief\n",
      );
      writeFileSync(join(dir, "b", "x.json"), JSON.stringify(briefing));
      const { io } = memoryIo({ cwd: dir });
      const code = await main(
        ["export", "b/x.json", "-f", "html", "-o", "x.html", "--no-validate"],
        io,
      );
      expect(code).toBe(0);
      const page = readFileSync(join(dir, "x.html"), "utf8");
      expect(page).toContain('<h2 id="sources">Bronnen</h2>');
      expect(page).toContain("<span>Definitief</span>");
    } finally {
      cleanup();
    }
  });

  it("the configuration schema refuses a word it does not know", async () => {
    const { dir, cleanup } = tempDir();
    try {
      writeFileSync(join(dir, "briefing.config.yaml"), "words:\n  soruces: Bronnen\n");
      writeFileSync(join(dir, "x.json"), JSON.stringify(briefing));
      const { io } = memoryIo({ cwd: dir });
      expect(await main(["export", "x.json", "-f", "html"], io)).toBe(2);
    } finally {
      cleanup();
    }
  });
});
