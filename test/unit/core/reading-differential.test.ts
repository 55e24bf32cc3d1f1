import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { readableParts, readingStats, segmentWords } from "../../../src/core/reading.js";
import { loadExamples } from "../render/support.js";

// The fast count must give exactly what Intl.Segmenter gives.
const segmenter = new Intl.Segmenter(undefined, { granularity: "word" });
const bySegmenter = (text: string) =>
  [...segmenter.segment(text)].filter((s) => s.isWordLike).length;

const alphabet = [..."aZéßøÿĀžǿ09 \u00a0.,;:'’‘\"“”-–—_/()%$€£&!?…+=*#@·\t\n"];
// Scripts and characters the fast path hands to the segmenter, with the ones whose UAX #29
// rules reach furthest: Hebrew letters around quotes, Katakana runs, marks and joiners,
// spaces that are not ASCII, regional indicators and emoji.
const wider = [
  ..."αβΩ σάΐ;·\u0387\u037e",
  ..."ЖжЯё\u0483",
  ..."부산",
  ..."عربيـ\u064e٣",
  ..."שלום״׳",
  ..."中文字日本語",
  ..."カタカナー",
  ..."ไทย",
  "\u0301",
  "\u200d",
  "\u200b",
  "\u202f",
  "\ufeff",
  "\u3000",
  "\u2028",
  "\u00ad",
  "\u{1F1EB}",
  "\u{1F1F7}",
  "\u{1F600}",
  "\r",
  "\v",
];

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

  it("counts generated text of mixed scripts as Intl.Segmenter does", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...alphabet, ...wider), { maxLength: 40 }),
        fc.array(fc.constantFrom(...wider), { maxLength: 6 }),
        (chars, tail) => {
          const text = chars.join("") + tail.join("");
          expect([text, segmentWords(text)]).toEqual([text, bySegmenter(text)]);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it("counts a briefing's parts together as the segmenter counts each apart", () => {
    const text = fc
      .array(fc.constantFrom(...alphabet, ...wider), { maxLength: 30 })
      .map((chars) => chars.join(""));
    fc.assert(
      fc.property(text, text, fc.array(text, { maxLength: 5 }), text, (h, s, bullets, c) => {
        const briefing = {
          headline: h,
          summary: s,
          sections: [{ id: "details", bullets }],
          conclusion: c,
        };
        const expected = [h, s, ...bullets, c].reduce((n, part) => n + bySegmenter(part), 0);
        expect(readingStats(briefing).words).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
