import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "@jest/globals";
import { parse } from "yaml";
import { rules, type Rule } from "../../../../src/core/rules/index.js";
import type { Template } from "../../../../src/core/template.js";
import { toView } from "../../../../src/core/validate.js";
import { loadBuiltinTemplates } from "../../../../src/io/templates.js";

const root = fileURLToPath(new URL("../../../../", import.meta.url));
const examplesDir = join(root, "examples");

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
    )
    .filter((file) => /\.(ya?ml|json)$/i.test(file))
    .sort();
}

const examples = filesUnder(examplesDir).map((file) => {
  const text = readFileSync(file, "utf8");
  const data = (file.endsWith(".json") ? JSON.parse(text) : parse(text)) as Record<string, unknown>;
  return { name: relative(examplesDir, file), data };
});

let templates: Map<string, Template>;
beforeAll(async () => {
  templates = await loadBuiltinTemplates();
});

/** Findings of the rules at their default level (or the level given), as "rule: message". */
function findings(
  data: Record<string, unknown>,
  settings: Record<string, Record<string, unknown>> = {},
): string[] {
  const view = toView(data);
  const template = templates.get(view.template ?? "standard");
  if (!template) throw new Error(`unknown template ${view.template}`);
  const active = (rule: Rule) => rule.defaultLevel !== "off" || settings[rule.id] !== undefined;
  return rules
    .filter(active)
    .flatMap((rule) =>
      rule
        .check(view, { template, options: settings[rule.id] ?? {}, today: "2026-11-25" })
        .map((f) => `${rule.id}: ${f.message}`),
    );
}

describe("the examples", () => {
  it("are all found", () => {
    expect(examples.length).toBeGreaterThanOrEqual(8);
  });

  it.each(examples)("$name is clean under every rule at its default level", ({ data }) => {
    expect(findings(data)).toEqual([]);
  });

  it.each(examples)("$name is clean with estimative-language set to icd203", ({ data }) => {
    expect(findings(data, { "estimative-language": { yardstick: "icd203" } })).toEqual([]);
  });
});
