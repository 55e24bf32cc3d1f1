import { describe, expect, it } from "@jest/globals";
import { ruleById, type BriefingView, type Rule } from "../../../../src/core/rules/index.js";
import { demoTemplate, must } from "../support.js";

const rule: Rule = must(ruleById.get("date-not-in-future"));
const run = (meta: BriefingView["meta"], today = "2026-11-25") =>
  rule.check(
    { sections: [], ...(meta ? { meta } : {}) },
    { template: demoTemplate, options: {}, today },
  );

describe("date-not-in-future", () => {
  it("is a warning by default", () => {
    expect(rule.defaultLevel).toBe("warn");
  });

  it("passes today and earlier dates", () => {
    expect(run({ date: "2026-11-25" })).toEqual([]);
    expect(run({ date: "2025-12-31" })).toEqual([]);
    expect(run({ date: "2026-11-25T23:59:59Z" })).toEqual([]);
  });

  it("reports a date after today", () => {
    expect(run({ date: "2026-11-26" })).toEqual([
      {
        message: "meta.date 2026-11-26 is later than today (2026-11-25); check the date",
        at: ["meta", "date"],
      },
    ]);
  });

  it("reads a date-time by the calendar date it is written in", () => {
    expect(run({ date: "2026-11-25T23:30:00-05:00" })).toEqual([]);
    expect(run({ date: "2027-01-04T09:30:00+02:00" })[0]?.message).toBe(
      "meta.date 2027-01-04T09:30:00+02:00 is later than today (2026-11-25); check the date",
    );
  });

  it("follows the today it is given", () => {
    expect(run({ date: "2026-11-26" }, "2026-11-26")).toEqual([]);
  });

  it("leaves a missing or malformed date to other rules", () => {
    expect(run(undefined)).toEqual([]);
    expect(run({})).toEqual([]);
    expect(run({ date: "next week" })).toEqual([]);
  });
});
