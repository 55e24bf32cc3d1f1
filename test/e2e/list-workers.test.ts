import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { root, tempDir } from "../helpers/paths.js";

// `list` and `digest` read large archives on worker threads, which only the built CLI has:
// a threaded run must give exactly what one thread gives.
const bin = join(root, "bin", "briefing.js");
const { dir, cleanup } = tempDir();
const FILES = 240;

function run(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

beforeAll(() => {
  const example = readFileSync(join(root, "examples", "freight-rates.yaml"), "utf8");
  for (let i = 0; i < FILES; i++) {
    const folder = join(dir, "archive", `month-${i % 12}`);
    mkdirSync(folder, { recursive: true });
    const day = String((i % 28) + 1).padStart(2, "0");
    const text =
      i % 50 === 7
        ? "headline: [broken\n"
        : example
            .replace(/^headline: .*$/m, `headline: Container rates, item ${i}`)
            .replace(
              /date: 2026-03-04/,
              `date: 2026-${String((i % 12) + 1).padStart(2, "0")}-${day}`,
            );
    writeFileSync(join(folder, `b${i}.yaml`), text);
  }
});
afterAll(() => cleanup());

describe("list and digest on worker threads", () => {
  it("list gives the same JSON on two threads as on one", () => {
    const one = run(["list", "archive", "--format", "json", "--concurrency", "off"]);
    const two = run(["list", "archive", "--format", "json", "--concurrency", "2"]);
    expect(one.code).toBe(0);
    expect(two.err).toBe("");
    expect(JSON.parse(two.out)).toEqual(JSON.parse(one.out));
    expect((JSON.parse(one.out) as unknown[]).length).toBe(FILES);
  });

  it("digest gives the same document on two threads as on one", () => {
    const args = ["digest", "archive", "-f", "txt", "--title", "Archive", "--since", "2026-11-01"];
    const one = run([...args, "--concurrency", "off"]);
    const two = run([...args, "--concurrency", "2"]);
    expect(one.code).toBe(0);
    expect(two.out).toBe(one.out);
    expect(one.out).toContain("Container rates, item 11\n");
  });
});
