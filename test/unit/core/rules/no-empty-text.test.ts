import { describe, expect, it } from "@jest/globals";
import { ruleById, type BriefingView, type Rule } from "../../../../src/core/rules/index.js";
import { demoTemplate, must } from "../support.js";

type ViewSection = BriefingView["sections"][number];

const rule = (id: string): Rule => must(ruleById.get(id), `rule ${id}`);
const view = (...list: Omit<ViewSection, "index">[]): BriefingView => ({
  sections: list.map((s, index) => ({ ...s, index })),
});
const run = (v: BriefingView, id = "no-empty-text") =>
  rule(id).check(v, { template: demoTemplate, options: {}, today: "2026-11-25" });

const details = { id: "details", lead: "Rates held.", bullets: ["One point.", "Two points."] };

describe("no-empty-text", () => {
  it("is an error by default", () => {
    expect(rule("no-empty-text").defaultLevel).toBe("error");
  });

  it("passes leads and bullets with text", () => {
    expect(run(view(details, { id: "context", lead: "Why.", bullets: ["Because."] }))).toEqual([]);
  });

  it("reports an empty bullet and one of only white space", () => {
    expect(run(view({ ...details, bullets: ["", "One.", " \t\n\u00A0"] }))).toEqual([
      {
        message: "Details bullet 1 is empty; write it or remove it",
        at: ["sections", 0, "bullets", 0],
      },
      {
        message: "Details bullet 3 is empty; write it or remove it",
        at: ["sections", 0, "bullets", 2],
      },
    ]);
  });

  it("names a section by its own label", () => {
    expect(run(view({ ...details, label: "Key facts", bullets: ["One.", " "] }))).toEqual([
      {
        message: "Key facts bullet 2 is empty; write it or remove it",
        at: ["sections", 0, "bullets", 1],
      },
    ]);
  });

  it("reports a blank optional lead", () => {
    expect(run(view(details, { id: "context", lead: "  " }))).toEqual([
      {
        message: "Context lead is empty; write the lead sentence or remove the key",
        at: ["sections", 1, "lead"],
      },
    ]);
  });

  it("leaves a blank required lead to template-sections", () => {
    const blank = view({ ...details, lead: " " });
    expect(run(blank)).toEqual([]);
    expect(run(blank, "template-sections").map((f) => f.message)).toEqual([
      'section "Details" needs a lead sentence',
    ]);
  });

  it("reports blank leads that template-sections does not check", () => {
    const findings = run(view(details, { ...details, lead: "" }, { id: "extra", lead: "\t" }));
    expect(findings.map((f) => f.at)).toEqual([
      ["sections", 1, "lead"],
      ["sections", 2, "lead"],
    ]);
    expect(findings[1]?.message).toBe(
      "extra lead is empty; write the lead sentence or remove the key",
    );
  });

  it("leaves the headline, summary and conclusion to the schema", () => {
    expect(run({ ...view(details), headline: "", summary: " ", conclusion: "" })).toEqual([]);
  });
});
