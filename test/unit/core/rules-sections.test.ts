import { describe, expect, it } from "@jest/globals";
import { ruleById, type BriefingView, type Rule } from "../../../src/core/rules/index.js";
import type { Template } from "../../../src/core/template.js";
import { demoTemplate, must } from "./support.js";

type ViewSection = BriefingView["sections"][number];

const rule = (id: string): Rule => must(ruleById.get(id), `rule ${id}`);
const sections = (...list: Omit<ViewSection, "index">[]): BriefingView => ({
  sections: list.map((s, index) => ({ ...s, index })),
});
const run = (
  id: string,
  view: BriefingView,
  options: Record<string, unknown> = {},
  template: Template = demoTemplate,
) => rule(id).check(view, { template, options, today: "2026-11-25" });

const details = { id: "details", lead: "Rates held.", bullets: ["One point.", "Two points."] };

describe("template-sections", () => {
  it("passes sections in order with their leads, optional ones left out", () => {
    expect(run("template-sections", sections(details))).toEqual([]);
    expect(run("template-sections", sections(details, { id: "context" }))).toEqual([]);
  });

  it("reports a section the template does not have", () => {
    expect(run("template-sections", sections(details, { id: "extra", lead: "L" }))).toEqual([
      {
        message:
          'section "extra" is not part of the demo template (its sections: Details (details), Context (context))',
        at: ["sections", 1, "id"],
      },
    ]);
  });

  it("reports a section that appears twice", () => {
    expect(run("template-sections", sections(details, details))).toEqual([
      {
        message: 'section "Details" appears twice; it was already at sections[0]',
        at: ["sections", 1, "id"],
      },
    ]);
  });

  it("reports a section out of order", () => {
    expect(run("template-sections", sections({ id: "context" }, details))).toEqual([
      {
        message: 'section "Details" is out of order; the demo template puts it before "Context"',
        at: ["sections", 1, "id"],
      },
    ]);
  });

  it.each([undefined, "", "   "])("asks for a required lead (lead %j)", (lead) => {
    const section = lead === undefined ? { id: "details" } : { id: "details", lead };
    expect(run("template-sections", sections(section))).toEqual([
      { message: 'section "Details" needs a lead sentence', at: ["sections", 0] },
    ]);
  });

  it("does not ask for a lead of a malformed section (the schema reports it)", () => {
    expect(run("template-sections", sections({ id: "details", malformed: true }))).toEqual([]);
  });

  it("reports missing required sections at the sections key", () => {
    expect(run("template-sections", sections({ id: "context" }))).toEqual([
      {
        message: 'missing section "Details" required by the demo template',
        at: ["sections"],
        target: "key",
      },
    ]);
    const twoRequired: Template = {
      ...demoTemplate,
      id: "two",
      sections: [
        { id: "a", label: "A" },
        { id: "b", label: "B" },
      ],
    };
    expect(run("template-sections", sections(), {}, twoRequired)).toEqual([
      {
        message: 'missing sections "A", "B" required by the two template',
        at: ["sections"],
        target: "key",
      },
    ]);
  });

  it("uses the file index, not the view position", () => {
    const view: BriefingView = {
      sections: [
        { id: "nope", index: 4 },
        { ...details, index: 7 },
      ],
    };
    expect(run("template-sections", view)[0]?.at).toEqual(["sections", 4, "id"]);
  });
});

describe("bullet-count", () => {
  it("passes counts within the template's range", () => {
    expect(run("bullet-count", sections(details, { id: "context" }))).toEqual([]);
  });

  it("reports too few bullets at the bullets", () => {
    expect(run("bullet-count", sections({ ...details, bullets: ["Only one."] }))).toEqual([
      { message: "Details must have at least 2 bullets; it has 1", at: ["sections", 0, "bullets"] },
    ]);
  });

  it("reports no bullets at the section", () => {
    expect(run("bullet-count", sections({ id: "details", lead: "L" }))).toEqual([
      { message: "Details must have at least 2 bullets; it has 0", at: ["sections", 0] },
    ]);
  });

  it("reports too many bullets, naming the section's own label", () => {
    const view = sections({ ...details, label: "In Detail", bullets: ["a", "b", "c", "d"] });
    expect(run("bullet-count", view)).toEqual([
      {
        message: "In Detail must have at most 3 bullets; it has 4",
        at: ["sections", 0, "bullets"],
      },
    ]);
  });

  it("lets options override the template's min and max", () => {
    expect(run("bullet-count", sections({ ...details, bullets: ["a"] }), { min: 1 })).toEqual([]);
    expect(run("bullet-count", sections(details), { max: 1 })).toEqual([
      { message: "Details must have at most 1 bullet; it has 2", at: ["sections", 0, "bullets"] },
    ]);
    expect(run("bullet-count", sections(details), { min: 3 })[0]?.message).toBe(
      "Details must have at least 3 bullets; it has 2",
    );
  });

  it("ignores options that are not numbers", () => {
    expect(run("bullet-count", sections(details), { max: "1" })).toEqual([]);
  });

  it("skips unknown and malformed sections", () => {
    expect(
      run("bullet-count", sections({ id: "extra" }, { id: "details", malformed: true })),
    ).toEqual([]);
  });
});

describe("bullet-length", () => {
  it("passes bullets within the word limit", () => {
    expect(
      run("bullet-length", sections({ ...details, bullets: ["one two three four", "— a — b —"] })),
    ).toEqual([]);
  });

  it("reports each long bullet with its 1-based number", () => {
    const view = sections({
      ...details,
      bullets: ["short", "one two three four five", "a b c d e f"],
    });
    expect(run("bullet-length", view)).toEqual([
      {
        message: "Details bullet 2 must be at most 4 words; it has 5",
        at: ["sections", 0, "bullets", 1],
      },
      {
        message: "Details bullet 3 must be at most 4 words; it has 6",
        at: ["sections", 0, "bullets", 2],
      },
    ]);
  });

  it("lets the max option override the template and apply to every section", () => {
    expect(
      run("bullet-length", sections({ ...details, bullets: ["a b c d e"] }), { max: 5 }),
    ).toEqual([]);
    expect(run("bullet-length", sections({ id: "extra", bullets: ["a b"] }), { max: 1 })).toEqual([
      {
        message: "extra bullet 1 must be at most 1 word; it has 2",
        at: ["sections", 0, "bullets", 0],
      },
    ]);
  });

  it("checks nothing where neither template nor options set a limit", () => {
    expect(run("bullet-length", sections({ id: "context", bullets: ["a b c d e f g h"] }))).toEqual(
      [],
    );
  });
});

describe("lead-length", () => {
  it("passes leads within the word limit", () => {
    expect(
      run("lead-length", sections({ id: "details", lead: "one two three four five" })),
    ).toEqual([]);
  });

  it("reports a long lead", () => {
    expect(run("lead-length", sections(details, { id: "context", lead: "a b c d" }))).toEqual([
      { message: "Context lead must be at most 3 words; it has 4", at: ["sections", 1, "lead"] },
    ]);
  });

  it("lets the max option override the template", () => {
    expect(run("lead-length", sections({ id: "context", lead: "a b c d" }), { max: 4 })).toEqual(
      [],
    );
    expect(run("lead-length", sections({ id: "details", lead: "a b" }), { max: 1 })).toEqual([
      { message: "Details lead must be at most 1 word; it has 2", at: ["sections", 0, "lead"] },
    ]);
  });

  it("skips sections without a lead", () => {
    expect(run("lead-length", sections({ id: "details" }), { max: 1 })).toEqual([]);
  });
});
