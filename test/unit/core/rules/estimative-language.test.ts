import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { ruleById, type BriefingView, type Rule } from "../../../../src/core/rules/index.js";
import {
  acceptedTerms,
  yardsticks,
  type YardstickId,
} from "../../../../src/core/rules/vocab/yardsticks.js";
import { compileSchema } from "../../../../src/io/ajv.js";
import { demoTemplate, must } from "../support.js";

const rule: Rule = must(ruleById.get("estimative-language"));
const run = (view: Partial<BriefingView>, yardstick?: YardstickId) =>
  rule.check(
    { sections: [], ...view },
    { template: demoTemplate, options: yardstick ? { yardstick } : {}, today: "2026-11-25" },
  );
const messages = (text: string, yardstick?: YardstickId) =>
  run({ summary: text }, yardstick).map((f) => f.message);

const icdChoices =
  "almost no chance, very unlikely, unlikely, roughly even chance, likely, very likely, almost certain";
const phiaChoices =
  "remote chance, highly unlikely, unlikely, realistic possibility, likely, highly likely, almost certain";
const kentChoices =
  "certain, almost certain, probable, chances about even, probably not, almost certainly not";

describe("estimative-language", () => {
  it("is a warning by default, on the ICD 203 yardstick", () => {
    expect(rule.defaultLevel).toBe("warn");
    expect(messages("A realistic possibility.")).toEqual(
      messages("A realistic possibility.", "icd203"),
    );
  });

  it("passes the terms of ICD 203 and their natural variants", () => {
    const text =
      "Rationing is very unlikely, a cut is likely and a deal almost certainly follows. " +
      "Talks will probably not resume; there is a remote chance of a strike in certain districts.";
    expect(messages(text)).toEqual([]);
  });

  it("reports a PHIA term under ICD 203, with the closest ICD term", () => {
    expect(run({ conclusion: "A strike is a realistic possibility." })).toEqual([
      {
        message: `conclusion uses "realistic possibility", which is not on the ICD 203 yardstick; use one of: ${icdChoices} (closest: "roughly even chance")`,
        at: ["conclusion"],
      },
    ]);
  });

  it("reports the longest phrase only", () => {
    expect(messages("A strike is highly unlikely.")).toEqual([
      `summary uses "highly unlikely", which is not on the ICD 203 yardstick; use one of: ${icdChoices} (closest: "very unlikely")`,
    ]);
    expect(messages("A strike is highly unlikely.", "kent")).toEqual([
      `summary uses "highly unlikely", which is not on the Kent yardstick; use one of: ${kentChoices} (closest: "almost certainly not")`,
    ]);
  });

  it("reports ICD terms under PHIA", () => {
    expect(messages("A deal is a roughly even chance; a strike very likely.", "phia")).toEqual([
      `summary uses "roughly even chance", which is not on the PHIA yardstick; use one of: ${phiaChoices} (closest: "realistic possibility")`,
      `summary uses "very likely", which is not on the PHIA yardstick; use one of: ${phiaChoices} (closest: "highly likely")`,
    ]);
    expect(messages("A deal is probably close; it is highly likely.", "phia")).toEqual([]);
  });

  it("reports ICD and PHIA terms under Kent", () => {
    expect(messages("Rain is likely. Chances about even for a probable deal.", "kent")).toEqual([
      `summary uses "likely", which is not on the Kent yardstick; use one of: ${kentChoices} (closest: "probable")`,
    ]);
  });

  it("matches whole words and phrases, case-insensitively, across line breaks", () => {
    expect(messages("It is Highly\nLikely.")).toEqual([
      `summary uses "highly likely", which is not on the ICD 203 yardstick; use one of: ${icdChoices} (closest: "very likely")`,
    ]);
    expect(messages("The likelihood of likely-looking unlikelihood.", "kent")).toEqual([
      `summary uses "likely", which is not on the Kent yardstick; use one of: ${kentChoices} (closest: "probable")`,
    ]);
  });

  it("never reads everyday words as another yardstick's term", () => {
    expect(
      messages("Attackers used a remote-access tool in certain remote areas.", "phia"),
    ).toEqual([]);
  });

  it("reports each term once per part, at the part", () => {
    const findings = run(
      {
        headline: "Strike highly likely",
        sections: [
          {
            id: "details",
            index: 0,
            lead: "Lead.",
            bullets: ["Fine.", "Highly likely, highly likely."],
          },
        ],
      },
      "icd203",
    );
    expect(findings.map((f) => [f.at, f.message.split(",")[0]])).toEqual([
      [["headline"], 'headline uses "highly likely"'],
      [["sections", 0, "bullets", 1], 'Details bullet 2 uses "highly likely"'],
    ]);
  });

  it.each(Object.keys(yardsticks) as YardstickId[])(
    "never flags a term valid on the %s yardstick",
    (id) => {
      const terms = acceptedTerms(yardsticks[id]);
      const sentence = fc.array(
        fc.oneof(fc.constantFrom(...terms), fc.constantFrom("the", "talks", "are", "not", ",")),
        { maxLength: 12 },
      );
      fc.assert(
        fc.property(sentence, (words) => {
          expect(messages(`${words.join(" ")}.`, id)).toEqual([]);
        }),
      );
    },
  );

  it("takes only a known yardstick", () => {
    const check = compileSchema(must(rule.optionsSchema));
    for (const yardstick of ["icd203", "phia", "kent"]) expect(check({ yardstick })).toBe(true);
    expect(check({ yardstick: "nato" })).toBe(false);
    expect(check({ scale: "kent" })).toBe(false);
  });
});
