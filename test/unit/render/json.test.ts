import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import type { Briefing, Meta } from "../../../src/core/types.js";
import { EXPORT_SCHEMA_ID, json } from "../../../src/render/json.js";
import { resolveBriefing, type ResolvedBriefing } from "../../../src/render/resolve.js";
import { briefingOf, expectGolden, loadExamples, someText, templateFor } from "./support.js";

const examples = loadExamples();

const HEAD = ["$schema", "formatVersion", "template", "headline"];
const TOP = [...HEAD, "summary", "sections", "conclusionLabel", "conclusion"];
const WITH_LABEL = [...HEAD, "summaryLabel", ...TOP.slice(4)];

/** What the export should hold: the resolved briefing, named, with empty leads left out. */
function asExport(b: ResolvedBriefing): Record<string, unknown> {
  return {
    $schema: EXPORT_SCHEMA_ID,
    formatVersion: 1,
    ...b,
    sections: b.sections.map(({ lead, ...s }) => (lead === "" ? s : { ...s, lead })),
  };
}
const META = ["date", "author", "tags", "status", "confidence", "sources"];

type Parsed = Record<string, unknown> & {
  sections: Record<string, unknown>[];
  meta?: Record<string, unknown> & { sources?: Record<string, unknown>[] };
};

function renderParsed(b: Briefing, template?: Parameters<typeof json.render>[1]): Parsed {
  return JSON.parse(json.render(b, template)) as Parsed;
}

describe("json export of the examples", () => {
  it.each(examples.map((e) => [e.name, e] as const))("%s matches its golden file", async (_, e) => {
    const template = await templateFor(e.briefing);
    const out = json.render(e.briefing, { template });
    expectGolden("json", `${e.name}.json`, out);
    expect(out).toBe(`${JSON.stringify(JSON.parse(out), null, 2)}\n`);
    expect(out.endsWith("}\n")).toBe(true);
  });

  it.each(examples.map((e) => [e.name, e] as const))(
    "%s parses back to the resolved briefing, keys in order",
    async (_, e) => {
      const template = await templateFor(e.briefing);
      const parsed = renderParsed(e.briefing, { template });
      expect(parsed).toEqual(asExport(resolveBriefing(e.briefing, template)));
      const top = template.summary?.label ? WITH_LABEL : TOP;
      expect(Object.keys(parsed)).toEqual([...top, "meta"]);
      for (const s of parsed.sections)
        expect(Object.keys(s)).toEqual(
          s.after === undefined
            ? ["id", "label", "lead", "bullets"]
            : ["id", "label", "lead", "bullets", "after"],
        );
      expect(Object.keys(parsed.meta ?? {})).toEqual(META);
      for (const source of parsed.meta?.sources ?? [])
        expect(Object.keys(source)).toEqual(["title", "url"]);
      expect(parsed.template).toBe(template.id);
      expect(parsed.sections.map((s) => s.label)).toEqual(
        e.briefing.sections.map((s) => template.sections.find((t) => t.id === s.id)?.label),
      );
      expect(parsed.conclusionLabel).toBe(template.conclusion?.label);
    },
  );
});

describe("json export", () => {
  const base: Briefing = {
    headline: "H",
    summary: "S",
    sections: [
      { id: "issue", label: "Own" },
      { id: "background", lead: "L", bullets: ["B"] },
    ],
    conclusion: "C",
  };

  it("resolves labels, leaves out a missing lead, fills missing bullets, and leaves meta out when absent", async () => {
    const bluf = await templateFor({ template: "bluf" } as Briefing);
    expect(json.render(base, { template: bluf })).toBe(
      `${JSON.stringify(
        {
          $schema: EXPORT_SCHEMA_ID,
          formatVersion: 1,
          template: "bluf",
          headline: "H",
          summaryLabel: "Bottom Line",
          summary: "S",
          sections: [
            { id: "issue", label: "Own", bullets: [] },
            { id: "background", label: "Background", lead: "L", bullets: ["B"] },
          ],
          conclusionLabel: "Recommendation",
          conclusion: "C",
        },
        null,
        2,
      )}\n`,
    );
  });

  it("uses `standard`, ids as labels and `Conclusion` without a template", () => {
    const parsed = renderParsed({ ...base, meta: { status: "draft" } });
    expect(Object.keys(parsed)).toEqual([...TOP, "meta"]);
    expect(parsed.template).toBe("standard");
    expect(parsed.sections.map((s) => s.label)).toEqual(["Own", "background"]);
    expect(parsed.conclusionLabel).toBe("Conclusion");
    expect(parsed.meta).toEqual({ status: "draft" });
  });

  it("keeps text as written: JSON is not folded to one line", () => {
    const b: Briefing = { ...base, headline: "a\n\tb\u202e\u00a0" };
    expect(renderParsed(b).headline).toBe("a\n\tb\u202e\u00a0");
  });

  it("orders meta keys the same however the input orders them", async () => {
    const blufTemplate = await templateFor({ template: "bluf" } as Briefing);
    const full: Required<Meta> = {
      date: "2026-03-04",
      author: "A",
      tags: ["t1", "t2"],
      status: "final",
      confidence: "high",
      sources: [{ title: "T", url: "https://example.org/" }, { title: "U" }],
    };
    const shuffledSources = fc.constantFrom(
      full.sources.map((s) => (s.url ? { url: s.url, title: s.title } : s)),
      full.sources,
    );
    fc.assert(
      fc.property(
        fc.shuffledSubarray(META as (keyof Meta)[]),
        shuffledSources,
        fc.boolean(),
        (keys, sources, bluf) => {
          const meta = Object.fromEntries(
            keys.map((k) => [k, k === "sources" ? sources : full[k]]),
          ) as Meta;
          const parsed = renderParsed({ ...base, meta }, bluf ? { template: blufTemplate } : {});
          expect(Object.keys(parsed)).toEqual([...(bluf ? WITH_LABEL : TOP), "meta"]);
          expect(Object.keys(parsed.meta ?? {})).toEqual(
            META.filter((k) => keys.includes(k as keyof Meta)),
          );
          for (const s of parsed.meta?.sources ?? []) {
            expect(Object.keys(s)).toEqual(s.url === undefined ? ["title"] : ["title", "url"]);
          }
          expect(parsed.meta).toEqual(Object.fromEntries(keys.map((k) => [k, full[k]])));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("always parses back to the resolved briefing", async () => {
    const template = await templateFor({} as Briefing);
    fc.assert(
      fc.property(briefingOf(someText, { leadOptional: true }), (b) => {
        const out = json.render(b, { template });
        expect(out.endsWith("\n")).toBe(true);
        expect(JSON.parse(out)).toEqual(asExport(resolveBriefing(b, template)));
      }),
      { numRuns: 300 },
    );
  });
});
