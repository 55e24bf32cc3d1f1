import { describe, expect, it } from "@jest/globals";
import { globBase, displayPath } from "../../../src/io/inputs.js";
import { isInside } from "../../../src/io/output.js";

describe("path helpers", () => {
  it.each([
    ["briefings/**/*.yaml", "briefings"],
    ["a/b/*.yaml", "a/b"],
    ["*.yaml", "."],
    ["a/{b,c}/*.json", "a"],
  ])("globBase(%s) = %s", (pattern, base) => {
    expect(globBase(pattern)).toBe(base);
  });

  it("isInside is strict and lexical", () => {
    expect(isInside("/out", "/out/a.md")).toBe(true);
    expect(isInside("/out", "/out/sub/a.md")).toBe(true);
    expect(isInside("/out", "/out")).toBe(false);
    expect(isInside("/out", "/outside/a.md")).toBe(false);
    expect(isInside("/out", "/out/../etc/passwd")).toBe(false);
  });

  it("displayPath is relative inside the working folder, absolute outside", () => {
    expect(displayPath("/work", "/work/a/b.yaml")).toBe("a/b.yaml");
    expect(displayPath("/work", "/elsewhere/b.yaml")).toBe("/elsewhere/b.yaml");
  });
});
