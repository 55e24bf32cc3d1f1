import { describe, expect, it, beforeAll } from "@jest/globals";
import { readdirSync, readFileSync } from "node:fs";
import { validateBytes } from "../../src/core/inspect-text.js";
import type { SchemaCheck } from "../../src/core/schema.js";
import type { Template } from "../../src/core/template.js";
import { schemaCheck } from "../../src/io/schemas.js";
import { loadBuiltinTemplates } from "../../src/io/templates.js";
import { fixture } from "../helpers/paths.js";

// Each invalid fixture is named for what must fail: <rule>[--variant].<ext>.
// The table says where the first problem must be reported.
const expected: Record<string, [rule: string, line: number, column: number]> = {
  "bullet-count.yaml": ["bullet-count", 7, 7],
  "bullet-length.yaml": ["bullet-length", 13, 9],
  "conclusion-length.yaml": ["conclusion-length", 19, 13],
  "encoding--binary.yaml": ["encoding", 1, 1],
  "encoding--invalid-utf8.yaml": ["encoding", 1, 1],
  "encoding--utf16.yaml": ["encoding", 1, 1],
  "headline-length.yaml": ["headline-length", 1, 11],
  "lead-length.yaml": ["lead-length", 10, 11],
  "schema--bad-date.yaml": ["schema", 21, 9],
  "schema--bad-status.yaml": ["schema", 21, 11],
  "schema--bad-url.yaml": ["schema", 23, 12],
  "schema--bullet-not-text.yaml": ["schema", 13, 9],
  "schema--empty-headline.yaml": ["schema", 1, 11],
  "schema--blank-headline.yaml": ["schema", 1, 11],
  "schema--missing-summary.yaml": ["schema", 1, 1],
  "schema--unknown-key.yaml": ["schema", 19, 1],
  "schema--wrong-type.yaml": ["schema", 1, 11],
  "summary-length.yaml": ["summary-length", 2, 10],
  "syntax--bad-indent.yaml": ["syntax", 10, 1],
  "syntax--duplicate-key.yaml": ["syntax", 2, 1],
  "syntax--empty.yaml": ["syntax", 1, 1],
  "syntax--json-comment.json": ["syntax", 2, 3],
  "syntax--json-duplicate-key.json": ["syntax", 3, 3],
  "syntax--json-trailing-comma.json": ["syntax", 4, 1],
  "syntax--tab-indent.yaml": ["syntax", 9, 1],
  "syntax--two-documents.yaml": ["syntax", 20, 1],
  "syntax--unclosed-bracket.yaml": ["syntax", 21, 9],
  "syntax--unclosed-quote.yaml": ["syntax", 1, 11],
  "syntax--undefined-alias.yaml": ["syntax", 19, 13],
  "template--unknown.yaml": ["template", 1, 11],
  "template-sections--missing.yaml": ["template-sections", 3, 1],
  "template-sections--no-lead.yaml": ["template-sections", 14, 5],
  "template-sections--order.yaml": ["template-sections", 9, 9],
  "template-sections--unknown.yaml": ["template-sections", 3, 1],
};

let schema: SchemaCheck;
let templates: Map<string, Template>;

beforeAll(async () => {
  schema = await schemaCheck("briefing");
  templates = await loadBuiltinTemplates();
});

function check(dir: string, name: string) {
  return validateBytes(readFileSync(fixture(dir, name)), { file: name, schema, templates });
}

describe("valid fixtures", () => {
  const names = readdirSync(fixture("valid"));
  it("has fixtures for every template and both formats", () => {
    expect(names.length).toBeGreaterThanOrEqual(6);
    expect(names.some((n) => n.endsWith(".json"))).toBe(true);
  });
  it.each(names)("%s passes with no problems", (name) => {
    expect(check("valid", name).problems).toEqual([]);
  });
});

describe("invalid fixtures", () => {
  const names = readdirSync(fixture("invalid")).sort();
  it("every fixture has an expectation and every expectation a fixture", () => {
    expect(names).toEqual(Object.keys(expected).sort());
  });
  it.each(names)("%s fails with the rule it is named for, at the expected place", (name) => {
    const [rule, line, column] = expected[name] ?? ["?", 0, 0];
    expect(name.split(/--|\./)[0]).toBe(rule);
    const result = check("invalid", name);
    expect(result.errorCount).toBeGreaterThan(0);
    const first = result.problems.find((p) => p.rule === rule);
    expect(first).toMatchObject({ rule, severity: "error", line, column, path: name });
    for (const p of result.problems) {
      expect(p.message).not.toMatch(/\n/);
      expect(p.line).toBeGreaterThan(0);
    }
  });
});
