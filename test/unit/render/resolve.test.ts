import { beforeAll, describe, expect, it } from "@jest/globals";
import type { Template } from "../../../src/core/template.js";
import type { Briefing, Meta } from "../../../src/core/types.js";
import { resolveBriefing } from "../../../src/render/resolve.js";
import { templateFor } from "./support.js";

let standard: Template;
let bluf: Template;

beforeAll(async () => {
  standard = await templateFor({ template: "standard" } as Briefing);
  bluf = await templateFor({ template: "bluf" } as Briefing);
});

const base: Briefing = {
  headline: "H",
  summary: "S",
  sections: [
    { id: "details", lead: "L", bullets: ["a", "b"] },
    { id: "context", label: "Background" },
    { id: "unknown-id", lead: "U" },
  ],
  conclusion: "C",
};

describe("resolveBriefing labels", () => {
  it("takes labels from the template, a section's own label first, else the id", () => {
    const r = resolveBriefing(base, standard);
    expect(r.sections.map((s) => s.label)).toEqual(["Details", "Background", "unknown-id"]);
    expect(r.conclusionLabel).toBe("Conclusion");
  });

  it("falls back to the template label when a section's own label is empty", () => {
    const r = resolveBriefing({ ...base, sections: [{ id: "details", label: "" }] }, standard);
    expect(r.sections[0]?.label).toBe("Details");
  });

  it("uses the template's conclusion and summary labels", () => {
    const r = resolveBriefing({ ...base, sections: [{ id: "issue" }] }, bluf);
    expect(r.sections[0]?.label).toBe("Issue");
    expect(r.summaryLabel).toBe("Bottom Line");
    expect(r.conclusionLabel).toBe("Recommendation");
  });

  it("without a template: template `standard`, ids as labels, `Conclusion`", () => {
    const r = resolveBriefing(base);
    expect(r.template).toBe("standard");
    expect(r.sections.map((s) => s.label)).toEqual(["details", "Background", "unknown-id"]);
    expect(r.conclusionLabel).toBe("Conclusion");
    expect("summaryLabel" in r).toBe(false);
  });

  it("names the briefing's own template first, then the template given", () => {
    expect(resolveBriefing(base, bluf).template).toBe("bluf");
    expect(resolveBriefing({ ...base, template: "custom" }, bluf).template).toBe("bluf");
    expect(resolveBriefing({ ...base, template: "custom" }).template).toBe("custom");
  });
});

describe("resolveBriefing shape", () => {
  it("fills an empty lead and empty bullets, keeping section keys in order", () => {
    const r = resolveBriefing(base, standard);
    expect(r.sections[1]).toEqual({ id: "context", label: "Background", lead: "", bullets: [] });
    for (const s of r.sections) expect(Object.keys(s)).toEqual(["id", "label", "lead", "bullets"]);
  });

  it("puts summaryLabel right before summary and meta last", () => {
    const meta: Meta = { status: "draft", date: "2026-01-02" };
    expect(Object.keys(resolveBriefing({ ...base, meta }, bluf))).toEqual([
      "template",
      "headline",
      "summaryLabel",
      "summary",
      "sections",
      "conclusionLabel",
      "conclusion",
      "meta",
    ]);
    expect(Object.keys(resolveBriefing(base, bluf))).toEqual([
      "template",
      "headline",
      "summaryLabel",
      "summary",
      "sections",
      "conclusionLabel",
      "conclusion",
    ]);
  });

  it("has no summaryLabel key when the template has no summary label", () => {
    const r = resolveBriefing({ ...base, meta: { author: "A" } }, standard);
    expect(Object.keys(r)).toEqual([
      "template",
      "headline",
      "summary",
      "sections",
      "conclusionLabel",
      "conclusion",
      "meta",
    ]);
    const blank: Template = { ...bluf, summary: { label: "" } };
    expect("summaryLabel" in resolveBriefing(base, blank)).toBe(false);
  });

  it("orders meta keys and source keys, dropping absent ones", () => {
    const meta = {
      sources: [{ url: "https://example.org/", title: "T" }, { title: "U" }],
      confidence: "low",
      tags: ["x"],
      author: "A",
      date: "2026-01-02",
    } as Meta;
    const r = resolveBriefing({ ...base, meta });
    expect(Object.keys(r.meta ?? {})).toEqual(["date", "author", "tags", "confidence", "sources"]);
    expect(r.meta?.sources?.map((s) => Object.keys(s))).toEqual([["title", "url"], ["title"]]);
    expect(r.meta).toEqual(meta);
  });

  it("copies arrays instead of sharing them with the input", () => {
    const b: Briefing = { ...base, meta: { tags: ["x"], sources: [{ title: "T" }] } };
    const r = resolveBriefing(b, standard);
    r.sections[0]?.bullets.push("changed");
    r.meta?.tags?.push("changed");
    expect(base.sections[0]?.bullets).toEqual(["a", "b"]);
    expect(b.meta?.tags).toEqual(["x"]);
    expect(r.meta?.sources?.[0]).not.toBe(b.meta?.sources?.[0]);
  });

  it("leaves text as written", () => {
    const b: Briefing = { ...base, headline: " a\n\u202eb " };
    expect(resolveBriefing(b).headline).toBe(" a\n\u202eb ");
  });
});
