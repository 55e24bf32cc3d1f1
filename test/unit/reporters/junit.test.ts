import { describe, expect, it } from "@jest/globals";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { junit } from "../../../src/reporters/junit.js";
import { clean, ctx, fileA, hostileXmlSafe, oddPath, result, stdinHostile } from "./fixtures.js";

interface Failure {
  message: string;
  type: string;
  "#text": string;
}
interface TestCase {
  name: string;
  classname: string;
  failure?: Failure;
  "system-out"?: string;
}
interface Suite {
  name: string;
  tests: string;
  failures: string;
  testcase: TestCase[];
}
interface Parsed {
  testsuites: { name: string; tests: string; failures: string; errors: string; testsuite: Suite[] };
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  // Character references such as &#10; are only decoded with this on.
  htmlEntities: true,
  trimValues: false,
  parseAttributeValue: false,
  parseTagValue: false,
  isArray: (name) => name === "testsuite" || name === "testcase",
});

function parse(xml: string): Parsed {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml) as Parsed;
}

describe("junit reporter", () => {
  const all = [fileA, clean, stdinHostile, oddPath];

  it("writes well-formed XML with a declaration and a trailing newline", () => {
    const xml = junit(all, ctx);
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<testsuites ')).toBe(true);
    expect(xml.endsWith("</testsuites>\n")).toBe(true);
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it("counts suites, cases and failures", () => {
    const { testsuites } = parse(junit(all, ctx));
    expect(testsuites.name).toBe("briefing");
    expect(testsuites.tests).toBe("6");
    // Warnings pass unless the run fails on them.
    expect(testsuites.failures).toBe("3");
    expect(testsuites.errors).toBe("0");
    expect(testsuites.testsuite.map((s) => s.name)).toEqual([
      "docs/a.yaml",
      "docs/b c.yaml",
      "<stdin>",
      "dir,with:odd/100% #1.yaml",
    ]);
    expect(testsuites.testsuite.map((s) => [s.tests, s.failures])).toEqual([
      ["3", "2"],
      ["1", "0"],
      ["1", "0"],
      ["1", "1"],
    ]);
    const cases = testsuites.testsuite.flatMap((s) => s.testcase);
    expect(cases).toHaveLength(6);
    expect(cases.filter((c) => c.failure !== undefined)).toHaveLength(3);

    const strict = parse(junit(all, { ...ctx, failOnWarnings: true })).testsuites;
    expect(strict.failures).toBe("5");
    expect(strict.testsuite.flatMap((s) => s.testcase).filter((c) => c.failure)).toHaveLength(5);
  });

  it("describes each problem in its test case", () => {
    const [suite] = parse(junit([fileA], ctx)).testsuites.testsuite;
    const cases = suite?.testcase ?? [];
    expect(cases.map((c) => c.name)).toEqual([
      "2:11 headline-length",
      "12:3 section-order",
      "schema",
    ]);
    expect(cases.every((c) => c.classname === "docs/a.yaml")).toBe(true);
    expect(cases[0]?.failure).toEqual({
      message: "Headline is longer than 90 characters.",
      type: "error",
      "#text": "2:11 Headline is longer than 90 characters. (headline-length)",
    });
    expect(cases[1]?.failure).toBeUndefined();
    expect(cases[1]?.["system-out"]).toBe("warning: 12:3 Section is out of order. (section-order)");
    const strict = parse(junit([fileA], { ...ctx, failOnWarnings: true })).testsuites;
    expect(strict.testsuite[0]?.testcase[1]?.failure?.type).toBe("warning");
    // No position: the name and text carry no `line:col` prefix.
    expect(cases[2]?.failure?.["#text"]).toBe("Missing required property conclusion. (schema)");
  });

  it("names cases uniquely within a file, so GitLab keeps every one", () => {
    const p = {
      rule: "no-empty-text",
      severity: "error",
      message: "Empty.",
      path: "x.yaml",
    } as const;
    const same = result("x.yaml", [
      { ...p, line: 4, column: 7 },
      { ...p, line: 4, column: 7, message: "Also empty." },
      { ...p, line: 4, column: 7 },
      { ...p, line: 5, column: 7 },
    ]);
    const names = parse(junit([same], ctx)).testsuites.testsuite[0]?.testcase.map((c) => c.name);
    expect(names).toEqual([
      "4:7 no-empty-text",
      "4:7 no-empty-text (2)",
      "4:7 no-empty-text (3)",
      "5:7 no-empty-text",
    ]);
  });

  it("gives a clean file a single passing case", () => {
    const xml = junit([clean], ctx);
    expect(xml).toContain('<testcase name="valid" classname="docs/b c.yaml"/>');
    const [suite] = parse(xml).testsuites.testsuite;
    expect(suite?.testcase).toEqual([{ name: "valid", classname: "docs/b c.yaml" }]);
    expect(suite?.failures).toBe("0");
  });

  it("writes an empty but valid report for no files", () => {
    const xml = junit([], ctx);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<testsuites name="briefing" tests="0" failures="0" errors="0">');
  });

  it("round-trips hostile text minus the characters XML 1.0 cannot hold", () => {
    const xml = junit([stdinHostile], { ...ctx, failOnWarnings: true });
    // eslint-disable-next-line no-control-regex -- looking for exactly these characters
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
    expect(xml).not.toMatch(/[\ud800-\udfff]/u);
    const [suite] = parse(xml).testsuites.testsuite;
    expect(suite?.name).toBe("<stdin>");
    const failure = suite?.testcase[0]?.failure;
    expect(failure?.message).toBe(hostileXmlSafe);
    expect(failure?.["#text"]).toBe(`1:1 ${hostileXmlSafe} (bullet-style)`);
  });

  it("escapes quotes and ampersands in paths and rule ids", () => {
    const path = `a"b'c&d<e>.yaml`;
    const rule = `r&"'<>`;
    const xml = junit([result(path, [{ rule, severity: "error", message: "m", path }])], ctx);
    const [suite] = parse(xml).testsuites.testsuite;
    expect(suite?.name).toBe(path);
    expect(suite?.testcase[0]?.classname).toBe(path);
    expect(suite?.testcase[0]?.name).toBe(rule);
    expect(suite?.testcase[0]?.failure?.["#text"]).toBe(`m (${rule})`);
  });
});
