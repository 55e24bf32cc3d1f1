import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { main } from "../../src/cli/main.js";
import { memoryIo } from "../helpers/memory-io.js";
import { fixture, tempDir } from "../helpers/paths.js";

// Briefings kept as Markdown or plain text in the house layout are read through the
// importer by validate, show and export, with problems on the lines of that file.

let dir: string;
let cleanup: () => void;

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  mkdirSync(join(dir, "briefings"));
  for (const ext of ["md", "txt"])
    copyFileSync(
      fixture("prose", `port-congestion.${ext}`),
      join(dir, "briefings", `port-congestion.${ext}`),
    );
  // A README beside the briefings, far from the house layout: it must never be checked.
  writeFileSync(join(dir, "README.md"), "# Team notes\n\nHow we write briefings.\n");
});
afterEach(() => cleanup());

async function run(args: string[]) {
  const { io, stdout, stderr } = memoryIo({ cwd: dir });
  const code = await main(args, io);
  return { code, out: stdout(), err: stderr() };
}

interface Report {
  files: {
    path: string;
    problems: { rule: string; line: number; column: number; endLine: number; endColumn: number }[];
  }[];
}
const located = (out: string) =>
  (JSON.parse(out) as Report).files.map((f) => ({
    path: f.path,
    problems: f.problems.map((p) => `${p.line}:${p.column}-${p.endLine}:${p.endColumn} ${p.rule}`),
  }));

describe("Markdown and plain-text briefings", () => {
  it("validate reports problems on the text of each part in the .md and .txt files", async () => {
    const md = "briefings/port-congestion.md";
    const txt = "briefings/port-congestion.txt";
    const { code, out } = await run(["validate", "-r", "json", md, txt]);
    expect(code).toBe(1);
    expect(located(out)).toEqual([
      // The headline's text after "# ", a section's bullets after their signs, a lead
      // from its first word to its last.
      {
        path: md,
        problems: ["1:3-1:38 date-required", "21:1-21:61 hedge-words", "23:3-23:45 bullet-count"],
      },
      // A lead starts after its label on the same line.
      {
        path: txt,
        problems: ["1:1-1:36 date-required", "9:20-9:80 hedge-words", "10:5-10:47 bullet-count"],
      },
    ]);
  });

  it("every reporter gives the column where the part's text starts", async () => {
    const txt = "briefings/port-congestion.txt";
    const stylish = await run(["validate", "--no-color", txt]);
    expect(stylish.out).toMatch(/^ +9:20 +warning .+hedge-words$/m);
    const github = await run(["validate", "-r", "github", txt]);
    expect(github.out).toContain("line=9,col=20,endLine=9,endColumn=79,title=hedge-words");
    const junit = await run(["validate", "-r", "junit", txt]);
    expect(junit.out).toContain('<testcase name="9:20 hedge-words"');
    const sarif = await run(["validate", "-r", "sarif", txt]);
    const region = (
      JSON.parse(sarif.out) as {
        runs: {
          results: { ruleId: string; locations: { physicalLocation: { region: unknown } }[] }[];
        }[];
      }
    ).runs[0]?.results.find((r) => r.ruleId === "hedge-words")?.locations[0]?.physicalLocation
      .region;
    expect(region).toMatchObject({ startLine: 9, startColumn: 20, endLine: 9 });
  });

  it("show and export read them as briefings", async () => {
    const shown = await run(["show", "briefings/port-congestion.txt"]);
    expect(shown.out).toMatch(/^Port congestion eases in the Baltic\n/);
    const exported = await run([
      "export",
      "--no-validate",
      "-f",
      "json",
      "briefings/port-congestion.md",
    ]);
    const briefing = JSON.parse(exported.out) as { headline: string; sections: unknown[] };
    expect(briefing.headline).toBe("Port congestion eases in the Baltic");
    expect(briefing.sections).toHaveLength(3);
  });

  it("the configuration's files globs say which .md files are briefings; a README is not", async () => {
    writeFileSync(join(dir, "briefing.config.yaml"), 'files: ["briefings/**/*.md"]\n');
    const { out } = await run(["validate", "-r", "json"]);
    expect(located(out).map((f) => f.path)).toEqual(["briefings/port-congestion.md"]);
  });

  it("a folder search finds only YAML and JSON, so prose files need the files globs", async () => {
    const { code, err } = await run(["validate", "."]);
    expect(code).toBe(2);
    expect(err).toMatch(/no briefing files/);
  });
});
