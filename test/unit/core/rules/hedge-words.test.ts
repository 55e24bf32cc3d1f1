import { describe, expect, it } from "@jest/globals";
import { hedgeList } from "../../../../src/core/rules/hedge-words.js";
import { ruleById, type Rule } from "../../../../src/core/rules/index.js";
import { defaultHedges } from "../../../../src/core/rules/vocab/hedges.js";
import { compileSchema } from "../../../../src/io/ajv.js";
import { demoTemplate, must } from "../support.js";

const rule: Rule = must(ruleById.get("hedge-words"));
const run = (summary: string, options: Record<string, unknown> = {}) =>
  rule.check({ sections: [], summary }, { template: demoTemplate, options, today: "2026-11-25" });
const hedges = (summary: string, options: Record<string, unknown> = {}) =>
  run(summary, options).map((f) => /"([^"]+)"/.exec(f.message)?.[1]);

describe("hedge-words", () => {
  it("is a warning by default", () => {
    expect(rule.defaultLevel).toBe("warn");
  });

  it("passes calibrated prose", () => {
    expect(run("A rate cut in September is unlikely unless wage growth slows.")).toEqual([]);
  });

  it("reports a hedge, at the part", () => {
    expect(run("Perhaps the bank will cut rates.")).toEqual([
      {
        message: 'summary hedges with "perhaps"; state how likely it is or what is known',
        at: ["summary"],
      },
    ]);
    const bullet = rule.check(
      { sections: [{ id: "details", index: 0, bullets: ["Fine.", "It seems fine."] }] },
      { template: demoTemplate, options: {}, today: "2026-11-25" },
    );
    expect(bullet).toEqual([
      {
        message: 'Details bullet 2 hedges with "it seems"; state how likely it is or what is known',
        at: ["sections", 0, "bullets", 1],
      },
    ]);
  });

  it.each([...defaultHedges])("finds the default hedge %s", (hedge) => {
    expect(hedges(`Rates will rise, ${hedge}, before the summer.`)).toEqual([hedge]);
  });

  it("finds phrases across white space, once per part", () => {
    expect(hedges("It\nseems so. Maybe rates rise; maybe not. It is  also possible.")).toEqual([
      "it seems",
      "maybe",
      "it is also possible",
    ]);
  });

  it("leaves ability, permission and offers alone", () => {
    expect(run("Their employees could work from anywhere.")).toEqual([]);
    expect(run("Malteser could also provide relief items.")).toEqual([]);
    expect(run("The rules may apply to all lenders.")).toEqual([]);
    expect(run("Applicants may send their papers by post.")).toEqual([]);
    expect(run("The pumps were fitted so that the tanks could refill.")).toEqual([]);
    expect(hedges("Their employees could strike next week.")).toEqual(["could"]);
  });

  it("leaves hedges inside reported speech to the source", () => {
    expect(
      run("The New York Times reported that the withdrawal may have left hundreds behind."),
    ).toEqual([]);
    expect(run("Prices might rise again, the central bank said.")).toEqual([]);
    expect(run("According to the UN, the camps could be flooded.")).toEqual([]);
    // Attribution in another sentence does not carry over.
    expect(hedges("The bank said rates rose. They may rise again.")).toEqual(["may"]);
  });

  it("does not read May the month as a hedge", () => {
    expect(run("In May 2026 rates rose. May saw a record, and on May 5 the bank met.")).toEqual([]);
    expect(run("Rates rose on may 5.")).toEqual([]);
    expect(hedges("Rates may rise in May.")).toEqual(["may"]);
  });

  it("does not report could not", () => {
    expect(run("The bank could not cut rates, and couldn't say when. It could  not wait.")).toEqual(
      [],
    );
    expect(hedges("Rates could rise.")).toEqual(["could"]);
  });

  it("matches whole words only", () => {
    expect(run("The mayor's maybes and mighty possibilities.")).toEqual([]);
  });

  it("replaces the list with words", () => {
    expect(hedges("Perhaps it is, presumably, so.", { words: ["presumably"] })).toEqual([
      "presumably",
    ]);
  });

  it("extends the list with add", () => {
    expect(hedges("Perhaps it is likely-ish.", { add: ["likely-ish"] })).toEqual([
      "perhaps",
      "likely-ish",
    ]);
    expect(hedges("We can’t say.", { add: ["can't say"] })).toEqual(["can't say"]);
  });

  it("removes entries with allow", () => {
    expect(hedges("Rates could rise, perhaps.", { allow: ["could", "Perhaps"] })).toEqual([]);
    expect(hedgeList({ allow: ["may"] })).not.toContain("may");
  });

  it("validates its options", () => {
    const check = compileSchema(must(rule.optionsSchema));
    expect(check({ words: ["a"], add: ["b"], allow: ["c"] })).toBe(true);
    expect(check({ add: "b" })).toBe(false);
    expect(check({ add: [""] })).toBe(false);
    expect(check({ remove: ["b"] })).toBe(false);
  });
});
