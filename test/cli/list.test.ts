import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { parse, stringify } from "yaml";
import { main } from "../../src/cli/main.js";
import { localDate } from "../../src/core/validate.js";
import type { Briefing } from "../../src/core/types.js";
import { memoryIo } from "../helpers/memory-io.js";
import { fixture, root, tempDir } from "../helpers/paths.js";

let dir: string;
let cleanup: () => void;
const base = parse(readFileSync(join(root, "examples", "freight-rates.yaml"), "utf8")) as Briefing;
const daysAgo = (n: number) => localDate(new Date(Date.now() - n * 86_400_000));

function write(
  name: string,
  headline: string,
  meta: Briefing["meta"],
  extra: Partial<Briefing> = {},
) {
  writeFileSync(
    join(dir, name),
    stringify({ ...base, headline, ...extra, meta: { ...base.meta, ...meta } }),
  );
}

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  write("today.yaml", "Ports reopen after the strike", {
    date: daysAgo(0),
    tags: ["ports", "labour"],
    status: "draft",
    author: "Ann Lee",
  });
  write("week.yaml", "Grain exports slow on low river levels", {
    date: daysAgo(5),
    tags: ["grain", "ports"],
    author: "Bo Chen",
  });
  write("old.yaml", "Freight insurers raise war-risk premiums", {
    date: "2025-11-02",
    tags: ["insurance"],
  });
  writeFileSync(join(dir, "broken.yaml"), "headline: [unclosed\nsummary: x\n");
  copyFileSync(fixture("invalid", "headline-length.yaml"), join(dir, "long.yaml"));
});
afterEach(() => cleanup());

async function run(args: string[], columns?: number) {
  const { io, stdout, stderr } = memoryIo({ cwd: dir, stdoutIsTTY: columns !== undefined });
  if (columns !== undefined) io.stdout.columns = columns;
  const code = await main(args, io);
  return { code, out: stdout(), err: stderr() };
}

const paths = (out: string) => (JSON.parse(out) as { path: string }[]).map((e) => e.path);

describe("briefing list", () => {
  it("shows a table, newest first, with words, reading time and problem counts", async () => {
    const r = await run(["list", "--no-color"]);
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^DATE\s+STATUS\s+TEMPLATE\s+HEADLINE\s+WORDS\s+READ\s+ERR\s+WARN$/);
    expect(lines[1]).toMatch(
      new RegExp(
        `^${daysAgo(0)}\\s+draft\\s+standard\\s+Ports reopen after the strike\\s+\\d+\\s+\\d min\\s+0\\s+\\d+$`,
      ),
    );
    expect(lines[2]).toContain("Grain exports slow");
    expect(lines[3]).toContain("Freight insurers");
    // Undated and unreadable files come last, with their problem counts.
    expect(r.out).toMatch(
      /—\s+—\s+—\s+\(not readable as a briefing\)\s+0\s+0 min\s+1\s+0\n {2}broken\.yaml\n/,
    );
    expect(r.out).toMatch(/Why very very.*\s+[1-9]\s+\d+\n/);
  });

  it("cuts headlines to the terminal's width", async () => {
    const r = await run(["list", "--no-color"], 70);
    for (const line of r.out.trimEnd().split("\n")) expect(line.length).toBeLessThanOrEqual(70);
    expect(r.out).toContain("Ports reopen a…");
  });

  it("filters by age, date, tag, status, template and author", async () => {
    const list = async (...args: string[]) =>
      paths((await run(["list", "--format", "json", ...args])).out);
    const broken = ["broken.yaml"];
    expect(await list("--since", "7d", "--tag", "ports")).toEqual([
      "today.yaml",
      "week.yaml",
      ...broken,
    ]);
    expect(await list("--since", "2w", "--tag", "ports", "--tag", "grain")).toEqual([
      "week.yaml",
      ...broken,
    ]);
    expect(await list("--until", "2025-12-31")).toEqual(["old.yaml", ...broken]);
    expect(await list("--status", "draft")).toEqual(["today.yaml", ...broken]);
    expect(await list("--author", "bo c")).toEqual(["week.yaml", ...broken]);
    expect(await list("--template", "flash")).toEqual(broken);
  });

  it("finds text case-insensitively and shows the matching part", async () => {
    const r = await run(["list", "--grep", "RIVER LEVELS", "--no-color"]);
    expect(r.out).toContain("week.yaml: Grain exports slow on low «river levels» Spot");
    expect(r.out).toContain("«river levels»");
    const json = JSON.parse(
      (await run(["list", "--grep", "river levels", "--format", "json"])).out,
    ) as { match?: string }[];
    expect(json[0]?.match).toMatch(/«river levels»/);
  });

  it("sorts by another column", async () => {
    const r = await run(["list", "--sort", "headline", "--format", "json", "--tag", "ports"]);
    expect(paths(r.out)).toEqual(["week.yaml", "today.yaml", "broken.yaml"]);
    expect((await run(["list", "--sort", "size"])).err).toContain('--sort "size" is not a column');
  });

  it("says what a bad --since should look like", async () => {
    const r = await run(["list", "--since", "last week"]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'briefing: --since "last week" is not a date or an age: expected YYYY-MM-DD (2026-03-04) or a number of days or weeks back (7d, 2w)\n',
    );
    expect((await run(["list", "--until", "2026-02-30"])).code).toBe(2);
  });

  it("prints JSON that follows schemas/list.schema.json, with every column and the path", async () => {
    const r = await run(["list", "--format", "json"]);
    const schema = JSON.parse(
      readFileSync(join(root, "schemas", "list.schema.json"), "utf8"),
    ) as object;
    const validate = new Ajv2020({ strict: true, allowUnionTypes: true }).compile(schema);
    const data = JSON.parse(r.out) as Record<string, unknown>[];
    expect(validate.errors ?? validate(data)).toBe(true);
    expect(data).toHaveLength(5);
    expect(data[0]).toEqual({
      path: "today.yaml",
      date: daysAgo(0),
      status: "draft",
      template: "standard",
      headline: "Ports reopen after the strike",
      author: "Ann Lee",
      tags: ["ports", "labour"],
      words: expect.any(Number),
      minutes: expect.any(Number),
      errors: 0,
      warnings: expect.any(Number),
    });
  });

  it("prints CSV with every column, quoted where needed, and no formulas", async () => {
    write("formula.yaml", '=HYPERLINK("x"), and more', { date: "2024-01-01", tags: ["a", "b"] });
    const r = await run(["list", "--format", "csv", "--until", "2024-12-31"]);
    const lines = r.out.split("\r\n");
    expect(lines[0]).toBe(
      "path,date,status,template,headline,author,tags,words,minutes,errors,warnings,match",
    );
    expect(lines[1]).toMatch(
      /^formula\.yaml,2024-01-01,final,standard,"'=HYPERLINK\(""x""\), and more",Trade & Logistics Desk,a; b,\d+,\d+,0,\d+,$/,
    );
  });

  it("says so when nothing matches, and exits 0", async () => {
    const r = await run(["list", "--tag", "nothing", "--ignore", "broken.yaml"]);
    expect({ code: r.code, out: r.out, err: r.err }).toEqual({
      code: 0,
      out: "",
      err: "no briefings match\n",
    });
  });
});

describe("briefing list --cache", () => {
  type CacheFile = {
    key: string;
    entries: Record<string, { hash: string; result: { entry: { headline: string } } }>;
  };
  const cacheFile = () => join(dir, ".briefingcache");
  const readCache = () => JSON.parse(readFileSync(cacheFile(), "utf8")) as CacheFile;

  it("reuses what it read from unchanged files and rereads changed ones", async () => {
    const first = await run(["list", "--cache", "--format", "json"]);
    const names = Object.keys(readCache().entries).filter((k) => k.startsWith("list:"));
    expect(names).toHaveLength(5);
    // Mark the cached entry: a run that shows the mark took it from the cache.
    const cache = readCache();
    const key = `list:${join(dir, "week.yaml")}`;
    const entry = cache.entries[key];
    if (!entry) throw new Error(`no cache entry for ${key}`);
    entry.result.entry.headline = "From the cache";
    writeFileSync(cacheFile(), JSON.stringify(cache));
    const second = await run(["list", "--cache", "--format", "json"]);
    const headlines = (out: string) =>
      (JSON.parse(out) as { headline: string | null }[]).map((e) => e.headline);
    expect(headlines(second.out)).toEqual(
      headlines(first.out).map((h) => (h?.startsWith("Grain") ? "From the cache" : h)),
    );
    write("week.yaml", "Grain exports recover", { date: daysAgo(5) });
    expect(headlines((await run(["list", "--cache", "--format", "json"])).out)).toContain(
      "Grain exports recover",
    );
  });

  it("works out reading times at the speed configured now", async () => {
    await run(["list", "--cache"]);
    writeFileSync(join(dir, "briefing.config.yaml"), "readingSpeed: 50\n");
    const cached = JSON.parse((await run(["list", "--cache", "--format", "json"])).out) as {
      words: number;
      minutes: number;
    }[];
    const fresh = JSON.parse((await run(["list", "--format", "json"])).out) as {
      words: number;
      minutes: number;
    }[];
    expect(cached).toEqual(fresh);
    expect(fresh[0]?.minutes).toBe(Math.ceil((fresh[0]?.words ?? 0) / 50));
  });

  it("keeps a digest's items and a --grep's apart from the list's", async () => {
    const listed = (await run(["list", "--format", "json"])).out;
    const grepped = (await run(["list", "--grep", "strike", "--format", "json"])).out;
    const digest = (await run(["digest", "--include-invalid"])).out;
    // A digest checks for errors only; its entries must not stand in for the list's.
    expect((await run(["digest", "--include-invalid", "--cache"])).out).toBe(digest);
    expect((await run(["list", "--cache", "--format", "json"])).out).toBe(listed);
    expect((await run(["list", "--cache", "--grep", "strike", "--format", "json"])).out).toBe(
      grepped,
    );
    expect((await run(["digest", "--include-invalid", "--cache"])).out).toBe(digest);
    const prefixes = new Set(Object.keys(readCache().entries).map((k) => k.split(":")[0]));
    expect([...prefixes].sort()).toEqual(["errors+text", "list", "list+text"]);
    // Warnings the digest's errors-only check would have left at zero.
    expect((JSON.parse(listed) as { warnings: number }[]).some((e) => e.warnings > 0)).toBe(true);
  });

  it("shares the cache file with validate without losing either's entries", async () => {
    await run(["list", "--cache"]);
    await run(["validate", "--cache", "."]);
    const keys = Object.keys(readCache().entries);
    expect(keys.filter((k) => k.startsWith("list:"))).toHaveLength(5);
    expect(keys.filter((k) => !k.startsWith("list:")).length).toBeGreaterThan(0);
  });
});
