import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import type { Briefing } from "../../../src/core/types.js";
import { oneLine, paragraphs } from "../../../src/render/sanitize.js";
import { HOUSE_BULLET, txt } from "../../../src/render/txt.js";
import {
  briefingOf,
  expectGolden,
  hostile,
  loadExamples,
  someText,
  templateFor,
} from "./support.js";

const examples = loadExamples();

// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Checks the house layout's invariants and returns the lines (without the final empty one). */
function houseLines(out: string, b: Briefing): string[] {
  expect(out).not.toContain("\r");
  expect(out.endsWith("\n")).toBe(true);
  expect(out.endsWith("\n\n")).toBe(false);
  expect(out).not.toMatch(CONTROLS);
  const lines = out.slice(0, -1).split("\n");
  for (const line of lines) expect(line).not.toMatch(/[ \t]$/);
  const bullets = b.sections.reduce((n, s) => n + (s.bullets?.length ?? 0), 0);
  // Each paragraph after a part's first adds a blank line and its own line.
  const more = [b.summary, ...b.sections.map((s) => s.lead ?? ""), b.conclusion]
    .map((t) => Math.max(0, paragraphs(t).length - 1))
    .reduce((n, k) => n + 2 * k, 0);
  // Text after the bullets: a blank line and a line for each of its paragraphs.
  const after = b.sections.reduce((n, s) => n + 2 * paragraphs(s.after ?? "").length, 0);
  expect(lines).toHaveLength(2 + b.sections.length + bullets + 1 + more + after);
  return lines;
}

describe("txt export of the examples", () => {
  it("finds the eight examples", () => {
    expect(examples).toHaveLength(8);
  });

  it.each(examples.map((e) => [e.name, e] as const))("%s matches its golden file", async (_, e) => {
    const out = txt.render(e.briefing, { template: await templateFor(e.briefing) });
    expectGolden("txt", `${e.name}.txt`, out);
    houseLines(out, e.briefing);
  });

  it("lays out freight-rates in the house layout", async () => {
    const e = examples.find((x) => x.name === "freight-rates");
    if (!e) throw new Error("freight-rates example is missing");
    const lines = houseLines(
      txt.render(e.briefing, { template: await templateFor(e.briefing) }),
      e.briefing,
    );
    expect(lines[0]).toBe(
      "Container rates are climbing again – is demand back, or is it the detours?",
    );
    expect(lines[1]).toMatch(
      /^Spot rates for a 40-foot container from Shanghai to Rotterdam rose 38% /,
    );
    expect(lines[1]).toMatch(/absorbing ships faster than cargo volumes are growing\.$/);
    expect(lines[2]).toBe(
      "Details. Rates on the main Asia–Europe lane have risen for three weeks running, and carriers have filed new surcharges for March.",
    );
    expect(lines[3]).toBe(
      "►   The Shanghai–Rotterdam spot rate reached $3,950 per 40-foot container on 27 February, up from $2,860 on 6 February.",
    );
    expect(lines.slice(3, 8).every((l) => l.startsWith("►   ") && !l.startsWith("►    "))).toBe(
      true,
    );
    expect(lines[8]).toMatch(/^Context\. The rebound follows/);
    expect(lines[13]).toBe(
      "Important to Know. Cargo demand has not changed enough to explain the jump in rates.",
    );
    expect(lines.at(-1)).toMatch(/^Conclusion\. The rebound owes more to routing/);
    expect(lines).toHaveLength(19);
  });

  it("prefixes the summary with its label only when the template has one", async () => {
    for (const e of examples) {
      const template = await templateFor(e.briefing);
      const summary = txt.render(e.briefing, { template }).split("\n")[1] ?? "";
      if (template.id === "bluf") expect(summary).toMatch(/^Bottom Line\. Yes: move part/);
      else expect(summary).toBe(oneLine(e.briefing.summary));
    }
  });
});

describe("txt layout details", () => {
  const base: Briefing = {
    headline: "Head",
    summary: "Sum",
    sections: [{ id: "details", label: "Own label", bullets: ["One"] }, { id: "context" }],
    conclusion: "End",
  };

  it("prints a label alone when the section has no lead, and uses section labels", async () => {
    const out = txt.render(base, { template: await templateFor(base) });
    expect(out).toBe("Head\nSum\nOwn label.\n►   One\nContext.\nConclusion. End\n");
  });

  it("falls back to section ids and `Conclusion` without a template", () => {
    const b: Briefing = { ...base, sections: [{ id: "details", lead: "L", bullets: ["B"] }] };
    expect(txt.render(b)).toBe("Head\nSum\ndetails. L\n►   B\nConclusion. End\n");
  });

  it("folds hostile text to one clean line", () => {
    const b: Briefing = {
      headline: "  Head\r\nline\t two  ",
      summary: "\u202eSum\u2066mary\u2069 with\u00a0NBSP",
      sections: [{ id: "details", lead: "Lead\n\nparagraph", bullets: hostile }],
      conclusion: "End\u0007 \u0085 now",
    };
    const lines = houseLines(txt.render(b), b);
    expect(lines[0]).toBe("Head line two");
    expect(lines[1]).toBe("Summary with\u00a0NBSP");
    // A blank line inside a text is a paragraph break, kept as one.
    expect(lines.slice(2, 5)).toEqual(["details. Lead", "", "paragraph"]);
    expect(lines.slice(5, -1)).toEqual(hostile.map((h) => HOUSE_BULLET + oneLine(h)));
    expect(lines.at(-1)).toBe("Conclusion. End now");
  });
});

describe("txt properties", () => {
  it("keeps the house layout for any text", () => {
    fc.assert(
      fc.property(briefingOf(someText, { leadOptional: true }), (b) => {
        const lines = houseLines(txt.render(b), b);
        // A part is its paragraphs, the label before the first, a blank line between.
        const part = (label: string | undefined, text: string): string[] => {
          const [first = "", ...more] = paragraphs(text);
          const head = label === undefined ? first : first ? `${label}. ${first}` : `${label}.`;
          return [head, ...more.flatMap((p) => ["", p])];
        };
        const expected = [
          oneLine(b.headline),
          ...part(undefined, b.summary),
          ...b.sections.flatMap((s) => [
            ...part(s.id, s.lead ?? ""),
            ...(s.bullets ?? []).map((x) => HOUSE_BULLET + oneLine(x)),
          ]),
          ...part("Conclusion", b.conclusion),
        ];
        expect(lines).toEqual(expected);
        expect(lines[1]).not.toMatch(/^ /);
      }),
      { numRuns: 300 },
    );
  });
});

describe("edge cases settled in review", () => {
  const base = { headline: "H", summary: "S", conclusion: "C" };
  it("drops bullets that are empty after folding instead of printing a bare marker", () => {
    const out = txt.render({
      ...base,
      sections: [{ id: "details", lead: "L", bullets: ["", " ", "\u202e", "Real"] }],
    });
    expect(out).toBe("H\nS\ndetails. L\n►   Real\nConclusion. C\n");
  });
  it("removes control characters rather than turning them into spaces", () => {
    expect(txt.render({ ...base, headline: "A\u001b[31mB\u0007C", sections: [] })).toBe(
      "A[31mBC\nS\nConclusion. C\n",
    );
  });
  it("does not double a label's own final period, and trims unicode space around labels", () => {
    const out = txt.render({
      ...base,
      sections: [{ id: "x", label: "\u00a0Details.", lead: "L" }],
    });
    expect(out).toBe("H\nS\nDetails. L\nConclusion. C\n");
  });
});
