import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { readableParts, segmentWords } from "../../../src/core/reading.js";
import { loadExamples } from "../render/support.js";

// The fast count must give exactly what Intl.Segmenter gives.
const segmenter = new Intl.Segmenter(undefined, { granularity: "word" });
const bySegmenter = (text: string) =>
  [...segmenter.segment(text)].filter((s) => s.isWordLike).length;

const alphabet = [..."aZéßøÿĀžǿ09 \u00a0.,;:'’‘\"“”-–—_/()%$€£&!?…+=*#@·\t\n"];

describe("segmentWords", () => {
  it("counts every example briefing's parts as Intl.Segmenter does", () => {
    for (const e of loadExamples())
      for (const part of readableParts(e.briefing))
        expect([part, segmentWords(part)]).toEqual([part, bySegmenter(part)]);
  });

  it("counts generated text as Intl.Segmenter does", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (chars) => {
        const text = chars.join("");
        expect([text, segmentWords(text)]).toEqual([text, bySegmenter(text)]);
      }),
      { numRuns: 3000 },
    );
  });
});
