import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { trimLineEnds } from "../../../../src/core/rules/no-trailing-whitespace.js";
import { ruleById, type BriefingView, type Rule } from "../../../../src/core/rules/index.js";
import { demoTemplate, must } from "../support.js";

const rule: Rule = must(ruleById.get("no-trailing-whitespace"));
const run = (view: Partial<BriefingView>) =>
  rule.check(
    { sections: [], ...view },
    { template: demoTemplate, options: {}, today: "2026-11-25" },
  );

describe("no-trailing-whitespace", () => {
  it("is a fixable warning by default", () => {
    expect(rule.defaultLevel).toBe("warn");
    expect(rule.fixable).toBe(true);
  });

  it("passes text without trailing white space, leading space and a final line break", () => {
    expect(run({ summary: "  Rates held.", conclusion: "Line one.\nLine two.\n" })).toEqual([]);
  });

  it("reports spaces at the end and trims them", () => {
    expect(run({ summary: "Rates held. " })).toEqual([
      { message: "summary ends with white space", at: ["summary"], fix: "Rates held." },
    ]);
  });

  it("reports tabs and other spaces at the end of a bullet", () => {
    expect(
      run({ sections: [{ id: "details", index: 0, bullets: ["One.\t\u00A0", "Two."] }] }),
    ).toEqual([
      {
        message: "Details bullet 1 ends with white space",
        at: ["sections", 0, "bullets", 0],
        fix: "One.",
      },
    ]);
  });

  it("reports lines within a text that end in white space", () => {
    expect(run({ conclusion: "Line one.  \nLine two.\t\n\nLine three." })).toEqual([
      {
        message: "conclusion has white space at the end of a line",
        at: ["conclusion"],
        fix: "Line one.\nLine two.\n\nLine three.",
      },
    ]);
  });

  it("trims every line and the end at once", () => {
    expect(run({ headline: "A \nB " })[0]).toEqual({
      message: "headline ends with white space",
      at: ["headline"],
      fix: "A\nB",
    });
  });

  it("trims exactly what the pattern names, fast path or not", () => {
    const spaces = [" ", "\t", "\u00a0", "\u1680", "\u2003", "\u202f", "\u205f", "\u3000"];
    const breaks = ["\n", "\r", "\r\n", "\u2028", "\u2029"];
    const piece = fc.oneof(fc.constantFrom(...spaces, ...breaks, "a", "é", "\u200b"), fc.string());
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join("");
        expect(trimLineEnds(text)).toBe(text.replace(/[\t\p{Zs}]+$/gmu, ""));
      }),
      { numRuns: 1000 },
    );
  });
});
