import { describe, expect, it } from "@jest/globals";
import { stylish } from "../../../src/reporters/stylish.js";
import { clean, ctx, fileA, result, stdinHostile, taggedColors } from "./fixtures.js";

describe("stylish reporter", () => {
  it("prints nothing at all when there are no problems", () => {
    expect(stylish([], ctx)).toBe("");
    expect(stylish([clean, clean], ctx)).toBe("");
    expect(stylish([clean], { ...ctx, maxWarnings: 0 })).toBe("");
  });

  it("aligns positions, severities, messages and rule ids per file", () => {
    const out = stylish([fileA, clean], ctx);
    expect(out).toBe(
      [
        "docs/a.yaml",
        "   2:11  error    Headline is longer than 90 characters.  headline-length",
        "  12:3   warning  Section is out of order.                section-order",
        "   -     error    Missing required property conclusion.   schema",
        "",
        "\u2716 3 problems (2 errors, 1 warning)",
        "",
      ].join("\n"),
    );
  });

  it("separates files with a blank line and skips clean files", () => {
    const lines = stylish([fileA, clean, stdinHostile], ctx).split("\n");
    expect(lines).not.toContain("docs/b c.yaml");
    const stdinAt = lines.indexOf("<stdin>");
    expect(stdinAt).toBeGreaterThan(0);
    expect(lines[stdinAt - 1]).toBe("");
    expect(lines.at(-2)).toBe("\u2716 4 problems (2 errors, 2 warnings)");
  });

  it("pluralises the summary", () => {
    const one = result("x.yaml", [
      { rule: "r", severity: "error", message: "m", path: "x.yaml", line: 1, column: 1 },
    ]);
    expect(stylish([one], ctx)).toContain("\u2716 1 problem (1 error, 0 warnings)\n");
    const warn = result("x.yaml", [
      { rule: "r", severity: "warning", message: "m", path: "x.yaml", line: 1, column: 1 },
    ]);
    expect(stylish([warn], ctx)).toContain("\u2716 1 problem (0 errors, 1 warning)\n");
  });

  it("styles through ctx.colors only", () => {
    const out = stylish([fileA], { ...ctx, colors: taggedColors });
    const lines = out.split("\n");
    expect(lines[0]).toBe("<u>docs/a.yaml</u>");
    // Padding sits outside the style so markers never shift the columns.
    expect(lines[1]).toBe(
      "  <dim> 2:11</dim>  <red>error</red>    Headline is longer than 90 characters.  <dim>headline-length</dim>",
    );
    expect(lines[2]).toContain("<dim>12:3</dim>   <yellow>warning</yellow>  ");
    expect(lines[3]).toContain("<dim> -</dim>");
    expect(out).toContain("<red>\u2716 3 problems (2 errors, 1 warning)</red>\n");
  });

  it("colours the summary yellow when there are only warnings", () => {
    const out = stylish([stdinHostile], { ...ctx, colors: taggedColors });
    expect(out).toContain("<yellow>\u2716 1 problem (0 errors, 1 warning)</yellow>");
    expect(out).not.toContain("<red>");
  });

  it("adds the max-warnings line only when the limit is exceeded", () => {
    const two = [fileA, stdinHostile]; // 2 warnings
    expect(stylish(two, { ...ctx, maxWarnings: 2 })).not.toContain("too many warnings");
    const over = stylish(two, { ...ctx, maxWarnings: 1 });
    expect(over.endsWith("briefing found too many warnings (maximum: 1).\n")).toBe(true);
    expect(stylish(two, { ...ctx, maxWarnings: 0 })).toContain("(maximum: 0).");
  });

  it("keeps hostile messages on one row and makes control characters visible", () => {
    const out = stylish([stdinHostile], ctx);
    const lines = out.split("\n");
    // path, one row, blank, summary, trailing empty string
    expect(lines).toHaveLength(5);
    const row = lines[1] ?? "";
    expect(row.startsWith("  1:1  warning  Line one line two three  100% : , <tag")).toBe(true);
    expect(row.endsWith("  bullet-style")).toBe(true);
    expect(row).not.toContain("\u001b");
    expect(row).toContain("\\u001b[31m");
    expect(row).toContain("\\u0000");
    // eslint-disable-next-line no-control-regex -- looking for exactly these characters
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });
});
