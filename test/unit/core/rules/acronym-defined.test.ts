import { describe, expect, it } from "@jest/globals";
import { ruleById, type Rule } from "../../../../src/core/rules/index.js";
import type { BriefingView } from "../../../../src/core/rules/types.js";
import { compileSchema } from "../../../../src/io/ajv.js";
import { demoTemplate, must } from "../support.js";

const rule: Rule = must(ruleById.get("acronym-defined"));
const check = (view: BriefingView, options: Record<string, unknown> = {}) =>
  rule.check(view, { template: demoTemplate, options, today: "2026-11-25" });
const acronyms = (summary: string, options: Record<string, unknown> = {}) =>
  check({ sections: [], summary }, options).map((f) => /"([^"]+)"/.exec(f.message)?.[1]);

describe("acronym-defined", () => {
  it("is a warning by default", () => {
    expect(rule.defaultLevel).toBe("warn");
  });

  it("reports an acronym used before it is spelled out, once, where it is first used", () => {
    const view: BriefingView = {
      headline: "RSF takes airport",
      summary: "Fighting spread.",
      sections: [
        { id: "details", index: 0, bullets: ["The RSF took the airport.", "The RSF held it."] },
      ],
      conclusion: "The Rapid Support Forces (RSF) will push on.",
    };
    expect(check(view)).toEqual([
      {
        message:
          'Details bullet 1 uses "RSF" before spelling it out; give the full name with "(RSF)" after it on first use',
        at: ["sections", 0, "bullets", 0],
      },
    ]);
  });

  it("accepts both ways of defining, and later uses", () => {
    expect(acronyms("The European Central Bank (ECB) met. The ECB held.")).toEqual([]);
    expect(acronyms("ECOWAS (Economic Community of West African States) met.")).toEqual([]);
    expect(acronyms("Two NGOs ran the clinics.")).toEqual([]);
  });

  it("leaves known acronyms, units, designators, numerals and shouting alone", () => {
    expect(
      acronyms("The UN, NATO and EU met; 2.1 GW; 600 GB; MH17; G7; DENV-3; Phase II; LNG."),
    ).toEqual([]);
    expect(acronyms("BREAKING: TALKS COLLAPSE")).toEqual([]);
    expect(acronyms("The ICC and the IAEA met.")).toEqual(["ICC", "IAEA"]);
  });

  it("takes known and add, and checks its options", () => {
    expect(acronyms("The IAEA met the UN.", { add: ["IAEA"] })).toEqual([]);
    expect(acronyms("The IAEA met the UN.", { known: ["IAEA"] })).toEqual(["UN"]);
    const valid = compileSchema(must(rule.optionsSchema));
    expect(valid({ known: ["UN"], add: ["G7"] })).toBe(true);
    expect(valid({ add: ["un"] })).toBe(false);
  });
});
