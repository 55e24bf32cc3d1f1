import { describe, expect, it } from "@jest/globals";
import { github } from "../../../src/reporters/github.js";
import { clean, ctx, fileA, oddPath, result, stdinHostile } from "./fixtures.js";

describe("github reporter", () => {
  it("prints nothing when there are no problems", () => {
    expect(github([], ctx)).toBe("");
    expect(github([clean], ctx)).toBe("");
  });

  it("writes one workflow command per problem, omitting unknown positions", () => {
    expect(github([fileA, clean], ctx)).toBe(
      "::error file=docs/a.yaml,line=2,col=11,endLine=2,endColumn=119,title=headline-length::" +
        "Headline is longer than 90 characters.\n" +
        "::warning file=docs/a.yaml,line=12,col=3,title=section-order::Section is out of order.\n" +
        "::error file=docs/a.yaml,title=schema::Missing required property conclusion.\n",
    );
  });

  it("names files from the repository root and gives inclusive ends that stay on their line", () => {
    const spill = result("a.yaml", [
      {
        rule: "r",
        severity: "error",
        message: "M.",
        path: "a.yaml",
        line: 3,
        column: 2,
        endLine: 4,
        endColumn: 1,
      },
      {
        rule: "r",
        severity: "error",
        message: "M.",
        path: "a.yaml",
        line: 5,
        column: 2,
        endLine: 5,
        endColumn: 2,
      },
    ]);
    expect(
      github([spill, stdinHostile], { ...ctx, fromRoot: (p) => `sub/${p}` })
        .split("\n")
        .slice(0, 3),
    ).toEqual([
      "::error file=sub/a.yaml,line=3,col=2,endLine=3,title=r::M.",
      "::error file=sub/a.yaml,line=5,col=2,endLine=5,endColumn=2,title=r::M.",
      expect.stringMatching(
        /^::warning file=<stdin>,line=1,col=1,title=bullet-style::/,
      ) as unknown as string,
    ]);
  });

  it("escapes %, CR and LF in the message so it stays one command", () => {
    const out = github([stdinHostile], ctx);
    expect(out.endsWith("\n")).toBe(true);
    expect(out.split("\n")).toHaveLength(2);
    expect(out).not.toContain("\r");
    expect(out).toContain("::Line one%0Aline two%0D%0Athree%0D 100%25 : , <tag");
    // Data keeps `:` and `,`; only properties need those escaped.
    expect(out.startsWith("::warning file=<stdin>,line=1,col=1,title=bullet-style::Line one")).toBe(
      true,
    );
  });

  it("also escapes : and , in properties", () => {
    expect(github([oddPath], ctx)).toBe(
      "::error file=dir%2Cwith%3Aodd/100%25 #1.yaml,line=3,col=5,title=r%3A1%2C2::Bad.\n",
    );
  });

  it("escapes % before the other characters, so escapes are not double-decoded", () => {
    const tricky = result("a.yaml", [
      { rule: "r", severity: "warning", message: "%0A literal\n", path: "a%0A.yaml" },
    ]);
    expect(github([tricky], ctx)).toBe("::warning file=a%250A.yaml,title=r::%250A literal%0A\n");
  });

  it("uses the result's path when a problem has none", () => {
    const noPath = result("fallback.yaml", [
      { rule: "io", severity: "error", message: "Cannot read.", path: "" },
    ]);
    expect(github([noPath], ctx)).toBe("::error file=fallback.yaml,title=io::Cannot read.\n");
  });
});
