import { describe, expect, it } from "@jest/globals";
import { parse } from "yaml";
import { briefingFileText } from "../../../src/core/serialize.js";
import { isControl } from "../../../src/core/rules/no-control-characters.js";
import { BIDI, C0, C1, TAB_LF, ZERO_WIDTH, charClass } from "../../../src/core/unsafe-chars.js";
import { stripControls } from "../../../src/render/sanitize.js";
import { github } from "../../../src/reporters/github.js";
import { inert } from "../../../src/reporters/inert.js";
import type { Briefing } from "../../../src/core/types.js";
import { ctx, result } from "../reporters/fixtures.js";

// Every character below U+3000 and the byte order mark: all the sets live in that range.
const chars = [...Array.from({ length: 0x3000 }, (_, i) => String.fromCharCode(i)), "\ufeff"];
const inSets = (...sets: string[]) => {
  const one = charClass("", ...sets);
  return chars.filter((c) => one.test(c));
};
const hex = (cs: string[]) => cs.map((c) => c.charCodeAt(0).toString(16));

describe("the unsafe character sets, used by every place that defends against them", () => {
  it("name the characters they say they do", () => {
    expect(hex(inSets(TAB_LF))).toEqual(["9", "a"]);
    expect(inSets(C0)).toHaveLength(30);
    expect(inSets(C1)).toHaveLength(0x9f - 0x7f + 1);
    expect(hex(inSets(BIDI))).toEqual([
      "202a",
      "202b",
      "202c",
      "202d",
      "202e",
      "2066",
      "2067",
      "2068",
      "2069",
    ]);
    expect(hex(inSets(ZERO_WIDTH))).toEqual(["200b", "200c", "200d", "feff"]);
  });

  it("no-control-characters flags exactly C0, C1, zero-width and bidi characters (a joiner between Latin letters)", () => {
    const flagged = chars.filter((c) => isControl(`a${c}b`, 1));
    expect(flagged).toEqual(inSets(C0, C1, ZERO_WIDTH, BIDI));
  });

  it("reports show C0 (tab and line feed too), C1 and bidi characters as escapes, and nothing else", () => {
    const escaped = chars.filter((c) => inert(c) !== c && inert(c) !== " ");
    const broken = chars.filter((c) => inert(c) === " " && c !== " ");
    expect([...escaped, ...broken].sort()).toEqual(
      inSets(C0, TAB_LF, C1, BIDI, "\\u2028\\u2029").sort(),
    );
    expect(escaped).toEqual(inSets(C0, TAB_LF, C1, BIDI).filter((c) => !"\t\n\v\f\r".includes(c)));
  });

  it("GitHub annotations escape the same set, keeping line breaks for percent-encoding", () => {
    const problem = (message: string) =>
      github([result("a.yaml", [{ rule: "r", severity: "error", message, path: "a.yaml" }])], ctx);
    const changed = chars.filter((c) => !problem(`x${c}y`).includes(`x${c}y`));
    expect(changed).toEqual(inSets(C0, TAB_LF, C1, BIDI, "%"));
  });

  it("plain-text output removes C0 and C1 controls, and keeps tab and line feed", () => {
    expect(chars.filter((c) => stripControls(c) === "")).toEqual(inSets(C0, C1));
  });

  it("written YAML escapes C1 and bidi characters and reads back the same text", () => {
    for (const c of inSets(C1, BIDI)) {
      const briefing = { headline: `a${c}b` } as unknown as Briefing;
      const text = briefingFileText(briefing, "yaml", false);
      expect(text).not.toContain(c);
      expect((parse(text) as { headline: string }).headline).toBe(`a${c}b`);
    }
  });
});
