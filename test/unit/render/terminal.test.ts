import { describe, expect, it } from "@jest/globals";
import { renderTerminal } from "../../../src/render/terminal.js";
import { plainColors, type Colors } from "../../../src/reporters/types.js";
import type { Briefing } from "../../../src/core/types.js";

const tag = (name: string) => (t: string) => `<${name}>${t}</${name}>`;
const tagged: Colors = {
  red: tag("r"),
  yellow: tag("y"),
  green: tag("g"),
  dim: tag("d"),
  bold: tag("b"),
  underline: tag("u"),
};

const briefing: Briefing = {
  headline: "Headline",
  summary: "A summary.",
  sections: [
    { id: "details", lead: "Lead.", bullets: ["One.", "Two."] },
    { id: "context", label: "Own Label", bullets: ["Three."] },
  ],
  conclusion: "End.",
  meta: {
    date: "2026-03-04",
    author: "Desk",
    confidence: "high",
    tags: ["a", "b"],
    sources: [{ title: "Src", url: "https://example.org" }],
  },
};

describe("renderTerminal", () => {
  it("lays out every part, with labels and bullets", () => {
    expect(renderTerminal(briefing, { width: 80, colors: plainColors })).toBe(
      [
        "Headline",
        "2026-03-04 · Desk · High confidence · #a #b",
        "",
        "A summary.",
        "",
        "details. Lead.",
        "  ► One.",
        "  ► Two.",
        "",
        "Own Label.",
        "  ► Three.",
        "",
        "Conclusion. End.",
        "",
        "Sources",
        "  Src <https://example.org>",
        "",
      ].join("\n"),
    );
  });

  it("styles through the colours it is given", () => {
    const out = renderTerminal(briefing, { width: 80, colors: tagged });
    expect(out).toContain("<b>Headline</b>");
    expect(out).toContain("<b>Conclusion.</b> End.");
    expect(out).toContain("  <d>►</d> One.");
  });

  it("wraps with a hanging indent under bullets, the same with colour as without", () => {
    const long = {
      ...briefing,
      sections: [{ id: "details", lead: "L.", bullets: ["word ".repeat(30).trim()] }],
    };
    const plain = renderTerminal(long, { width: 40, colors: plainColors });
    const lines = plain.split("\n").filter((l) => l.includes("word"));
    expect(lines[0]?.startsWith("  ► word")).toBe(true);
    expect(lines.slice(1).every((l) => l.startsWith("    word"))).toBe(true);
    expect(Math.max(...plain.split("\n").map((l) => l.length))).toBeLessThanOrEqual(40);
  });
});
