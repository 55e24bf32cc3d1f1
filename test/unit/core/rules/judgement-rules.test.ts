import { describe, expect, it } from "@jest/globals";
import { ruleById, type Rule } from "../../../../src/core/rules/index.js";
import type { BriefingView } from "../../../../src/core/rules/types.js";
import { compileSchema } from "../../../../src/io/ajv.js";
import { demoTemplate, must } from "../support.js";

const ruleNamed = (id: string): Rule => must(ruleById.get(id), id);
const check = (id: string, view: BriefingView, options: Record<string, unknown> = {}) =>
  ruleNamed(id).check(view, { template: demoTemplate, options, today: "2026-11-25" });
const summary = (id: string, text: string, options: Record<string, unknown> = {}) =>
  check(id, { sections: [], summary: text }, options);

describe("boilerplate-summary", () => {
  it("reports a summary that opens by describing the document", () => {
    expect(
      summary("boilerplate-summary", "This report is produced by the desk. Rates rose."),
    ).toEqual([
      {
        message:
          'summary opens by describing the document ("This report is produced by the desk."); open with its main point',
        at: ["summary"],
      },
    ]);
    for (const text of [
      "In this update, we look at the dam.",
      "The next report will be issued on 14 March.",
      "The purpose of this note is to set out options.",
      "This is the third situation report on the floods.",
    ])
      expect([text, summary("boilerplate-summary", text).length]).toEqual([text, 1]);
  });

  it("passes a summary that states its point, even when it mentions a document", () => {
    for (const text of [
      "This assessment judges that the ceasefire is unlikely to hold.",
      "This week's strike has halted a fifth of exports.",
      "The next report from the IMF will decide the loan.",
      "Rates rose 38%. This report examines why.",
    ])
      expect([text, summary("boilerplate-summary", text)]).toEqual([text, []]);
    expect(
      check("boilerplate-summary", { sections: [], conclusion: "This note covers it." }),
    ).toEqual([]);
  });
});

describe("estimative-off-yardstick", () => {
  const judged = (text: string, options: Record<string, unknown> = {}) =>
    summary("estimative-off-yardstick", text, options).map(
      (f) => /\("([^"]+)"\)/.exec(f.message)?.[1],
    );

  it("reports a judgement with no term from the yardstick, once per part", () => {
    expect(
      summary("estimative-off-yardstick", "We doubt much will come of them. We think so."),
    ).toEqual([
      {
        message:
          'summary makes a judgement ("We doubt") with no term from the ICD 203 yardstick; say how likely it is',
        at: ["summary"],
      },
    ]);
    expect(judged("A strike cannot be ruled out.")).toEqual(["cannot be ruled out"]);
    expect(judged("There is a chance the envoy returns.")).toEqual(["There is a chance"]);
  });

  it("passes calibrated judgements, confidence statements, reported speech and quantities", () => {
    expect(judged("We doubt the truce holds; a collapse is likely.")).toEqual([]);
    expect(judged("We assess with high confidence that the ship sank.")).toEqual([]);
    expect(judged("The governor said there is a chance of rain.")).toEqual([]);
    expect(judged("We estimate the cost at $40 million.")).toEqual([]);
    expect(judged("The bank raised rates.")).toEqual([]);
  });

  it("reads the configured yardstick, takes more phrases, and checks its options", () => {
    expect(judged("We think a deal is a realistic possibility.")).toEqual(["We think"]);
    expect(judged("We think a deal is a realistic possibility.", { yardstick: "phia" })).toEqual(
      [],
    );
    expect(judged("Our sense is that talks resume.", { add: ["our sense is"] })).toEqual([
      "Our sense is",
    ]);
    const valid = compileSchema(must(ruleNamed("estimative-off-yardstick").optionsSchema));
    expect(valid({ yardstick: "kent", add: ["x"] })).toBe(true);
    expect(valid({ yardstick: "nato" })).toBe(false);
  });
});

describe("yardstick-row-mix", () => {
  it("reports the first term of the second row, at its part", () => {
    const view: BriefingView = {
      summary: "A strike is likely.",
      sections: [{ id: "details", index: 0, bullets: ["Talks are probable.", "Also improbable."] }],
    };
    expect(check("yardstick-row-mix", view)).toEqual([
      {
        message:
          'Details bullet 1 uses "probable" from row 2 of the ICD 203 table, but the briefing already used "likely" from row 1; keep to one row',
        at: ["sections", 0, "bullets", 0],
      },
    ]);
  });

  it("passes one row, a named scale, and the everyday remote", () => {
    expect(summary("yardstick-row-mix", "Likely, very unlikely, almost certain.")).toEqual([]);
    expect(summary("yardstick-row-mix", "Probably, improbable, nearly certain.")).toEqual([]);
    expect(summary("yardstick-row-mix", "On the ICD 203 scale: likely, probable.")).toEqual([]);
    expect(summary("yardstick-row-mix", "Remote areas will likely flood.")).toEqual([]);
  });
});
