import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "@jest/globals";
import { parse } from "yaml";
import { rules, type Rule } from "../../../../src/core/rules/index.js";
import type { Template } from "../../../../src/core/template.js";
import { toView } from "../../../../src/core/validate.js";
import { loadBuiltinTemplates } from "../../../../src/io/templates.js";

const docsDir = fileURLToPath(new URL("../../../../docs/rules/", import.meta.url));

let templates: Map<string, Template>;
beforeAll(async () => {
  templates = await loadBuiltinTemplates();
});

/** The first YAML block of a page's section, and the options its "With `…`:" line sets. */
function example(
  page: string,
  heading: string,
): { data: Record<string, unknown>; text: string; options: Record<string, unknown> } {
  const start = page.indexOf(`\n## ${heading}\n`);
  const end = page.indexOf("\n## ", start + 1);
  const text = page.slice(start, end < 0 ? undefined : end);
  const yaml = /```yaml\n([\s\S]*?)```/.exec(text)?.[1];
  if (start < 0 || yaml === undefined) throw new Error(`no ${heading} example`);
  const options = /^With `([^`]+)`:$/m.exec(text)?.[1];
  return {
    data: parse(yaml) as Record<string, unknown>,
    text,
    options: options ? (parse(`{${options}}`) as Record<string, unknown>) : {},
  };
}

function check(rule: Rule, data: Record<string, unknown>, options: Record<string, unknown>) {
  const view = toView(data);
  const template = templates.get(view.template ?? "standard");
  if (!template) throw new Error("unknown template");
  return rule.check(view, { template, options, today: "2026-11-25" });
}

describe("the examples in the rule docs", () => {
  it.each(rules.map((r) => [r.id, r] as const))("%s fails and passes as documented", (id, rule) => {
    const page = readFileSync(`${docsDir}${id}.md`, "utf8");
    const fails = example(page, "Fails");
    const findings = check(rule, fails.data, fails.options);
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      expect(fails.text.replace(/\s*\n\s*/g, " ")).toContain(`\`${finding.message}\``);
      if (finding.fix !== undefined) expect(fails.text).toContain(`\`${finding.fix}\``);
    }
    const passes = example(page, "Passes");
    expect(check(rule, passes.data, fails.options)).toEqual([]);
  });
});
