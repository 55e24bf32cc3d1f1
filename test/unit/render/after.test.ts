import { describe, expect, it } from "@jest/globals";
import mammoth from "mammoth";
import { validateText } from "../../../src/core/inspect-text.js";
import type { Briefing } from "../../../src/core/types.js";
import { docx } from "../../../src/render/docx.js";
import { html } from "../../../src/render/html.js";
import { json } from "../../../src/render/json.js";
import { md } from "../../../src/render/md.js";
import { renderTerminal } from "../../../src/render/terminal.js";
import { txt } from "../../../src/render/txt.js";
import { plainColors } from "../../../src/reporters/types.js";
import { createAjv } from "../../../src/io/ajv.js";
import { loadBuiltinTemplates } from "../../../src/io/templates.js";
import { briefingCheck, readJson } from "../core/support.js";

const templates = await loadBuiltinTemplates();
const standard = templates.get("standard");
if (!standard) throw new Error("the standard template is missing");

/** A section whose text goes on after its bullets, in two paragraphs. */
const briefing: Briefing = {
  template: "standard",
  headline: "Ferry strike ends on the Baltic routes",
  summary: "Crews on the Tallinn and Helsinki ferries went back to work on Friday.",
  sections: [
    {
      id: "details",
      lead: "The union accepted a pay rise of 6% over two years.",
      bullets: ["Sailings resume on Saturday morning.", "Cargo backlogs should clear by Tuesday."],
      after: "Freight rates on the route fell back the same day.\n\nPassengers get refunds.",
    },
  ],
  conclusion: "The settlement removes the threat of a summer stoppage.",
};

/** Where each piece of text first appears in an output, to compare their order. */
function order(out: string, pieces: string[]): number[] {
  return pieces.map((p) => {
    const at = out.indexOf(p);
    if (at < 0) throw new Error(`"${p}" is missing from the output`);
    return at;
  });
}

const PIECES = [
  "The union accepted",
  "Cargo backlogs should clear",
  "Freight rates on the route",
  "Passengers get refunds",
  "The settlement removes",
];
const ascending = (xs: number[]) => [...xs].sort((a, b) => a - b);

describe("text after the bullets keeps its place in every format", () => {
  it("txt: after the last bullet, behind a blank line, a blank line between paragraphs", () => {
    expect(txt.render(briefing, { template: standard })).toBe(
      [
        "Ferry strike ends on the Baltic routes",
        "Crews on the Tallinn and Helsinki ferries went back to work on Friday.",
        "Details. The union accepted a pay rise of 6% over two years.",
        "►   Sailings resume on Saturday morning.",
        "►   Cargo backlogs should clear by Tuesday.",
        "",
        "Freight rates on the route fell back the same day.",
        "",
        "Passengers get refunds.",
        "Conclusion. The settlement removes the threat of a summer stoppage.",
        "",
      ].join("\n"),
    );
  });

  it("md: paragraphs after the list, outside it", () => {
    expect(md.render(briefing, { template: standard })).toContain(
      "- Cargo backlogs should clear by Tuesday.\n\nFreight rates on the route fell back the same day.\n\nPassengers get refunds.\n\n**Conclusion.**",
    );
  });

  it("html: one <p> per paragraph after the </ul>, inside the section", () => {
    expect(html.render(briefing, { template: standard })).toContain(
      "      </ul>\n      <p>Freight rates on the route fell back the same day.</p>\n      <p>Passengers get refunds.</p>\n    </section>",
    );
  });

  it("docx: paragraphs after the list items, as Word readers see them", async () => {
    const bytes = await docx.render(briefing, { template: standard });
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    expect(value).toContain(
      "<li>Cargo backlogs should clear by Tuesday.</li></ul><p>Freight rates on the route fell back the same day.</p><p>Passengers get refunds.</p>",
    );
  });

  it("terminal: after the bullets, before the next part", () => {
    const out = renderTerminal(briefing, { template: standard, width: 100, colors: plainColors });
    expect(out).toContain(
      "Cargo backlogs should clear by Tuesday.\n\nFreight rates on the route fell back the same day.\n\nPassengers get refunds.\n",
    );
    const at = order(out, PIECES);
    expect(at).toEqual(ascending(at));
  });

  it("json: an `after` key after the bullets, allowed by the export schema", () => {
    const out = JSON.parse(json.render(briefing, { template: standard })) as Record<
      string,
      unknown
    >;
    const sections = out.sections as Record<string, unknown>[];
    expect(Object.keys(sections[0] ?? {})).toEqual(["id", "label", "lead", "bullets", "after"]);
    expect(sections[0]?.after).toBe(briefing.sections[0]?.after);
    const ajv = createAjv();
    ajv.addSchema(readJson("schemas/briefing.schema.json"));
    const check = ajv.compile(readJson("schemas/export.schema.json"));
    expect(check(out)).toBe(true);
  });
});

describe("text after the bullets in a briefing file", () => {
  const yaml = (after: string) =>
    [
      "template: standard",
      "headline: Ferry strike ends on the Baltic routes",
      "summary: Crews on the Tallinn and Helsinki ferries went back to work on Friday.",
      "sections:",
      "  - id: details",
      "    lead: The union accepted a pay rise of 6% over two years.",
      "    bullets: [Sailings resume on Saturday morning., Cargo backlogs should clear by Tuesday.]",
      `    after: ${after}`,
      "  - id: context",
      "    lead: The strike lasted nine days.",
      "    bullets: [It was the longest since 2009., Two ports closed.]",
      "  - id: important",
      "    lead: Tourism operators lost bookings.",
      "    bullets: [Hotels in Tallinn reported cancellations., Some routes stay reduced.]",
      "conclusion: The settlement removes the threat of a summer stoppage.",
      "",
    ].join("\n");
  const options = { file: "x.yaml", schema: briefingCheck, templates, today: "2026-11-28" };

  it("passes the schema", () => {
    const result = validateText(yaml("Freight rates fell back."), options);
    expect(result.problems.filter((p) => p.rule === "schema")).toEqual([]);
  });

  it("is not text of another type", () => {
    const result = validateText(yaml("[not, text]"), options);
    expect(result.problems.some((p) => p.rule === "schema")).toBe(true);
  });

  it("is seen by the rules that scan parts, located on its line", () => {
    const result = validateText(yaml("Freight rates possibly fell back."), options);
    expect(result.problems.filter((p) => p.rule === "hedge-words")).toEqual([
      expect.objectContaining({
        line: 8,
        message: expect.stringContaining("Details text after the bullets"),
      }),
    ]);
  });
});
