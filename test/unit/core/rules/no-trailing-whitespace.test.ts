import { describe, expect, it } from "@jest/globals";
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
});
