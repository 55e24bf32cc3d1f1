import { describe, expect, it } from "@jest/globals";
import { classOf, LETTER_OR_DIGIT_CLASS, MARK_CLASS, SPACE_CLASS } from "../../../src/core/words.js";

describe("classOf", () => {
  const expected = (char: string): number =>
    (/\s/u.test(char) ? SPACE_CLASS : 0) |
    (/[\p{L}\p{N}]/u.test(char) ? LETTER_OR_DIGIT_CLASS : 0) |
    (/\p{M}/u.test(char) ? MARK_CLASS : 0);

  it("agrees with the Unicode properties on every character, asked twice", () => {
    const points = [...Array.from({ length: 0x10000 }, (_, i) => i), 0x1f600, 0x20000, 0x1d400];
    for (let round = 0; round < 2; round++) {
      const wrong = points.filter((p) => classOf(p) !== expected(String.fromCodePoint(p)));
      expect(wrong).toEqual([]);
    }
  });

  it("classes a few characters as a reader would", () => {
    expect(classOf(0x00a0)).toBe(SPACE_CLASS);
    expect(classOf(0x6771)).toBe(LETTER_OR_DIGIT_CLASS); // 東
    expect(classOf(0x0301)).toBe(MARK_CLASS); // combining acute
    expect(classOf(0x2014)).toBe(0); // em dash
  });
});
