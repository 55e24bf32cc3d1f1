import { describe, expect, it } from "@jest/globals";
import type { Briefing } from "../../../src/core/types.js";
import { md } from "../../../src/render/md.js";
import { briefingOf, firstProblem, importFixture, located, mdImport, template } from "./support.js";

/** The briefing the bridge fixtures other than export-style.md describe. */
const BRIDGE: Briefing = {
  template: "standard",
  headline: "Lindqvist bridge closes to lorries",
  summary:
    "Engineers closed the Lindqvist bridge to vehicles over 7.5 tonnes after sensors recorded cracks in two steel hangers.",
  sections: [
    {
      id: "details",
      lead: "The closure applies to lorries and coaches.",
      bullets: [
        "Sensors flagged widening cracks in hangers 14 and 15.",
        "The port says 600 lorries a day now use the ring road.",
      ],
    },
    {
      id: "context",
      lead: "The bridge opened in 1967.",
      bullets: ["Heavy traffic grew by 35% after 2022.", "The next full survey is due in 2027."],
    },
    {
      id: "important",
      lead: "Weather limits the repair work.",
      bullets: [
        "Welding needs air temperatures above 5 °C.",
        "Lorries may return in stages from September.",
      ],
    },
  ],
  conclusion: "The closure is a sensible precaution with a high cost for the port.",
};

/** A small Markdown briefing around the given middle blocks. */
const doc = (middle: string, summary = "The bank kept rates unchanged.") =>
  `# Rates hold steady\n\n${summary}\n\n${middle}\n\n**Conclusion.** Policy is on hold.\n`;

describe("parseMarkdown: export-style.md (what export --format md writes)", () => {
  const text = importFixture("export-style.md");

  it("reads labels in bold, lists as bullets, and unescapes Markdown", () => {
    const b = briefingOf(mdImport(text));
    expect(b.headline).toBe("Why did the Lindqvist bridge close to lorries – and for how long?");
    expect(b.summary).toMatch(/the repair bill at \$18–22 million\.$/);
    expect(b.sections.map((s) => [s.id, s.bullets?.length])).toEqual([
      ["details", 3],
      ["context", 2],
      ["important", 2],
    ]);
    expect(b.sections[1]?.bullets?.[0]).toContain("the deck “fair” and the hangers “good”");
    expect(b.sections[2]?.bullets?.[1]).toContain("from September, *if* tests");
    expect(b.conclusion).toMatch(/^The closure is a sensible precaution/);
  });

  it("exporting the import gives the same Markdown back", () => {
    const b = briefingOf(mdImport(text));
    expect(md.render(b, { template: template("standard") })).toBe(text);
  });

  it("locates every part at its source line", () => {
    const { lines } = mdImport(text);
    expect(lines.get("/headline")).toBe(1);
    expect(lines.get("/summary")).toBe(3);
    expect(lines.get("/sections/0/lead")).toBe(5);
    expect(lines.get("/sections/0/bullets/2")).toBe(9);
    expect(lines.get("/sections/2/bullets/1")).toBe(19);
    expect(lines.get("/conclusion")).toBe(21);
  });
});

describe("parseMarkdown: the other Markdown variants", () => {
  it("headings.md: `## Label` headings with lead paragraphs, a wrapped summary", () => {
    const r = mdImport(importFixture("headings.md"));
    const b = briefingOf(r);
    expect(b.headline).toBe("Why did the Lindqvist bridge close to lorries?");
    expect(b.summary).toBe(
      "Engineers closed the Lindqvist bridge to vehicles over 7.5 tonnes on 3 March 2026 after sensors recorded cracks in two steel hangers.",
    );
    expect(b.sections.map((s) => s.id)).toEqual(["details", "context", "important"]);
    expect(b.sections[0]?.lead).toBe(
      "The closure applies to lorries and coaches; cars and cyclists can still cross.",
    );
    expect(b.sections[1]?.bullets?.[0]).toBe('A 2019 inspection rated the hangers "good".');
    expect(b.conclusion).toMatch(/^The closure is a sensible precaution/);
    expect(r.lines.get("/sections/1")).toBe(13);
    // The conclusion text is on line 29, under its heading on line 27.
    expect(r.lines.get("/conclusion")).toBe(29);
  });

  it("front-matter.md: the title is the headline, date and tags become metadata", () => {
    const r = mdImport(importFixture("front-matter.md"));
    expect(briefingOf(r)).toEqual({
      ...BRIDGE,
      meta: { date: "2026-03-04", tags: ["infrastructure", "transport", "freight"] },
    });
    // Lines count from the top of the file, front matter included.
    expect(r.lines.get("/headline")).toBe(2);
    expect(r.lines.get("/summary")).toBe(7);
    expect(r.lines.get("/conclusion")).toBe(24);
  });

  it("bullets-variants.md: `*`, `+` and `-` lists, `•` and `►` lines in a paragraph", () => {
    const r = mdImport(importFixture("bullets-variants.md"));
    const b = briefingOf(r);
    const expected = structuredClone(BRIDGE);
    expected.sections[2]?.bullets?.push("The city will publish a schedule in April.");
    expect(b).toEqual(expected);
    expect([16, 17, 18].map((_, i) => r.lines.get(`/sections/2/bullets/${i}`))).toEqual([
      16, 17, 18,
    ]);
  });

  it("a `# Title` wins over the front matter's title; author, status, confidence, sources are kept", () => {
    const text = `---\ntitle: From the front matter\ndate: 2026-01-02\nauthor: Desk\nstatus: final\nconfidence: high\nsources:\n  - title: A report\n    url: https://example.org/a\n  - 3\n---\n${doc("**Details.** The lead.\n\n- One.")}`;
    const b = briefingOf(mdImport(text));
    expect(b.headline).toBe("Rates hold steady");
    expect(b.meta).toEqual({
      date: "2026-01-02",
      author: "Desk",
      status: "final",
      confidence: "high",
      sources: [{ title: "A report", url: "https://example.org/a" }],
    });
  });

  it("keeps the text of HTML blocks a CMS wrote, less their layout tags, and the links in them", () => {
    const summary =
      '<p class="lede">The bank kept rates <strong>unchanged</strong>, as <a href="https://bank.example.org/decision">its statement</a> says.</p>';
    const middle =
      "**Details.** The lead.\n\n- One.\n- Two.\n\n<div>\nA note on the vote &amp; its timing.\n</div>";
    const b = briefingOf(mdImport(doc(middle, summary)));
    expect(b.summary).toBe("The bank kept rates unchanged, as its statement says.");
    expect(b.meta?.sources).toEqual([
      { title: "its statement", url: "https://bank.example.org/decision" },
    ]);
    expect(b.sections[0]?.after).toBe("A note on the vote & its timing.");
  });

  it("takes a BOM and CRLF line ends, in the front matter too", () => {
    const text = importFixture("front-matter.md").replaceAll("\n", "\r\n");
    expect(briefingOf(mdImport(`\ufeff${text}`))).toEqual(
      briefingOf(mdImport(importFixture("front-matter.md"))),
    );
  });

  it("bold labels with a colon, labels in any case", () => {
    const b = briefingOf(
      mdImport(
        doc("**details:** The lead.\n\n- One.\n\n**CONTEXT.** More.").replace(
          "**Conclusion.**",
          "**Conclusion:**",
        ),
      ),
    );
    expect(b.sections).toEqual([
      { id: "details", lead: "The lead.", bullets: ["One."] },
      { id: "context", lead: "More." },
    ]);
    expect(b.conclusion).toBe("Policy is on hold.");
  });

  it("ordered lists, nested lists and items of several paragraphs are bullets", () => {
    const b = briefingOf(
      mdImport(
        doc(
          "**Details.** The lead.\n\n1. One.\n2. Two.\n   - Nested.\n3. Three.\n\n   More of three.",
        ),
      ),
    );
    expect(b.sections[0]?.bullets).toEqual(["One.", "Two.", "Nested.", "Three.", "More of three."]);
  });

  it("inline Markdown is reduced to its text", () => {
    const b = briefingOf(
      mdImport(
        doc(
          "**Details.** The *lead* has `code`.\n\n- A [link](https://example.org) here.",
          "The **bank** kept rates.",
        ),
      ),
    );
    expect(b.summary).toBe("The bank kept rates.");
    expect(b.sections[0]).toEqual({
      id: "details",
      lead: "The lead has code.",
      bullets: ["A link here."],
    });
  });

  it("a setext title is the headline too", () => {
    const b = briefingOf(
      mdImport(
        doc("**Details.** The lead.").replace(
          "# Rates hold steady",
          "Rates hold steady\n=================",
        ),
      ),
    );
    expect(b.headline).toBe("Rates hold steady");
  });

  it("bluf: the bold Bottom Line label opens the summary", () => {
    const text =
      "# Renew the pilot?\n\n**Bottom Line.** Renew it.\n\n**Issue.** The pilot ends soon.\n\n**Recommendation.** Approve it.\n";
    const b = briefingOf(mdImport(text, { template: "bluf" }));
    expect(b).toEqual({
      template: "bluf",
      headline: "Renew the pilot?",
      summary: "Renew it.",
      sections: [{ id: "issue", lead: "The pilot ends soon." }],
      conclusion: "Approve it.",
    });
  });

  it("`**Details** The lead.` (bold label without a period) opens the Details section", () => {
    const b = briefingOf(mdImport(doc("**Details** The lead.\n\n- One.\n- Two.")));
    expect(b.sections[0]).toEqual({ id: "details", lead: "The lead.", bullets: ["One.", "Two."] });
  });

  it("`## Details` followed by a short lead paragraph reads it as the lead", () => {
    const b = briefingOf(mdImport(doc("## Details\n\nCalm markets.\n\n- One.\n- Two.")));
    expect(b.sections[0]?.lead).toBe("Calm markets.");
  });

  it("an escaped list marker starting the summary is summary text, not a bullet", () => {
    const b = briefingOf(mdImport(doc("**Details.** The lead.\n\n- One.", "\\- Sum.")));
    expect(b.summary).toBe("- Sum.");
  });
});

describe("parseMarkdown: located errors", () => {
  it.each([
    ["", ["import", 1, 1, "the text is empty; a briefing starts with its headline"]],
    [
      "- a\n- b\n\nSum.\n\n**Conclusion.** E.\n",
      ["import", 1, 1, "no headline: the first line is a bullet; it is kept as the headline"],
    ],
    [
      "**Details.** L.\n\nSum.\n\n**Conclusion.** E.\n",
      [
        "import",
        1,
        1,
        "no headline: the first line is a section label; it is kept as the headline",
      ],
    ],
    [
      doc("- Early.\n\n**Details.** L."),
      [
        "import",
        5,
        1,
        'bullets before any section label were put in "Details"; add a label line above them if they belong elsewhere',
      ],
    ],
    [
      `${doc("**Details.** L.")}\n**Conclusion.** Again.\n`,
      [
        "import",
        9,
        1,
        "a second conclusion; the first is on line 7, and this one is kept as a paragraph of it",
      ],
    ],
    [
      doc("## Details\n\n## Context\n\nThe bridge opened in 1967 and carries twice the load."),
      ["import", 5, 1, 'section "Details" has neither a lead nor bullets'],
    ],
    [
      "# H\n\nSum.\n\n**Details.** L.\n\n- a\n",
      ["import", 7, 1, 'no conclusion: add a last part that starts with "Conclusion."'],
    ],
    [
      "# H\n\n**Details.** L.\n\n**Conclusion.** E.\n",
      ["import", 2, 1, "no summary: nothing stands between the headline and the first label"],
    ],
    [
      `---\ntitle: [unclosed\n---\n${doc("**Details.** L.")}`,
      ["import", 2, 1, "the front matter is not valid YAML"],
    ],
  ] as const)("%j", (text, expected) => {
    expect(firstProblem(mdImport(text))).toEqual(expected);
  });

  it("an unknown bold label or heading is reported; --lenient keeps it", () => {
    const text = doc(
      "**Details.** The lead.\n\n- One.\n\n## Outlook\n\nThe outlook is calm for now.\n\n- Two.",
    );
    expect(located(mdImport(text, { file: "a.md" }).problems)).toEqual([
      [
        "import",
        9,
        1,
        '"Outlook" (line 9) looks like a section label the standard template does not have; it is kept as a custom section: use --lenient to keep it as a custom section, or add it to the template\'s aliases',
      ],
    ]);
    expect(briefingOf(mdImport(text, { lenient: true })).sections[1]).toEqual({
      id: "outlook",
      label: "Outlook",
      lead: "The outlook is calm for now.",
      bullets: ["Two."],
    });
    const bold = briefingOf(
      mdImport(doc("**Risks Ahead.** Energy prices.\n\n- Gas."), { lenient: true }),
    );
    expect(bold.sections).toEqual([
      { id: "risks-ahead", label: "Risks Ahead", lead: "Energy prices.", bullets: ["Gas."] },
    ]);
  });
});
