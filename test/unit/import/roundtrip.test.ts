import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import type { Briefing } from "../../../src/core/types.js";
import { md } from "../../../src/render/md.js";
import { txt } from "../../../src/render/txt.js";
import { ambiguousOpening, briefing, text } from "./arbitraries.js";
import { located, mdImport, template, templates, txtImport } from "./support.js";

const RUNS = { numRuns: 200 };
const ids = [...templates.keys()].sort();

/** The briefing an import gives, failing with its problems when there is none. */
function imported(result: ReturnType<typeof txtImport>): Briefing {
  if (!result.briefing)
    throw new Error(`import failed: ${JSON.stringify(located(result.problems))}`);
  return result.briefing;
}

describe("the four templates are the ones the generators know", () => {
  it("bluf, flash, smart-brevity, standard", () => {
    expect(ids).toEqual(["bluf", "flash", "smart-brevity", "standard"]);
  });
});

describe.each(ids)("round trip through the house layout: %s", (id) => {
  const t = template(id);

  it("parseText(txt.render(b)) gives b back", () => {
    fc.assert(
      fc.property(briefing(t, "txt"), (b) => {
        expect(imported(txtImport(txt.render(b, { template: t }), { template: id }))).toEqual(b);
      }),
      RUNS,
    );
  });

  it("txt.render is a fixed point of import-then-export", () => {
    fc.assert(
      fc.property(briefing(t, "txt"), (b) => {
        const out = txt.render(b, { template: t });
        const again = imported(txtImport(out, { template: id }));
        expect(txt.render(again, { template: t })).toBe(out);
      }),
      RUNS,
    );
  });

  it("the messy variants of the layout import to the same briefing", () => {
    const quirks = fc.record({
      bom: fc.boolean(),
      eol: fc.constantFrom("\n", "\r\n", "\r"),
      summarySpace: fc.constantFrom("", " ", "\u00a0", "  "),
      marker: fc.constantFrom(
        "►   ",
        "►\u00a0",
        "► \u00a0 ",
        "►",
        "• ",
        "•\u00a0\u00a0",
        "- ",
        "* ",
        "-\u00a0",
      ),
      blank: fc.boolean(),
      lastLine: fc.constantFrom("", "  ", "\t \u00a0"),
      labelCase: fc.constantFrom("as is", "lower", "upper", "colon"),
    });
    fc.assert(
      fc.property(briefing(t, "txt"), quirks, (b, q) => {
        const canonical = txt.render(b, { template: t }).slice(0, -1).split("\n");
        const labels = [...t.sections.map((s) => s.label), t.conclusion?.label ?? "Conclusion"];
        const lines = canonical.map((line, i) => {
          if (i === 0) return line;
          if (i === 1 && !t.summary?.label) return q.summarySpace + line;
          if (line.startsWith("►   ")) return q.marker + line.slice(4);
          const label = labels.find((l) => line === `${l}.` || line.startsWith(`${l}. `));
          if (!label || q.labelCase === "as is") return line;
          const written =
            q.labelCase === "lower"
              ? label.toLowerCase()
              : q.labelCase === "upper"
                ? label.toUpperCase()
                : label;
          return written + (q.labelCase === "colon" ? ":" : ".") + line.slice(label.length + 1);
        });
        const body = lines.join(q.blank ? q.eol + q.eol : q.eol);
        const messy = `${q.bom ? "\ufeff" : ""}${body}${q.eol}${q.lastLine}`;
        expect(imported(txtImport(messy, { template: id }))).toEqual(b);
      }),
      RUNS,
    );
  });
});

describe.each(ids)("round trip through Markdown: %s", (id) => {
  const t = template(id);

  it("parseMarkdown(md.render(b)) gives b back", () => {
    fc.assert(
      fc.property(briefing(t, "md"), (b) => {
        expect(imported(mdImport(md.render(b, { template: t }), { template: id }))).toEqual(b);
      }),
      RUNS,
    );
  });

  it("md.render is a fixed point of import-then-export", () => {
    fc.assert(
      fc.property(briefing(t, "md"), (b) => {
        const out = md.render(b, { template: t });
        const again = imported(mdImport(out, { template: id }));
        expect(md.render(again, { template: t })).toBe(out);
      }),
      RUNS,
    );
  });

  it("with front matter, metadata comes back too", () => {
    const meta = fc.record(
      {
        date: fc.constantFrom("2026-03-04", "2025-12-31"),
        author: text(true),
        tags: fc.array(fc.constantFrom("trade", "énergie", "الطاقة", "red-sea"), {
          minLength: 1,
          maxLength: 3,
        }),
        status: fc.constantFrom("draft" as const, "final" as const),
        confidence: fc.constantFrom("low" as const, "moderate" as const, "high" as const),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(briefing(t, "md"), meta, (b, m) => {
        const withMeta: Briefing = Object.keys(m).length ? { ...b, meta: m } : b;
        const out = md.render(withMeta, { template: t, frontMatter: true });
        expect(imported(mdImport(out, { template: id }))).toEqual(withMeta);
      }),
      RUNS,
    );
  });
});

describe.each(ids)("a section's own label round-trips: %s", (id) => {
  const t = template(id);
  const required = new Set(t.sections.filter((s) => s.required !== false).map((s) => s.id));
  const labels = fc.constantFrom("Outlook", "Market Reaction", "What We Know");

  /** The briefing with one of its required sections under a label of its own. */
  const relabel = (b: Briefing, label: string, k: number): Briefing | undefined => {
    const candidates = b.sections.flatMap((s, i) => (required.has(s.id) ? [i] : []));
    const at = candidates[k % Math.max(1, candidates.length)];
    if (at === undefined) return undefined;
    return { ...b, sections: b.sections.map((s, i) => (i === at ? { ...s, label } : s)) };
  };

  it("txt", () => {
    fc.assert(
      fc.property(briefing(t, "txt"), labels, fc.nat(), (b, label, k) => {
        const withLabel = relabel(b, label, k);
        fc.pre(withLabel !== undefined);
        const out = txt.render(withLabel, { template: t });
        // A label the template does not know starts a part only after a finished sentence.
        const lines = out.split("\n");
        const at = lines.findIndex((l) => l.startsWith(`${label}.`));
        fc.pre(at > 0 && /[.!?:;"”’)]$/.test(lines[at - 1] ?? ""));
        expect(imported(txtImport(out, { template: id }))).toEqual(withLabel);
      }),
      RUNS,
    );
  });

  it("md", () => {
    fc.assert(
      fc.property(briefing(t, "md"), labels, fc.nat(), (b, label, k) => {
        const withLabel = relabel(b, label, k);
        fc.pre(withLabel !== undefined);
        const out = md.render(withLabel, { template: t });
        expect(imported(mdImport(out, { template: id }))).toEqual(withLabel);
      }),
      RUNS,
    );
  });
});

describe("the exclusions are real limits of the layouts", () => {
  const standard = template("standard");
  const base: Briefing = {
    template: "standard",
    headline: "Rates hold steady",
    summary: "The bank kept rates unchanged.",
    sections: [{ id: "details", lead: "The vote on Tuesday was unanimous.", bullets: ["No cut."] }],
    conclusion: "Policy is on hold.",
  };

  it.each<[string, string]>([
    ["a summary opening with a label", "Details. The vote was close."],
    ["a summary opening with a label and a colon", "context: rates are high."],
    ["a summary opening with an alias of a label", "Bottom line: rates are high."],
    ["a summary opening with an emoji and a label", "🔎 Details. The vote was close."],
    ["a summary opening with `•`", "• Rates held."],
    ["a summary opening with `- `", "- Rates held."],
    ["a summary opening with a number", "1. Rates held."],
    ["a summary opening with `–`", "– Rates held."],
    ["a summary that is a dateline", "Updated 18 July 2025"],
    ["a summary that is a sign-up line", "Sign up for the morning note."],
  ])("txt: %s does not come back", (_, value) => {
    const b = { ...base, summary: value };
    expect(ambiguousOpening(value, standard)).toBe(true);
    expect(txtImport(txt.render(b, { template: standard })).briefing).not.toEqual(b);
  });

  it.each([
    ["a headline opening with a label", "Conclusion: rates hold"],
    ["a headline opening with `→`", "→ Rates hold"],
  ])("txt: %s comes back as the headline, with a problem saying so", (_, headline) => {
    const b = { ...base, headline };
    const result = txtImport(txt.render(b, { template: standard }));
    expect(result.briefing).toEqual(b);
    expect(located(result.problems)[0]?.[3]).toMatch(/^no headline: the first line is/);
  });

  it.each([
    ["a summary opening with a label", { summary: "Details. The vote was close." }],
    ["a summary opening with `►`", { summary: "► Rates held." }],
  ])("md: %s does not come back", (_, change) => {
    const b = { ...base, ...change };
    expect(mdImport(md.render(b, { template: standard })).briefing).not.toEqual(b);
  });

  it.each([["- Rates held."], ["* Rates held."], ["+ Rates held."]])(
    "md: a summary opening with an escaped list marker (%s) comes back",
    (summary) => {
      const b = { ...base, summary };
      expect(mdImport(md.render(b, { template: standard })).briefing).toEqual(b);
    },
  );

  it("txt: a no-break space at the edge of a text is trimmed (exclusion 1)", () => {
    const b = { ...base, conclusion: "Policy is on hold.\u00a0" };
    expect(txtImport(txt.render(b, { template: standard })).briefing?.conclusion).toBe(
      "Policy is on hold.",
    );
  });

  it("labels and markers are fine anywhere after a label or a bullet marker", () => {
    const b: Briefing = {
      ...base,
      summary: "The bank kept rates unchanged. Details. - • ► Conclusion.",
      sections: [
        {
          id: "details",
          lead: "Context. - ► Details:",
          bullets: ["Conclusion. x", "- y", "► z", "Details"],
        },
      ],
      conclusion: "Conclusion. Details.",
    };
    expect(txtImport(txt.render(b, { template: standard })).briefing).toEqual(b);
    expect(mdImport(md.render(b, { template: standard })).briefing).toEqual(b);
  });
});
