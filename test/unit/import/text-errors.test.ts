import { describe, expect, it } from "@jest/globals";
import {
  briefingOf,
  firstProblem,
  house,
  importFixture,
  located,
  THREE_SECTIONS,
  TWO_SECTIONS,
  txtImport,
} from "./support.js";

/** The clean house layout (see text.test.ts) the errors below are made from. */
const CLEAN = house(TWO_SECTIONS);

describe("parseText: located problems, and the briefing is still built", () => {
  const unknownLabel =
    '"Outlook" (line 6) looks like a section label the standard template does not have; it is kept as a custom section: use --lenient to keep it as a custom section, or add it to the template\'s aliases';
  const cases: [string, string, number, number][] = [
    [
      "no-headline.txt",
      "no headline: the first line is a section label; it is kept as the headline",
      1,
      1,
    ],
    [
      "bullet-before-section.txt",
      'bullets before any section label were put in "Details"; add a label line above them if they belong elsewhere',
      3,
      1,
    ],
    [
      "two-conclusions.txt",
      "a second conclusion; the first is on line 6, and this one is kept as a paragraph of it",
      7,
      1,
    ],
    ["empty-section.txt", 'section "Context" has neither a lead nor bullets', 6, 1],
    ["unknown-label.txt", unknownLabel, 6, 1],
    [
      "missing-conclusion.txt",
      'no conclusion: add a last part that starts with "Conclusion."',
      5,
      1,
    ],
  ];

  it.each(cases)("%s: %s (line %d, column %d)", (name, message, line, column) => {
    const result = txtImport(importFixture(name), { file: name });
    expect(firstProblem(result)).toEqual(["import", line, column, message]);
    expect(result.problems.every((p) => p.path === name)).toBe(true);
    expect(result.briefing).toBeDefined();
  });

  it.each(cases)("%s: --strict refuses it, as before", (name) => {
    const result = txtImport(importFixture(name), { strict: true });
    if (name === "bullet-before-section.txt") {
      // A guess, not an error: even --strict writes it.
      expect(result.briefing).toBeDefined();
      expect(result.problems.map((p) => p.severity)).toEqual(["warning"]);
    } else expect(result.briefing).toBeUndefined();
  });

  it.each(cases.filter(([n]) => n !== "no-headline.txt"))(
    "%s: that is the only problem",
    (name) => {
      expect(txtImport(importFixture(name)).problems).toHaveLength(1);
    },
  );

  it("binary text and empty text give no briefing", () => {
    expect(located(txtImport("headline\u0000\nmore").problems)).toEqual([
      ["import", 1, 1, "the file holds binary data (NUL bytes), not text"],
    ]);
    const empty = txtImport(" \n\t\r\n\u00a0\n");
    expect(empty.briefing).toBeUndefined();
    expect(firstProblem(empty)[3]).toBe("the text is empty; a briefing starts with its headline");
  });

  it("names <input> when no file is given", () => {
    expect(txtImport("").problems[0]?.path).toBe("<input>");
  });

  it("no headline: the first line is a bullet, kept as the headline", () => {
    const result = txtImport("►   Rates hold\nSummary.\nConclusion. End.");
    expect(firstProblem(result)).toEqual([
      "import",
      1,
      1,
      "no headline: the first line is a bullet; it is kept as the headline",
    ]);
    expect(result.briefing?.headline).toBe("►   Rates hold");
  });

  it("no summary: a label right after the headline", () => {
    const result = txtImport(
      house(TWO_SECTIONS).replace("The bank kept rates unchanged on Tuesday.\n", ""),
    );
    expect(located(result.problems)).toEqual([
      ["import", 2, 1, "no summary: nothing stands between the headline and the first label"],
    ]);
    expect(result.briefing?.summary).toBe("");
  });

  it("columns point at an indented marker or label", () => {
    const second = txtImport(`${house(TWO_SECTIONS)}  Conclusion. Again.\n`);
    expect(located(second.problems)).toEqual([
      [
        "import",
        9,
        3,
        "a second conclusion; the first is on line 8, and this one is kept as a paragraph of it",
      ],
    ]);
    expect(second.briefing?.conclusion).toBe(
      "Policy is on hold until the summer.\n\nConclusion. Again.",
    );
    const empty = txtImport(house(`${TWO_SECTIONS}\n  Important to Know.`));
    expect(located(empty.problems)).toEqual([
      ["import", 8, 3, 'section "Important to Know" has neither a lead nor bullets'],
    ]);
  });

  it("a bullet after the conclusion is kept as a paragraph of it; a section after it is reported", () => {
    const late = txtImport(`${CLEAN}►   Late.\n►   Later.\n`);
    expect(located(late.problems)).toEqual([
      ["import", 9, 1, "bullets after the conclusion are kept as paragraphs of it"],
    ]);
    expect(late.briefing?.conclusion).toBe(
      "Policy is on hold until the summer.\n\nLate.\n\nLater.",
    );
    expect(located(txtImport(`${CLEAN}Context. Late.\n`).problems)).toEqual([
      ["import", 9, 1, "a section after the conclusion; the conclusion comes last"],
    ]);
  });

  it("reports every problem of a text, sorted by line", () => {
    const text = "Rates hold\nSummary.\n►   early\nDetails.\nConclusion. One.\nConclusion. Two.\n";
    expect(located(txtImport(text).problems).map(([, l, c, m]) => [l, c, m.split(";")[0]])).toEqual(
      [
        [3, 1, 'bullets before any section label were put in "Details"'],
        [4, 1, 'section "Details" has neither a lead nor bullets'],
        [6, 1, "a second conclusion"],
      ],
    );
  });

  it("names the template that knows the unknown labels, once for the whole file", () => {
    const text = house(
      `${TWO_SECTIONS}\nWhy It Matters. Mortgages stay dear.\nThe Big Picture. Rates are high everywhere.`,
    );
    const result = txtImport(text);
    expect(located(result.problems)).toEqual([
      [
        "import",
        8,
        1,
        '"Why It Matters" (line 8), "The Big Picture" (line 9) look like section labels the standard template does not have; they are kept as custom sections: use --template smart-brevity (it has them), or --lenient to keep them as custom sections',
      ],
    ]);
    expect(result.briefing?.sections.map((s) => s.label)).toEqual([
      undefined,
      undefined,
      "Why It Matters",
      "The Big Picture",
    ]);
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
      txtImport(house(`${THREE_SECTIONS}\nRisks Ahead: Energy prices.`), { lenient: true }),
    );
    expect(b.sections[3]).toEqual({
      id: "risks-ahead",
      label: "Risks Ahead",
      lead: "Energy prices.",
    });
  });

  it("keeps labels in any case: sentence case with a colon, ALL CAPS alone on a line", () => {
    const b = briefingOf(
      txtImport(
        house(
          `${TWO_SECTIONS}\nTruth bomb: Nobody expected a cut.\nWHAT MARKETS HEAR\nA pause, not a pivot.`,
        ),
        { lenient: true },
      ),
    );
    expect(b.sections.slice(2)).toEqual([
      { id: "truth-bomb", label: "Truth bomb", lead: "Nobody expected a cut." },
      { id: "what-markets-hear", label: "WHAT MARKETS HEAR", lead: "A pause, not a pivot." },
    ]);
  });

  it("still reports real errors", () => {
    const result = txtImport(importFixture("two-conclusions.txt"), { lenient: true });
    expect(firstProblem(result)[3]).toMatch(/^a second conclusion; the first is on line 6/);
  });
});
