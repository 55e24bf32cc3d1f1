import { describe, expect, it } from "@jest/globals";
import type { Template } from "../../../src/core/template.js";
import { customId, looksLikeLabel, matchLabel } from "../../../src/import/labels.js";
import {
  briefingOf,
  house,
  template,
  templates,
  THREE_SECTIONS,
  TWO_SECTIONS,
  txtImport,
} from "./support.js";

const standard = template("standard");

describe("matchLabel", () => {
  it.each([
    ["Details. The lead", "Details", "The lead"],
    ["details. The lead", "details", "The lead"],
    ["DETAILS. The lead", "DETAILS", "The lead"],
    ["Details: The lead", "Details", "The lead"],
    ["Details.\u00a0The lead", "Details", "The lead"],
    ["Details.   The lead  ", "Details", "The lead"],
    ["Details.", "Details", ""],
    ["Details:", "Details", ""],
    ["Details", "Details", ""],
    ["dEtAiLs", "dEtAiLs", ""],
  ])("%j is the Details label, written %j, then %j", (line, written, rest) => {
    expect(matchLabel(line, standard)).toEqual({
      target: { kind: "section", id: "details" },
      written,
      rest,
    });
  });

  it.each([
    "Details are scarce.",
    "Detailsx. The lead",
    "Details.The lead",
    "Details-. The lead",
    "Detail. The lead",
    "Important. The lead",
    "Important to. The lead",
    "The details. The lead",
    " Details. The lead",
  ])("%j is not a label", (line) => {
    expect(matchLabel(line, standard)).toBeUndefined();
  });

  it("matches multi-word labels whatever their case", () => {
    expect(matchLabel("important TO know: Rates", standard)).toMatchObject({
      target: { kind: "section", id: "important" },
      written: "important TO know",
      rest: "Rates",
    });
  });

  it("knows the conclusion label, and a template's summary label", () => {
    expect(matchLabel("Conclusion. Done.", standard)?.target).toEqual({ kind: "conclusion" });
    const bluf = template("bluf");
    expect(matchLabel("Bottom Line. Act.", bluf)?.target).toEqual({ kind: "summary" });
    expect(matchLabel("recommendation: Act.", bluf)?.target).toEqual({ kind: "conclusion" });
    expect(matchLabel("Recommendation. Act.", standard)).toBeUndefined();
    expect(matchLabel("Conclusion. Done.", bluf)).toBeUndefined();
  });

  it("tells The Bottom Line and The Big Picture apart (smart-brevity)", () => {
    const sb = template("smart-brevity");
    expect(matchLabel("The Bottom Line. x", sb)?.target).toEqual({ kind: "conclusion" });
    expect(matchLabel("the big picture: x", sb)?.target).toEqual({
      kind: "section",
      id: "big-picture",
    });
    expect(matchLabel("Between the Lines", sb)?.target).toEqual({
      kind: "section",
      id: "between-the-lines",
    });
  });

  it("the longest label wins, whatever the template's order", () => {
    const sections = [
      { id: "outlook", label: "Outlook" },
      { id: "outlook-risks", label: "Outlook: Risks" },
    ];
    for (const order of [sections, [...sections].reverse()]) {
      const t: Template = { id: "t", name: "T", sections: order };
      expect(matchLabel("Outlook: Risks. Energy prices.", t)).toEqual({
        target: { kind: "section", id: "outlook-risks" },
        written: "Outlook: Risks",
        rest: "Energy prices.",
      });
      expect(matchLabel("Outlook: Risks to energy prices.", t)).toMatchObject({
        target: { kind: "section", id: "outlook" },
        rest: "Risks to energy prices.",
      });
    }
  });

  it("a summary label and a longer conclusion label that contains it", () => {
    const t: Template = {
      id: "t",
      name: "T",
      summary: { label: "Bottom Line" },
      sections: [{ id: "s", label: "Facts" }],
      conclusion: { label: "The Bottom Line" },
    };
    expect(matchLabel("The Bottom Line. x", t)?.target).toEqual({ kind: "conclusion" });
    expect(matchLabel("Bottom Line. x", t)?.target).toEqual({ kind: "summary" });
  });
});

describe("looksLikeLabel", () => {
  it.each([
    ["Outlook. Calm for now.", "Outlook", "Calm for now."],
    ["Outlook.", "Outlook", ""],
    ["Outlook:", "Outlook", ""],
    ["Risks Ahead: energy prices", "Risks Ahead", "energy prices"],
    ["What We Are Watching. x", "What We Are Watching", "x"],
    ["Côte d’Ivoire: x", "Côte d’Ivoire", "x"],
    ["Next Steps.\u00a0x", "Next Steps", "x"],
  ])("%j looks like the label %j, then %j", (line, label, rest) => {
    expect(looksLikeLabel(line)).toEqual({ label, rest });
  });

  it.each([
    ["an abbreviated rank", "Gen. Smith said the border is calm."],
    ["an abbreviated title", "Dr. Ruiz leads the inquiry."],
    ["Mr.", "Mr. Okafor declined to comment."],
    ["Gov.", "Gov. Lind signed the bill."],
    ["St.", "St. Gallen is next."],
    ["an abbreviated month", "Sept. 4 is the deadline."],
    ["No.", "No. 10 said nothing."],
    ["Fig.", "Fig. 3 shows the trend."],
    ["Inc.", "Inc. filings rose."],
    ["U.S.", "U.S. officials said the talks would resume."],
    ["U.K.", "U.K. ministers met on Monday."],
    ["two letters", "Ex. one"],
    ["a lower-case start", "outlook. Calm."],
    ["no period or colon", "Outlook calm"],
    ["no space after the period", "Outlook.Calm"],
    ["five words", "What We Are Watching Now. x"],
    ["a digit", "Q3 Outlook. x"],
  ])("%s is not a label: %j", (_, line) => {
    expect(looksLikeLabel(line)).toBeUndefined();
  });

  it("takes only title-case phrases for labels, so a short sentence with a colon is text", () => {
    expect(looksLikeLabel("Officials said: the port is shut.")).toBeUndefined();
    expect(looksLikeLabel("Calm markets.")).toBeUndefined();
    expect(looksLikeLabel("Acme Inc. said it would appeal.")).toBeUndefined();
  });
});

describe("customId", () => {
  it.each([
    ["Outlook", "outlook"],
    ["Risks Ahead", "risks-ahead"],
    ["Côte d’Ivoire", "cote-divoire"],
    ["What We Are Watching", "what-we-are-watching"],
  ])("%j → %j", (label, id) => {
    expect(customId(label)).toBe(id);
  });

  it("keeps ids to 40 characters", () => {
    expect(
      customId("Longer Term Structural Considerations For Everyone").length,
    ).toBeLessThanOrEqual(40);
  });
});

describe("labels when parsing", () => {
  it.each(
    [...templates.values()].flatMap((t) => t.sections.map((s) => [t.id, s.label, s.id] as const)),
  )("%s: %s is found in any case, with a period, a colon or alone", (tid, label, id) => {
    const t = template(tid);
    const conclusion = t.conclusion?.label ?? "Conclusion";
    for (const written of [
      `${label}.`,
      `${label.toUpperCase()}:`,
      `${label.toLowerCase()}.`,
      label,
    ]) {
      const text = `Headline here\nThe summary of the news.\n${written}\n►   A bullet.\n${conclusion}. End.\n`;
      const b = briefingOf(txtImport(text, { template: tid }));
      expect(b.sections).toEqual([{ id, bullets: ["A bullet."] }]);
    }
  });

  it("abbreviations at the start of a wrapped line are text, not labels", () => {
    const middle = TWO_SECTIONS.replace(
      "►   Two members wanted a hike.",
      "►   Two members wanted a hike, as\nGen. Ruiz of the finance ministry had urged;\nU.S. markets barely moved.",
    );
    const b = briefingOf(txtImport(house(middle)));
    expect(b.sections[0]?.bullets?.[1]).toBe(
      "Two members wanted a hike, as Gen. Ruiz of the finance ministry had urged; U.S. markets barely moved.",
    );
  });

  it("abbreviations may open a lead, a bullet or the summary", () => {
    const middle = TWO_SECTIONS.replace(
      "Details. The vote",
      "Details. Gen. Ruiz said the vote",
    ).replace("►   No member", "►   U.S. rates matter: no member");
    const b = briefingOf(txtImport(house(middle, "Dr. Lind, the governor, kept rates unchanged.")));
    expect(b.summary).toBe("Dr. Lind, the governor, kept rates unchanged.");
    expect(b.sections[0]?.lead).toBe("Gen. Ruiz said the vote on Tuesday was unanimous.");
    expect(b.sections[0]?.bullets?.[0]).toBe("U.S. rates matter: no member voted for a cut.");
  });

  it("a label word inside a lead or a bullet is text", () => {
    const middle = TWO_SECTIONS.replace("Details. The vote", "Details. Context. The vote").replace(
      "►   No member",
      "►   Conclusion. No member",
    );
    const b = briefingOf(txtImport(house(middle)));
    expect(b.sections[0]?.lead).toBe("Context. The vote on Tuesday was unanimous.");
    expect(b.sections[0]?.bullets?.[0]).toBe("Conclusion. No member voted for a cut.");
  });

  it("a line that only looks like a label is reported, with its line and column", () => {
    const r = txtImport(house(`${THREE_SECTIONS}\n  Port Outlook: the port is shut.`));
    expect(r.problems.map((p) => [p.line, p.column, p.message.slice(0, 50)])).toEqual([
      [9, 3, '"Port Outlook" (line 9) looks like a section label'],
    ]);
  });

  it("the labels of another template are unknown", () => {
    const r = txtImport(house(`${THREE_SECTIONS}\nWhy It Matters. The bank did not move.`));
    expect(r.problems[0]?.message).toMatch(
      /^"Why It Matters" \(line 9\) looks like a section label the standard template does not have/,
    );
  });
});
