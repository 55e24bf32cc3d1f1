import { describe, expect, it } from "@jest/globals";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { createAjv } from "../../src/io/ajv.js";
import { root, tempDir } from "../helpers/paths.js";
import { run } from "./support.js";

const schemaFile = (name: string): object =>
  JSON.parse(readFileSync(join(root, "schemas", `${name}.schema.json`), "utf8")) as object;

const ajv = createAjv();
ajv.addSchema(schemaFile("briefing"));
const exportCheck = ajv.compile(schemaFile("export"));
const reportCheck = ajv.compile(schemaFile("report"));

function examples(dir = join(root, "examples")): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? examples(join(dir, e.name)) : [join(dir, e.name)],
  );
}

function expectValid(check: typeof exportCheck, data: unknown): void {
  const valid = check(data);
  expect(check.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
}

describe("the JSON export as a contract", () => {
  it.each(examples().map((f) => [relative(root, f), f]))(
    "%s: the export passes `briefing validate` and its own schema, and exports to itself",
    async (_name, file) => {
      const exported = await run(["export", file, "-f", "json"], root);
      expect(exported.code).toBe(0);
      expectValid(exportCheck, JSON.parse(exported.stdout));

      // The pipe from the issue: export -f json | validate - --stdin-filename x.json
      const piped = await run(
        ["validate", "-", "--stdin-filename", "x.json", "-q"],
        root,
        {},
        exported.stdout,
      );
      expect(piped).toMatchObject({ code: 0, stdout: "" });
      const { dir, cleanup } = tempDir();
      try {
        const copy = join(dir, "x.json");
        writeFileSync(copy, exported.stdout);
        const res = await run(["validate", copy, "-r", "json"], dir);
        const report = JSON.parse(res.stdout) as { files: { problems: { severity: string }[] }[] };
        expect(report.files[0]?.problems.filter((p) => p.severity === "error")).toEqual([]);
        expect(res.code).toBe(0);
        // Labels in the keys that override the template's: exporting the export changes nothing.
        expect((await run(["export", copy, "-f", "json"], dir)).stdout).toBe(exported.stdout);
      } finally {
        cleanup();
      }
    },
  );

  it("the export schema has teeth: a missing label or an unknown key is refused", async () => {
    const exported = await run(["export", "examples/freight-rates.yaml", "-f", "json"], root);
    const doc = JSON.parse(exported.stdout) as Record<string, unknown>;
    const { conclusionLabel: _dropped, ...noLabel } = doc;
    expect(exportCheck(noLabel)).toBe(false);
    expect(exportCheck({ ...doc, extra: true })).toBe(false);
  });
});

describe("the json reporter as a contract", () => {
  it("real runs validate against schemas/report.schema.json, fixes and unreadable files included", async () => {
    const { dir, cleanup } = tempDir();
    try {
      // Trailing spaces carry a fix; /proc/self/mem exists but cannot be read.
      writeFileSync(join(dir, "fixable.yaml"), "headline: Rates climb   \nsummary: x\n");
      const runs = [
        await run(["validate", join(root, "test/fixtures/invalid"), "-r", "json"], dir),
        await run(["validate", join(root, "examples"), "-r", "json"], dir),
        await run(["validate", "fixable.yaml", "/proc/self/mem", "-r", "json"], dir),
      ];
      const problems = runs.flatMap((r) => {
        const report = JSON.parse(r.stdout) as unknown;
        expectValid(reportCheck, report);
        return (report as { files: { problems: Record<string, unknown>[] }[] }).files.flatMap(
          (f) => f.problems,
        );
      });
      expect(problems.some((p) => p.fix !== undefined)).toBe(true);
      // No end spills onto the start of a later line.
      const spilled = problems.filter(
        (p) => p.endColumn === 1 && Number(p.endLine) > Number(p.line),
      );
      expect(spilled).toEqual([]);
      expect(problems.some((p) => p.endLine !== undefined)).toBe(true);
      expect(runs[2]?.stdout).toContain('"unreadable": true');
    } finally {
      cleanup();
    }
  });
});
