import { describe, expect, it } from "@jest/globals";
import { normaliseBullet } from "../../../../src/core/rules/no-duplicate-bullets.js";
import { ruleById, type BriefingView, type Rule } from "../../../../src/core/rules/index.js";
import { demoTemplate, must } from "../support.js";

type ViewSection = BriefingView["sections"][number];

const rule: Rule = must(ruleById.get("no-duplicate-bullets"));
const run = (...list: Omit<ViewSection, "index">[]) =>
  rule.check(
    { sections: list.map((s, index) => ({ ...s, index })) },
    { template: demoTemplate, options: {}, today: "2026-11-25" },
  );

describe("no-duplicate-bullets", () => {
  it("is a warning by default", () => {
    expect(rule.defaultLevel).toBe("warn");
  });

  it("passes distinct bullets, even close ones", () => {
    expect(
      run(
        { id: "details", bullets: ["Rates rose 2%.", "Rates rose 3%."] },
        { id: "context", bullets: ["Wages rose."] },
      ),
    ).toEqual([]);
  });

  it("reports the later of two equal bullets in one section", () => {
    expect(run({ id: "details", bullets: ["Rates rose.", "Wages rose.", "Rates rose."] })).toEqual([
      {
        message: "Details bullet 3 repeats Details bullet 1; remove one of them",
        at: ["sections", 0, "bullets", 2],
      },
    ]);
  });

  it("compares across sections, ignoring case, white space, quote and dash style", () => {
    expect(
      run(
        {
          id: "details",
          bullets: ["Rates for 2025–26 hit a “record” high, the bank’s data show."],
        },
        {
          id: "context",
          bullets: ['rates for  2025-26 hit a "record"\nhigh, the bank\'s data show. '],
        },
      ),
    ).toEqual([
      {
        message: "Context bullet 1 repeats Details bullet 1; remove one of them",
        at: ["sections", 1, "bullets", 0],
      },
    ]);
  });

  it("names the first occurrence for every later copy", () => {
    expect(
      run({ id: "details", bullets: ["Same.", "Other.", "same.", "SAME."] }).map((f) => f.message),
    ).toEqual([
      "Details bullet 3 repeats Details bullet 1; remove one of them",
      "Details bullet 4 repeats Details bullet 1; remove one of them",
    ]);
  });

  it("tells apart two sections with the same label", () => {
    expect(
      run({ id: "details", bullets: ["Same."] }, { id: "details", bullets: ["Same."] }),
    ).toEqual([
      {
        message: "Details bullet 1 repeats Details bullet 1 of sections[0]; remove one of them",
        at: ["sections", 1, "bullets", 0],
      },
    ]);
  });

  it("leaves empty bullets to no-empty-text", () => {
    expect(run({ id: "details", bullets: ["", " ", ""] })).toEqual([]);
  });

  it("normalises text for comparison", () => {
    expect(normaliseBullet("  “It’s” — OK\u00A0now ")).toBe('"it\'s" - ok now');
  });
});
