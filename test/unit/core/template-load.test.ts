import { describe, expect, it } from "@jest/globals";
import { parseTemplate } from "../../../src/core/template-load.js";
import { templateCheck } from "./support.js";

const valid = `id: weekly
name: Weekly note
headline: { maxChars: 90 }
summary:
  maxWords: 50
sections:
  - id: news
    label: News
    bullets: { min: 1, max: 4, maxWords: 30 }
  - id: outlook
    label: Outlook
    required: false
conclusion:
  label: So What
`;

describe("parseTemplate", () => {
  it("returns a valid template without problems", () => {
    const loaded = parseTemplate(valid, "weekly.yaml", templateCheck);
    expect(loaded.problems).toEqual([]);
    expect(loaded.template).toEqual({
      id: "weekly",
      name: "Weekly note",
      headline: { maxChars: 90 },
      summary: { maxWords: 50 },
      sections: [
        { id: "news", label: "News", bullets: { min: 1, max: 4, maxWords: 30 } },
        { id: "outlook", label: "Outlook", required: false },
      ],
      conclusion: { label: "So What" },
    });
  });

  it("reads JSON templates by extension", () => {
    const json = '{"id": "j", "name": "J", "sections": [{"id": "a", "label": "A"}]}';
    const loaded = parseTemplate(json, "j.json", templateCheck);
    expect(loaded.template?.sections).toEqual([{ id: "a", label: "A" }]);
  });

  it("reports a schema problem, located, with rule template", () => {
    const text = valid.replace("    label: Outlook\n", "    label: Outlook\n    colour: blue\n");
    const loaded = parseTemplate(text, "weekly.yaml", templateCheck);
    expect(loaded.template).toBeUndefined();
    expect(loaded.problems).toEqual([
      {
        rule: "template",
        severity: "error",
        message: 'unexpected property "colour" in sections[1]',
        path: "weekly.yaml",
        pointer: "/sections/1/colour",
        line: 12,
        column: 5,
        endLine: 12,
        endColumn: 11,
      },
    ]);
  });

  it("reports wrong types and missing keys in plain words", () => {
    const text = valid.replace("id: weekly\n", "").replace("maxChars: 90", "maxChars: ninety");
    const loaded = parseTemplate(text, "weekly.yaml", templateCheck);
    expect(loaded.template).toBeUndefined();
    expect(loaded.problems.map((p) => [p.message, p.line, p.column])).toEqual([
      ['the template is missing "id"', 1, 1],
      ["headline.maxChars must be a whole number; it is text", 2, 23],
    ]);
  });

  it("reports a syntax problem as such", () => {
    const loaded = parseTemplate("id: a\nid: b\n", "dup.yaml", templateCheck);
    expect(loaded.template).toBeUndefined();
    expect(loaded.problems.map((p) => [p.rule, p.message, p.line, p.column])).toEqual([
      ["syntax", "duplicate key: each key may appear only once in a mapping", 2, 1],
    ]);
  });

  it("reports an inconsistent template at the offending value", () => {
    const text = valid
      .replace("bullets: { min: 1, max: 4, maxWords: 30 }", "bullets: { min: 5, max: 4 }")
      .replace("id: outlook", "id: news");
    const loaded = parseTemplate(text, "weekly.yaml", templateCheck);
    expect(loaded.template).toBeUndefined();
    expect(loaded.problems).toEqual([
      {
        rule: "template",
        severity: "error",
        message: "bullets min (5) is greater than max (4)",
        path: "weekly.yaml",
        line: 9,
        column: 14,
        endLine: 9,
        endColumn: 32,
      },
      {
        rule: "template",
        severity: "error",
        message: 'section id "news" is used twice',
        path: "weekly.yaml",
        line: 10,
        column: 9,
        endLine: 10,
        endColumn: 13,
      },
    ]);
  });

  it("reports summary minWords above maxWords at the summary", () => {
    const text = valid.replace("  maxWords: 50\n", "  minWords: 60\n  maxWords: 50\n");
    const loaded = parseTemplate(text, "weekly.yaml", templateCheck);
    expect(loaded.problems.map((p) => [p.message, p.line, p.column])).toEqual([
      ["minWords (60) is greater than maxWords (50)", 5, 3],
    ]);
  });
});
