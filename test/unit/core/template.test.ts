import { beforeAll, describe, expect, it } from "@jest/globals";
import type { SchemaCheck } from "../../../src/core/schema.js";
import { schemaProblems } from "../../../src/core/schema.js";
import { parseSource } from "../../../src/core/source.js";
import {
  conclusionLabel,
  DEFAULT_TEMPLATE,
  sectionLabel,
  templateConsistency,
  templateSchema,
  type Template,
} from "../../../src/core/template.js";
import { compileSchema } from "../../../src/io/ajv.js";
import { loadBuiltinTemplates } from "../../../src/io/templates.js";
import { briefingSchemaJson, demoTemplate, must, standardYaml } from "./support.js";

/** The smart-brevity section ids, in template order, Axios axioms included. */
const smartIds = [
  "why-it-matters",
  "driving-the-news",
  "catch-up-quick",
  "backstory",
  "zoom-in",
  "big-picture",
  "between-the-lines",
  "zoom-out",
  "by-the-numbers",
  "yes-but",
  "whats-next",
  "go-deeper",
];

describe("sectionLabel", () => {
  it("prefers the section's own label", () => {
    expect(sectionLabel(demoTemplate, { id: "details", label: "In Detail" })).toBe("In Detail");
  });

  it("falls back to the template's label", () => {
    expect(sectionLabel(demoTemplate, { id: "context" })).toBe("Context");
    expect(sectionLabel(demoTemplate, { id: "details", label: "" })).toBe("Details");
  });

  it("falls back to the id for unknown sections or no template", () => {
    expect(sectionLabel(demoTemplate, { id: "extra" })).toBe("extra");
    expect(sectionLabel(undefined, { id: "details" })).toBe("details");
  });
});

describe("conclusionLabel", () => {
  it("uses the template's conclusion label, else Conclusion", () => {
    expect(conclusionLabel(demoTemplate)).toBe("Bottom Line");
    expect(conclusionLabel({ ...demoTemplate, conclusion: { maxWords: 3 } })).toBe("Conclusion");
    expect(conclusionLabel(undefined)).toBe("Conclusion");
  });
});

describe("templateConsistency", () => {
  it("finds nothing wrong in a consistent template", () => {
    expect(templateConsistency(demoTemplate)).toEqual([]);
  });

  it("reports a duplicate section id at its second use", () => {
    const t: Template = {
      id: "t",
      name: "T",
      sections: [
        { id: "a", label: "A" },
        { id: "b", label: "B" },
        { id: "a", label: "A again" },
      ],
    };
    expect(templateConsistency(t)).toEqual([
      [["sections", 2, "id"], 'section id "a" is used twice'],
    ]);
  });

  it("reports bullets min greater than max", () => {
    const t: Template = {
      id: "t",
      name: "T",
      sections: [
        { id: "a", label: "A", bullets: { min: 3, max: 3 } },
        { id: "b", label: "B", bullets: { min: 4, max: 2 } },
      ],
    };
    expect(templateConsistency(t)).toEqual([
      [["sections", 1, "bullets"], "bullets min (4) is greater than max (2)"],
    ]);
  });

  it("reports summary minWords greater than maxWords", () => {
    const t: Template = { ...demoTemplate, summary: { minWords: 10, maxWords: 5 } };
    expect(templateConsistency(t)).toEqual([
      [["summary"], "minWords (10) is greater than maxWords (5)"],
    ]);
  });

  it("reports every problem, in order", () => {
    const t: Template = {
      id: "t",
      name: "T",
      summary: { minWords: 2, maxWords: 1 },
      sections: [
        { id: "a", label: "A", bullets: { min: 2, max: 1 } },
        { id: "a", label: "A" },
      ],
    };
    expect(templateConsistency(t).map(([path]) => path)).toEqual([
      ["sections", 0, "bullets"],
      ["sections", 1, "id"],
      ["summary"],
    ]);
  });
});

describe("templateSchema", () => {
  let templates: Map<string, Template>;
  let standard: Template;
  beforeAll(async () => {
    templates = await loadBuiltinTemplates();
    standard = must(templates.get(DEFAULT_TEMPLATE), "the standard template");
  });

  // Compiled with the tool's own strict ajv settings.
  const compile = (t: Template): SchemaCheck =>
    compileSchema(templateSchema(briefingSchemaJson(), t));

  function problems(check: SchemaCheck, text: string) {
    const source = parseSource(text, "b.yaml", "yaml");
    const ok = check(source.data);
    const found = schemaProblems(check.errors ?? [], source, "b.yaml")
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
      .map((p) => [p.message, p.line, p.column]);
    return { ok, found };
  }

  it("narrows template, headline and sections without touching the base schema", () => {
    const base = briefingSchemaJson();
    const copy = structuredClone(base);
    const schema = templateSchema(base, standard);
    expect(base).toEqual(copy);
    const props = schema.properties as Record<string, Record<string, unknown>>;
    expect(schema.title).toBe("Briefing (Standard briefing)");
    expect(props.template?.const).toBe("standard");
    expect(props.headline?.maxLength).toBe(120);
    expect(props.sections?.maxItems).toBe(3);
    expect(props.sections?.minItems).toBe(3);
    expect((props.sections?.prefixItems as unknown[]).length).toBe(3);
  });

  it("checks only ids when some section is optional", () => {
    const smart = must(templates.get("smart-brevity"));
    const sections = (
      templateSchema(briefingSchemaJson(), smart).properties as Record<
        string,
        Record<string, unknown>
      >
    ).sections;
    expect(sections?.prefixItems).toBeUndefined();
    expect(sections?.minItems).toBe(1);
    expect(sections?.items).toMatchObject({
      $ref: "#/$defs/section",
      properties: { id: { enum: smartIds } },
    });
  });

  it("compiles under the tool's strict ajv settings for every shipped template", () => {
    expect(templates.size).toBe(4);
    for (const t of templates.values()) expect(typeof compile(t)).toBe("function");
  });

  it("accepts a good standard briefing", () => {
    expect(problems(compile(standard), standardYaml("template: standard\n"))).toEqual({
      ok: true,
      found: [],
    });
  });

  it("refuses a section id that is not in the template", () => {
    const text = standardYaml().replace("id: context", "id: other");
    expect(problems(compile(standard), text)).toEqual({
      ok: false,
      found: [['sections[1].id must be "context"; it is "other"', 7, 9]],
    });
  });

  it("refuses too many bullets", () => {
    const nine = Array.from({ length: 9 }, (_, i) => `B${i}.`).join(", ");
    const text = standardYaml().replace("bullets: [One., Two.]", `bullets: [${nine}]`);
    expect(problems(compile(standard), text)).toEqual({
      ok: false,
      found: [["sections[0].bullets must have at most 8 items; it has 9", 6, 14]],
    });
  });

  it("refuses a section without its lead, another template and a long headline", () => {
    const text = standardYaml("template: flash\n")
      .replace("headline: Rates hold", `headline: ${"x".repeat(121)}`)
      .replace("  - id: important\n    lead: Lead.\n", "  - id: important\n");
    expect(problems(compile(standard), text).found).toEqual([
      ["headline must be at most 120 characters; it has 121", 1, 11],
      ['sections[2] is missing "lead"', 10, 5],
      ['template must be "standard"; it is "flash"', 13, 11],
    ]);
  });

  it("refuses unknown ids in a template with optional sections", () => {
    const smart = must(templates.get("smart-brevity"));
    const text = "headline: H\nsummary: S\nsections:\n  - id: bogus\nconclusion: C\n";
    expect(problems(compile(smart), text).found).toEqual([
      [`sections[0].id must be one of ${smartIds.join(", ")}; it is "bogus"`, 4, 9],
    ]);
  });
});
