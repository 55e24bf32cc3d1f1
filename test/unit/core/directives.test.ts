import { describe, expect, it } from "@jest/globals";
import { applyDirectives } from "../../../src/core/directives.js";
import type { Problem } from "../../../src/core/types.js";

const known = new Set(["headline-length", "hedge-words", "date-required"]);
const problem = (rule: string, line: number): Problem => ({
  rule,
  severity: "warning",
  message: `${rule} here`,
  path: "f.yaml",
  line,
  column: 1,
});

describe("disable comments", () => {
  const text = [
    "# briefing-disable-next-line headline-length",
    "headline: x",
    "summary: y",
    "  # briefing-disable-next-line",
    "conclusion: z",
  ].join("\n");

  it("drop the named rule's finding on the next line only", () => {
    const out = applyDirectives(
      text,
      [problem("headline-length", 2), problem("hedge-words", 2), problem("headline-length", 3)],
      "f.yaml",
      known,
    );
    expect(out.map((p) => [p.rule, p.line])).toEqual([
      ["hedge-words", 2],
      ["headline-length", 3],
      ["unused-disable-directive", 4],
    ]);
  });

  it("without rule ids drop every finding on the next line", () => {
    const out = applyDirectives(
      text,
      [problem("headline-length", 2), problem("hedge-words", 5), problem("date-required", 5)],
      "f.yaml",
      known,
    );
    expect(out.map((p) => p.rule)).toEqual([]);
  });

  it("report unknown rule ids and unused comments at the comment", () => {
    const out = applyDirectives(
      "# briefing-disable-next-line nope, hedge-words -- why\nheadline: x\n",
      [],
      "f.yaml",
      known,
    );
    expect(out).toEqual([
      {
        rule: "unused-disable-directive",
        severity: "warning",
        message: 'unknown rule "nope" in a disable comment',
        path: "f.yaml",
        line: 1,
        column: 1,
      },
      {
        rule: "unused-disable-directive",
        severity: "warning",
        message: 'unused disable comment: no problem from "hedge-words" on line 2',
        path: "f.yaml",
        line: 1,
        column: 1,
      },
    ]);
  });

  it("leave text without comments alone", () => {
    const problems = [problem("hedge-words", 1)];
    expect(applyDirectives("headline: x\n", problems, "f.yaml", known)).toBe(problems);
  });
});
