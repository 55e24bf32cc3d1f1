import { describe, expect, it } from "@jest/globals";
import { ruleById, type BriefingView, type Rule } from "../../../../src/core/rules/index.js";
import { demoTemplate, must } from "../support.js";

const rule: Rule = must(ruleById.get("unattributed-claims"));
const bullets = (...list: string[]): BriefingView["sections"] => [
  { id: "details", index: 0, bullets: list },
];
const run = (view: Partial<BriefingView>) =>
  rule.check(
    { sections: [], ...view },
    { template: demoTemplate, options: {}, today: "2026-11-25" },
  );

describe("unattributed-claims", () => {
  it("is a warning by default", () => {
    expect(rule.defaultLevel).toBe("warn");
  });

  it("passes hearsay when the briefing lists sources", () => {
    expect(
      run({
        sections: bullets("The minister reportedly resigned."),
        meta: { sources: [{ title: "Wire" }] },
      }),
    ).toEqual([]);
  });

  it("passes attributed prose without sources", () => {
    expect(run({ summary: "The ministry said on Monday that rates will rise." })).toEqual([]);
  });

  it("reports hearsay when there are no sources", () => {
    expect(run({ sections: bullets("Fine.", "The minister reportedly resigned.") })).toEqual([
      {
        message:
          'Details bullet 2 says "reportedly" but the briefing lists no sources; add them to meta.sources or attribute the claim',
        at: ["sections", 0, "bullets", 1],
      },
    ]);
  });

  it("reports an empty list of sources like a missing one", () => {
    expect(
      run({ summary: "Allegedly so.", meta: { sources: [] }, metaKeys: ["sources"] }),
    ).toHaveLength(1);
    expect(run({ summary: "Allegedly so.", meta: {}, metaKeys: [] })).toHaveLength(1);
  });

  it("reports each phrase once, the longest where they overlap", () => {
    const found = run({
      summary: "It is said to be over. Sources say so, and according to sources, sources say more.",
    }).map((f) => /"([^"]+)"/.exec(f.message)?.[1]);
    expect(found).toEqual(["it is said", "sources say", "according to sources"]);
    expect(run({ summary: "The plant is said to be closed." })[0]?.message).toContain(
      '"is said to"',
    );
  });

  it("leaves sources of the wrong type to the schema", () => {
    expect(run({ summary: "Reportedly.", meta: {}, metaKeys: ["sources"] })).toEqual([]);
  });
});
