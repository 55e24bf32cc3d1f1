import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { ruleById, type BriefingView, type Rule } from "../../../../src/core/rules/index.js";
import { demoTemplate, must } from "../support.js";

const rule: Rule = must(ruleById.get("no-control-characters"));
const run = (view: Partial<BriefingView>) =>
  rule.check(
    { sections: [], ...view },
    { template: demoTemplate, options: {}, today: "2026-11-25" },
  );
const headline = (text: string) => run({ headline: text });

describe("no-control-characters", () => {
  it("is a fixable error by default", () => {
    expect(rule.defaultLevel).toBe("error");
    expect(rule.fixable).toBe(true);
  });

  it("passes ordinary text, tabs and line breaks", () => {
    expect(headline("Rates\theld\nagain — “as expected” 📈 (سد المسيرة)")).toEqual([]);
  });

  it("reports a control character and removes it", () => {
    expect(headline("Rates\u0007 held")).toEqual([
      {
        message: "headline contains an invisible or control character (U+0007); remove it",
        at: ["headline"],
        fix: "Rates held",
      },
    ]);
  });

  it("lists several kinds once each", () => {
    const findings = run({
      sections: [
        { id: "details", index: 0, bullets: ["Fine.", "\u202Eabc\u202C and\u200B\u200B zero"] },
      ],
    });
    expect(findings).toEqual([
      {
        message:
          "Details bullet 2 contains invisible or control characters (U+202E, U+202C, U+200B); remove them",
        at: ["sections", 0, "bullets", 1],
        fix: "abc and zero",
      },
    ]);
  });

  it.each([
    ["NUL", "\u0000"],
    ["carriage return", "\r"],
    ["escape", "\u001B"],
    ["DEL", "\u007F"],
    ["C1 next line", "\u0085"],
    ["left-to-right embedding", "\u202A"],
    ["first strong isolate", "\u2068"],
    ["byte order mark", "\uFEFF"],
    ["zero-width space", "\u200B"],
  ])("removes %s", (_name, char) => {
    expect(headline(`a${char}b`)[0]?.fix).toBe("ab");
  });

  it("keeps joiners that join letters of scripts that need them and emoji", () => {
    // Persian "I want" with a zero-width non-joiner; Devanagari with a joiner; emoji ZWJ sequences.
    expect(headline("می\u200Cخواهم")).toEqual([]);
    expect(headline("क्\u200Dष")).toEqual([]);
    expect(headline("👩\u200D💻 and 🏳\uFE0F\u200D🌈 and 👩🏽\u200D🔬")).toEqual([]);
  });

  it("removes joiners between Latin letters, next to spaces or at the ends", () => {
    expect(headline("pay\u200Dpal")[0]?.fix).toBe("paypal");
    expect(headline("a \u200Cb")[0]?.fix).toBe("a b");
    expect(headline("\u200Dab\u200C")[0]?.fix).toBe("ab");
  });

  it("fixes to text that passes", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const fix = headline(text)[0]?.fix;
        if (fix !== undefined) expect(headline(fix)).toEqual([]);
      }),
    );
  });
});
