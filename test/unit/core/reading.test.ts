import { describe, expect, it } from "@jest/globals";
import {
  DEFAULT_WORDS_PER_MINUTE,
  readingLine,
  readingStats,
  segmentWords,
} from "../../../src/index.js";
import type { Briefing } from "../../../src/core/types.js";

const briefing = (words: number, extra: Partial<Briefing> = {}): Briefing => ({
  headline: "Rates",
  summary: Array.from({ length: words - 3 }, () => "word").join(" "),
  sections: [{ id: "details", lead: "Lead.", bullets: ["One."] }],
  conclusion: "",
  ...extra,
});

describe("segmentWords", () => {
  it("counts words, not punctuation, numbers with their signs or spaces", () => {
    expect(segmentWords("Rates climb — 40% in 2 weeks, don’t panic.")).toBe(8);
    expect(segmentWords("  ,;: — … ")).toBe(0);
    expect(segmentWords("")).toBe(0);
  });

  it("finds the words of Chinese and Japanese text written without spaces", () => {
    // Space-splitting would see one word in each of these.
    expect(segmentWords("東京の運賃が上がった")).toBeGreaterThanOrEqual(6);
    expect(segmentWords("集装箱运价再次上涨的原因")).toBeGreaterThanOrEqual(5);
    expect(segmentWords("Shanghai 上海 Rotterdam")).toBe(3);
  });
});

describe("readingStats", () => {
  it("counts headline, summary, leads, bullets and conclusion, not labels", () => {
    const b: Briefing = {
      headline: "Two words",
      summary: "three more words",
      sections: [
        { id: "details", label: "Ignored label here", lead: "Lead.", bullets: ["a b", "c"] },
      ],
      conclusion: "End now.",
    };
    expect(readingStats(b).words).toBe(2 + 3 + 1 + 2 + 1 + 2);
  });

  it("rounds minutes up at the default speed of 238 words a minute", () => {
    expect(DEFAULT_WORDS_PER_MINUTE).toBe(238);
    expect(readingStats(briefing(238))).toEqual({ words: 238, minutes: 1 });
    expect(readingStats(briefing(239))).toEqual({ words: 239, minutes: 2 });
    expect(readingStats(briefing(10))).toEqual({ words: 10, minutes: 1 });
  });

  it("takes a configured reading speed", () => {
    expect(readingStats(briefing(300), 100).minutes).toBe(3);
    expect(readingStats(briefing(300), 0).minutes).toBe(2); // not a speed: the default
  });

  it("gives no minutes for no words", () => {
    const empty: Briefing = { headline: "", summary: "", sections: [], conclusion: "" };
    expect(readingStats(empty)).toEqual({ words: 0, minutes: 0 });
  });
});

describe("readingLine", () => {
  it("says words and minutes", () => {
    expect(readingLine({ words: 481, minutes: 3 })).toBe("481 words · 3 min read");
    expect(readingLine({ words: 1, minutes: 1 })).toBe("1 word · 1 min read");
  });
});
