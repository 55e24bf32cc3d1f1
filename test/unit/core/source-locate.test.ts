import { describe, expect, it } from "@jest/globals";
import { parseSource } from "../../../src/core/source.js";

const span = (line: number, column: number, endLine: number, endColumn: number) => ({
  line,
  column,
  endLine,
  endColumn,
});

describe("locate in YAML", () => {
  const text = [
    "headline: H", // 1
    "summary: >-", // 2
    "  two", // 3
    "  lines", // 4
    "sections:", // 5
    "  - id: details", // 6
    "    lead: L", // 7
    "    bullets:", // 8
    "      - one", // 9
    "      - two", // 10
    "  - { id: context, bullets: [x, y] }", // 11
    "conclusion: C", // 12
    "",
  ].join("\n");
  const doc = parseSource(text, "b.yaml", "yaml");
  const locate = (...args: Parameters<typeof doc.locate>) => doc.locate(...args);

  it("locates the whole document for the empty path", () => {
    expect(locate([])).toEqual(span(1, 1, 12, 14));
  });

  it("locates a scalar value and its key", () => {
    expect(locate(["headline"])).toEqual(span(1, 11, 1, 12));
    expect(locate(["headline"], "key")).toEqual(span(1, 1, 1, 9));
  });

  it("locates a block scalar from its indicator to its last character, not the next line", () => {
    expect(locate(["summary"])).toEqual(span(2, 10, 4, 8));
  });

  it("locates the key of a nested mapping", () => {
    expect(locate(["sections"], "key")).toEqual(span(5, 1, 5, 9));
    expect(locate(["sections", 0, "lead"], "key")).toEqual(span(7, 5, 7, 9));
  });

  it("locates array items in block and flow sequences", () => {
    expect(locate(["sections", 0])).toEqual(span(6, 5, 10, 12));
    expect(locate(["sections", 0, "bullets", 1])).toEqual(span(10, 9, 10, 12));
    expect(locate(["sections", 1, "bullets", 1])).toEqual(span(11, 33, 11, 34));
    expect(locate(["sections", 1, "id"])).toEqual(span(11, 11, 11, 18));
  });

  it("falls back to the nearest ancestor for a missing key or index", () => {
    expect(locate(["sections", 0, "nope", 3])).toEqual(span(6, 5, 10, 12));
    expect(locate(["sections", 9, "id"])).toEqual(span(6, 3, 11, 37));
    expect(locate(["headline", "deeper"])).toEqual(span(1, 11, 1, 12));
  });

  it("falls back to the ancestor when the key itself is missing", () => {
    expect(locate(["nope"], "key")).toEqual(span(1, 1, 12, 14));
    expect(locate(["sections", 0, "label"], "key")).toEqual(span(6, 5, 10, 12));
  });

  it("does not index a sequence with a string", () => {
    expect(locate(["sections", "0"])).toEqual(span(6, 3, 11, 37));
  });

  it("matches numeric keys by their text", () => {
    const parsed = parseSource("1: one\n2: two\n", "n.yaml", "yaml");
    expect(parsed.locate([2])).toEqual(span(2, 4, 2, 7));
  });

  it("follows aliases", () => {
    const parsed = parseSource("a: &x\n  b: 1\nc: *x\n", "a.yaml", "yaml");
    expect(parsed.locate(["c", "b"])).toEqual(span(2, 6, 2, 7));
  });

  it("still locates values in a file with syntax problems", () => {
    const parsed = parseSource("headline: a\nsummary: b\nheadline: c\n", "d.yaml", "yaml");
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.locate(["summary"])).toEqual(span(2, 10, 2, 11));
  });
});

describe("locate in JSON", () => {
  const text = [
    "{", // 1
    '  "headline": "H",', // 2
    '  "sections": [', // 3
    '    { "id": "details", "bullets": ["one", "two"] }', // 4
    "  ],", // 5
    '  "conclusion": "C"', // 6
    "}", // 7
    "",
  ].join("\n");
  const doc = parseSource(text, "b.json", "json");
  const locate = (...args: Parameters<typeof doc.locate>) => doc.locate(...args);

  it("locates the whole document for the empty path", () => {
    expect(locate([])).toEqual(span(1, 1, 7, 2));
  });

  it("locates a value and its key", () => {
    expect(locate(["headline"])).toEqual(span(2, 15, 2, 18));
    expect(locate(["headline"], "key")).toEqual(span(2, 3, 2, 13));
    expect(locate(["sections"], "key")).toEqual(span(3, 3, 3, 13));
    expect(locate(["sections", 0, "id"], "key")).toEqual(span(4, 7, 4, 11));
  });

  it("locates array items", () => {
    expect(locate(["sections", 0])).toEqual(span(4, 5, 4, 51));
    expect(locate(["sections", 0, "bullets", 1])).toEqual(span(4, 43, 4, 48));
  });

  it("falls back to the nearest ancestor for a missing key or index", () => {
    expect(locate(["summary"])).toEqual(span(1, 1, 7, 2));
    expect(locate(["sections", 0, "nope", 3])).toEqual(span(4, 5, 4, 51));
    expect(locate(["sections", 9, "id"])).toEqual(span(3, 15, 5, 4));
    expect(locate(["headline", "deeper"])).toEqual(span(2, 15, 2, 18));
  });

  it("points at the ancestor, not its key, when the key is missing", () => {
    expect(locate(["sections", 0, "lead"], "key")).toEqual(span(4, 5, 4, 51));
    expect(locate(["nope"], "key")).toEqual(span(1, 1, 7, 2));
  });

  it("locates the value of a key with a slash or tilde", () => {
    const parsed = parseSource('{"a/b": {"~": 1}}', "k.json", "json");
    expect(parsed.locate(["a/b", "~"])).toEqual(span(1, 15, 1, 16));
  });

  it("still locates values in a file with syntax problems", () => {
    const parsed = parseSource('{"a": 1, "a": 2, "b": [true]}', "d.json", "json");
    expect(parsed.data).toBeUndefined();
    expect(parsed.locate(["b", 0])).toEqual(span(1, 24, 1, 28));
  });

  it("falls back to the start when there is no tree at all", () => {
    const parsed = parseSource("", "e.json", "json");
    expect(parsed.locate(["headline"])).toEqual(span(1, 1, 1, 1));
  });

  it("uses the same lines for CRLF text", () => {
    const parsed = parseSource('{\r\n  "a": 1,\r\n  "b": [2]\r\n}', "c.json", "json");
    expect(parsed.locate(["b", 0])).toEqual(span(3, 9, 3, 10));
    expect(parsed.locate(["b"], "key")).toEqual(span(3, 3, 3, 6));
  });
});
