import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { main } from "../../src/cli/main.js";
import { memoryIo } from "../helpers/memory-io.js";
import { fixture, root, tempDir } from "../helpers/paths.js";

// A desk's repository: briefings, a template folder the configuration names, and the
// things that pile up beside them (reports, a cache, node_modules, dot-folders).
let dir: string;
let cleanup: () => void;

const put = (path: string, text: string): void => {
  mkdirSync(join(dir, path, ".."), { recursive: true });
  writeFileSync(join(dir, path), text);
};
const copy = (from: string, path: string): void => {
  mkdirSync(join(dir, path, ".."), { recursive: true });
  copyFileSync(from, join(dir, path));
};

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  copy(fixture("valid", "bluf.yaml"), "briefs/subsidy.yaml");
  const weekly = readFileSync(join(root, "templates", "flash.yaml"), "utf8");
  put("templates/weekly.yaml", weekly.replace("id: flash", "id: weekly"));
  // Not briefings: each would fail validation if it were checked.
  put("node_modules/pkg/data.yaml", "headline: [unclosed\n");
  put(".github/workflows/ci.yaml", "on: push\njobs: {}\n");
  put("archive/old.yaml", "headline: 3\n");
});
afterEach(() => cleanup());

async function run(args: string[], cwd = dir) {
  const { io, stdout, stderr } = memoryIo({ cwd });
  const code = await main(args, io);
  return { code, out: stdout(), err: stderr() };
}

describe("validate without a path checks briefings only", () => {
  it("leaves out the configured template folders, node_modules and dot-folders", async () => {
    put("briefing.config.yaml", "templates: [./templates]\nignore: [archive/**]\n");
    const result = await run(["validate", "-r", "json"]);
    expect(result.err).toBe("");
    const paths = (JSON.parse(result.out) as { files: { path: string }[] }).files.map(
      (r) => r.path,
    );
    expect(paths).toEqual(["briefs/subsidy.yaml"]);
    expect(result.code).toBe(0);
  });

  it("still checks a template-folder file named outright", async () => {
    put("briefing.config.yaml", "templates: [./templates]\n");
    const result = await run(["validate", "templates/weekly.yaml"]);
    expect(result.code).toBe(1);
    expect(result.out).toContain("templates/weekly.yaml");
  });

  it("does not check its own reports or cache on the next run", async () => {
    put("briefing.config.yaml", "templates: [./templates]\nignore: [archive/**]\n");
    const first = await run([
      "validate",
      "-r",
      "stylish",
      "-r",
      "json=report.json",
      "-r",
      "sarif=out/briefing.sarif.json",
      "--cache",
      "--cache-location",
      "cache/results.json",
    ]);
    expect(first.err).toBe("");
    expect(first.code).toBe(0);
    const second = await run(["validate", "-r", "json"]);
    expect(second.err).toBe("");
    expect(
      (JSON.parse(second.out) as { files: { path: string }[] }).files.map((r) => r.path),
    ).toEqual(["briefs/subsidy.yaml"]);
    expect(second.code).toBe(0);
  });

  it("checks the configuration's files, from any folder below it", async () => {
    put("briefing.config.yaml", "files: [briefs/**/*.yaml, extra/*.yaml]\n");
    put("extra/bad.yaml", "headline: 3\n");
    mkdirSync(join(dir, "work"));
    const result = await run(["validate", "-r", "json"], join(dir, "work"));
    const paths = (JSON.parse(result.out) as { files: { path: string }[] }).files.map(
      (r) => r.path,
    );
    // Outside the working folder, paths are shown in full.
    expect(paths).toEqual([join(dir, "briefs/subsidy.yaml"), join(dir, "extra/bad.yaml")]);
    expect(result.code).toBe(1);
  });

  it("takes a path given on the command line over the configuration's files", async () => {
    put("briefing.config.yaml", "files: [briefs/**/*.yaml]\n");
    const result = await run(["validate", "archive"]);
    expect(result.code).toBe(1);
    expect(result.out).toContain("archive/old.yaml");
  });

  it("refuses files and ignore that are not lists of globs, with the place", async () => {
    put("briefing.config.yaml", "files: briefs\n");
    const result = await run(["validate"]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^briefing: invalid configuration briefing\.config\.yaml:1:8: /);
  });
});

describe("init", () => {
  it("writes where briefings live, and validate then checks just those", async () => {
    expect((await run(["init"])).code).toBe(0);
    const written = readFileSync(join(dir, "briefing.config.yaml"), "utf8");
    expect(written).toMatch(/^files:\n {2}- "\*\*\/\*\.yaml"$/m);
    // The dot-folder and node_modules stay out; archive/ is a plain folder of YAML.
    const result = await run(["validate", "-r", "json", "--ignore", "archive/**"]);
    const paths = (JSON.parse(result.out) as { files: { path: string }[] }).files.map(
      (r) => r.path,
    );
    expect(paths).toEqual(["briefs/subsidy.yaml", "templates/weekly.yaml"]);
  });
});
