import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { fastParse } from "../../../src/core/fast.js";
import { root } from "../../helpers/paths.js";

/** Every YAML and JSON file under a folder. */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ya?ml|json)$/.test(name) ? [path] : [];
  });
}

/** The careful parse, as the tool does it: yaml for YAML, JSON.parse for JSON. */
function careful(text: string, json: boolean): unknown {
  return json ? (JSON.parse(text) as unknown) : (parse(text) as unknown);
}

describe("the fast parser agrees with yaml wherever it vouches for a file", () => {
  const corpus = [...files(join(root, "examples")), ...files(join(root, "test", "fixtures"))];

  it.each(corpus.map((f) => [f.slice(root.length), f]))("%s", (_name, file) => {
    const text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
    const json = file.endsWith(".json");
    const fast = fastParse(text, json ? "json" : "yaml");
    if (!fast) return; // the careful path handles it
    expect(fast.data).toEqual(careful(text, json));
  });

  it("vouches for the shipped examples (the fast path is really taken)", () => {
    const vouched = files(join(root, "examples")).filter((f) =>
      fastParse(readFileSync(f, "utf8"), f.endsWith(".json") ? "json" : "yaml"),
    );
    expect(vouched.length).toBeGreaterThanOrEqual(6);
  });

  const text = fc.oneof(
    fc.string({ unit: "grapheme", maxLength: 60 }),
    fc.string({ unit: "binary", maxLength: 30 }),
    fc.constantFrom(
      "yes",
      "no",
      "on",
      "off",
      "~",
      "null",
      "0b101",
      "0o17",
      "017",
      "0x1F",
      "1e3",
      ".inf",
      ".nan",
      "2026-03-04",
      "12:30",
      "- item",
      "# not a comment",
      "key: value",
      "a: b: c",
      "'quoted'",
      '"dq"',
      "trailing space ",
      " leading",
      "multi\nline\ntext",
      "tab\there",
      "C:\\path",
      "*star",
      "&amp",
      "!bang",
      "[x](y)",
      "{a: 1}",
      "— dash – “curly” ‘quotes’",
      "مرحبا",
      "שלום",
      "東京",
      "Ελλάδα",
      "\u00a0nbsp\u00a0",
    ),
  );
  const doc = fc.record({
    headline: text,
    summary: text,
    sections: fc.array(
      fc.record({
        id: fc.constantFrom("details", "context"),
        lead: text,
        bullets: fc.array(text, { maxLength: 4 }),
      }),
      { maxLength: 3 },
    ),
    conclusion: text,
    meta: fc.record({
      date: fc.constantFrom("2026-03-04", "2026-03-04T09:30:00+01:00"),
      tags: fc.array(text, { maxLength: 3 }),
    }),
  });
  type Style = "PLAIN" | "QUOTE_DOUBLE" | "QUOTE_SINGLE" | "BLOCK_LITERAL" | "BLOCK_FOLDED";
  const style = fc.constantFrom<Style>(
    "PLAIN",
    "QUOTE_DOUBLE",
    "QUOTE_SINGLE",
    "BLOCK_LITERAL",
    "BLOCK_FOLDED",
  );

  it("on generated YAML in every scalar style and line width", () => {
    fc.assert(
      fc.property(
        doc,
        style,
        fc.integer({ min: 0, max: 80 }),
        fc.boolean(),
        (d, defaultStringType, lineWidth, flow) => {
          const yamlText = stringify(d, {
            defaultStringType,
            lineWidth,
            collectionStyle: flow ? "flow" : "block",
          });
          const fast = fastParse(yamlText, "yaml");
          if (fast) expect(fast.data).toEqual(parse(yamlText));
        },
      ),
      { numRuns: 400 },
    );
  });

  it("on generated JSON, including duplicate keys (which it must refuse)", () => {
    fc.assert(
      fc.property(doc, fc.boolean(), (d, duplicate) => {
        let jsonText = JSON.stringify(d, null, 2);
        if (duplicate)
          jsonText = jsonText.replace('"headline":', '"headline": "x",\n  "headline":');
        const fast = fastParse(jsonText, "json");
        if (duplicate) expect(fast).toBeUndefined();
        // Text that mentions __proto__ always goes the careful way.
        else if (fast) expect(fast.data).toEqual(JSON.parse(jsonText));
        else expect(jsonText).toContain("__proto__");
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ["aliases", "a: &x 1\nb: *x\n"],
    ["tags", "a: !!str 1\n"],
    ["merge keys", "a: {x: 1}\nb:\n  <<: {y: 2}\n"],
    ["prototype keys", "__proto__: {polluted: 1}\n"],
    ["several documents", "a: 1\n---\nb: 2\n"],
    ["duplicate keys", "a: 1\na: 2\n"],
    ["tabs", "a:\t1\n"],
    ["empty files", ""],
    ["syntax errors", "a: [1\n"],
  ])("leaves %s to the careful parser", (_what, text) => {
    expect(fastParse(text, "yaml")).toBeUndefined();
  });

  it("leaves JSON with duplicate or prototype keys to the careful parser", () => {
    expect(fastParse('{"a": 1, "a": 2}', "json")).toBeUndefined();
    expect(fastParse('{"a": {"b": 1, "b": 1}}', "json")).toBeUndefined();
    expect(fastParse('{"__proto__": {"polluted": 1}}', "json")).toBeUndefined();
    expect(fastParse('{"a": "x\\": y", "b": [1, {"c": "d"}]}', "json")?.data).toEqual({
      a: 'x": y',
      b: [1, { c: "d" }],
    });
  });
});

describe("validation gives the same results with and without the fast path", () => {
  it("on every example and fixture", async () => {
    const { validateBytes } = await import("../../../src/core/validate.js");
    const { schemaCheck } = await import("../../../src/io/schemas.js");
    const { loadBuiltinTemplates } = await import("../../../src/io/templates.js");
    const options = {
      schema: await schemaCheck("briefing"),
      templates: await loadBuiltinTemplates(),
    };
    const all = [...files(join(root, "examples")), ...files(join(root, "test", "fixtures"))];
    for (const file of all) {
      const bytes = readFileSync(file);
      const quick = validateBytes(bytes, { ...options, file });
      const slow = validateBytes(bytes, { ...options, file, careful: true });
      expect(quick).toEqual(slow);
    }
    expect(all.length).toBeGreaterThan(50);
  });
});
