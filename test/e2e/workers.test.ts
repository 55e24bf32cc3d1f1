import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { root, tempDir } from "../helpers/paths.js";

// Batches of 200 files or more run on worker threads, which only the built CLI has:
// these runs compare a threaded batch with the same batch on one thread.
const bin = join(root, "bin", "briefing.js");
const { dir, cleanup } = tempDir();
const corpus = join(dir, "corpus");
const FILES = 420;

function run(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined, CI: "true" },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** Every file under a folder with its content, by relative path. */
function contents(folder: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out[relative(folder, path)] = readFileSync(path, "utf8");
  }
  return out;
}

beforeAll(() => {
  const example = readFileSync(join(root, "examples", "freight-rates.yaml"), "utf8");
  for (let i = 0; i < FILES; i++) {
    const folder = join(corpus, `part-${Math.floor(i / 60)}`);
    mkdirSync(folder, { recursive: true });
    let text = example.replace(/^headline: .*$/m, `headline: Container rates, week ${i}`);
    // Some files with problems, spread over the chunks: an error, a warning, broken YAML.
    if (i % 37 === 5) text = text.replace(/^summary: /m, "summary: 42\nsummry: ");
    if (i % 53 === 7) text = text.replace(/^(headline: .*)$/m, "$1   ");
    if (i === 333) text = "headline: [unclosed\n";
    writeFileSync(join(folder, `b-${String(i).padStart(3, "0")}.yaml`), text);
  }
});
afterAll(cleanup);

describe("a batch on worker threads", () => {
  it("reports exactly what one thread reports, in the same order", () => {
    const one = run(["validate", "corpus", "-r", "json", "--concurrency", "off"]);
    const many = run(["validate", "corpus", "-r", "json", "--concurrency", "2"]);
    const auto = run(["validate", "corpus", "-r", "json"]);
    expect(one.code).toBe(1);
    const { files } = JSON.parse(one.out) as { files: { path: string; problems: unknown[] }[] };
    expect(files).toHaveLength(FILES);
    expect(files.filter((f) => f.problems.length > 0).length).toBeGreaterThan(10);
    expect(many).toEqual(one);
    expect(auto).toEqual(one);
  });

  it("prints the same stylish report and summary with three threads", () => {
    const one = run(["validate", "corpus", "--concurrency", "off"]);
    const three = run(["validate", "corpus", "--concurrency", "3"]);
    expect(three).toEqual(one);
    expect(one.out).toMatch(/✖ \d+ problems \(\d+ errors?, \d+ warnings?\)/);
  });

  it("exports the same files as one thread does, skipping the broken one", () => {
    const one = run(["export", "corpus", "-f", "txt", "-d", "out-one", "--concurrency", "off"]);
    const many = run(["export", "corpus", "-f", "txt", "-d", "out-many", "--concurrency", "2"]);
    expect(many.code).toBe(one.code);
    expect(many.err.replace("out-many", "out-one")).toBe(one.err);
    const written = contents(join(dir, "out-one"));
    expect(Object.keys(written).length).toBeGreaterThan(FILES - 20);
    expect(contents(join(dir, "out-many"))).toEqual(written);
  });
});
