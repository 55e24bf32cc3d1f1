import { describe, expect, it } from "@jest/globals";
import type { FileResult } from "../../../src/core/types.js";
import { json } from "../../../src/reporters/json.js";
import { clean, ctx, fileA, oddPath, stdinHostile } from "./fixtures.js";

describe("json reporter", () => {
  const all = [fileA, clean, stdinHostile, oddPath];

  it("parses back to the same data", () => {
    const parsed = JSON.parse(json(all, ctx)) as unknown;
    expect(parsed).toEqual(all);
  });

  it("is pretty-printed with two spaces and ends with a newline", () => {
    const out = json([clean], ctx);
    expect(out).toBe(
      '[\n  {\n    "path": "docs/b c.yaml",\n    "errorCount": 0,\n    "warningCount": 0,\n    "problems": []\n  }\n]\n',
    );
    expect(json([], ctx)).toBe("[]\n");
  });

  it("keeps hostile text intact", () => {
    const parsed = JSON.parse(json([stdinHostile], ctx)) as FileResult[];
    expect(parsed[0]?.problems[0]?.message).toBe(stdinHostile.problems[0]?.message);
  });

  it("uses a stable key order whatever order the input was built in", () => {
    const scrambled: FileResult = {
      warningCount: 0,
      problems: [
        {
          pointer: "/summary",
          column: 4,
          line: 3,
          path: "x.yaml",
          message: "m",
          severity: "error",
          rule: "r",
        },
      ],
      errorCount: 1,
      path: "x.yaml",
    };
    const parsed = JSON.parse(json([scrambled], ctx)) as Record<string, unknown>[];
    expect(Object.keys(parsed[0] ?? {})).toEqual([
      "path",
      "errorCount",
      "warningCount",
      "problems",
    ]);
    const problems = parsed[0]?.problems as Record<string, unknown>[];
    expect(Object.keys(problems[0] ?? {})).toEqual([
      "rule",
      "severity",
      "message",
      "path",
      "line",
      "column",
      "pointer",
    ]);
  });

  it("marks unreadable files", () => {
    const unreadable: FileResult = { ...clean, unreadable: true };
    const parsed = JSON.parse(json([unreadable], ctx)) as Record<string, unknown>[];
    expect(parsed[0]?.unreadable).toBe(true);
  });
});
