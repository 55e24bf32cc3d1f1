import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { similarity, wordsOf } from "../../../../src/core/rules/conclusion-repeats-summary.js";
import { ruleById, type Rule } from "../../../../src/core/rules/index.js";
import { compileSchema } from "../../../../src/io/ajv.js";
import { demoTemplate, must } from "../support.js";

const rule: Rule = must(ruleById.get("conclusion-repeats-summary"));
const run = (summary: string, conclusion: string, options: Record<string, unknown> = {}) =>
  rule.check(
    { sections: [], summary, conclusion },
    { template: demoTemplate, options, today: "2026-11-25" },
  );
const advice = "say what follows from the summary instead";

describe("conclusion-repeats-summary", () => {
  it("is a warning by default", () => {
    expect(rule.defaultLevel).toBe("warn");
  });

  it("passes a conclusion that draws its own judgement", () => {
    expect(
      run(
        "Services inflation held at 3.4% in June as wages kept rising.",
        "A September rate cut is unlikely unless wage growth slows.",
      ),
    ).toEqual([]);
  });

  it("reports a conclusion that repeats a sentence of the summary", () => {
    expect(
      run("Rates rose again in March. Wages drove the rise.", "Wages drove the rise!"),
    ).toEqual([
      {
        message: `conclusion repeats a passage of the summary word for word; ${advice}`,
        at: ["conclusion"],
      },
    ]);
  });

  it("reports the same words in the same order, whatever the case and punctuation", () => {
    expect(run("Rates rose; wages didn’t.", "rates rose, wages didn't")).toEqual([
      { message: `conclusion repeats the summary word for word; ${advice}`, at: ["conclusion"] },
    ]);
  });

  it("reports a conclusion that contains the whole summary", () => {
    expect(run("Rates rose in March.", "Rates rose in March. Expect more.")[0]?.message).toBe(
      `conclusion contains the whole summary word for word; ${advice}`,
    );
  });

  it("reports the same words rearranged", () => {
    expect(
      run(
        "Inflation will stay above target this year because wages are rising.",
        "Because wages are rising, inflation will stay above target this year.",
      ),
    ).toEqual([
      {
        message: `conclusion repeats the summary (100% of their words are shared); ${advice}`,
        at: ["conclusion"],
      },
    ]);
  });

  it("takes a threshold", () => {
    const summary = "Rates rose in March and April.";
    const conclusion = "In April and March rates fell.";
    // Shared: rates, in, march, and, april (5) of 7 words.
    expect(similarity(new Set(wordsOf(summary)), new Set(wordsOf(conclusion)))).toBeCloseTo(5 / 7);
    expect(run(summary, conclusion)).toEqual([]);
    expect(run(summary, conclusion, { threshold: 0.7 })[0]?.message).toBe(
      `conclusion repeats the summary (71% of their words are shared); ${advice}`,
    );
  });

  it("does not count a very short conclusion as contained", () => {
    expect(run("Yes: move the doses to adults now.", "Yes.")).toEqual([]);
  });

  it("passes when either part is missing or has no words", () => {
    expect(
      rule.check(
        { sections: [], summary: "Text." },
        { template: demoTemplate, options: {}, today: "2026-11-25" },
      ),
    ).toEqual([]);
    expect(run("—", "—")).toEqual([]);
  });

  it("accepts thresholds above 0 up to 1", () => {
    const check = compileSchema(must(rule.optionsSchema));
    expect(check({ threshold: 0.5 })).toBe(true);
    expect(check({ threshold: 1 })).toBe(true);
    expect(check({ threshold: 0 })).toBe(false);
    expect(check({ threshold: 1.5 })).toBe(false);
    expect(check({ other: 1 })).toBe(false);
  });

  it("finds a passage however it overlaps itself", () => {
    // "a a b" inside "a a a b": a naive restart after the mismatch would miss it.
    expect(run("x a a a b y", "a a b")[0]?.message).toBe(
      `conclusion repeats a passage of the summary word for word; ${advice}`,
    );
    expect(run("one two one two three", "one two three")).toHaveLength(1);
    expect(run("one two one two four", "one two three")).toEqual([]);
  });

  it("keeps apostrophes inside words, straightened", () => {
    expect(wordsOf("Don’t SAY 'it' — it’s rock'n'roll")).toEqual([
      "don't",
      "say",
      "it",
      "it's",
      "rock'n'roll",
    ]);
  });

  it("agrees with the plain definition on any text", () => {
    // The plain definition: one word list joined inside the other, then the word sets.
    const contains = (long: string[], short: string[]) =>
      short.length >= 3 &&
      short.length <= long.length &&
      ` ${long.join(" ")} `.includes(` ${short.join(" ")} `);
    const word = fc.constantFrom("a", "b", "c", "it's", "don’t", "Rates", "RATES");
    const text = fc.array(word, { maxLength: 12 }).map((w) => w.join(" "));
    fc.assert(
      fc.property(text, text, (summary, conclusion) => {
        const a = wordsOf(summary);
        const b = wordsOf(conclusion);
        const expected =
          a.length > 0 &&
          b.length > 0 &&
          (contains(a, b) || contains(b, a) || similarity(new Set(a), new Set(b)) >= 0.8);
        expect(run(summary, conclusion).length).toBe(expected ? 1 : 0);
      }),
      { numRuns: 1000 },
    );
  });
});
