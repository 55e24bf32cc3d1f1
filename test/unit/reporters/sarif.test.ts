import { describe, expect, it } from "@jest/globals";
import AjvModule from "ajv";
import addFormatsModule from "ajv-formats";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { pathToUri, sarif, type SarifLog } from "../../../src/reporters/sarif.js";
import type { Problem } from "../../../src/core/types.js";
import { clean, ctx, fileA, oddPath, result, stdinHostile } from "./fixtures.js";

const schemaFile = fileURLToPath(
  new URL(
    "../../../node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json",
    import.meta.url,
  ),
);

function loadValidator() {
  // Both are CommonJS: the default import is `module.exports`, which also carries `.default`.
  const Ajv = AjvModule.default;
  const addFormats = addFormatsModule.default;
  const schema = JSON.parse(readFileSync(schemaFile, "utf8")) as Record<string, unknown>;
  // The file declares draft-04, which Ajv 8 does not bundle. Its keywords mean the same under
  // draft-07 (it uses no boolean exclusiveMinimum), so only the draft-04 `id` and `$schema`
  // need to go for the default class to compile it.
  delete schema.$schema;
  delete schema.id;
  // One `pattern` in the file (a language tag) has a stray `]`, which is only legal without the
  // `u` flag that Ajv adds by default.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

const validate = loadValidator();

function check(out: string): SarifLog {
  const log = JSON.parse(out) as SarifLog;
  const valid = validate(log);
  expect(validate.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
  return log;
}

describe("sarif reporter", () => {
  const all = [fileA, clean, stdinHostile, oddPath];

  it("validates against the SARIF 2.1.0 schema", () => {
    check(sarif(all, ctx));
    check(sarif([], ctx));
    check(sarif([clean], { ...ctx, rules: [] }));
  });

  it("the validator does reject a broken log", () => {
    const log = JSON.parse(sarif([fileA], ctx)) as SarifLog;
    expect(validate({ ...log, version: "2.0.0" })).toBe(false);

    const zeroLine = structuredClone(log);
    const region = zeroLine.runs[0]?.results[0]?.locations[0]?.physicalLocation.region;
    if (!region) throw new Error("fixture lost its region");
    region.startLine = 0;
    expect(validate(zeroLine)).toBe(false);

    // Proves the uri-reference format is checked, so the encoding tests above mean something.
    for (const uri of ["my file.yaml", "<stdin>"]) {
      const rawUri = structuredClone(log);
      const artifact = rawUri.runs[0]?.artifacts[0];
      if (!artifact) throw new Error("fixture lost its artifact");
      artifact.location.uri = uri;
      expect(validate(rawUri)).toBe(false);
    }
  });

  it("is pretty-printed JSON with a trailing newline", () => {
    const out = sarif(all, ctx);
    expect(out.startsWith('{\n  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",')).toBe(
      true,
    );
    expect(out.endsWith("}\n")).toBe(true);
  });

  it("describes the tool and its rules, adding rules seen only in results", () => {
    const log = check(sarif(all, ctx));
    expect(log.version).toBe("2.1.0");
    expect(log.runs).toHaveLength(1);
    const driver = log.runs[0]?.tool.driver;
    expect(driver?.name).toBe("briefing");
    expect(driver?.version).toBe("1.2.3");
    expect(driver?.rules.map((r) => r.id)).toEqual([
      "headline-length",
      "section-order",
      "unused-rule",
      "schema",
      "bullet-style",
      "r:1,2",
    ]);
    expect(driver?.rules[0]).toEqual({
      id: "headline-length",
      name: "HeadlineLength",
      shortDescription: { text: "Headlines stay short." },
      fullDescription: { text: "Headlines stay short." },
      help: { text: "Headlines stay short.", markdown: "Headlines stay short." },
      defaultConfiguration: { level: "error" },
      helpUri: "https://example.com/rules/headline-length",
    });
    expect(driver?.rules[1]).not.toHaveProperty("helpUri");
    expect(driver?.rules.find((r) => r.id === "schema")).not.toHaveProperty("name");
  });

  it("carries a rule's documentation as help text and Markdown, and its default level", () => {
    const help =
      "# quote-style\n\nQuotes are **one** style. See [the guide](https://example.com/g).";
    const log = check(
      sarif([], {
        ...ctx,
        rules: [{ id: "quote-style", description: "Quotes.", help, defaultLevel: "warning" }],
      }),
    );
    const rule = log.runs[0]?.tool.driver.rules[0];
    expect(rule?.help).toEqual({
      markdown: help,
      text: "quote-style\n\nQuotes are one style. See the guide.",
    });
    expect(rule?.defaultConfiguration).toEqual({ level: "warning" });
  });

  it("reports each problem with rule, level, message and location", () => {
    const log = check(sarif(all, ctx));
    const run = log.runs[0];
    const results = run?.results ?? [];
    expect(results).toHaveLength(5);
    expect(results.map((r) => [r.ruleId, r.level])).toEqual([
      ["headline-length", "error"],
      ["section-order", "warning"],
      ["schema", "error"],
      ["bullet-style", "warning"],
      ["r:1,2", "error"],
    ]);
    for (const r of results) {
      expect(run?.tool.driver.rules[r.ruleIndex]?.id).toBe(r.ruleId);
    }
    const first = results[0]?.locations[0]?.physicalLocation;
    expect(first?.artifactLocation.uri).toBe("docs/a.yaml");
    expect(first?.region).toEqual({ startLine: 2, startColumn: 11, endLine: 2, endColumn: 120 });
    // Without an end the region is the rest of its line: SARIF reads an absent endColumn so.
    expect(results[1]?.locations[0]?.physicalLocation.region).toEqual({
      startLine: 12,
      startColumn: 3,
      endLine: 12,
    });
    // Without a line there is no region at all, only the file.
    expect(results[2]?.locations[0]?.physicalLocation).not.toHaveProperty("region");
    expect(results[3]?.message.text).toBe(stdinHostile.problems[0]?.message);
    expect(results[3]?.locations[0]?.physicalLocation.artifactLocation.uri).toBe("stdin");
  });

  it("lists every checked file as an artifact, clean ones included", () => {
    const run = check(sarif(all, ctx)).runs[0];
    expect(run?.artifacts.map((a) => a.location.uri)).toEqual([
      "docs/a.yaml",
      "docs/b%20c.yaml",
      "stdin",
      "dir%2Cwith%3Aodd/100%25%20%231.yaml",
    ]);
    for (const r of run?.results ?? []) {
      const loc = r.locations[0]?.physicalLocation.artifactLocation;
      expect(run?.artifacts[loc?.index ?? -1]?.location.uri).toBe(loc?.uri);
    }
  });
});

describe("sarif reporter with a repository root", () => {
  const rooted = {
    ...ctx,
    fromRoot: (path: string) => (path.startsWith("/") ? undefined : `sub/${path}`),
    rootUri: "file:///repo/",
  };

  it("names files under %SRCROOT% and keeps files outside the root as absolute URIs", () => {
    const outside = result("/elsewhere/x.yaml", [
      { rule: "schema", severity: "error", message: "Bad.", path: "/elsewhere/x.yaml", line: 1 },
    ]);
    const run = check(sarif([fileA, outside, stdinHostile], rooted)).runs[0];
    expect(run?.originalUriBaseIds).toEqual({ "%SRCROOT%": { uri: "file:///repo/" } });
    expect(run?.artifacts.map((a) => a.location)).toEqual([
      { uri: "sub/docs/a.yaml", uriBaseId: "%SRCROOT%" },
      { uri: "file:///elsewhere/x.yaml" },
      { uri: "stdin" },
    ]);
    expect(run?.automationDetails).toEqual({ id: "briefing/" });
  });

  it("pulls an end at column 1 of the next line back onto the problem's last line", () => {
    const spill = result("a.yaml", [
      { ...base, line: 3, column: 10, endLine: 5, endColumn: 1 },
      { ...base, line: 7, column: 4, endLine: 7, endColumn: 4 },
    ]);
    const regions = check(sarif([spill], ctx)).runs[0]?.results.map(
      (r) => r.locations[0]?.physicalLocation.region,
    );
    expect(regions).toEqual([
      { startLine: 3, startColumn: 10, endLine: 4 },
      { startLine: 7, startColumn: 4, endLine: 7, endColumn: 4 },
    ]);
  });

  it("gives fingerprints from rule, file, message and pointer, not from the line", () => {
    const at = (line: number, message = "Too long."): Problem => ({ ...base, line, message });
    const prints = (problems: Problem[]): string[] =>
      (check(sarif([result("a.yaml", problems)], ctx)).runs[0]?.results ?? []).map(
        (r) => r.partialFingerprints["briefingProblem/v1"] ?? "",
      );
    const before = prints([at(2), at(9), at(12, "Other.")]);
    expect(prints([at(5), at(30), at(40, "Other.")])).toEqual(before);
    // Two identical problems in one file are told apart by their order.
    expect(new Set(before).size).toBe(3);
    expect(prints([at(2, "Changed.")])[0]).not.toBe(before[0]);
  });
});

const base: Problem = { rule: "r", severity: "error", message: "Too long.", path: "a.yaml" };

describe("pathToUri", () => {
  it.each([
    ["<stdin>", "stdin"],
    ["docs/a.yaml", "docs/a.yaml"],
    ["./docs/a.yaml", "./docs/a.yaml"],
    ["../up/a.yaml", "../up/a.yaml"],
    ["docs\\win\\a.yaml", "docs/win/a.yaml"],
    ["my file.yaml", "my%20file.yaml"],
    ["a:b.yaml", "a%3Ab.yaml"],
    ["100%#?.yaml", "100%25%23%3F.yaml"],
    ["r\u00e9sum\u00e9.yaml", "r%C3%A9sum%C3%A9.yaml"],
    ["/abs/path x.yaml", "file:///abs/path%20x.yaml"],
    ["C:\\Users\\me\\a b.yaml", "file:///C:/Users/me/a%20b.yaml"],
  ])("%s -> %s", (path, uri) => {
    expect(pathToUri(path)).toBe(uri);
  });
});
