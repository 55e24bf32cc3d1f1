import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "@jest/globals";
import { ruleById, rules, type Rule } from "../../../../src/core/rules/index.js";
import { compileSchema } from "../../../../src/io/ajv.js";

const root = new URL("../../../../", import.meta.url);
const docsDir = fileURLToPath(new URL("docs/rules/", root));
const rulesDir = fileURLToPath(new URL("src/core/rules/", root));
const doc = (id: string) => readFileSync(`${docsDir}${id}.md`, "utf8");

/** The rules a module exports. */
async function exportedRules(id: string): Promise<Rule[]> {
  const module = (await import(`../../../../src/core/rules/${id}.js`)) as Record<string, unknown>;
  return Object.values(module).filter((v): v is Rule => rules.includes(v as Rule));
}

describe("the rule registry", () => {
  it("has unique ids", () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ruleById.size).toBe(rules.length);
  });

  it.each(rules.map((r) => [r.id, r] as const))("%s is well formed", (id, rule) => {
    expect(id).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
    expect(rule.description.trim()).not.toBe("");
    expect(rule.description).not.toContain("\n");
    expect(["error", "warn", "off"]).toContain(rule.defaultLevel);
    expect(typeof rule.check).toBe("function");
    if (rule.optionsSchema) {
      expect(rule.optionsSchema.additionalProperties).toBe(false);
      expect(() => compileSchema(rule.optionsSchema ?? {})).not.toThrow();
      expect(compileSchema(rule.optionsSchema)({})).toBe(true);
    }
  });

  it.each(rules.map((r) => [r.id, r] as const))("%s lives in %s.ts", async (id, rule) => {
    expect(existsSync(`${rulesDir}${id}.ts`)).toBe(true);
    expect(await exportedRules(id)).toEqual([rule]);
  });

  it("registers every rule file", () => {
    const helpers = new Set(["index", "types", "parts", "paragraph-length"]);
    const files = readdirSync(rulesDir)
      .filter((name) => name.endsWith(".ts"))
      .map((name) => name.slice(0, -3))
      .filter((name) => !helpers.has(name));
    expect(files.sort()).toEqual(rules.map((r) => r.id).sort());
  });
});

describe("the rule docs", () => {
  it.each(rules.map((r) => [r.id, r] as const))("%s has a page that matches it", (id, rule) => {
    const page = doc(id);
    expect(page.startsWith(`# ${id}\n`)).toBe(true);
    expect(page).toContain(`**Default severity:** \`${rule.defaultLevel}\``);
    expect(page).toContain(`**Fixable:** ${rule.fixable ? "yes" : "no"}`);
    expect(page).toMatch(/## Options/);
    expect(page).toMatch(/```yaml\nrules:\n {2}/);
    expect(page).toMatch(/## Fails/);
    expect(page).toMatch(/## Passes/);
  });

  it("indexes every rule, and only those, in the README", () => {
    const readme = doc("README");
    const linked = [...readme.matchAll(/\[`([a-z0-9-]+)`\]\(\.\/\1\.md\)/g)].map((m) => m[1]);
    expect(linked.sort()).toEqual(rules.map((r) => r.id).sort());
    const projectReadme = readFileSync(fileURLToPath(new URL("README.md", root)), "utf8");
    for (const rule of rules)
      expect(projectReadme).toMatch(
        new RegExp(`^\\| \\[\`${rule.id}\`\\]\\(docs/rules/${rule.id}\\.md\\) +\\|`, "m"),
      );
    const pages = readdirSync(docsDir).filter((name) => name !== "README.md");
    expect(pages.sort()).toEqual(rules.map((r) => `${r.id}.md`).sort());
  });
});
