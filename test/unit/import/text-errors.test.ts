import { describe, expect, it } from "@jest/globals";
import {
  briefingOf,
  firstProblem,
  house,
  importFixture,
  located,
  TWO_SECTIONS,
  txtImport,
} from "./support.js";

/** The clean house layout (see text.test.ts) the errors below are made from. */
const CLEAN = house(TWO_SECTIONS);

describe("parseText: located errors", () => {
  const unknownLabel =
    '"Outlook." looks like a section label, but the standard template has none by that name (Details, Context, Important to Know, Conclusion); use --lenient to keep it as a custom section';
  const cases: [string, string, number, number][] = [
    ["empty.txt", "the text is empty; a briefing starts with its headline", 1, 1],
    ["no-headline.txt", "no headline: the first line is a section label", 1, 1],
    [
      "bullet-before-section.txt",
      "a bullet before any section label; bullets belong to a section",
      3,
      1,
    ],
    ["two-conclusions.txt", "a second conclusion; the first is on line 6", 7, 1],
    ["empty-section.txt", 'section "Context" has neither a lead nor bullets', 6, 1],
    ["binary.txt", "the file holds binary data (NUL bytes), not text", 1, 1],
    ["unknown-label.txt", unknownLabel, 6, 1],
    ["missing-conclusion.txt", 'no conclusion: the last part must start with "Conclusion."', 5, 1],
  ];

  it.each(cases)("%s: %s (line %d, column %d)", (name, message, line, column) => {
    const result = txtImport(importFixture(name), { file: name });
    expect(firstProblem(result)).toEqual(["import", line, column, message]);
    expect(result.problems.every((p) => p.severity === "error" && p.path === name)).toBe(true);
  });

  it.each(cases.filter(([n]) => !["no-headline.txt", "binary.txt"].includes(n)))(
    "%s: that is the only problem",
    (name) => {
      expect(txtImport(importFixture(name)).problems).toHaveLength(1);
    },
  );

  it("binary text: reports only the NUL-byte error", () => {
    expect(txtImport("headline\u0000\nmore").problems.map((p) => p.message)).toEqual([
      "the file holds binary data (NUL bytes), not text",
    ]);
  });

  it("names <input> when no file is given", () => {
    expect(txtImport("").problems[0]?.path).toBe("<input>");
  });

  it("a whitespace-only text is empty", () => {
    expect(firstProblem(txtImport(" \n\t\r\n\u00a0\n"))[3]).toBe(
      "the text is empty; a briefing starts with its headline",
    );
  });

  it("no headline: the first line is a bullet", () => {
    expect(firstProblem(txtImport("►   Rates hold\nSummary.\nConclusion. End."))).toEqual([
      "import",
      1,
      1,
      "no headline: the first line is a bullet",
    ]);
  });

  it("no summary: a label right after the headline", () => {
    const result = txtImport(
      house(TWO_SECTIONS).replace("The bank kept rates unchanged on Tuesday.\n", ""),
    );
    expect(located(result.problems)).toEqual([["import", 2, 1, "no summary after the headline"]]);
  });

  it("columns point at an indented marker or label", () => {
    const bullet = txtImport(house(`   ►   Early.\n${TWO_SECTIONS}`));
    expect(located(bullet.problems)).toEqual([
      ["import", 3, 4, "a bullet before any section label; bullets belong to a section"],
    ]);
    const second = txtImport(`${house(TWO_SECTIONS)}  Conclusion. Again.\n`);
    expect(located(second.problems)).toEqual([
      ["import", 9, 3, "a second conclusion; the first is on line 8"],
    ]);
    const empty = txtImport(house(`${TWO_SECTIONS}\n  Important to Know.`));
    expect(located(empty.problems)).toEqual([
      ["import", 8, 3, 'section "Important to Know" has neither a lead nor bullets'],
    ]);
  });

  it("a bullet or a section after the conclusion", () => {
    expect(located(txtImport(`${CLEAN}►   Late.\n`).problems)).toEqual([
      ["import", 9, 1, "a bullet after the conclusion; bullets belong to a section"],
    ]);
    expect(located(txtImport(`${CLEAN}Context. Late.\n`).problems)).toEqual([
      ["import", 9, 1, "a section after the conclusion; the conclusion comes last"],
    ]);
  });

  it("reports every problem of a text, sorted by line", () => {
    const text = "Rates hold\nSummary.\n►   early\nDetails.\nConclusion. One.\nConclusion. Two.\n";
    expect(located(txtImport(text).problems).map(([, l, c, m]) => [l, c, m.split(";")[0]])).toEqual(
      [
        [3, 1, "a bullet before any section label"],
        [4, 1, 'section "Details" has neither a lead nor bullets'],
        [6, 1, "a second conclusion"],
      ],
    );
  });
});

describe("parseText: --lenient", () => {
  it("keeps an unknown label as a custom section with its own label", () => {
    const b = briefingOf(txtImport(importFixture("unknown-label.txt"), { lenient: true }));
    expect(b.sections[1]).toEqual({
      id: "outlook",
      label: "Outlook",
      lead: "Forecasters expect a drier than usual August.",
      bullets: ["The board will review levels weekly until October."],
    });
  });

  it("slugs a multi-word label with a colon into the id, keeping the label as written", () => {
    const b = briefingOf(
      txtImport(house(`${TWO_SECTIONS}\nRisks Ahead: Energy prices.`), { lenient: true }),
    );
    expect(b.sections[2]).toEqual({
      id: "risks-ahead",
      label: "Risks Ahead",
      lead: "Energy prices.",
    });
  });

  it("still reports real errors", () => {
    const result = txtImport(importFixture("two-conclusions.txt"), { lenient: true });
    expect(firstProblem(result)[3]).toBe("a second conclusion; the first is on line 6");
  });
});
