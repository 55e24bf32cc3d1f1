import { describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import {
  loadBriefing,
  loadTemplateFile,
  validate,
  getReporter,
  plainColors,
} from "../../src/index.js";
import { fixture } from "../helpers/paths.js";

const standard = readFileSync(fixture("valid", "standard.yaml"), "utf8");

describe("library entry", () => {
  it("loadBriefing returns a typed briefing for a valid file", async () => {
    const { briefing, problems } = await loadBriefing(standard, "standard.yaml");
    expect(problems).toEqual([]);
    expect(briefing?.sections.map((s) => s.id)).toEqual(["details", "context", "important"]);
  });

  it("loadBriefing returns located problems instead of throwing", async () => {
    const { briefing, problems } = await loadBriefing("headline: [1\n", "x.yaml");
    expect(briefing).toBeUndefined();
    expect(problems[0]).toMatchObject({ rule: "syntax", path: "x.yaml", line: 1, column: 11 });
    const schema = await loadBriefing('{"headline": "x"}', "x.json");
    expect(schema.problems.map((p) => p.message)).toContain('the briefing is missing "summary"');
  });

  it("validate accepts text or bytes and rule settings", async () => {
    const long = standard.replace(
      "Why Are Container Freight Rates Climbing Again?",
      "H".repeat(130),
    );
    const text = await validate(long, { file: "a.yaml" });
    expect(text.problems.map((p) => p.rule)).toEqual(["headline-length"]);
    const bytes = await validate(new TextEncoder().encode(long), {
      file: "a.yaml",
      rules: { "headline-length": "warn" },
    });
    expect(bytes).toMatchObject({ errorCount: 0, warningCount: 1 });
    const off = await validate(long, { rules: { "headline-length": "off" } });
    expect(off.problems).toEqual([]);
  });

  it("validate takes a custom template", async () => {
    const template = await loadTemplateFile(fixture("cli", "custom-template", "weekly.yaml"));
    const result = await validate(
      readFileSync(fixture("cli", "custom-template", "round-up.yaml")),
      { template },
    );
    expect(result.problems).toEqual([]);
  });

  it("reporters are available by name", async () => {
    const result = await validate("headline: 1\n", { file: "b.yaml" });
    const text = getReporter("github")?.([result], {
      colors: plainColors,
      version: "0",
      rules: [],
    });
    expect(text).toMatch(/^::error file=b\.yaml,line=1,col=11/m);
  });
});

describe("library render and import", () => {
  it("renders with the briefing's template and imports back", async () => {
    const { render, parseText, builtinTemplates } = await import("../../src/index.js");
    const { briefing } = await loadBriefing(standard, "standard.yaml");
    if (!briefing) throw new Error("fixture must load");
    const text = await render(briefing, "txt");
    if (typeof text !== "string") throw new Error("txt must render as text");
    expect(text.split("\n")[2]).toMatch(/^Details\. Carriers blamed/);
    const template = (await builtinTemplates()).get("standard");
    if (!template) throw new Error("standard template must exist");
    const back = parseText(text, { template });
    expect(back.problems).toEqual([]);
    expect(await render(back.briefing ?? briefing, "txt")).toBe(text);
    await expect(render(briefing, "pdf")).rejects.toThrow('unknown format "pdf"');
  });

  it("renders a Word document as the bytes of a zip package, its text the briefing's", async () => {
    const { render } = await import("../../src/index.js");
    const { briefing } = await loadBriefing(standard, "standard.yaml");
    if (!briefing) throw new Error("fixture must load");
    const bytes = await render(briefing, "docx");
    if (typeof bytes === "string") throw new Error("docx must render as bytes");
    // "PK\x03\x04": a zip's local file header, which every DOCX package starts with.
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const { default: mammoth } = await import("mammoth");
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
    expect(text).toContain(briefing.headline);
  });
});
