import { beforeAll, describe, expect, it } from "@jest/globals";
import { parseDocument } from "yaml";
import type { Template } from "../../../src/core/template.js";
import { applyEdits, editedText } from "../../../src/commands/edit.js";
import { missingParts } from "../../../src/commands/new.js";
import { loadBuiltinTemplates } from "../../../src/io/templates.js";

let templates: Map<string, Template>;
const tpl = (id: string): Template => {
  const t = templates.get(id);
  if (!t) throw new Error(`no template ${id}`);
  return t;
};

beforeAll(async () => {
  templates = await loadBuiltinTemplates();
});

describe("missingParts", () => {
  it("lists every missing part of an empty answer file", () => {
    expect(missingParts({}, tpl("standard"))).toEqual([
      "headline",
      "summary",
      'section "Details"',
      'section "Context"',
      'section "Important to Know"',
      "conclusion",
    ]);
  });

  it("names a section without its required lead, and skips optional leads and sections", () => {
    expect(
      missingParts(
        {
          headline: "H",
          summary: "  ",
          sections: [
            { id: "details", lead: "L." },
            { id: "context" },
            { id: "important", lead: "" },
          ],
        },
        tpl("standard"),
      ),
    ).toEqual([
      "summary",
      'the lead of "Context"',
      'the lead of "Important to Know"',
      "conclusion",
    ]);
    expect(
      missingParts(
        { headline: "H", summary: "S", sections: [{ id: "key-points" }], conclusion: "C" },
        tpl("flash"),
      ),
    ).toEqual([]);
    const sb = { headline: "H", summary: "S", conclusion: "C" };
    const sections = [
      { id: "why-it-matters", lead: "L" },
      { id: "big-picture", lead: "L" },
    ];
    expect(missingParts({ ...sb, sections }, tpl("smart-brevity"))).toEqual([]);
  });
});

describe("applyEdits", () => {
  const source = [
    "# top comment",
    "template: standard",
    "headline: Old headline # trailing note",
    "summary: A plain summary.",
    "sections:",
    "  - id: details",
    "    # before the lead",
    "    lead: The lead.",
    "    bullets:",
    "      - One. # first",
    "      - Two.",
    "conclusion: The end.",
    "# about meta",
    "meta:",
    "  author: Ann",
    "  tags:",
    "    - a",
    "    - b",
    "",
  ].join("\n");

  function edit(change: (b: Record<string, unknown>) => void): string {
    const doc = parseDocument(source);
    const before = doc.toJS() as Record<string, unknown>;
    const after = structuredClone(before);
    change(after);
    applyEdits(doc, before, after);
    expect(doc.toJS()).toEqual(after);
    return doc.toString({ lineWidth: 0 });
  }
  const sections = (b: Record<string, unknown>) =>
    b.sections as { id: string; lead?: string; bullets?: string[] }[];

  it("changes nothing when nothing changed", () => {
    expect(edit(() => undefined)).toBe(source);
  });

  it("editedText keeps untouched folded scalars and flow lists as written", () => {
    const text =
      "headline: Old\nsummary: >-\n  folded text\n  over lines\nmeta: { tags: [a, b] }\n";
    const before = parseDocument(text).toJS() as Record<string, unknown>;
    const after = { ...before, headline: "New" };
    expect(editedText(text, before, after)).toBe(text.replace("headline: Old", "headline: New"));
  });

  it("replaces scalars in place, keeping comments and key order", () => {
    const out = edit((b) => {
      b.headline = "New headline";
      const first = sections(b)[0];
      if (first?.bullets) first.bullets[1] = "Second.";
      b.summary = "A new summary.";
    });
    expect(out).toBe(
      source
        .replace("Old headline", "New headline")
        .replace("- Two.", "- Second.")
        .replace("A plain summary.", "A new summary."),
    );
  });

  it("replaces a list whose length changed, keeping its siblings' comments", () => {
    const out = edit((b) => {
      sections(b)[0]?.bullets?.push("Three.");
      b.meta = { author: "Ann", tags: ["a"] };
    });
    expect(out).toContain("# top comment\n");
    expect(out).toContain("headline: Old headline # trailing note\n");
    expect(out).toContain("    # before the lead\n    lead: The lead.\n");
    expect(out).toContain("      - Two.\n      - Three.\n");
    expect(out).toContain("# about meta\nmeta:\n  author: Ann\n");
    expect(out.indexOf("conclusion:")).toBeGreaterThan(out.indexOf("sections:"));
  });

  it("deletes keys the edit removed and appends new ones at the end", () => {
    const out = edit((b) => {
      delete (b.meta as Record<string, unknown>).tags;
      b.meta = { ...(b.meta as object), status: "final" };
      delete sections(b)[0]?.bullets;
    });
    expect(out).not.toContain("tags:");
    expect(out).not.toContain("bullets:");
    expect(out).toMatch(/meta:\n {2}author: Ann\n {2}status: final\n$/);
    expect(out).toContain("headline: Old headline # trailing note\n");
  });
});
