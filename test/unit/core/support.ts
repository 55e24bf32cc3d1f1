import { readFileSync } from "node:fs";
import type { SchemaCheck } from "../../../src/core/schema.js";
import type { Template } from "../../../src/core/template.js";
import { compileSchema } from "../../../src/io/ajv.js";

const root = new URL("../../../", import.meta.url);

/** A JSON file of the package, parsed. */
export function readJson(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(path, root), "utf8")) as Record<string, unknown>;
}

/** The shipped briefing schema's JSON (a fresh copy each call). */
export function briefingSchemaJson(): Record<string, unknown> {
  return readJson("schemas/briefing.schema.json");
}

/** The shipped briefing schema, compiled at run time. */
export const briefingCheck: SchemaCheck = compileSchema(briefingSchemaJson());

/** The shipped template schema, compiled at run time. */
export const templateCheck: SchemaCheck = compileSchema(readJson("schemas/template.schema.json"));

/** The value, or a thrown error naming what was missing. */
export function must<T>(value: T | undefined | null, what = "value"): T {
  if (value === undefined || value === null) throw new Error(`expected ${what}`);
  return value;
}

/** A small template with every kind of limit, for rule and template tests. */
export const demoTemplate: Template = {
  id: "demo",
  name: "Demo",
  headline: { maxChars: 30, maxWords: 5 },
  summary: { minWords: 3, maxWords: 6 },
  sections: [
    {
      id: "details",
      label: "Details",
      lead: { maxWords: 5 },
      bullets: { min: 2, max: 3, maxWords: 4 },
    },
    { id: "context", label: "Context", required: false, lead: { required: false, maxWords: 3 } },
  ],
  conclusion: { label: "Bottom Line", minWords: 2, maxWords: 4 },
};

/** A minimal YAML briefing that satisfies the standard template. */
export function standardYaml(extra = ""): string {
  const section = (id: string) =>
    // The first section's bullets are the ones tests edit; the others differ from them.
    `  - id: ${id}\n    lead: Lead.\n    bullets: [${id === "details" ? "One., Two." : `${id} one., ${id} two.`}]\n`;
  return (
    "headline: Rates hold\n" +
    "summary: The bank kept rates unchanged.\n" +
    "sections:\n" +
    section("details") +
    section("context") +
    section("important") +
    "conclusion: Expect no change soon.\n" +
    extra
  );
}
