import { describe, expect, it } from "@jest/globals";
import { parse } from "yaml";
import { applyFixes, fixesOf } from "../../../src/core/fix.js";
import type { Problem } from "../../../src/core/types.js";

const yamlText = `# a comment that must survive
headline: "Rates hold   "   # trailing spaces inside the quotes
summary: plain text with trailing space
sections:
  - id: details
    lead: 'it''s single-quoted  '
    bullets: [one  , "two"]
conclusion: >-
  folded text
  over two lines
meta: { date: 2026-03-04 }
`;

describe("applyFixes on YAML", () => {
  it("replaces each value in its own style and keeps comments, key order and layout", () => {
    const out = applyFixes(yamlText, "yaml", [
      { pointer: "/headline", value: "Rates hold" },
      { pointer: "/sections/0/lead", value: "it's single-quoted" },
      { pointer: "/sections/0/bullets/0", value: "uno" },
    ]);
    expect(out).toBe(
      yamlText
        .replace('"Rates hold   "', '"Rates hold"')
        .replace("'it''s single-quoted  '", "'it''s single-quoted'")
        .replace("[one  ,", "[uno  ,"),
    );
  });

  it("quotes a plain value that would otherwise break a flow list", () => {
    const out = applyFixes(yamlText, "yaml", [
      { pointer: "/sections/0/bullets/0", value: "one, two" },
    ]);
    expect((parse(out) as { sections: { bullets: string[] }[] }).sections[0]?.bullets).toEqual([
      "one, two",
      "two",
    ]);
  });

  it("rewrites a block scalar through the document, keeping comments and key order", () => {
    const out = applyFixes(yamlText, "yaml", [
      { pointer: "/conclusion", value: "folded text over two lines, fixed" },
      { pointer: "/headline", value: "Rates hold" },
    ]);
    expect(out).toContain("# a comment that must survive");
    expect(out).toContain("# trailing spaces inside the quotes");
    const data = parse(out) as Record<string, unknown>;
    expect(Object.keys(data)).toEqual(["headline", "summary", "sections", "conclusion", "meta"]);
    expect(data.conclusion).toBe("folded text over two lines, fixed");
    expect(data.headline).toBe("Rates hold");
  });

  it("changes nothing without fixes or for paths that are not text", () => {
    expect(applyFixes(yamlText, "yaml", [])).toBe(yamlText);
    expect(applyFixes(yamlText, "yaml", [{ pointer: "/sections/0", value: "x" }])).toBe(yamlText);
  });
});

describe("applyFixes on JSON", () => {
  it("replaces strings in place", () => {
    const json =
      '{\n  "headline": "A  ",\n  "sections": [{ "id": "details", "bullets": ["b\\u0007"] }]\n}\n';
    const out = applyFixes(json, "json", [
      { pointer: "/headline", value: "A" },
      { pointer: "/sections/0/bullets/0", value: "b" },
    ]);
    expect(out).toBe(
      '{\n  "headline": "A",\n  "sections": [{ "id": "details", "bullets": ["b"] }]\n}\n',
    );
  });
});

describe("fixesOf", () => {
  it("takes one fix per place from the problems that carry one", () => {
    const p = (pointer: string, fix?: string): Problem => ({
      rule: "r",
      severity: "warning",
      message: "m",
      path: "f",
      pointer,
      ...(fix !== undefined ? { fix } : {}),
    });
    expect(fixesOf([p("/a", "1"), p("/a", "2"), p("/b"), p("/c", "3")])).toEqual([
      { pointer: "/a", value: "1" },
      { pointer: "/c", value: "3" },
    ]);
  });
});
