import { beforeAll, describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { briefingFileText } from "../../src/core/serialize.js";
import type { Template } from "../../src/core/template.js";
import type { Problem } from "../../src/core/types.js";
import { coerceBriefing, type ValidateOptions } from "../../src/core/validate.js";
import { inspectBytes, validateBytes } from "../../src/core/inspect-text.js";
import { parseMarkdown, parseText } from "../../src/import/index.js";
import { schemaCheck } from "../../src/io/schemas.js";
import { loadBuiltinTemplates } from "../../src/io/templates.js";
import { html } from "../../src/render/html.js";
import { json } from "../../src/render/json.js";
import { md } from "../../src/render/md.js";
import { txt } from "../../src/render/txt.js";
import { briefing } from "../unit/import/arbitraries.js";
import {
  controlsIn,
  hostileDir,
  htmlProblems,
  markdownProblems,
  pollution,
  runCli,
} from "../helpers/hostile.js";
import { tempDir } from "../helpers/paths.js";

const RUNS = { numRuns: 300 };
let options: Omit<ValidateOptions, "file">;
let templates: Map<string, Template>;

beforeAll(async () => {
  templates = await loadBuiltinTemplates();
  options = { schema: await schemaCheck("briefing"), templates };
});

/** Pieces of YAML and JSON syntax, briefing keys, and hostile characters, to be strung together. */
const pieces = [
  ...["headline", "summary", "sections", "conclusion", "meta", "id", "lead", "bullets", "label"],
  ...["template", "standard", "flash", "details", "date", "tags", "sources", "url", "title"],
  ...["__proto__", "constructor", "prototype", "<<", "$schema"],
  ...[": ", ":", "- ", "-", "[", "]", "{", "}", ", ", '"', "'", "\\", "#", "|", ">-", "? ", "! "],
  ...["&a ", "*a", "&b ", "*b", "!!str ", "!!binary ", "!custom ", "%YAML 1.2\n", "---\n", "...\n"],
  ...["\n", "\n  ", "\n    ", "\n      - ", "  ", "\t", "\r\n", "\r", "\u00a0", "\ufeff"],
  ...["~", "null", "true", "no", "1e3", "0x1F", ".inf", "2026-03-04", "2026-03-04T09:30:00Z"],
  ...[
    "\u0000",
    "\u001b[31m",
    "\u009b",
    "\u202e",
    "\u200b",
    "\ud800",
    "<script>",
    "[x](javascript:)",
  ],
];
const yamlish = fc
  .array(
    fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...pieces) }, fc.string({ maxLength: 6 })),
    {
      maxLength: 60,
    },
  )
  .map((parts) => parts.join(""));
const fileName = fc.constantFrom("x.yaml", "x.yml", "x.json", "x", "x.txt");

/** Problems must be well formed: a rule, a severity, a one-line-able message, a position in the file. */
function checkProblems(problems: Problem[], lines: number): void {
  for (const p of problems) {
    expect(typeof p.rule).toBe("string");
    expect(["error", "warning"]).toContain(p.severity);
    expect(p.message.trim()).not.toBe("");
    if (p.line !== undefined) expect(p.line).toBeGreaterThanOrEqual(1);
    if (p.line !== undefined) expect(p.line).toBeLessThanOrEqual(lines + 1);
  }
}

/** How many fuzzed inputs parsed and were rendered (so the properties are seen to reach the renderers). */
let rendered = 0;

/** Renders whatever parsed, as export --no-validate does, in every format, and checks the output. */
function renderAll(data: unknown): void {
  rendered++;
  const b = coerceBriefing(data);
  const template = templates.get(typeof b.template === "string" ? b.template : "standard");
  for (const [id, exporter] of Object.entries({ md, txt, json, html })) {
    const out = exporter.render(b, template ? { template } : {});
    if (id === "html") expect(htmlProblems(out)).toEqual([]);
    if (id === "md") expect(markdownProblems(out)).toEqual([]);
    if (id === "txt" || id === "md") expect(controlsIn(out)).toEqual([]);
  }
}

describe("validateBytes never throws", () => {
  it("on random bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fileName, (bytes, file) => {
        const r = validateBytes(bytes, { ...options, file });
        checkProblems(r.problems, Buffer.from(bytes).toString("utf8").split("\n").length);
        expect(pollution()).toEqual([]);
      }),
      RUNS,
    );
  });

  it("on random YAML-ish and JSON-ish text, and renders whatever parses safely", () => {
    rendered = 0;
    fc.assert(
      fc.property(
        fc.oneof(
          yamlish,
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        fileName,
        (text, file) => {
          const inspection = inspectBytes(Buffer.from(text), { ...options, file }, true);
          checkProblems(inspection.result.problems, text.split(/\r\n|\r|\n/).length);
          if (inspection.source?.data !== undefined) renderAll(inspection.source.data);
          expect(pollution()).toEqual([]);
        },
      ),
      RUNS,
    );
    expect(rendered).toBeGreaterThan(30);
  });

  it("on valid briefings with hostile pieces spliced in anywhere", () => {
    rendered = 0;
    const valid = readFileSync(join(hostileDir, "inject-every-field.yaml"), "utf8");
    const splice = fc.array(fc.tuple(fc.nat({ max: valid.length }), fc.constantFrom(...pieces)), {
      minLength: 1,
      maxLength: 6,
    });
    fc.assert(
      fc.property(splice, fileName, (edits, file) => {
        let text = valid;
        for (const [at, piece] of edits) text = text.slice(0, at) + piece + text.slice(at);
        const inspection = inspectBytes(Buffer.from(text), { ...options, file }, true);
        checkProblems(inspection.result.problems, text.split(/\r\n|\r|\n/).length);
        if (inspection.source?.data !== undefined) renderAll(inspection.source.data);
      }),
      RUNS,
    );
    expect(rendered).toBeGreaterThan(40);
  });
});

describe("the importers never throw", () => {
  const texts = fc.oneof(
    fc.string({ unit: "binary", maxLength: 300 }),
    fc
      .array(
        fc.constantFrom(
          ...[
            "Details. ",
            "Context: ",
            "Conclusion.",
            "► ",
            "• ",
            "- ",
            "* ",
            "1. ",
            "# ",
            "## ",
            "**Details.** ",
          ],
          ...[
            "---\n",
            "title: x\n",
            "\n",
            "\r\n",
            "\r",
            "  ",
            "\u00a0",
            "\ufeff",
            "\u001b[2J",
            "<b>",
            "[x](y)",
          ],
          ...["Rates rose.", "word", "\u202e", "> ", "```", "    ", "&a [x]\n", "*a\n"],
        ),
        { maxLength: 80 },
      )
      .map((parts) => parts.join("")),
  );
  for (const [name, parse] of [
    ["parseText", parseText],
    ["parseMarkdown", parseMarkdown],
  ] as const) {
    it(`${name} on random and layout-ish text`, () => {
      const template = templates.get("standard") as Template;
      fc.assert(
        fc.property(texts, fc.boolean(), (text, lenient) => {
          const r = parse(text, { template, file: "x", ...(lenient ? { lenient: true } : {}) });
          checkProblems(r.problems, text.split(/\r\n|\r|\n/).length);
          expect(r.briefing !== undefined || r.problems.some((p) => p.severity === "error")).toBe(
            true,
          );
          expect(pollution()).toEqual([]);
        }),
        RUNS,
      );
    });
  }
});

describe("random briefings survive export to txt and import unchanged", () => {
  it("through the CLI, in-process, every template", async () => {
    const { dir, cleanup } = tempDir();
    try {
      const ids = [...templates.keys()].sort();
      const cases = fc
        .constantFrom(...ids)
        .chain((id) => briefing(templates.get(id) as Template, "txt"));
      await fc.assert(
        fc.asyncProperty(cases, async (b) => {
          const { writeFileSync } = await import("node:fs");
          writeFileSync(join(dir, "b.yaml"), briefingFileText(b, "yaml"));
          const exported = await runCli(dir, ["export", "--no-validate", "-f", "txt", "b.yaml"]);
          expect(exported.code).toBe(0);
          writeFileSync(join(dir, "b.txt"), exported.out);
          const imported = await runCli(dir, [
            "import",
            "--template",
            b.template ?? "standard",
            "b.txt",
          ]);
          expect(imported.out).not.toBe("");
          expect(parseYaml(imported.out)).toEqual(b);
        }),
        { numRuns: 300 },
      );
    } finally {
      cleanup();
    }
  });
});
