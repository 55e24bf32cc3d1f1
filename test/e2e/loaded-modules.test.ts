import { afterAll, describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { fixture, root, tempDir } from "../helpers/paths.js";

// Which parts of the built bundle a command loads, read from the modules Node loads: the
// start-up budget (ARCHITECTURE.md) rests on each command loading only what it uses.
const { dir, cleanup } = tempDir();
afterAll(cleanup);

/** The bundle files a run of the bin loads, with their text. */
function loaded(
  args: string[],
  how: { preload?: string[]; input?: string; env?: Record<string, string | undefined> } = {},
): { files: string[]; text: string; out: string } {
  const log = join(dir, `modules-${Math.random().toString(36).slice(2)}.txt`);
  const run = spawnSync(
    process.execPath,
    [
      ...(how.preload ?? []).flatMap((p) => ["--require", p]),
      "--import",
      join(root, "test", "helpers", "module-log.mjs"),
      join(root, "bin", "briefing.js"),
      ...args,
    ],
    {
      cwd: dir,
      encoding: "utf8",
      input: how.input ?? "",
      env: { ...process.env, MODULE_LOG: log, NO_COLOR: "1", ...how.env },
    },
  );
  if (how.input === undefined) expect(run.stderr).toBe("");
  const files = readFileSync(log, "utf8")
    .split("\n")
    .filter((u) => u.includes("/dist/bundle/"))
    .map((u) => fileURLToPath(u));
  return { files, text: files.map((f) => readFileSync(f, "utf8")).join("\n"), out: run.stdout };
}

// esbuild names each source file in a comment where its code starts in a chunk.
const IMPORTER = "// src/import/parse-text.ts";
const MARKDOWN_IT = "node_modules/markdown-it/";
const INQUIRER = "node_modules/@inquirer/";
const YAML_PACKAGE = "node_modules/yaml/dist/compose/";

describe("what a command loads", () => {
  it("--version loads the entry and nothing of any command", () => {
    const { text } = loaded(["--version"]);
    for (const part of ["// src/commands/", "// src/core/", IMPORTER, INQUIRER])
      expect(text).not.toContain(part);
  });

  it("validate of a YAML briefing leaves the yaml package, the importer and the prompts unloaded", () => {
    copyFileSync(join(root, "examples", "freight-rates.yaml"), join(dir, "brief.yaml"));
    const { text } = loaded(["validate", "brief.yaml"]);
    expect(text).toContain("// src/commands/validate.ts");
    for (const part of [IMPORTER, MARKDOWN_IT, INQUIRER, YAML_PACKAGE])
      expect(text).not.toContain(part);
  });

  it("loads the yaml package only for a YAML file the quick reader leaves", () => {
    // An anchor is outside the plain subset briefings are written in.
    const example = readFileSync(join(root, "examples", "freight-rates.yaml"), "utf8");
    writeFileSync(join(dir, "anchored.yaml"), example.replace(/^headline: /m, "headline: &title "));
    expect(loaded(["validate", "anchored.yaml", "--quiet"]).text).toContain(YAML_PACKAGE);
  });

  it("new asks its first question before loading the yaml package", () => {
    // bench/tty.cjs makes the pipes pass for a terminal; Ctrl-C answers the first question.
    const run = loaded(["new"], {
      preload: [join(root, "bench", "tty.cjs")],
      input: "\u0003",
      env: { CI: undefined, BRIEFING_DRAFTS: join(dir, "drafts") },
    });
    expect(run.out).toContain("Template");
    expect(run.text).toContain("// src/commands/new.ts");
    expect(run.text).not.toContain(YAML_PACKAGE);
  });

  it("validate of a Markdown briefing loads the importer", () => {
    copyFileSync(fixture("prose", "port-congestion.md"), join(dir, "brief.md"));
    const { text } = loaded(["validate", "brief.md", "--quiet"]);
    expect(text).toContain(IMPORTER);
  });
});
