import { describe, expect, it } from "@jest/globals";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { builtInChecks as fixedRules } from "../../src/core/checks.js";
import { rules } from "../../src/core/rules/index.js";
import { root } from "../helpers/paths.js";

/** The README's rules table: each row's id, default level and link, in order. */
function readmeRows(): { id: string; level: string; link?: string }[] {
  const text = readFileSync(join(root, "README.md"), "utf8");
  const start = text.indexOf("\n| rule ");
  expect(start).toBeGreaterThan(0);
  const table = text.slice(start + 1).split("\n\n")[0] ?? "";
  return table
    .split("\n")
    .slice(2)
    .map((row) => {
      const [rule = "", level = ""] = row
        .split("|")
        .slice(1)
        .map((cell) => cell.trim());
      const id = /`([^`]+)`/.exec(rule)?.[1] ?? rule;
      const link = /\]\(([^)]+)\)/.exec(rule)?.[1];
      return { id, level, ...(link ? { link } : {}) };
    });
}

describe("the README's rules table", () => {
  it("lists every check once, the fixed ones first, each rule with its default level", () => {
    const rows = readmeRows();
    expect(
      rows
        .slice(0, fixedRules.length)
        .map((r) => r.id)
        .sort(),
    ).toEqual(fixedRules.map((r) => r.id).sort());
    expect(rows.slice(0, fixedRules.length).every((r) => r.level === "error")).toBe(true);
    expect(rows.slice(fixedRules.length).map((r) => [r.id, r.level])).toEqual(
      rules.map((r) => [r.id, r.defaultLevel]),
    );
  });

  it("links each rule to its page, and every page is there", () => {
    for (const row of readmeRows().slice(fixedRules.length)) {
      expect(row.link).toBe(`docs/rules/${row.id}.md`);
      expect(existsSync(join(root, row.link ?? ""))).toBe(true);
    }
  });
});
