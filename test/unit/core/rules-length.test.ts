import { describe, expect, it } from "@jest/globals";
import { ruleById, rules, type BriefingView, type Rule } from "../../../src/core/rules/index.js";
import { demoTemplate, must } from "./support.js";

const rule = (id: string): Rule => must(ruleById.get(id), `rule ${id}`);
const run = (
  id: string,
  view: Omit<BriefingView, "sections">,
  options: Record<string, unknown> = {},
) =>
  rule(id).check(
    { sections: [], ...view },
    { template: demoTemplate, options, today: "2026-11-25" },
  );

describe("rules index", () => {
  it("exports each rule once, by id", () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining([
        "template-sections",
        "headline-length",
        "summary-length",
        "lead-length",
        "bullet-count",
        "bullet-length",
        "conclusion-length",
      ]),
    );
    for (const r of rules) expect(ruleById.get(r.id)).toBe(r);
  });

  it("runs the template rules at level error by default", () => {
    for (const id of [
      "template-sections",
      "headline-length",
      "summary-length",
      "bullet-count",
      "conclusion-length",
    ]) {
      expect(rule(id).defaultLevel).toBe("error");
    }
  });
});

describe("headline-length", () => {
  it("passes a headline within both limits", () => {
    expect(run("headline-length", { headline: "Bank holds rates steady" })).toEqual([]);
  });

  it("reports too many characters, counted as code points", () => {
    expect(run("headline-length", { headline: "Central bank holds rates steady" })).toEqual([
      { message: "headline must be at most 30 characters; it has 31", at: ["headline"] },
    ]);
    expect(run("headline-length", { headline: "📈".repeat(30) })).toEqual([]);
  });

  it("reports too many words", () => {
    expect(run("headline-length", { headline: "A b c d e f" })).toEqual([
      { message: "headline must be at most 5 words; it has 6", at: ["headline"] },
    ]);
  });

  it("reports both limits at once", () => {
    expect(
      run("headline-length", { headline: "Central banks all hold their key rates" }).map(
        (f) => f.message,
      ),
    ).toEqual([
      "headline must be at most 30 characters; it has 38",
      "headline must be at most 5 words; it has 7",
    ]);
  });

  it("lets max and maxWords options override the template", () => {
    expect(
      run(
        "headline-length",
        { headline: "Central banks all hold their key rates" },
        { max: 40, maxWords: 7 },
      ),
    ).toEqual([]);
    expect(run("headline-length", { headline: "Bank holds rates steady" }, { max: 20 })).toEqual([
      { message: "headline must be at most 20 characters; it has 23", at: ["headline"] },
    ]);
  });

  it("says nothing without a headline", () => {
    expect(run("headline-length", {}, { max: 1 })).toEqual([]);
  });
});

describe.each([
  ["summary", "summary-length"],
  ["conclusion", "conclusion-length"],
] as const)("%s length", (part, id) => {
  // demo template: summary 3..6 words, conclusion 2..4 words.
  const [min, max] = part === "summary" ? [3, 6] : [2, 4];
  const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(" ");

  it("passes text at both limits", () => {
    expect(run(id, { [part]: words(min) })).toEqual([]);
    expect(run(id, { [part]: words(max) })).toEqual([]);
  });

  it("reports too many words", () => {
    expect(run(id, { [part]: words(max + 1) })).toEqual([
      { message: `${part} must be at most ${max} words; it has ${max + 1}`, at: [part] },
    ]);
  });

  it("reports too few words, punctuation not counted", () => {
    expect(run(id, { [part]: `w — ${"…"}` })).toEqual([
      { message: `${part} must be at least ${min} words; it has 1`, at: [part] },
    ]);
  });

  it("lets min and max options override the template", () => {
    expect(run(id, { [part]: words(max + 3) }, { max: max + 3 })).toEqual([]);
    expect(run(id, { [part]: "one" }, { min: 0 })).toEqual([]);
    expect(run(id, { [part]: "one two" }, { max: 1 })).toEqual([
      { message: `${part} must be at most 1 word; it has 2`, at: [part] },
    ]);
    expect(run(id, { [part]: words(max) }, { min: 10 })).toEqual([
      { message: `${part} must be at least 10 words; it has ${max}`, at: [part] },
    ]);
  });

  it("says nothing without the text", () => {
    expect(run(id, {}, { min: 5 })).toEqual([]);
  });
});

describe("paragraph rules without template limits", () => {
  it("check nothing when the template sets no limits", () => {
    const bare = { ...demoTemplate, summary: undefined, conclusion: undefined };
    const view: BriefingView = { sections: [], summary: "x ".repeat(500), conclusion: "y" };
    expect(
      rule("summary-length").check(view, { template: bare, options: {}, today: "2026-11-25" }),
    ).toEqual([]);
    expect(
      rule("conclusion-length").check(view, { template: bare, options: {}, today: "2026-11-25" }),
    ).toEqual([]);
  });
});
