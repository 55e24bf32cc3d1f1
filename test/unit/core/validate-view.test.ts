import { describe, expect, it } from "@jest/globals";
import type { Problem } from "../../../src/core/types.js";
import { isKnownRule, toResult, toView } from "../../../src/core/validate.js";

describe("toView", () => {
  it("keeps every well-typed part", () => {
    const meta = { date: "2026-03-04", tags: ["a"] };
    expect(
      toView({
        template: "standard",
        headline: "H",
        summary: "S",
        conclusion: "C",
        meta,
        sections: [{ id: "details", label: "In Detail", lead: "L", bullets: ["a", "b"] }],
      }),
    ).toEqual({
      template: "standard",
      headline: "H",
      summary: "S",
      conclusion: "C",
      meta,
      metaKeys: ["date", "tags"],
      sections: [{ id: "details", index: 0, label: "In Detail", lead: "L", bullets: ["a", "b"] }],
      unidentifiedSections: 0,
    });
  });

  it("drops wrongly typed top-level parts", () => {
    expect(
      toView({
        template: 3,
        headline: 42,
        summary: ["x"],
        conclusion: null,
        meta: ["m"],
        sections: "none",
      }),
    ).toEqual({ sections: [], unidentifiedSections: 0 });
    expect(toView({ meta: null })).toEqual({ sections: [], unidentifiedSections: 0 });
  });

  it("drops sections that are not mappings or have no text id, keeping file indexes", () => {
    const view = toView({
      sections: [
        "details",
        { id: 5 },
        null,
        [],
        { lead: "L" },
        { id: "context" },
        { id: "important" },
      ],
    });
    expect(view.sections).toEqual([
      { id: "context", index: 5 },
      { id: "important", index: 6 },
    ]);
  });

  it("marks a section with a lead of the wrong type as malformed", () => {
    expect(toView({ sections: [{ id: "a", lead: 7, bullets: ["x"] }] }).sections).toEqual([
      { id: "a", index: 0, bullets: ["x"], malformed: true },
    ]);
  });

  it("marks a section with bullets that are not a list as malformed", () => {
    expect(toView({ sections: [{ id: "a", lead: "L", bullets: "x" }] }).sections).toEqual([
      { id: "a", index: 0, lead: "L", malformed: true },
    ]);
  });

  it("turns bullets of the wrong type into empty text, keeping their count and marking them", () => {
    expect(toView({ sections: [{ id: "a", bullets: ["x", 2, null, "y"] }] }).sections).toEqual([
      { id: "a", index: 0, bullets: ["x", "", "", "y"], nonText: [1, 2] },
    ]);
  });

  it("drops a label of the wrong type without marking the section", () => {
    expect(toView({ sections: [{ id: "a", label: 1, lead: "L" }] }).sections).toEqual([
      { id: "a", index: 0, lead: "L" },
    ]);
  });

  it("treats an explicit null lead as wrongly typed", () => {
    expect(toView({ sections: [{ id: "a", lead: null }] }).sections).toEqual([
      { id: "a", index: 0, malformed: true },
    ]);
  });
});

describe("toResult", () => {
  const p = (
    rule: string,
    severity: Problem["severity"],
    line?: number,
    column?: number,
  ): Problem => ({
    rule,
    severity,
    message: rule,
    path: "f",
    ...(line === undefined ? {} : { line }),
    ...(column === undefined ? {} : { column }),
  });

  it("sorts by line, then column, unlocated first, and counts by severity", () => {
    const problems = [
      p("c", "error", 3, 1),
      p("b", "warning", 1, 9),
      p("a", "error", 1, 2),
      p("z", "warning"),
      p("d", "error", 3),
    ];
    const result = toResult("f.yaml", problems);
    expect(result.path).toBe("f.yaml");
    expect(result.problems.map((x) => x.rule)).toEqual(["z", "a", "b", "d", "c"]);
    expect(result.errorCount).toBe(3);
    expect(result.warningCount).toBe(2);
  });

  it("keeps the input order of problems at the same place", () => {
    const result = toResult("f", [p("second", "error", 2, 2), p("first", "error", 2, 2)]);
    expect(result.problems.map((x) => x.rule)).toEqual(["second", "first"]);
  });

  it("does not reorder the array it is given", () => {
    const problems = [p("b", "error", 2, 1), p("a", "error", 1, 1)];
    toResult("f", problems);
    expect(problems.map((x) => x.rule)).toEqual(["b", "a"]);
  });

  it("counts nothing for no problems", () => {
    expect(toResult("f", [])).toEqual({ path: "f", problems: [], errorCount: 0, warningCount: 0 });
  });
});

describe("isKnownRule", () => {
  it("knows the shipped rules and nothing else", () => {
    for (const id of [
      "template-sections",
      "headline-length",
      "summary-length",
      "lead-length",
      "bullet-count",
      "bullet-length",
      "conclusion-length",
    ]) {
      expect(isKnownRule(id)).toBe(true);
    }
    expect(isKnownRule("schema")).toBe(false);
    expect(isKnownRule("headline")).toBe(false);
  });
});
