import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { execFileSync } from "node:child_process";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { main } from "../../src/cli/main.js";
import { inShard, parseShard } from "../../src/core/shard.js";
import { memoryIo } from "../helpers/memory-io.js";
import { root, tempDir } from "../helpers/paths.js";

let dir: string;
let cleanup: () => void;

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  cpSync(join(root, "examples"), join(dir, "briefs"), { recursive: true });
});
afterEach(() => cleanup());

async function run(args: string[]) {
  const { io, stdout, stderr } = memoryIo({ cwd: dir });
  const code = await main(args, io);
  return { code, out: stdout(), err: stderr() };
}

const json = async (args: string[]) => {
  const { out } = await run([...args, "-r", "json"]);
  type Files = { path: string; errorCount: number; warningCount: number }[];
  return (JSON.parse(out) as { files: Files }).files;
};

describe("--cache", () => {
  const cacheFile = () =>
    JSON.parse(readFileSync(join(dir, ".briefingcache"), "utf8")) as {
      key: string;
      entries: Record<string, { hash: string }>;
    };
  const file = () => join(dir, "briefs", "freight-rates.yaml");

  it("stores every file's result and reuses it while nothing changes", async () => {
    const cold = await json(["validate", "briefs", "--cache"]);
    expect(Object.keys(cacheFile().entries)).toHaveLength(8);
    const before = readFileSync(join(dir, ".briefingcache"), "utf8");
    const warm = await json(["validate", "briefs", "--cache"]);
    expect(warm).toEqual(cold);
    expect(readFileSync(join(dir, ".briefingcache"), "utf8")).toBe(before);
  });

  it("revalidates exactly the file whose content changed", async () => {
    await run(["validate", "briefs", "--cache"]);
    const hashes = cacheFile().entries;
    writeFileSync(
      file(),
      readFileSync(file(), "utf8").replace(/^headline: .*$/m, `headline: ${"Long ".repeat(40)}`),
    );
    const results = await json(["validate", "briefs", "--cache"]);
    expect(results.find((r) => r.path === "briefs/freight-rates.yaml")?.errorCount).toBe(1);
    const after = cacheFile().entries;
    const differ = Object.keys(after).filter((k) => after[k]?.hash !== hashes[k]?.hash);
    expect(differ).toEqual([file()]);
  });

  it("is dropped when the configuration or a rule setting changes", async () => {
    await run(["validate", "briefs", "--cache"]);
    const { key } = cacheFile();
    writeFileSync(
      join(dir, "briefing.config.yaml"),
      "rules:\n  headline-length: [error, { max: 30 }]\n",
    );
    const results = await json(["validate", "briefs", "--cache"]);
    expect(results.every((r) => r.errorCount >= 1)).toBe(true);
    expect(cacheFile().key).not.toBe(key);
  });

  it("is dropped when a template changes", async () => {
    cpSync(join(root, "templates"), join(dir, "templates"), { recursive: true });
    writeFileSync(join(dir, "briefing.config.yaml"), "templates: [./templates]\n");
    expect((await json(["validate", "briefs", "--cache"])).every((r) => r.errorCount === 0)).toBe(
      true,
    );
    const standard = join(dir, "templates", "standard.yaml");
    writeFileSync(
      standard,
      readFileSync(standard, "utf8").replace("maxChars: 120", "maxChars: 20"),
    );
    const results = await json(["validate", "briefs", "--cache"]);
    expect(results.find((r) => r.path === "briefs/freight-rates.yaml")?.errorCount).toBe(1);
  });

  it("is dropped when the tool's version changes", async () => {
    await run(["validate", "briefs", "--cache"]);
    const cache = cacheFile();
    writeFileSync(
      join(dir, ".briefingcache"),
      JSON.stringify({ ...cache, key: "from-another-version" }),
    );
    await run(["validate", "briefs", "--cache"]);
    expect(cacheFile().key).toBe(cache.key);
  });

  it("takes --cache-location and survives a damaged cache file", async () => {
    writeFileSync(join(dir, "c.json"), "{ not json");
    expect((await run(["validate", "briefs", "--cache", "--cache-location", "c.json"])).code).toBe(
      0,
    );
    expect(
      Object.keys(
        (JSON.parse(readFileSync(join(dir, "c.json"), "utf8")) as { entries: object }).entries,
      ),
    ).toHaveLength(8);
  });
});

describe("--changed-since", () => {
  const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, stdio: "pipe" });

  beforeEach(() => {
    git("init", "-q");
    git("-c", "user.email=t@example.org", "-c", "user.name=t", "add", ".");
    git("-c", "user.email=t@example.org", "-c", "user.name=t", "commit", "-qm", "start");
  });

  it("checks only briefings changed since the ref, and new ones", async () => {
    const file = join(dir, "briefs", "freight-rates.yaml");
    writeFileSync(file, `${readFileSync(file, "utf8")}\n`);
    cpSync(
      join(dir, "briefs", "cyber", "hospital-ransomware.yaml"),
      join(dir, "briefs", "new.yaml"),
    );
    const results = await json(["validate", "briefs", "--changed-since", "HEAD"]);
    expect(results.map((r) => r.path).sort()).toEqual([
      "briefs/freight-rates.yaml",
      "briefs/new.yaml",
    ]);
  });

  it("with nothing changed, says so and exits 0", async () => {
    const { code, err } = await run(["validate", "briefs", "--changed-since", "HEAD"]);
    expect(code).toBe(0);
    expect(err).toBe("briefing: no briefing files to check (8 found, none changed since HEAD)\n");
  });

  it("an unknown ref is a usage error naming it", async () => {
    const { code, err } = await run(["validate", "briefs", "--changed-since", "no-such-ref"]);
    expect(code).toBe(2);
    expect(err).toMatch(/^briefing: git diff failed: .*no-such-ref/);
  });
});

describe("--shard", () => {
  it("splits the files into disjoint shares that cover them all", async () => {
    const all = (await json(["validate", "briefs"])).map((r) => r.path).sort();
    const shares: string[][] = [];
    for (let i = 1; i <= 3; i++) {
      const { out } = await run(["validate", "briefs", "--shard", `${i}/3`, "-r", "json"]);
      shares.push(
        out ? (JSON.parse(out) as { files: { path: string }[] }).files.map((r) => r.path) : [],
      );
    }
    expect(shares.flat().sort()).toEqual(all);
    expect(new Set(shares.flat()).size).toBe(all.length);
  });

  it("keeps a file in its shard whatever else is added", () => {
    const shard = { index: 2, count: 4 };
    expect(inShard("briefs/a.yaml", shard)).toBe(inShard("briefs/a.yaml", shard));
    const owners = ["a", "b", "c", "d", "e", "f", "g", "h"].map((n) =>
      [1, 2, 3, 4].filter((i) => inShard(`${n}.yaml`, { index: i, count: 4 })),
    );
    expect(owners.every((o) => o.length === 1)).toBe(true);
  });

  it.each([["0/3"], ["4/3"], ["x"], ["1/0"]])("refuses %s", async (value) => {
    expect(typeof parseShard(value)).toBe("string");
    const { code, err } = await run(["validate", "briefs", "--shard", value]);
    expect(code).toBe(2);
    expect(err).toMatch(/^briefing: --shard/);
  });
});
