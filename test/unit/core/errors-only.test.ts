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

const opts = (extra: Partial<ValidateOptions>): ValidateOptions => ({
  file: "b.yaml",
  schema: briefingCheck,
  templates,
  ...extra,
});

// Undated, so date-required has something to say at whatever level it is set.
const undated = standardYaml("");

describe("errorsOnly", () => {
  it("skips the rules set to warn", () => {
    const rules = { "date-required": "warn" } as const;
    expect(validateText(undated, opts({ rules })).warningCount).toBe(1);
    expect(validateText(undated, opts({ rules, errorsOnly: true }))).toMatchObject({
      problems: [],
      errorCount: 0,
      warningCount: 0,
    });
  });

  it("still runs the rules set to error, and the schema and template checks", () => {
    const rules = { "date-required": "error" } as const;
    const full = validateText(undated, opts({ rules }));
    const errors = full.problems.filter((p) => p.severity === "error");
    expect(errors.map((p) => p.rule)).toEqual(["date-required"]);
    expect(validateText(undated, opts({ rules, errorsOnly: true })).problems).toEqual(errors);
    const broken = undated.replace(/^headline: .*$/m, "headline: 42");
    expect(validateText(broken, opts({ errorsOnly: true })).errorCount).toBeGreaterThan(0);
  });
});
