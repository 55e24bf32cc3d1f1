import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import type { Briefing } from "../../../src/core/types.js";
import { looksLikeLabel } from "../../../src/import/labels.js";
import { html } from "../../../src/render/html.js";
import { json } from "../../../src/render/json.js";
import { md } from "../../../src/render/md.js";
import { renderTerminal } from "../../../src/render/terminal.js";
import { txt } from "../../../src/render/txt.js";
import { plainColors } from "../../../src/reporters/types.js";
import { ambiguousOpening, briefing, text } from "./arbitraries.js";
import { located, mdImport, template, templates, txtImport } from "./support.js";

const standard = template("standard");

/** A standard briefing whose summary, a lead and the conclusion each hold two paragraphs. */
const twoParagraphs: Briefing = {
  template: "standard",
  headline: "Grain exports resume from Odesa",
  summary:
    "The first convoy left Odesa on Monday.\n\nInsurers still price the route as a war zone.",
  sections: [
    {
      id: "details",
      lead: "Three bulk carriers sailed under navy escort.\n\nA fourth is loading in Pivdennyi.",
      bullets: [
        "The ships carry about 150,000 tonnes of maize.",
        "Inspections take place in Istanbul.",
      ],
    },
  ],
  conclusion: "The corridor holds for now.\n\nA single strike would close it again.",
};

describe("a part of several paragraphs, in every format", () => {
  it("txt: a blank line between paragraphs, the label before the first", () => {
    expect(txt.render(twoParagraphs, { template: standard })).toBe(
      [
        "Grain exports resume from Odesa",
        "The first convoy left Odesa on Monday.",
        "",
        "Insurers still price the route as a war zone.",
        "Details. Three bulk carriers sailed under navy escort.",
        "",
        "A fourth is loading in Pivdennyi.",
        "►   The ships carry about 150,000 tonnes of maize.",
        "►   Inspections take place in Istanbul.",
        "Conclusion. The corridor holds for now.",
        "",
        "A single strike would close it again.",
        "",
      ].join("\n"),
    );
  });

  it("md: each paragraph a paragraph of its own", () => {
    expect(md.render(twoParagraphs, { template: standard })).toContain(
      "**Conclusion.** The corridor holds for now.\n\nA single strike would close it again.\n",
    );
  });

  it("html: one <p> per paragraph", () => {
    const page = html.render(twoParagraphs, { template: standard });
    expect(page).toContain('<p class="summary">The first convoy left Odesa on Monday.</p>');
    expect(page).toContain('<p class="summary">Insurers still price the route as a war zone.</p>');
    expect(page).toContain('<p class="lead">Three bulk carriers sailed under navy escort.</p>');
    expect(page).toContain("<p>A fourth is loading in Pivdennyi.</p>");
    expect(page).toContain("<p>A single strike would close it again.</p>");
  });

  it("terminal: a blank line between paragraphs", () => {
    const out = renderTerminal(twoParagraphs, {
      template: standard,
      width: 100,
      colors: plainColors,
    });
    expect(out).toContain(
      "Details. Three bulk carriers sailed under navy escort.\n\nA fourth is loading in Pivdennyi.\n",
    );
  });

  it("json: the text as stored, paragraph break included", () => {
    const out = JSON.parse(json.render(twoParagraphs, { template: standard })) as Briefing;
    expect(out.conclusion).toBe(twoParagraphs.conclusion);
  });

  it("txt and md import them back as they were", () => {
    expect(txtImport(txt.render(twoParagraphs, { template: standard })).briefing).toEqual(
      twoParagraphs,
    );
    expect(mdImport(md.render(twoParagraphs, { template: standard })).briefing).toEqual(
      twoParagraphs,
    );
  });
});

describe("text after a list", () => {
  it("keeps its place after the bullets; it never joins the last bullet", () => {
    const b = txtImport(
      "Rates hold\nThe bank kept rates on hold.\nDetails. The vote was unanimous.\n►   No member voted for a cut.\n►   Two wanted a hike.\nMarkets had expected the pause.\n\nTraders sold bonds.\nConclusion. Policy is on hold.\n",
    ).briefing;
    expect(b?.sections[0]).toEqual({
      id: "details",
      lead: "The vote was unanimous.",
      bullets: ["No member voted for a cut.", "Two wanted a hike."],
      after: "Markets had expected the pause.\n\nTraders sold bonds.",
    });
  });

  it("keeps its place after a Markdown list too", () => {
    const b = mdImport(
      "# Rates hold\n\nThe bank kept rates on hold.\n\n**Details.** The vote was unanimous.\n\n- No member voted for a cut.\n- Two wanted a hike.\n\nMarkets had expected the pause.\n\n**Conclusion.** Policy is on hold.\n",
    ).briefing;
    expect(b?.sections[0]).toEqual({
      id: "details",
      lead: "The vote was unanimous.",
      bullets: ["No member voted for a cut.", "Two wanted a hike."],
      after: "Markets had expected the pause.",
    });
  });

  it("a list after that text joins the list above, with a warning", () => {
    const result = txtImport(
      "Rates hold\nThe bank kept rates on hold.\nDetails. The vote was unanimous.\n►   No member voted for a cut.\nMarkets had expected the pause.\n►   Two wanted a hike.\nConclusion. Policy is on hold.\n",
    );
    expect(result.briefing?.sections[0]).toEqual({
      id: "details",
      lead: "The vote was unanimous.",
      bullets: ["No member voted for a cut.", "Two wanted a hike."],
      after: "Markets had expected the pause.",
    });
    expect(located(result.problems)).toEqual([
      [
        "import",
        6,
        1,
        "a list after the text that follows a list joins that list; the text is printed after both",
      ],
    ]);
  });

  it("an indented line, or one after a bullet that has not ended, still continues the bullet", () => {
    const b = txtImport(
      "Rates hold\nThe bank kept rates on hold.\nDetails. The vote was unanimous.\n►   No member voted for a cut,\nwhich surprised no one.\n►   Two wanted\n    a hike.\nConclusion. Policy is on hold.\n",
    ).briefing;
    expect(b?.sections[0]?.bullets).toEqual([
      "No member voted for a cut, which surprised no one.",
      "Two wanted a hike.",
    ]);
  });
});

describe.each([...templates.keys()].sort())("paragraph round trip: %s", (id) => {
  const t = template(id);
  // A second paragraph is read like a line that starts a part, so it must not open like one.
  const paragraph = (markdown: boolean) =>
    text(markdown).filter((p) => !ambiguousOpening(p, t) && looksLikeLabel(p, true) === undefined);
  const withParagraphs = (format: "txt" | "md") =>
    fc
      .tuple(briefing(t, format), paragraph(format === "md"), paragraph(format === "md"))
      .map(([b, p, q]): Briefing => ({
        ...b,
        ...(t.summary?.label ? {} : { summary: `${b.summary}\n\n${p}` }),
        conclusion: `${b.conclusion}\n\n${q}`,
        sections: b.sections.map((s) => (s.lead ? { ...s, lead: `${s.lead}\n\n${p}` } : s)),
      }));

  it("txt", () => {
    fc.assert(
      fc.property(withParagraphs("txt"), (b) => {
        expect(txtImport(txt.render(b, { template: t }), { template: id }).briefing).toEqual(b);
      }),
      { numRuns: 150 },
    );
  });

  it("md", () => {
    fc.assert(
      fc.property(withParagraphs("md"), (b) => {
        expect(mdImport(md.render(b, { template: t }), { template: id }).briefing).toEqual(b);
      }),
      { numRuns: 150 },
    );
  });
});
