import { describe, expect, it } from "@jest/globals";
import { getReporter, reporterNames, reporters } from "../../../src/reporters/index.js";
import { stylish } from "../../../src/reporters/stylish.js";
import { clean, ctx, fileA } from "./fixtures.js";

describe("reporter registry", () => {
  it("lists the five formats, stylish first", () => {
    expect(reporterNames).toEqual(["stylish", "json", "github", "junit", "sarif"]);
    expect(Object.keys(reporters)).toEqual(reporterNames);
  });

  it("looks reporters up by name", () => {
    expect(getReporter("stylish")).toBe(stylish);
    for (const name of reporterNames) {
      const reporter = getReporter(name);
      expect(typeof reporter).toBe("function");
      expect(typeof reporter?.([fileA, clean], ctx)).toBe("string");
    }
  });

  it("returns undefined for unknown names, including inherited object keys", () => {
    expect(getReporter("checkstyle")).toBeUndefined();
    expect(getReporter("toString")).toBeUndefined();
    expect(getReporter("__proto__")).toBeUndefined();
    expect(getReporter("")).toBeUndefined();
  });
});
