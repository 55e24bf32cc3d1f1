import { describe, expect, it } from "@jest/globals";
import { checkNamePattern, outputBaseName, slugify } from "../../../src/core/naming.js";
import type { Briefing } from "../../../src/core/types.js";

const briefing: Briefing = {
  headline: "Can Morocco’s Taps Keep Running?",
  summary: "s",
  sections: [],
  conclusion: "c",
  meta: { date: "2026-10-22T09:00:00+01:00" },
};

describe("slugify", () => {
  it.each([
    [
      "Why Are Container Freight Rates Climbing Again?",
      "why-are-container-freight-rates-climbing-again",
    ],
    ["Can Morocco’s Taps Keep Running?", "can-moroccos-taps-keep-running"],
    ["Élections à Zürich: ça change", "elections-a-zurich-ca-change"],
    ["../../etc/passwd", "etc-passwd"],
    ["???", "briefing"],
    ["مراكش تحت الضغط", "مراكش-تحت-الضغط"],
  ])("%s → %s", (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it("cuts long slugs at a word boundary", () => {
    const slug = slugify(
      "Container rates are climbing again – is demand back, or is it the detours?",
    );
    expect(slug).toBe("container-rates-are-climbing-again-is-demand-back-or-is-it");
    expect(slug.length).toBeLessThanOrEqual(60);
  });
});

describe("name patterns", () => {
  it.each([
    ["{name}", undefined],
    ["{date}-{slug}", undefined],
    ["brief-{template}", undefined],
    ["../{slug}", "may not contain / or \\ (outputs keep the input's folders)"],
    ["a\\b", "may not contain / or \\ (outputs keep the input's folders)"],
    ["{title}", "has an unknown placeholder {title}; use {name}, {slug}, {date}, {template}"],
    ["..", "does not make a file name"],
    ["", "does not make a file name"],
  ])("%j", (pattern, problem) => {
    expect(checkNamePattern(pattern)).toBe(problem);
  });

  it("fills placeholders with safe values", () => {
    expect(outputBaseName("{date}-{slug}", { name: "x", briefing })).toBe(
      "2026-10-22-can-moroccos-taps-keep-running",
    );
    expect(outputBaseName("{name}", { name: 'a:b*c?"d', briefing })).toBe("a-b-c--d");
    expect(
      outputBaseName("{template}-{date}", { name: "x", briefing: { ...briefing, meta: {} } }),
    ).toBe("standard-undated");
  });
});

describe("countWords", () => {
  it("agrees with the plain definition on generated text", async () => {
    const fc = (await import("fast-check")).default;
    const { countWords } = await import("../../../src/core/words.js");
    const reference = (text: string) =>
      text.split(/\s+/).filter((t) => /[\p{L}\p{N}]/u.test(t)).length;
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" }), (a, b) => {
        expect(countWords(a)).toBe(reference(a));
        expect(countWords(b)).toBe(reference(b));
      }),
      { numRuns: 1000 },
    );
    expect(countWords("𠀀𠀁 and 東京 — “quoted” 3,950 – x")).toBe(6);
  });
});
