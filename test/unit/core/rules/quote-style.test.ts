import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { ruleById, type Rule } from "../../../../src/core/rules/index.js";
import { curlQuotes, straightenQuotes } from "../../../../src/core/rules/quote-style.js";
import { compileSchema } from "../../../../src/io/ajv.js";
import { demoTemplate, must } from "../support.js";

const rule: Rule = must(ruleById.get("quote-style"));
const run = (summary: string, options: Record<string, unknown> = {}) =>
  rule.check({ sections: [], summary }, { template: demoTemplate, options, today: "2026-11-25" });

describe("quote-style", () => {
  it("is off by default and fixable", () => {
    expect(rule.defaultLevel).toBe("off");
    expect(rule.fixable).toBe(true);
  });

  it("passes curly quotes under the default curly style", () => {
    expect(run("He said “no”; it’s the bank’s ‘final’ word.")).toEqual([]);
  });

  it("reports straight quotes and curls them", () => {
    expect(run(`He said "no"; it's the bank's 'final' word.`)).toEqual([
      {
        message: "summary uses straight quotes; the configured style is curly quotes",
        at: ["summary"],
        fix: "He said “no”; it’s the bank’s ‘final’ word.",
      },
    ]);
  });

  it("opens after the start, space, brackets, dashes and opening quotes", () => {
    expect(curlQuotes(`"A" ("b") ['c'] {"d"} —"e" "'f'"`)).toBe("“A” (“b”) [‘c’] {“d”} —“e” “‘f’”");
  });

  it("closes after words and punctuation, and turns apostrophes into ’", () => {
    expect(curlQuotes(`"Yes," the investors' rep said, "it's 'done'."`)).toBe(
      "“Yes,” the investors’ rep said, “it’s ‘done’.”",
    );
  });

  it("reports curly quotes under the straight style and straightens them", () => {
    expect(run("He said “no” and it’s ‘final’ „here“.", { style: "straight" })).toEqual([
      {
        message: "summary uses curly quotes; the configured style is straight quotes",
        at: ["summary"],
        fix: `He said "no" and it's 'final' "here".`,
      },
    ]);
    expect(run(`He said "no" and it's final.`, { style: "straight" })).toEqual([]);
  });

  it("locates findings at each part", () => {
    const findings = rule.check(
      { sections: [{ id: "details", index: 0, lead: "It's", bullets: ["Fine.", `"Two"`] }] },
      { template: demoTemplate, options: {}, today: "2026-11-25" },
    );
    expect(findings.map((f) => [f.at, f.fix])).toEqual([
      [["sections", 0, "lead"], "It’s"],
      [["sections", 0, "bullets", 1], "“Two”"],
    ]);
  });

  it("curls without losing or adding anything", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("'", '"', " ", "a", "1", "(", ".", "—") }),
        (text) => {
          const curled = curlQuotes(text);
          expect(curled).not.toMatch(/['"]/);
          expect(straightenQuotes(curled)).toBe(text);
          expect(run(curled)).toEqual([]);
        },
      ),
    );
  });

  it("takes only curly or straight", () => {
    const check = compileSchema(must(rule.optionsSchema));
    expect(check({ style: "curly" })).toBe(true);
    expect(check({ style: "straight" })).toBe(true);
    expect(check({ style: "smart" })).toBe(false);
  });
});
