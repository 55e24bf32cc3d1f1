import { describe, expect, it } from "@jest/globals";
import { ruleById, type BriefingView, type Rule } from "../../../../src/core/rules/index.js";
import { demoTemplate, must } from "../support.js";

const rule: Rule = must(ruleById.get("sources-required"));
const run = (meta: NonNullable<BriefingView["meta"]>, metaKeys = Object.keys(meta)) =>
  rule.check(
    { sections: [], meta, metaKeys },
    { template: demoTemplate, options: {}, today: "2026-11-25" },
  );

describe("sources-required", () => {
  it("is a warning by default", () => {
    expect(rule.defaultLevel).toBe("warn");
  });

  it("passes a final briefing with a source, and drafts without", () => {
    expect(run({ status: "final", sources: [{ title: "Bulletin" }] })).toEqual([]);
    expect(run({ status: "draft" })).toEqual([]);
    expect(run({})).toEqual([]);
    expect(
      rule.check({ sections: [] }, { template: demoTemplate, options: {}, today: "2026-11-25" }),
    ).toEqual([]);
  });

  it("reports a final briefing without meta.sources", () => {
    expect(run({ status: "final" })).toEqual([
      {
        message: "meta.status is final but meta.sources is missing; cite at least one source",
        at: ["meta"],
        target: "key",
      },
    ]);
  });

  it("reports a final briefing with an empty list of sources", () => {
    expect(run({ status: "final", sources: [] })).toEqual([
      {
        message: "meta.sources is empty but meta.status is final; cite at least one source",
        at: ["meta", "sources"],
      },
    ]);
  });

  it("leaves sources of the wrong type to the schema", () => {
    expect(run({ status: "final" }, ["status", "sources"])).toEqual([]);
  });
});
