import { describe, expect, it } from "@jest/globals";
import { ruleById, type Rule } from "../../../../src/core/rules/index.js";
import type { BriefingView } from "../../../../src/core/rules/types.js";
import { compileSchema } from "../../../../src/io/ajv.js";
import { demoTemplate, must } from "../support.js";

const ruleNamed = (id: string): Rule => must(ruleById.get(id), id);
const check = (id: string, view: BriefingView, options: Record<string, unknown> = {}) =>
  ruleNamed(id).check(view, { template: demoTemplate, options, today: "2026-11-25" });
const words = (n: number) => `${Array.from({ length: n }, (_, i) => `w${i}`).join(" ")}.`;

describe("sentence-length", () => {
  it("is off by default", () => {
    expect(ruleNamed("sentence-length").defaultLevel).toBe("off");
  });

  it("reports the longest sentence of a part over the maximum", () => {
    const view: BriefingView = { sections: [], summary: `${words(5)} ${words(36)}` };
    expect(check("sentence-length", view, { averageWords: 100 })).toEqual([
      {
        message: "summary has a sentence of 36 words; keep sentences to 35 words or fewer",
        at: ["summary"],
      },
    ]);
    expect(check("sentence-length", view, { maxWords: 36, averageWords: 100 })).toEqual([]);
  });

  it("reports a briefing whose sentences average too many words, once, at its first part", () => {
    const view: BriefingView = {
      headline: words(50),
      summary: words(24),
      sections: [{ id: "details", index: 0, bullets: [words(24)] }],
    };
    expect(check("sentence-length", view)).toEqual([
      { message: "sentences average 24.0 words; keep the average to 22 or fewer", at: ["summary"] },
    ]);
    expect(check("sentence-length", view, { averageWords: 24 })).toEqual([]);
  });

  it("checks its options", () => {
    const valid = compileSchema(must(ruleNamed("sentence-length").optionsSchema));
    expect(valid({ maxWords: 30, averageWords: 18 })).toBe(true);
    expect(valid({ maxWords: 0 })).toBe(false);
  });
});

describe("passive-voice", () => {
  const passive = (summary: string) =>
    check("passive-voice", { sections: [], summary }).map(
      (f) => /\("([^"]+)"\)/.exec(f.message)?.[1],
    );

  it("is off by default", () => {
    expect(ruleNamed("passive-voice").defaultLevel).toBe("off");
  });

  it("reports the first passive of a part", () => {
    expect(
      check("passive-voice", { sections: [], summary: "The ship was seized. It was held." }),
    ).toEqual([
      { message: 'summary uses the passive ("was seized"); put who acted first', at: ["summary"] },
    ]);
    expect(passive("Mines have been quietly laid.")).toEqual(["been quietly laid"]);
    expect(passive("The vote is not expected to be held soon.")).toEqual(["be held"]);
  });

  it("leaves active sentences and adjectives alone", () => {
    expect(passive("Rebels seized the ship. The firm is based in Oslo.")).toEqual([]);
    expect(passive("Inflation was 9% and the envoy was in Cairo.")).toEqual([]);
  });
});
