import { describe, expect, it } from "@jest/globals";
import { schemaProblems, typeOfValue, type SchemaCheck } from "../../../src/core/schema.js";
import { parseSource, type Format } from "../../../src/core/source.js";
import { compileSchema } from "../../../src/io/ajv.js";
import { briefingCheck, standardYaml } from "./support.js";

/** Schema problems of a text, as [message, pointer, line, column]. */
function check(text: string, format: Format = "yaml", validate: SchemaCheck = briefingCheck) {
  const source = parseSource(text, "b.txt", format);
  expect(source.problems).toEqual([]);
  expect(validate(source.data)).toBe(false);
  return schemaProblems(validate.errors ?? [], source, "b.txt").map(
    (p) => [p.message, p.pointer, p.line, p.column] as const,
  );
}

const good = standardYaml();

describe("schemaProblems wording and location", () => {
  it("accepts the standard sample, so each case below fails for its own reason", () => {
    expect(briefingCheck(parseSource(good, "b", "yaml").data)).toBe(true);
  });

  it("names a missing required property of the briefing, located at the start", () => {
    expect(check(good.replace("summary: The bank kept rates unchanged.\n", ""))).toEqual([
      ['the briefing is missing "summary"', "", 1, 1],
    ]);
  });

  it("names a missing required property of a section", () => {
    expect(check(good.replace("  - id: context\n    lead", "  - lead"))).toEqual([
      ['sections[1] is missing "id"', "/sections/1", 7, 5],
    ]);
  });

  it("points at an unexpected key and suggests the close one", () => {
    expect(check(good + "headlin: x\n")).toEqual([
      ['unexpected property "headlin" (did you mean "headline"?)', "/headlin", 14, 1],
    ]);
    expect(
      check(
        good.replace(
          "    bullets: [One., Two.]\n  - id: context",
          "    bulets: []\n  - id: context",
        ),
      ),
    ).toEqual([
      [
        'unexpected property "bulets" in sections[0] (did you mean "bullets"?)',
        "/sections/0/bulets",
        6,
        5,
      ],
    ]);
  });

  it("gives no suggestion for a key unlike any known one", () => {
    expect(check(good + "colour: red\n")).toEqual([
      ['unexpected property "colour"', "/colour", 14, 1],
    ]);
  });

  it("does not suggest $schema", () => {
    expect(check(good + "schema: x\n")).toEqual([
      ['unexpected property "schema"', "/schema", 14, 1],
    ]);
  });

  it.each([
    ["42", "a number (42)"],
    ["[a]", "a list"],
    ["{a: 1}", "a mapping"],
    ["true", "true (a boolean)"],
    ["~", "empty (null)"],
  ])("names the actual type of summary: %s", (value, actual) => {
    const text = good.replace("summary: The bank kept rates unchanged.", `summary: ${value}`);
    expect(check(text)).toEqual([[`summary must be text; it is ${actual}`, "/summary", 2, 10]]);
  });

  it("names the wanted type in plain words", () => {
    expect(check(good.replace("sections:\n", "sections: no\nx:\n"))).toEqual(
      expect.arrayContaining([["sections must be a list; it is text", "/sections", 3, 11]]),
    );
    expect(check("[1, 2]\n")).toEqual([
      ["the briefing must be a mapping of keys to values; it is a list", "", 1, 1],
    ]);
  });

  it("says an empty string must not be empty", () => {
    expect(check(good.replace("headline: Rates hold", 'headline: ""'))).toEqual([
      ["headline must not be empty", "/headline", 1, 11],
    ]);
  });

  it("lists the allowed values of an enum", () => {
    expect(check(good + "meta:\n  status: done\n")).toEqual([
      ['meta.status must be one of draft, final; it is "done"', "/meta/status", 15, 11],
    ]);
  });

  it("asks for a full URL", () => {
    expect(check(good + "meta:\n  sources:\n    - title: T\n      url: not a url\n")).toEqual([
      [
        'meta.sources[0].url must be a full URL (like https://example.org/report); it is "not a url"',
        "/meta/sources/0/url",
        17,
        12,
      ],
    ]);
  });

  it("reports a bad date once, not once per anyOf branch", () => {
    expect(check(good + "meta:\n  date: 04/03/2026\n")).toEqual([
      [
        'meta.date must be an ISO 8601 date (2026-03-04) or date-time with offset (2026-03-04T09:30:00+01:00); it is "04/03/2026"',
        "/meta/date",
        15,
        9,
      ],
    ]);
  });

  it("reports a date of the wrong type as a type problem only", () => {
    expect(check(good + "meta:\n  date: 20260304\n")).toEqual([
      ["meta.date must be text; it is a number (20260304)", "/meta/date", 15, 9],
    ]);
  });

  it("names the repeated items of a unique list", () => {
    expect(check(good + "meta:\n  tags: [a, b, a]\n")).toEqual([
      ["meta.tags lists the same item twice (at positions 1 and 3)", "/meta/tags", 15, 9],
    ]);
  });

  it("explains the id pattern", () => {
    expect(check(good.replace("id: details", "id: Details"))).toEqual([
      [
        'sections[0].id must be lowercase letters, digits and dashes (like "details"); it is "Details"',
        "/sections/0/id",
        4,
        9,
      ],
    ]);
  });

  it("locates problems in JSON sources", () => {
    const json =
      '{\n  "headline": 7,\n  "summary": "S",\n  "sections": [],\n  "conclusion": "C"\n}';
    expect(check(json, "json")).toEqual([
      ["headline must be text; it is a number (7)", "/headline", 2, 15],
      ["sections must have at least 1 item; it has 0", "/sections", 4, 15],
    ]);
  });

  it("reports each problem once, with file, severity and the rule given", () => {
    const source = parseSource(good + "meta:\n  date: nope\n  status: x\n", "t.yaml", "yaml");
    briefingCheck(source.data);
    const problems = schemaProblems(briefingCheck.errors ?? [], source, "t.yaml", "template");
    expect(problems).toHaveLength(2);
    expect(problems.map((p) => [p.rule, p.severity, p.path, p.pointer])).toEqual([
      ["template", "error", "t.yaml", "/meta/date"],
      ["template", "error", "t.yaml", "/meta/status"],
    ]);
    const doubled = schemaProblems(
      [...(briefingCheck.errors ?? []), ...(briefingCheck.errors ?? [])],
      source,
      "t.yaml",
    );
    expect(doubled).toHaveLength(2);
  });
});

describe("schemaProblems with limits the shipped schema does not use", () => {
  const custom = compileSchema({
    type: "object",
    properties: {
      tags: { type: "array", maxItems: 2, minItems: 2 },
      title: { type: "string", maxLength: 5, minLength: 3 },
      kind: { const: "flash" },
      code: { type: "string", pattern: "^X" },
    },
  });

  it("counts items over the maximum", () => {
    expect(check("tags: [a, b, c]\n", "yaml", custom)).toEqual([
      ["tags must have at most 2 items; it has 3", "/tags", 1, 7],
    ]);
    expect(check("tags: [a]\n", "yaml", custom)).toEqual([
      ["tags must have at least 2 items; it has 1", "/tags", 1, 7],
    ]);
  });

  it("counts characters as code points over the maximum", () => {
    expect(check("title: 📈📈📈📈📈📈\n", "yaml", custom)).toEqual([
      ["title must be at most 5 characters; it has 6", "/title", 1, 8],
    ]);
    expect(check("title: ab\n", "yaml", custom)).toEqual([
      ["title must be at least 3 characters", "/title", 1, 8],
    ]);
  });

  it("words const and other patterns", () => {
    expect(check("kind: bluf\ncode: Y1\n", "yaml", custom)).toEqual([
      ['kind must be "flash"; it is "bluf"', "/kind", 1, 7],
      ['code does not have the expected form; it is "Y1"', "/code", 2, 7],
    ]);
  });
});

describe("typeOfValue", () => {
  it("names each JSON type", () => {
    expect([null, [], "x", 1.5, false, {}].map(typeOfValue)).toEqual([
      "empty (null)",
      "a list",
      "text",
      "a number (1.5)",
      "false (a boolean)",
      "a mapping",
    ]);
  });
});

describe("did-you-mean suggestions", () => {
  it("counts a swap of neighbouring letters as one typo", async () => {
    const { distance } = await import("../../../src/core/schema.js");
    expect(distance("laed", "lead")).toBe(1);
    expect(distance("laed", "label")).toBe(2);
    expect(distance("headlin", "headline")).toBe(1);
    expect(distance("", "abc")).toBe(3);
  });
});
