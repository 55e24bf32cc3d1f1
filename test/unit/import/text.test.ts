import { describe, expect, it } from "@jest/globals";
import { parse } from "yaml";
import type { Briefing } from "../../../src/core/types.js";
import {
  briefingOf,
  house,
  importFixture,
  importFixtureBytes,
  TWO_SECTIONS,
  txtImport,
} from "./support.js";

const NBSP = "\u00a0";

/** The clean house-layout text every quirk below is applied to. */
const CLEAN = house(TWO_SECTIONS);
const CLEAN_BRIEFING: Briefing = {
  template: "standard",
  headline: "Rates hold steady",
  summary: "The bank kept rates unchanged on Tuesday.",
  sections: [
    {
      id: "details",
      lead: "The vote on Tuesday was unanimous.",
      bullets: ["No member voted for a cut.", "Two members wanted a hike."],
    },
    {
      id: "context",
      lead: "Inflation is close to the target.",
      bullets: ["Core inflation was 2.1%."],
    },
  ],
  conclusion: "Policy is on hold until the summer.",
};

/** Replaces the bullet markers of the clean text with `marker`. */
const withBullets = (marker: string) => CLEAN.replaceAll("►   ", marker);

describe("parseText: the canonical house layout", () => {
  it("reads headline, summary, labelled sections with bullets and the conclusion", () => {
    expect(briefingOf(txtImport(CLEAN))).toEqual(CLEAN_BRIEFING);
  });

  it("records the source line of every part by JSON Pointer", () => {
    expect([...txtImport(CLEAN).lines]).toEqual([
      ["/headline", 1],
      ["/summary", 2],
      ["/sections/0", 3],
      ["/sections/0/lead", 3],
      ["/sections/0/bullets/0", 4],
      ["/sections/0/bullets/1", 5],
      ["/sections/1", 6],
      ["/sections/1/lead", 6],
      ["/sections/1/bullets/0", 7],
      ["/conclusion", 8],
    ]);
  });
});

describe("parseText: each real-world quirk on its own", () => {
  const same: [string, string][] = [
    ["a UTF-8 byte-order mark", `\ufeff${CLEAN}`],
    ["CRLF line ends", CLEAN.replaceAll("\n", "\r\n")],
    ["old Mac CR line ends", CLEAN.replaceAll("\n", "\r")],
    ["no final newline", CLEAN.trimEnd()],
    ["a summary line starting with a space", CLEAN.replace("\nThe bank", "\n The bank")],
    [
      "a summary line starting with a no-break space",
      CLEAN.replace("\nThe bank", `\n${NBSP}The bank`),
    ],
    ["`►` and one no-break space", withBullets(`►${NBSP}`)],
    ["`►`, a space, a no-break space, a space", withBullets(`► ${NBSP} `)],
    ["`►` and three no-break spaces", withBullets(`►${NBSP.repeat(3)}`)],
    ["`►` and no space at all", withBullets("►")],
    ["`►` and a tab", withBullets("►\t")],
    ["`•` bullets", withBullets("• ")],
    ["`•` and a no-break space", withBullets(`•${NBSP}`)],
    ["`-` bullets", withBullets("- ")],
    ["`-` and a no-break space", withBullets(`-${NBSP}`)],
    ["`*` bullets", withBullets("* ")],
    ["indented bullets", withBullets("  ►   ")],
    ["a whitespace-only last line", `${CLEAN}  \t${NBSP} `],
    ["several blank lines at the end", `${CLEAN}\n\n   \n`],
    [
      "blank lines between parts",
      CLEAN.replaceAll("\nDetails.", "\n\nDetails.").replaceAll("\n►", "\n\n►"),
    ],
    ["trailing spaces after parts", CLEAN.replaceAll("\n", "   \n")],
    [
      "a summary wrapped over three lines",
      CLEAN.replace(
        "The bank kept rates unchanged on Tuesday.",
        "The bank kept\nrates unchanged\n  on Tuesday.",
      ),
    ],
    [
      "a lead wrapped over two lines",
      CLEAN.replace(
        "Details. The vote on Tuesday was unanimous.",
        "Details. The vote on Tuesday\n   was unanimous.",
      ),
    ],
    [
      "a bullet wrapped over two lines",
      CLEAN.replace("►   No member voted for a cut.", "►   No member voted\n    for a cut."),
    ],
    ["a conclusion wrapped over two lines", CLEAN.replace("on hold until", "on hold\nuntil")],
    ["a lower-case label", CLEAN.replace("Details.", "details.")],
    ["an upper-case label", CLEAN.replace("Context.", "CONTEXT.")],
    ["a label with a colon", CLEAN.replace("Details.", "Details:")],
    ["a label followed by a no-break space", CLEAN.replace("Details. ", `Details.${NBSP}`)],
    ["a conclusion label with a colon", CLEAN.replace("Conclusion.", "conclusion:")],
    ["an indented label", CLEAN.replace("Context.", "  Context.")],
    [
      "a label alone on its line (no period), the lead on the next",
      CLEAN.replace("Details. The vote", "Details\nThe vote"),
    ],
    [
      "a label alone on its line with a period, the lead on the next",
      CLEAN.replace("Context. Inflation", "Context.\nInflation"),
    ],
  ];

  it.each(same)("accepts %s", (_, text) => {
    expect(briefingOf(txtImport(text))).toEqual(CLEAN_BRIEFING);
  });

  it("keeps straight and curly quotes exactly as written, mixed", () => {
    const summary = `The governor said "patience" is needed; a colleague called it \u2018wishful\u2019 and \u201cunwise\u201d, and 'late'.`;
    const b = briefingOf(txtImport(house(TWO_SECTIONS, summary)));
    expect(b.summary).toBe(summary);
  });

  it("keeps no-break spaces inside text", () => {
    const summary = `Rates stay at 4${NBSP}% for a third month.`;
    expect(briefingOf(txtImport(house(TWO_SECTIONS, summary))).summary).toBe(summary);
  });

  it("joins the lines of a wrapped part with one space, and records its first line", () => {
    const r = txtImport(house(TWO_SECTIONS, "The bank kept rates\nunchanged\non Tuesday."));
    expect(briefingOf(r).summary).toBe("The bank kept rates unchanged on Tuesday.");
    expect(r.lines.get("/summary")).toBe(2);
    expect(r.lines.get("/sections/0")).toBe(5);
  });

  it("a label alone on its line followed by a short lead reads it as the lead", () => {
    const text =
      "Rates hold steady\nThe bank kept rates unchanged.\nDetails\nCalm markets.\n►   One.\n►   Two.\nConclusion\nRates hold.\n";
    const b = briefingOf(txtImport(text));
    expect(b.sections[0]).toEqual({
      id: "details",
      lead: "Calm markets.",
      bullets: ["One.", "Two."],
    });
    expect(b.conclusion).toBe("Rates hold.");
  });

  it("a wrapped line ending a part with a short capitalised fragment continues the part", () => {
    const text =
      "Rates hold steady\nThe bank meets next week in\nNew York.\nDetails. Lead.\n►   One.\nConclusion. End.\n";
    expect(briefingOf(txtImport(text)).summary).toBe("The bank meets next week in New York.");
  });

  it("a `-` or `*` without a space after it is text, not a bullet", () => {
    const text = house(
      TWO_SECTIONS.replace(
        "►   Core inflation was 2.1%.",
        "►   Core inflation fell to\n-0.3% in March,\n*not* 0.3%.",
      ),
    );
    expect(briefingOf(txtImport(text)).sections[1]?.bullets).toEqual([
      "Core inflation fell to -0.3% in March, *not* 0.3%.",
    ]);
  });
});

describe("parseText: the messy fixture (every quirk at once)", () => {
  const text = importFixture("messy.txt");

  it("really is messy", () => {
    const bytes = importFixtureBytes("messy.txt");
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text).toContain("\r\n");
    expect(text.split("\r\n")[1]).toMatch(/^ \S/);
    expect(text).toContain(`►${NBSP}`);
    expect(text).toContain(`► ${NBSP}`);
    expect(text).toMatch(/\r\n• /);
    expect(text).toMatch(/\r\n- /);
    expect(text).toMatch(/\r\n\* /);
    expect(text).toMatch(/[“”‘’]/);
    expect(text).toContain('"');
    expect(text.split("\r\n").at(-1)).toMatch(/^[ \t]+$/);
  });

  it("imports to the expected briefing", () => {
    const expected = parse(importFixture("messy.expected.yaml")) as Briefing;
    expect(briefingOf(txtImport(text))).toEqual(expected);
  });

  it("locates bullets on their own lines, past wrapped and blank lines", () => {
    const { lines } = txtImport(text);
    expect(lines.get("/summary")).toBe(2);
    expect(lines.get("/sections/0")).toBe(5);
    expect(lines.get("/sections/0/bullets/0")).toBe(7);
    expect(lines.get("/sections/1/bullets/2")).toBe(14);
    expect(lines.get("/sections/2/bullets/2")).toBe(19);
    expect(lines.get("/conclusion")).toBe(21);
  });
});

describe("parseText: the other templates", () => {
  it("flash: a Key Points label alone, without a lead", () => {
    const b = briefingOf(txtImport(importFixture("flash.txt"), { template: "flash" }));
    expect(b.template).toBe("flash");
    expect(b.sections).toHaveLength(1);
    expect(b.sections[0]?.id).toBe("key-points");
    expect(b.sections[0]).not.toHaveProperty("lead");
    expect(b.sections[0]?.bullets).toHaveLength(3);
    expect(b.sections[0]?.bullets?.[1]).toContain("“at least seven days”");
  });

  it("bluf: the Bottom Line label introduces the summary, Recommendation the conclusion", () => {
    const b = briefingOf(txtImport(importFixture("bluf.txt"), { template: "bluf" }));
    expect(b.summary).toMatch(/^Renew the pilot for twelve months/);
    expect(b.sections.map((s) => [s.id, s.bullets?.length ?? 0])).toEqual([
      ["issue", 0],
      ["background", 3],
      ["considerations", 3],
    ]);
    expect(b.sections[0]).not.toHaveProperty("bullets");
    expect(b.conclusion).toMatch(/^The transport committee should approve/);
  });

  it("bluf: the summary may also come without its label", () => {
    const text = importFixture("bluf.txt").replace("Bottom Line. ", "");
    const b = briefingOf(txtImport(text, { template: "bluf" }));
    expect(b.summary).toMatch(/^Renew the pilot/);
  });

  it("smart-brevity: multi-word labels, the optional section, The Bottom Line", () => {
    const b = briefingOf(
      txtImport(importFixture("smart-brevity.txt"), { template: "smart-brevity" }),
    );
    expect(b.sections.map((s) => s.id)).toEqual([
      "why-it-matters",
      "big-picture",
      "between-the-lines",
    ]);
    expect(b.sections[2]).toEqual({
      id: "between-the-lines",
      lead: "The vault is a backup, not a library: depositors keep ownership and only they can withdraw.",
    });
    expect(b.conclusion).toBe(
      "More of the world's crop heritage now has a copy in the permafrost.",
    );
  });
});
