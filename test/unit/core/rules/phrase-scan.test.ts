// The vocabulary rules find phrases where one shared scan of each part found a listed first
// word; the one-pattern-per-list matching they used before stays as the reference, and the
// two must find exactly the same.
import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import {
  attributionPhrases,
  confidencePhrases,
  defaultHedges,
} from "../../../../src/core/rules/vocab/hedges.js";
import { findPhrases, findPhrasesByPattern } from "../../../../src/core/rules/vocab/phrases.js";
import { likelihoodTerms, yardsticks } from "../../../../src/core/rules/vocab/yardsticks.js";

const lists = {
  hedges: defaultHedges,
  attribution: attributionPhrases,
  confidence: confidencePhrases,
  likelihood: likelihoodTerms,
  kent: yardsticks.kent.levels.flatMap((l) => [...l.terms, ...(l.alsoAccepted ?? [])]),
  apostrophes: ["it's thought", "we're confident", "don't know"],
};

// Words of the lists in every case, their neighbours, and the characters that sit
// between words in real text: odd spaces, curly quotes, hyphens, marks and letters that
// fold to ASCII only under Unicode case folding.
const pieces = fc.constantFrom(
  ...["may", "May", "MAY", "could", "couldn't", "perhaps", "it", "is", "possible", "likely"],
  ...["unlikely", "very", "highly", "probably", "not", "almost", "certain", "reportedly"],
  ...["sources", "say", "said", "high", "confidence", "we", "are", "confident", "remote"],
  ...["chance", "even", "roughly", "odds", "thought", "don", "t", "s", "re", "know", "said"],
  ...["mayor", "maybe", "Maybe", "migHt", "ı", "İt", "café", "cafe\u0301", "5", "2026", "𝐀"],
  ...[" ", " ", " ", "  ", "\u00a0", "\n", "\t", "'", "\u2019", "\u2018", "-", ".", ",", "\u200b"],
);
const texts = fc.array(pieces, { maxLength: 30 }).map((p) => p.join(""));

describe("phrases found from the shared first-word scan", () => {
  it.each(Object.entries(lists))("find what the pattern finds: %s", (_name, list) => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(findPhrases(text, list)).toEqual(findPhrasesByPattern(text, list));
      }),
      { numRuns: 3000 },
    );
  });

  it("keep to the pattern for lists with more than plain words", () => {
    const list = ["so-called", "may"];
    expect(findPhrases("a so-called deal may hold", list).map((m) => m.phrase)).toEqual([
      "so-called",
      "may",
    ]);
  });

  it("report where each occurrence stands", () => {
    expect(findPhrases("It  Is possible, perhaps.", defaultHedges)).toEqual([
      { phrase: "it is possible", text: "It  Is possible", index: 0, end: 15 },
      { phrase: "perhaps", text: "perhaps", index: 17, end: 24 },
    ]);
  });
});
