// Shapes a second, faster parser once read differently from `yaml`, so that `validate`
// passed briefings YAML 1.2 rejects or reads otherwise. Each must now be refused with a
// located problem, or read exactly as `yaml` reads it.
import { beforeAll, describe, expect, it } from "@jest/globals";
import type { Template } from "../../../src/core/template.js";
import { type ValidateOptions } from "../../../src/core/validate.js";
import { validateText } from "../../../src/core/inspect-text.js";
import { loadBuiltinTemplates } from "../../../src/io/templates.js";
import { briefingCheck, standardYaml } from "./support.js";

let templates: Map<string, Template>;
beforeAll(async () => {
  templates = await loadBuiltinTemplates();
});

const opts = (): ValidateOptions => ({ file: "b.yaml", schema: briefingCheck, templates });
const dated = "meta:\n  date: 2026-03-04\n";
const withHeadline = (line: string) =>
  standardYaml(dated).replace("headline: Rates hold\n", `${line}\n`);
const errors = (text: string) =>
  validateText(text, opts()).problems.filter((p) => p.severity === "error");

describe("shapes validate once passed", () => {
  it("the baseline is clean", () => {
    expect(validateText(standardYaml(dated), opts()).problems).toEqual([]);
  });

  it.each([
    ["a flow sequence as a key", "[headline]: Container rates climb again"],
    ["an explicit block-sequence key", "? - headline\n: Container rates climb again"],
    ["a comment touching a closing quote", 'headline: "Rates climb"# note'],
    ["a comment touching a closing single quote", "headline: 'Rates climb'# note"],
  ])("%s is an error at its line", (_name, line) => {
    const found = errors(withHeadline(line));
    expect(found.length).toBeGreaterThan(0);
    for (const p of found) {
      expect(p.line).toBeGreaterThanOrEqual(1);
      expect(p.column).toBeGreaterThanOrEqual(1);
    }
    // The broken line is the first, so the first error points there.
    expect(found[0]?.line).toBe(1);
  });

  it("a comment touching a flow sequence's bracket is a syntax error on that line", () => {
    const text = standardYaml("meta:\n  date: 2026-03-04\n  tags: [trade, freight]#review\n");
    const found = errors(text);
    expect(found.map((p) => [p.rule, p.line])).toEqual([["syntax", 16]]);
  });

  it.each([
    ["-.5", "a number"],
    ["+.5", "a number"],
    ["+12", "a number"],
    [".inf", "a number"],
    ["~", "null"],
    ["True", "a boolean"],
  ])("headline: %s is %s to YAML 1.2, so a schema error", (value) => {
    const found = errors(withHeadline(`headline: ${value}`));
    expect(found.map((p) => [p.rule, p.line, p.message])).toEqual([
      ["schema", 1, expect.stringMatching(/^headline must be (a string|text)/)],
    ]);
  });

  it.each(["+0x1F", "0b101", "1_000", "12:30", "yes", "2026-03-04"])(
    "headline: %s is text to YAML 1.2 (core schema) and reads as written",
    (value) => {
      const text = withHeadline(`headline: ${value}`);
      const problems = validateText(text, opts()).problems;
      expect(problems.filter((p) => p.rule === "schema" || p.rule === "syntax")).toEqual([]);
    },
  );
});
