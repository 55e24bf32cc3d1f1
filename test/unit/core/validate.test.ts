import { beforeAll, describe, expect, it } from "@jest/globals";
import type { Template } from "../../../src/core/template.js";
import type { Problem } from "../../../src/core/types.js";
import { type RuleSetting, type ValidateOptions } from "../../../src/core/validate.js";
import { validateBytes, validateText } from "../../../src/core/inspect-text.js";
import { loadBuiltinTemplates } from "../../../src/io/templates.js";
import { parseSource } from "../../../src/core/source.js";
import { decodeText } from "../../../src/core/decode.js";
import { readFileSync } from "node:fs";
import { fixture } from "../../helpers/paths.js";
import { briefingCheck, demoTemplate, standardYaml } from "./support.js";

// Dated, so a rule about missing dates has nothing to say about the samples.
const dated = "meta:\n  date: 2026-03-04\n";
const good = standardYaml(dated);
const longHeadline = "Central bank holds rates steady"; // 31 characters, 5 words

let templates: Map<string, Template>;
beforeAll(async () => {
  templates = await loadBuiltinTemplates();
});

const opts = (extra: Partial<ValidateOptions> = {}): ValidateOptions => ({
  file: "b.yaml",
  schema: briefingCheck,
  templates,
  ...extra,
});
const summary = (problems: Problem[]) =>
  problems.map((p) => [p.rule, p.severity, p.message, p.line, p.column]);

describe("validateText", () => {
  it("passes a good standard briefing", () => {
    expect(validateText(good, opts())).toEqual({
      path: "b.yaml",
      problems: [],
      errorCount: 0,
      warningCount: 0,
    });
  });

  it("passes a good JSON briefing, format by extension", () => {
    const json = JSON.stringify({
      headline: "H",
      summary: "S",
      sections: ["details", "context", "important"].map((id) => ({
        id,
        lead: "L.",
        bullets: [`${id} a`, `${id} b`],
      })),
      conclusion: "C",
      meta: { date: "2026-03-04" },
    });
    expect(validateText(json, opts({ file: "b.json" })).problems).toEqual([]);
  });

  it("stops at syntax problems: no schema or rule problems follow", () => {
    const text =
      good.replace("headline: Rates hold", `headline: ${"x".repeat(200)}`) + "summary: again\n";
    const result = validateText(text, opts());
    expect(summary(result.problems)).toEqual([
      ["syntax", "error", "duplicate key: each key may appear only once in a mapping", 16, 1],
    ]);
    expect(result.errorCount).toBe(1);
  });

  it("reports schema and rule problems together, sorted by position", () => {
    const text = good.replace("bullets: [One., Two.]", "bullets: [One.]") + "colour: red\n";
    expect(summary(validateText(text, opts()).problems)).toEqual([
      ["bullet-count", "error", "Details must have at least 2 bullets; it has 1", 6, 14],
      ["schema", "error", 'unexpected property "colour"', 16, 1],
    ]);
  });

  it("honours a forced format", () => {
    const result = validateText("headline: H\n", opts({ file: "b.txt", format: "json" }));
    expect(summary(result.problems)).toEqual([
      ["syntax", "error", "invalid JSON: unexpected character", 1, 1],
    ]);
  });

  it("passes parser limits through", () => {
    const text = "a: &a [x, x, x]\nb: [*a, *a, *a]\n";
    const result = validateText(text, opts({ limits: { maxAliasCount: 2 } }));
    expect(summary(result.problems)).toEqual([
      [
        "syntax",
        "error",
        "aliases expand to too much data (more than 2 expansions); refusing to load",
        1,
        1,
      ],
    ]);
  });

  it("runs no rules on data that is not a mapping", () => {
    expect(summary(validateText("- a\n- b\n", opts()).problems)).toEqual([
      ["schema", "error", "the briefing must be a mapping of keys to values; it is a list", 1, 1],
    ]);
  });

  describe("rule settings", () => {
    const text = good.replace("headline: Rates hold", `headline: ${longHeadline}`);

    it("overrides the template limit with options", () => {
      const result = validateText(
        text,
        opts({ rules: { "headline-length": ["error", { max: 20 }] } }),
      );
      expect(result.problems).toEqual([
        {
          rule: "headline-length",
          severity: "error",
          message: "headline must be at most 20 characters; it has 31",
          path: "b.yaml",
          pointer: "/headline",
          line: 1,
          column: 11,
          endLine: 1,
          endColumn: 42,
        },
      ]);
      expect(result.errorCount).toBe(1);
    });

    it("silences a rule set to off", () => {
      expect(validateText(text, opts({ rules: { "headline-length": "off" } })).problems).toEqual(
        [],
      );
      const overlong = good.replace("headline: Rates hold", `headline: ${"x".repeat(121)}`);
      expect(
        validateText(overlong, opts({ rules: { "headline-length": ["off", { max: 5 }] } }))
          .problems,
      ).toEqual([]);
    });

    it("turns warn into severity warning", () => {
      const result = validateText(
        text,
        opts({ rules: { "headline-length": ["warn", { max: 20 }] } }),
      );
      expect(summary(result.problems)).toEqual([
        ["headline-length", "warning", "headline must be at most 20 characters; it has 31", 1, 11],
      ]);
      expect([result.errorCount, result.warningCount]).toEqual([0, 1]);
    });

    it("uses the template limit when a setting has no options", () => {
      const overlong = good.replace("headline: Rates hold", `headline: ${"x".repeat(121)}`);
      for (const setting of ["warn", ["warn"]] satisfies RuleSetting[]) {
        expect(
          summary(validateText(overlong, opts({ rules: { "headline-length": setting } })).problems),
        ).toEqual([
          [
            "headline-length",
            "warning",
            "headline must be at most 120 characters; it has 121",
            1,
            11,
          ],
        ]);
      }
    });

    it("leaves rules that are not named at their default level and limits", () => {
      const overlong = good.replace("headline: Rates hold", `headline: ${"x".repeat(121)}`);
      expect(
        summary(validateText(overlong, opts({ rules: { "bullet-count": "off" } })).problems),
      ).toEqual([
        ["headline-length", "error", "headline must be at most 120 characters; it has 121", 1, 11],
      ]);
      expect(validateText(text, opts({ rules: { "bullet-count": "off" } })).problems).toEqual([]);
    });
  });

  describe("templates", () => {
    it("reports an unknown template named in the file, at its value", () => {
      const result = validateText(
        good + "template: weekly\n",
        opts({ templates: new Map([["demo", demoTemplate]]) }),
      );
      expect(result.problems).toEqual([
        {
          rule: "template",
          severity: "error",
          message:
            'unknown template "weekly"; known templates: demo. Add its folder to `templates:` in the configuration, or name its file (--template ./weekly.yaml)',
          path: "b.yaml",
          pointer: "/template",
          line: 16,
          column: 11,
          endLine: 16,
          endColumn: 17,
        },
      ]);
    });

    it("reports an unknown default template at the start of the file", () => {
      const result = validateText(good, opts({ defaultTemplate: "weekly" }));
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0]).toMatchObject({ rule: "template", line: 1, column: 1 });
      expect(result.problems[0]?.pointer).toBeUndefined();
      expect(result.problems[0]?.message).toMatch(
        /^unknown template "weekly"; known templates: .*\bstandard\b/,
      );
    });

    it("checks a file without a template against the default template", () => {
      const result = validateText(good, opts({ defaultTemplate: "flash" }));
      expect(summary(result.problems)[0]).toEqual([
        "template-sections",
        "error",
        'missing section "Key Points" required by the flash template',
        3,
        1,
      ]);
    });

    it("lets the file's template win over the default", () => {
      expect(
        validateText(good + "template: standard\n", opts({ defaultTemplate: "flash" })).problems,
      ).toEqual([]);
    });

    it("uses standard when nothing names a template", () => {
      const result = validateText(good.replace("id: important", "id: extra"), opts());
      expect(result.problems.map((p) => p.message)).toContain(
        'section "extra" is not part of the standard template (its sections: Details (details), Context (context), Important to Know (important))',
      );
    });
  });
});

describe("validateBytes", () => {
  it("decodes a BOM and CRLF file and validates it", () => {
    const bytes = new TextEncoder().encode("\ufeff" + good.replace(/\n/g, "\r\n"));
    expect(validateBytes(bytes, opts()).problems).toEqual([]);
  });

  it("locates problems on the right lines of a BOM and CRLF file", () => {
    const text = "\ufeff" + good.replace("id: context", "id: Context").replace(/\n/g, "\r\n");
    const result = validateBytes(new TextEncoder().encode(text), opts());
    expect(result.problems.find((p) => p.rule === "schema")).toMatchObject({
      line: 7,
      column: 9,
      pointer: "/sections/1/id",
    });
  });

  it.each([
    ["UTF-16", [0xff, 0xfe, 0x68, 0x00], "file is UTF-16 encoded; save it as UTF-8"],
    ["binary", [0x68, 0x00], "file is binary (it contains NUL bytes), not a briefing"],
    ["invalid UTF-8", [0x68, 0xff], "file is not valid UTF-8 text"],
  ])("refuses %s as an encoding problem", (_name, values, message) => {
    expect(validateBytes(new Uint8Array(values), opts({ file: "x.yaml" }))).toEqual({
      path: "x.yaml",
      problems: [
        { rule: "encoding", severity: "error", message, path: "x.yaml", line: 1, column: 1 },
      ],
      errorCount: 1,
      warningCount: 0,
    });
  });
});

describe("fixes found in review", () => {
  it("suggests the right key for a swapped-letter typo and nothing for a one-letter key", () => {
    const text = readFileSync(fixture("valid", "standard.yaml"), "utf8");
    const typo = validateText(text.replace("    lead: Carriers", "    laed: Carriers"), opts());
    expect(typo.problems.map((p) => p.message)).toContain(
      'unexpected property "laed" in sections[0] (did you mean "lead"?)',
    );
    const short = validateText(
      text.replace("  - id: details\n", "  - id: details\n    x: 1\n"),
      opts(),
    );
    expect(short.problems.map((p) => p.message)).toContain(
      'unexpected property "x" in sections[0]',
    );
  });

  it("a section id of the wrong type is reported once, not also as a missing section", () => {
    const text = readFileSync(fixture("valid", "standard.yaml"), "utf8").replace(
      "  - id: details",
      "  - id: 5",
    );
    const result = validateText(text, opts());
    expect(result.problems.map((p) => p.message)).toEqual([
      "sections[0].id must be text; it is a number (5)",
    ]);
  });

  it("an unclosed quote after a byte-order mark is located at the quote", () => {
    const source = parseSource("\uFEFFa: 'x\n", "f.yaml", "yaml");
    expect(source.problems[0]).toMatchObject({ line: 1, column: 5 });
  });

  it("only one byte-order mark is removed", () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x61]))).toEqual({
      ok: true,
      text: "\uFEFFa",
    });
  });
});

describe("line ends", () => {
  it("a lone carriage return is a line break, as YAML 1.2 has it, with lines counted the same", () => {
    const text = "headline: x\rsummary: 5\r";
    const result = validateText(text, opts());
    expect(
      result.problems.find((p) => p.rule === "schema" && p.message.startsWith("summary")),
    ).toMatchObject({ line: 2, column: 10 });
  });
});
