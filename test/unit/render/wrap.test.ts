import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import stringWidth from "string-width";
import wrapAnsi from "wrap-ansi";
import { wrapSpans } from "../../../src/render/wrap.js";

const bold = (s: string): string => `<b>${s}</b>`;
const untag = (s: string): string => s.replace(/<\/?b>/g, "");

describe("wrapSpans", () => {
  it("breaks at spaces, greedily, within the width", () => {
    expect(wrapSpans([{ text: "one two three four five six" }], { width: 13 })).toBe(
      "one two three\nfour five six",
    );
  });

  it("keeps a short text on one line and an empty one empty", () => {
    expect(wrapSpans([{ text: "Short." }], { width: 80 })).toBe("Short.");
    expect(wrapSpans([{ text: "" }], { width: 80 })).toBe("");
    expect(wrapSpans([{ text: "   " }], { width: 80, first: "  ► " })).toBe("  ►");
  });

  it("indents the first line and hangs the rest", () => {
    expect(
      wrapSpans([{ text: "alpha beta gamma delta epsilon" }], {
        width: 16,
        first: "  ► ",
        rest: "    ",
      }),
    ).toBe("  ► alpha beta\n    gamma delta\n    epsilon");
  });

  it("leaves no space at either end of a line, and folds runs of spaces at a break", () => {
    const out = wrapSpans([{ text: "  aaaa    bbbb    cccc  " }], { width: 10 });
    expect(out).toBe("aaaa\nbbbb\ncccc");
  });

  it("breaks a word longer than a line between its characters", () => {
    expect(wrapSpans([{ text: `go ${"x".repeat(25)} end` }], { width: 10 })).toBe(
      ["go", "x".repeat(10), "x".repeat(10), "xxxxx end"].join("\n"),
    );
  });

  it("counts wide characters as two columns and never splits a grapheme", () => {
    const cjk = "漢字漢字漢字漢字漢字漢字";
    expect(wrapSpans([{ text: cjk }], { width: 10 })).toBe("漢字漢字漢\n字漢字漢字\n漢字");
    const family = "👨‍👩‍👧";
    const out = wrapSpans([{ text: family.repeat(8) }], { width: 10 });
    for (const line of out.split("\n")) {
      expect(stringWidth(line)).toBeLessThanOrEqual(10);
      expect(line.replaceAll(family, "")).toBe("");
    }
  });

  it("keeps a no-break space inside its word", () => {
    expect(wrapSpans([{ text: "aaaaa 10\u00a0km" }], { width: 10 })).toBe("aaaaa\n10\u00a0km");
  });

  it("styles each line on its own, never the indent or the space after a label", () => {
    const out = wrapSpans(
      [{ text: "Long label here.", style: bold }, { text: " and the text that follows it" }],
      { width: 14, first: "> ", rest: "  " },
    );
    expect(out).toBe(
      ["> <b>Long label</b>", "  <b>here.</b> and", "  the text", "  that follows", "  it"].join(
        "\n",
      ),
    );
  });

  it("measures the indent without its escape sequences", () => {
    const out = wrapSpans([{ text: "aaaa bbbb cccc" }], {
      width: 12,
      first: "\u001b[2m►\u001b[22m ",
      rest: "  ",
    });
    expect(out).toBe("\u001b[2m►\u001b[22m aaaa bbbb\n  cccc");
  });

  it("leaves at least ten columns for text under a deep indent", () => {
    const out = wrapSpans([{ text: "aaaaa bbbbb ccccc" }], { width: 12, first: "          " });
    expect(out.split("\n")[0]).toBe("          aaaaa");
  });

  it("wraps a 10 MB text without holding it as words", () => {
    const text = "lorem ipsum ".repeat(870_000);
    const before = process.memoryUsage().heapUsed;
    const out = wrapSpans([{ text }], { width: 80 });
    const grew = process.memoryUsage().heapUsed - before;
    expect(out.split("\n", 3)).toEqual([
      "lorem ipsum lorem ipsum lorem ipsum lorem ipsum lorem ipsum lorem ipsum lorem",
      "ipsum lorem ipsum lorem ipsum lorem ipsum lorem ipsum lorem ipsum lorem ipsum",
      "lorem ipsum lorem ipsum lorem ipsum lorem ipsum lorem ipsum lorem ipsum lorem",
    ]);
    // The text, its lines and the offsets: a small multiple of 10 MB, not hundreds.
    expect(grew).toBeLessThan(120 * 2 ** 20);
  });

  const word = fc.oneof(
    fc.stringMatching(/^[a-z]{1,12}$/),
    fc.constantFrom("漢字", "é", "👍", "👨‍👩‍👧", "naïve", "שלום", "a\u00a0b"),
  );
  const text = fc.array(word, { maxLength: 40 }).map((w) => w.join(" "));

  it("never exceeds the width and never loses or adds a character", () => {
    fc.assert(
      // Ten columns of text at least: the indent takes two.
      fc.property(text, fc.integer({ min: 12, max: 60 }), (t, width) => {
        const out = wrapSpans([{ text: t }], { width, first: "- ", rest: "  " });
        const lines = out.split("\n");
        for (const line of lines) {
          expect(stringWidth(line)).toBeLessThanOrEqual(width);
          expect(line).toBe(line.trimEnd());
        }
        const body = lines.map((l) => l.slice(2)).join("");
        expect(body.replace(/ /g, "")).toBe(t.replace(/ /g, ""));
      }),
      { numRuns: 500 },
    );
  });

  it("styles add nothing but the style around the plain result", () => {
    fc.assert(
      fc.property(text, text, fc.integer({ min: 10, max: 40 }), (a, b, width) => {
        const styled = wrapSpans([{ text: a, style: bold }, { text: ` ${b}` }], { width });
        expect(untag(styled)).toBe(wrapSpans([{ text: `${a} ${b}` }], { width }));
      }),
      { numRuns: 300 },
    );
  });

  it("agrees with wrap-ansi on words that fit a line", () => {
    const ascii = fc
      .array(fc.stringMatching(/^[a-z]{1,10}$/), { maxLength: 40 })
      .map((w) => w.join(" "));
    fc.assert(
      fc.property(ascii, fc.integer({ min: 10, max: 60 }), (t, width) => {
        expect(wrapSpans([{ text: t }], { width })).toBe(
          wrapAnsi(t, width, { hard: true, trim: true }),
        );
      }),
      { numRuns: 500 },
    );
  });
});
