import { describe, expect, it } from "@jest/globals";
import { decodeText } from "../../../src/core/decode.js";
import {
  defaultParseLimits,
  detectFormat,
  parseSource,
  type Format,
} from "../../../src/core/source.js";
import type { Problem } from "../../../src/core/types.js";

/** The message and start/end of each problem. */
function brief(problems: Problem[]): [string, number?, number?, number?, number?][] {
  return problems.map((p) => [p.message, p.line, p.column, p.endLine, p.endColumn]);
}

function problemsOf(text: string, format: Format = "yaml") {
  const parsed = parseSource(text, "f.txt", format);
  expect(parsed.data).toBeUndefined();
  return brief(parsed.problems);
}

describe("detectFormat", () => {
  it.each([
    ["b.json", "json"],
    ["B.JSON", "json"],
    ["b.yaml", "yaml"],
    ["dir.json/b.yml", "yaml"],
    ["b.YML", "yaml"],
  ] as const)("by extension: %s is %s, whatever the content", (name, format) => {
    expect(detectFormat(name, format === "json" ? "a: 1" : '{"a": 1}')).toBe(format);
  });

  it.each([
    [undefined, '{"a": 1}', "json"],
    [undefined, "\n  \t[1, 2]", "json"],
    ["<stdin>", "a: 1", "yaml"],
    ["notes.txt", '{"a": 1}', "json"],
    ["notes.txt", "# {comment}\na: 1", "yaml"],
    [undefined, "", "yaml"],
    [undefined, "   \n", "yaml"],
  ] as const)("by sniffing: %s with %j is %s", (name, text, format) => {
    expect(detectFormat(name, text)).toBe(format);
  });
});

describe("parseSource, YAML", () => {
  it("parses data and reports nothing", () => {
    const parsed = parseSource("headline: H\nsections:\n  - id: details\n", "b.yaml", "yaml");
    expect(parsed.format).toBe("yaml");
    expect(parsed.problems).toEqual([]);
    expect(parsed.data).toEqual({ headline: "H", sections: [{ id: "details" }] });
  });

  it("uses YAML 1.2: dates, no/yes stay text, 1e3 is a number", () => {
    const parsed = parseSource(
      "d: 2026-03-04\nn: no\ny: yes\ne: 1e3\nt: true\nz: ~\n",
      "b",
      "yaml",
    );
    expect(parsed.data).toEqual({ d: "2026-03-04", n: "no", y: "yes", e: 1000, t: true, z: null });
  });

  it("reports a duplicate key at the second key, with the file name", () => {
    const parsed = parseSource("headline: a\nsummary: b\nheadline: c\n", "dup.yaml", "yaml");
    expect(parsed.problems).toEqual([
      {
        rule: "syntax",
        severity: "error",
        message: "duplicate key: each key may appear only once in a mapping",
        path: "dup.yaml",
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 2,
      },
    ]);
  });

  it("reports every duplicate key, not only the first", () => {
    const problems = problemsOf("a: 1\nb: 2\na: 3\nb: 4\n");
    expect(problems.map((p) => p[1])).toEqual([3, 4]);
  });

  it("reports tab indentation where the tab is", () => {
    expect(problemsOf("headline: a\nsections:\n\t- id: x\n")).toEqual([
      ["tabs are not allowed as indentation in YAML; indent with spaces", 3, 1, 3, 2],
    ]);
  });

  it("reports an unclosed quote at the opening quote, not at the end of the file", () => {
    expect(problemsOf('headline: a\nsummary: "never closed\nconclusion: c\nmore: d\n')).toEqual([
      ["a quoted string is never closed (missing closing quote)", 2, 10, 2, 11],
    ]);
    expect(problemsOf("a: 'ok'\nb: x\nc: 'open\nd: 1\n")).toEqual([
      ["a quoted string is never closed (missing closing quote)", 3, 4, 3, 5],
    ]);
  });

  it("finds the unclosed quote on CRLF text", () => {
    expect(problemsOf('a: 1\r\nb: "open\r\nc: 2\r\n')).toEqual([
      ["a quoted string is never closed (missing closing quote)", 2, 4, 2, 5],
    ]);
  });

  it("reports an unclosed flow list once, at its opening bracket", () => {
    expect(problemsOf("a: [1, 2\nb: 3\n")).toEqual([
      ["a [ list is not closed, or its continuation lines are not indented", 1, 4, 1, 5],
    ]);
  });

  it("reports an unclosed { at the brace, not where the next line starts", () => {
    expect(problemsOf("headline: h\nmeta: { author: Desk, tags: [a]\nsummary: s\n")).toEqual([
      ["a { list is not closed, or its continuation lines are not indented", 2, 7, 2, 8],
    ]);
  });

  it("finds the innermost unclosed bracket, past brackets in quotes and comments", () => {
    expect(problemsOf('a: "[" # {\nb: [x, {y: 1}, "]"\nc: 2\n')).toEqual([
      ["a [ list is not closed, or its continuation lines are not indented", 2, 4, 2, 5],
    ]);
    expect(problemsOf("s: [{ id: d, bullets: [a, b }\nc: 1\n")).toEqual([
      ["a [ list is not closed, or its continuation lines are not indented", 1, 23, 1, 24],
    ]);
  });

  it("refuses several documents, pointing at the second", () => {
    expect(problemsOf("a: 1\n---\nb: 2\n---\nc: 3\n")).toEqual([
      [
        'file holds 3 YAML documents; a briefing file holds exactly one (remove the "---" separator)',
        2,
        1,
        2,
        1,
      ],
    ]);
  });

  it("reports an alias to an undefined anchor", () => {
    expect(problemsOf("headline: a\nsummary: *nope\n")).toEqual([
      ["alias *nope refers to an anchor that is not defined before it", 2, 10, 2, 15],
    ]);
  });

  it.each(["", "\n\n", "# only a comment\n"])("calls %j an empty file", (text) => {
    const parsed = parseSource(text, "e.yaml", "yaml");
    expect(parsed.data).toBeUndefined();
    expect(brief(parsed.problems)).toEqual([
      ["file is empty; a briefing needs a headline, summary, sections and conclusion", 1, 1, 1, 1],
    ]);
    expect(parsed.locate(["headline"])).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 1 });
  });

  describe("alias expansion limit", () => {
    // 10 + 100 + 1000 expansions: a small billion-laughs document.
    const bomb = [
      "a: &a [x, x, x, x, x, x, x, x, x, x]",
      "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]",
      "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]",
      "d: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]",
      "",
    ].join("\n");

    it("refuses a document whose aliases expand too much, by default", () => {
      expect(defaultParseLimits.maxAliasCount).toBe(100);
      const parsed = parseSource(bomb, "bomb.yaml", "yaml");
      expect(parsed.data).toBeUndefined();
      expect(brief(parsed.problems)).toEqual([
        [
          "aliases expand to too much data (more than 100 expansions); refusing to load",
          1,
          1,
          1,
          1,
        ],
      ]);
    });

    it("names the configured limit", () => {
      const parsed = parseSource(bomb, "bomb.yaml", "yaml", { maxAliasCount: 5 });
      expect(parsed.problems[0]?.message).toBe(
        "aliases expand to too much data (more than 5 expansions); refusing to load",
      );
    });

    it("loads the same document under a higher limit", () => {
      const parsed = parseSource(bomb, "bomb.yaml", "yaml", { maxAliasCount: 100000 });
      expect(parsed.problems).toEqual([]);
      const d = (parsed.data as { d: string[][][] }).d;
      expect(d.flat(2)).toHaveLength(1000);
    });

    it("allows a few ordinary aliases", () => {
      const parsed = parseSource("a: &t [x, y]\nb: *t\n", "ok.yaml", "yaml");
      expect(parsed.data).toEqual({ a: ["x", "y"], b: ["x", "y"] });
    });
  });

  it("gives correct lines for a BOM-stripped CRLF file", () => {
    const raw = new TextEncoder().encode(
      "\ufeffheadline: H\r\nsummary: S\r\nsections:\r\n  - id: details\r\n    lead: L\r\n",
    );
    const decoded = decodeText(raw);
    if (!decoded.ok) throw new Error(decoded.message);
    const parsed = parseSource(decoded.text, "b.yaml", "yaml");
    expect(parsed.data).toEqual({
      headline: "H",
      summary: "S",
      sections: [{ id: "details", lead: "L" }],
    });
    expect(parsed.locate(["headline"])).toEqual({ line: 1, column: 11, endLine: 1, endColumn: 12 });
    expect(parsed.locate(["sections", 0, "lead"])).toEqual({
      line: 5,
      column: 11,
      endLine: 5,
      endColumn: 12,
    });
    expect(parsed.locate(["summary"], "key")).toEqual({
      line: 2,
      column: 1,
      endLine: 2,
      endColumn: 8,
    });
  });
});

describe("parseSource, JSON", () => {
  it("parses data without problems", () => {
    const parsed = parseSource('{"headline": "H", "n": 1e3, "d": "2026-03-04"}', "b.json", "json");
    expect(parsed.format).toBe("json");
    expect(parsed.problems).toEqual([]);
    expect(parsed.data).toEqual({ headline: "H", n: 1000, d: "2026-03-04" });
  });

  it("reports a trailing comma", () => {
    expect(problemsOf('{\n  "a": 1,\n}\n', "json")).toEqual([
      [
        "invalid JSON: expected a property name in double quotes (is there a trailing comma?)",
        3,
        1,
        3,
        2,
      ],
    ]);
  });

  it("refuses comments", () => {
    expect(problemsOf('{\n  // note\n  "a": 1\n}\n', "json")).toEqual([
      ["invalid JSON: comments are not allowed in JSON", 2, 3, 2, 10],
    ]);
    expect(problemsOf('{ /* x */ "a": 1 }', "json")).toEqual([
      ["invalid JSON: comments are not allowed in JSON", 1, 3, 1, 10],
    ]);
  });

  it("reports a duplicate key at the second key, with the file name", () => {
    const parsed = parseSource('{\n  "a": 1,\n  "a": 2\n}\n', "dup.json", "json");
    expect(parsed.data).toBeUndefined();
    expect(parsed.problems).toEqual([
      {
        rule: "syntax",
        severity: "error",
        message: 'duplicate key "a": each key may appear only once in an object',
        path: "dup.json",
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 6,
      },
    ]);
  });

  it("finds duplicate keys in nested objects", () => {
    expect(problemsOf('{"s": [{"id": 1, "id": 2}]}', "json")).toEqual([
      ['duplicate key "id": each key may appear only once in an object', 1, 18, 1, 22],
    ]);
  });

  it.each(["", "  \n\t"])("calls %j an empty file", (text) => {
    expect(problemsOf(text, "json")).toEqual([
      ["file is empty; a briefing needs a headline, summary, sections and conclusion", 1, 1, 1, 1],
    ]);
  });

  it.each([
    ['{"a": 1} {"b": 2}', "invalid JSON: unexpected content after the end of the JSON value", 10],
    [
      '{"a": "x\ty"}',
      "invalid JSON: invalid character in string (control characters must be escaped)",
      7,
    ],
    ['{"a": NaN}', "invalid JSON: unexpected character", 7],
    ['{"a" 1}', 'invalid JSON: expected ":" after the property name', 6],
    ['{"a": 1', 'invalid JSON: expected "}" to close the object', 8],
  ])("reports only the first error of %j", (text, message, column) => {
    expect(problemsOf(text, "json")).toEqual([
      [message, 1, column, expect.any(Number), expect.any(Number)],
    ]);
  });
});
