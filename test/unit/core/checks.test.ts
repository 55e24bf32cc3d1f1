import { describe, expect, it } from "@jest/globals";
import { builtInChecks, leavesNoBriefing } from "../../../src/core/checks.js";
import type { Problem } from "../../../src/core/types.js";

const problem = (rule: string, severity: Problem["severity"] = "error"): Problem => ({
  rule,
  severity,
  message: "m",
  path: "a.yaml",
});

describe("the built-in checks", () => {
  it("have unique ids", () => {
    const ids = builtInChecks.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("leave no briefing after a syntax, encoding, read, schema or template error", () => {
    for (const id of ["syntax", "encoding", "io", "schema", "template"])
      expect(leavesNoBriefing(problem(id))).toBe(true);
  });

  it("leave a briefing after a limits error, a rule's error, or any warning", () => {
    expect(leavesNoBriefing(problem("limits"))).toBe(false);
    expect(leavesNoBriefing(problem("headline-length"))).toBe(false);
    expect(leavesNoBriefing(problem("schema", "warning"))).toBe(false);
  });
});
