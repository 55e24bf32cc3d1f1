import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { ABOUT_DOCUMENT, PRETEST } from "../../../../src/core/rules/boilerplate-summary.js";

// The rule tests its full pattern only on texts that pass the cheap opening test, so that
// test must pass every text the pattern matches, or the rule would miss findings.
const WORDS = [
  "this",
  "This",
  "THIS",
  "the",
  "The",
  "our",
  "Our",
  "in",
  "In",
  "here",
  "Here",
  "below",
  "present",
  "following",
  "next",
  "purpose",
  "aim",
  "objective",
  "scope",
  "of",
  "is",
  "are",
  "report",
  "weekly",
  "briefing",
  "memorandum",
  "memo",
  "note",
  "examines",
  "provides",
  "covers",
  "sets",
  "out",
  "third",
  "3rd",
  "new",
  "ſ",
  "K",
  "rates",
  "rose",
];
const GAPS = [" ", "  ", "\t", "\n", "\u00a0", "\u2003", "", "-", ", "];
const LEADS = ["", " ", "\n ", "“", "(", "— ", "1. ", "...", "* ", "ſ", "é"];

const text = fc
  .tuple(
    fc.constantFrom(...LEADS),
    fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...GAPS)), { maxLength: 8 }),
    fc.constantFrom("", ".", " the rates rose.", "s", "—"),
  )
  .map(([lead, words, tail]) => lead + words.map(([w, g]) => w + g).join("") + tail);

describe("boilerplate-summary's opening test", () => {
  it("passes every text its full pattern matches", () => {
    fc.assert(
      fc.property(text, (t) => {
        if (ABOUT_DOCUMENT.test(t)) expect(PRETEST.test(t)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it("lets the openings the rule is about through, and most summaries not", () => {
    for (const opening of [
      "This report examines freight rates.",
      "  In this briefing we look at rates.",
      "The purpose of this note is to set out options.",
      "“This is the third weekly update on the strike.",
      "Below are the main points.",
    ]) {
      expect(PRETEST.test(opening)).toBe(true);
      expect(ABOUT_DOCUMENT.test(opening)).toBe(true);
    }
    for (const summary of [
      "Spot rates for a 40-foot container rose 38% in three weeks.",
      "The carriers blame demand; the data point to detours.",
      "Our correspondents report calm in the capital.",
    ])
      expect(ABOUT_DOCUMENT.test(summary) && !PRETEST.test(summary)).toBe(false);
    expect(PRETEST.test("Spot rates for a 40-foot container rose 38% in three weeks.")).toBe(false);
  });
});
