import { describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import type { FileResult } from "../../../src/core/types.js";
import { createAjv } from "../../../src/io/ajv.js";
import { json, REPORT_SCHEMA_ID } from "../../../src/reporters/json.js";
import { root } from "../../helpers/paths.js";
import { clean, ctx, fileA, oddPath, result, stdinHostile } from "./fixtures.js";

interface Report {
  $schema: string;
  formatVersion: number;
  files: (FileResult & Record<string, unknown>)[];
}

const schema = JSON.parse(readFileSync(`${root}schemas/report.schema.json`, "utf8")) as {
  $id: string;
};
const validate = createAjv().compile(schema);

function parse(out: string): Report {
  const report = JSON.parse(out) as Report;
  const valid = validate(report);
  expect(validate.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
  return report;
}

describe("json reporter", () => {
  const all = [fileA, clean, stdinHostile, oddPath];

  it("states its schema and format version, and validates against that schema", () => {
    const report = parse(json(all, ctx));
    expect(report.$schema).toBe(REPORT_SCHEMA_ID);
    expect(schema.$id).toBe(REPORT_SCHEMA_ID);
    expect(report.formatVersion).toBe(1);
    parse(json([], ctx));
    // The schema has teeth: an undocumented key is refused.
    expect(validate({ ...report, extra: 1 })).toBe(false);
  });

  it("parses back to the same data", () => {
    expect(parse(json(all, ctx)).files).toEqual(all);
  });

  it("is pretty-printed with two spaces and ends with a newline", () => {
    expect(json([], ctx)).toBe(
      `{\n  "$schema": "${REPORT_SCHEMA_ID}",\n  "formatVersion": 1,\n  "files": []\n}\n`,
    );
  });

  it("keeps hostile text intact", () => {
    const report = parse(json([stdinHostile], ctx));
    expect(report.files[0]?.problems[0]?.message).toBe(stdinHostile.problems[0]?.message);
  });

  it("uses a stable key order and only documented keys, whatever the input holds", () => {
    const scrambled = {
      warningCount: 0,
      problems: [
        {
          fix: "x",
          pointer: "/summary",
          column: 4,
          line: 3,
          path: "x.yaml",
          message: "m",
          severity: "error",
          rule: "r",
          internal: true,
        },
      ],
      errorCount: 1,
      path: "x.yaml",
    } as unknown as FileResult;
    const report = parse(json([scrambled], ctx));
    expect(Object.keys(report.files[0] ?? {})).toEqual([
      "path",
      "errorCount",
      "warningCount",
      "problems",
    ]);
    const problems = report.files[0]?.problems ?? [];
    expect(Object.keys(problems[0] ?? {})).toEqual([
      "rule",
      "severity",
      "message",
      "path",
      "line",
      "column",
      "pointer",
      "fix",
    ]);
  });

  it("ends a problem on its last line, never at column 1 of the next", () => {
    const p = { rule: "r", severity: "error", message: "m", path: "a.yaml" } as const;
    const report = parse(
      json(
        [
          result("a.yaml", [
            { ...p, line: 2, column: 3, endLine: 5, endColumn: 1 },
            { ...p, line: 2, column: 3, endLine: 2, endColumn: 9 },
          ]),
        ],
        ctx,
      ),
    );
    const ends = report.files[0]?.problems.map((x) => [x.endLine, x.endColumn]);
    expect(ends).toEqual([
      [4, undefined],
      [2, 9],
    ]);
  });

  it("marks unreadable files", () => {
    const unreadable: FileResult = { ...clean, unreadable: true };
    expect(parse(json([unreadable], ctx)).files[0]?.unreadable).toBe(true);
  });
});
