import { describe, expect, it } from "@jest/globals";
import {
  describePath,
  fromPointer,
  LineIndex,
  spanOf,
  toPointer,
} from "../../../src/core/position.js";

describe("LineIndex", () => {
  const text = "ab\ncd\n\nef";
  const index = new LineIndex(text);

  it("gives 1-based line and column of offsets on each line", () => {
    expect(index.position(0)).toEqual({ line: 1, column: 1 });
    expect(index.position(1)).toEqual({ line: 1, column: 2 });
    expect(index.position(3)).toEqual({ line: 2, column: 1 });
    expect(index.position(4)).toEqual({ line: 2, column: 2 });
  });

  it("puts a newline at the end of its own line", () => {
    expect(index.position(2)).toEqual({ line: 1, column: 3 });
    expect(index.position(5)).toEqual({ line: 2, column: 3 });
  });

  it("handles an empty line", () => {
    expect(index.position(6)).toEqual({ line: 3, column: 1 });
  });

  it("handles a last line without a newline, and the end of the text", () => {
    expect(index.position(7)).toEqual({ line: 4, column: 1 });
    expect(index.position(8)).toEqual({ line: 4, column: 2 });
    expect(index.position(text.length)).toEqual({ line: 4, column: 3 });
  });

  it("counts CRLF as one line break, the CR ending its line", () => {
    const crlf = new LineIndex("a: 1\r\nb: 2\r\nc: 3");
    expect(crlf.position(4)).toEqual({ line: 1, column: 5 });
    expect(crlf.position(6)).toEqual({ line: 2, column: 1 });
    expect(crlf.position(9)).toEqual({ line: 2, column: 4 });
    expect(crlf.position(12)).toEqual({ line: 3, column: 1 });
    expect(crlf.position(15)).toEqual({ line: 3, column: 4 });
  });

  it("works on empty text and on text that is one newline", () => {
    expect(new LineIndex("").position(0)).toEqual({ line: 1, column: 1 });
    const nl = new LineIndex("\n");
    expect(nl.position(0)).toEqual({ line: 1, column: 1 });
    expect(nl.position(1)).toEqual({ line: 2, column: 1 });
  });

  it("finds lines by binary search in a long text", () => {
    const long = new LineIndex("x\n".repeat(1000));
    expect(long.position(0)).toEqual({ line: 1, column: 1 });
    expect(long.position(1001)).toEqual({ line: 501, column: 2 });
    expect(long.position(1998)).toEqual({ line: 1000, column: 1 });
    expect(long.position(2000)).toEqual({ line: 1001, column: 1 });
  });
});

describe("spanOf", () => {
  const index = new LineIndex("headline: x\nsummary: long text\n");
  const position = (o: number) => index.position(o);

  it("spans start to end offsets", () => {
    expect(spanOf(position, 10, 11)).toEqual({ line: 1, column: 11, endLine: 1, endColumn: 12 });
  });

  it("spans across lines", () => {
    expect(spanOf(position, 0, 21)).toEqual({ line: 1, column: 1, endLine: 2, endColumn: 10 });
  });

  it("clamps an end before the start to an empty span", () => {
    expect(spanOf(position, 12, 3)).toEqual({ line: 2, column: 1, endLine: 2, endColumn: 1 });
  });
});

describe("toPointer / fromPointer", () => {
  it("builds pointers of keys and indexes", () => {
    expect(toPointer(["sections", 1, "bullets", 0])).toBe("/sections/1/bullets/0");
    expect(toPointer([])).toBe("");
  });

  it("escapes ~ as ~0 and / as ~1", () => {
    expect(toPointer(["a/b", "c~d", "~/"])).toBe("/a~1b/c~0d/~0~1");
  });

  it("reads pointers back, indexes as numbers", () => {
    expect(fromPointer("/sections/1/bullets/0")).toEqual(["sections", 1, "bullets", 0]);
    expect(fromPointer("")).toEqual([]);
  });

  it("unescapes ~1 before ~0, so ~01 reads as ~1", () => {
    expect(fromPointer("/a~1b/c~0d/~01")).toEqual(["a/b", "c~d", "~1"]);
  });

  it("keeps non-canonical numbers and the empty key as strings", () => {
    expect(fromPointer("/01/-1/1.5/")).toEqual(["01", "-1", "1.5", ""]);
    expect(fromPointer("/0/10")).toEqual([0, 10]);
  });

  it.each<[(string | number)[]]>([
    [["sections", 0, "lead"]],
    [["meta", "sources", 12, "url"]],
    [["a/b", "c~d", "~0", "~1", "/~"]],
    [["", "x y", "ünï"]],
  ])("round-trips %j", (path) => {
    expect(fromPointer(toPointer(path))).toEqual(path);
  });

  it("turns a numeric-looking key into a number on the way back", () => {
    expect(fromPointer(toPointer(["tags", "3"]))).toEqual(["tags", 3]);
  });
});

describe("describePath", () => {
  it("names the root", () => {
    expect(describePath([])).toBe("the briefing");
  });

  it("joins keys with dots and indexes with brackets", () => {
    expect(describePath(["sections", 1, "bullets", 0])).toBe("sections[1].bullets[0]");
    expect(describePath(["meta", "sources", 0, "url"])).toBe("meta.sources[0].url");
  });

  it("allows dashes, digits, _ and $ after the first character", () => {
    expect(describePath(["key-points", "a_1", "$schema"])).toBe("key-points.a_1.$schema");
  });

  it("quotes keys that are not identifiers", () => {
    expect(describePath(["meta", "a b"])).toBe('meta["a b"]');
    expect(describePath(["1st"])).toBe('["1st"]');
    expect(describePath(["-x"])).toBe('["-x"]');
    expect(describePath(['say "hi"'])).toBe('["say \\"hi\\""]');
  });

  it("starts with a bracket for a leading index", () => {
    expect(describePath([0, "id"])).toBe("[0].id");
  });
});
