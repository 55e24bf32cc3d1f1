import { describe, expect, it } from "@jest/globals";
import { ruleById, type Rule } from "../../../../src/core/rules/index.js";
import { demoTemplate, must } from "../support.js";

const rule: Rule = must(ruleById.get("confidence-with-likelihood"));
const run = (summary: string) =>
  rule.check(
    { sections: [], summary },
    { template: demoTemplate, options: {}, today: "2026-11-25" },
  );

describe("confidence-with-likelihood", () => {
  it("is a warning by default", () => {
    expect(rule.defaultLevel).toBe("warn");
  });

  it("passes confidence and likelihood in separate sentences", () => {
    expect(run("We have high confidence in the data. A rate cut is likely.")).toEqual([]);
  });

  it("reports both in one sentence", () => {
    expect(run("We assess with high confidence that a cut is likely.")).toEqual([
      {
        message:
          'summary states a confidence level ("high confidence") and a likelihood ("likely"); give them in separate sentences',
        at: ["summary"],
      },
    ]);
  });

  it("names the sentence when the part has several", () => {
    expect(run("Rates held. We are confident a cut is highly unlikely.")[0]?.message).toBe(
      'summary states a confidence level ("We are confident") and a likelihood ("highly unlikely") in sentence 2; give them in separate sentences',
    );
  });

  it("counts likelihood terms of every yardstick", () => {
    for (const term of ["realistic possibility", "chances about even", "roughly even odds"])
      expect(run(`With low confidence, a deal is a ${term}.`)).toHaveLength(1);
  });

  it("does not count everyday words as a likelihood", () => {
    expect(run("With moderate confidence, certain remote districts are affected.")).toEqual([]);
  });

  it("locates the finding at the part", () => {
    const findings = rule.check(
      { sections: [{ id: "details", index: 0, lead: "Moderate confidence: rain likely." }] },
      { template: demoTemplate, options: {}, today: "2026-11-25" },
    );
    expect(findings.map((f) => f.at)).toEqual([["sections", 0, "lead"]]);
  });
});
