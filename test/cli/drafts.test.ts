import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { existsSync, readdirSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { main } from "../../src/cli/main.js";
import { cutToWidth, parseAge } from "../../src/commands/drafts.js";
import { saveDraft } from "../../src/io/drafts.js";
import type { Draft } from "../../src/prompts/types.js";
import { memoryIo } from "../helpers/memory-io.js";
import { tempDir } from "../helpers/paths.js";

let dir: string;
let drafts: string;
let cleanup: () => void;

const LONG =
  "Shipping lines extend the Cape of Good Hope detour into the autumn as insurers keep war-risk premiums near their highest level since the Red Sea attacks began";

/** A draft saved `daysAgo` days ago. */
async function draftFile(name: string, headline: string | undefined, daysAgo: number) {
  const draft: Draft = {
    version: 1,
    template: "standard",
    answers: headline ? { headline, summary: "Carriers expect the detour to last." } : {},
    step: headline ? { kind: "bullets", section: "details" } : { kind: "headline" },
    created: "2026-11-01T09:00:00.000Z",
    updated: "2026-11-01T09:00:00.000Z",
  };
  const path = join(drafts, `${name}.yaml`);
  await saveDraft(path, draft);
  const when = new Date(Date.now() - daysAgo * 86_400_000);
  utimesSync(path, when, when);
  return path;
}

beforeEach(async () => {
  ({ dir, cleanup } = tempDir());
  drafts = join(dir, "drafts");
  await draftFile("20261120T090000-aaaaaa", LONG, 8);
  await draftFile("20261127T090000-bbbbbb", "Rates ease", 1);
  await draftFile("20260901T090000-cccccc", undefined, 88);
});
afterEach(() => cleanup());

async function run(args: string[], terminal?: number) {
  const { io, stdout, stderr } = memoryIo({
    cwd: dir,
    env: { BRIEFING_DRAFTS: drafts },
    stdoutIsTTY: terminal !== undefined,
  });
  if (terminal !== undefined) io.stdout.columns = terminal;
  const code = await main(args, io);
  return { code, out: stdout(), err: stderr() };
}

const names = () => readdirSync(drafts).sort();

describe("briefing drafts", () => {
  it("lists drafts newest first, each headline cut to the terminal's width", async () => {
    const { code, out } = await run(["drafts"], 80);
    expect(code).toBe(0);
    const firstLines = out.split("\n").filter((l) => !l.startsWith("    "));
    expect(firstLines.filter(Boolean)).toHaveLength(3);
    for (const line of firstLines) expect([...line].length).toBeLessThanOrEqual(80);
    expect(firstLines[0]).toMatch(/"Rates ease" {2}next: bullets of details$/);
    expect(firstLines[1]).toMatch(
      /"Shipping lines extend the Cape .*…" {2}next: bullets of details$/,
    );
    expect(firstLines[2]).toMatch(/\(no headline yet\) {2}next: headline$/);
    expect(out).toContain(
      `    briefing new --resume ${join(drafts, "20261120T090000-aaaaaa.yaml")}\n`,
    );
  });

  it("keeps headlines whole when the list is piped, and `list` is the same", async () => {
    const piped = await run(["drafts", "list"]);
    expect(piped.out).toContain(`"${LONG}"`);
    expect((await run(["drafts"])).out).toBe(piped.out);
  });

  it("shows one draft by name, with its answers", async () => {
    const { code, out } = await run(["drafts", "show", "20261127T090000-bbbbbb"]);
    expect(code).toBe(0);
    expect(out).toMatch(
      /^draft 20261127T090000-bbbbbb\.yaml, last saved \d{4}-\d\d-\d\d \d\d:\d\d\n/,
    );
    expect(out).toContain("next: bullets of details\n");
    expect(out).toContain("headline: Rates ease\nsummary: Carriers expect the detour to last.\n");
  });

  it("deletes drafts by name or path, checking every name first", async () => {
    const missing = await run(["drafts", "delete", "20261127T090000-bbbbbb", "nope"]);
    expect(missing.code).toBe(2);
    expect(missing.err).toBe(
      `briefing: no draft "nope" in ${drafts}; \`briefing drafts\` lists them\n`,
    );
    expect(names()).toHaveLength(3);
    const done = await run([
      "drafts",
      "delete",
      "20261127T090000-bbbbbb",
      join(drafts, "20260901T090000-cccccc.yaml"),
    ]);
    expect(done).toMatchObject({ code: 0, out: "deleted 2 drafts\n" });
    expect(names()).toEqual(["20261120T090000-aaaaaa.yaml"]);
  });

  it("never deletes a file outside the drafts folder, or one that is not a draft", async () => {
    writeFileSync(join(dir, "brief.yaml"), "headline: Mine\n");
    const outside = await run(["drafts", "delete", "./brief.yaml"]);
    expect(outside.code).toBe(2);
    expect(outside.err).toBe(`briefing: ./brief.yaml is not in the drafts folder ${drafts}\n`);
    writeFileSync(join(drafts, "notes.yaml"), "headline: Mine\n");
    const notDraft = await run(["drafts", "delete", "notes"]);
    expect(notDraft.code).toBe(2);
    expect(existsSync(join(dir, "brief.yaml")) && existsSync(join(drafts, "notes.yaml"))).toBe(
      true,
    );
  });

  it("prunes drafts older than an age, and --dry-run only says which", async () => {
    const dry = await run(["drafts", "prune", "--older-than", "1w", "--dry-run"]);
    expect(dry.out).toBe(
      [
        `would delete ${join(drafts, "20261120T090000-aaaaaa.yaml")}`,
        `would delete ${join(drafts, "20260901T090000-cccccc.yaml")}`,
        "2 drafts older than 1w",
        "",
      ].join("\n"),
    );
    expect(names()).toHaveLength(3);
    expect((await run(["drafts", "prune", "--older-than", "30d"])).out).toBe(
      "deleted 1 draft older than 30d\n",
    );
    expect(names()).toEqual(["20261120T090000-aaaaaa.yaml", "20261127T090000-bbbbbb.yaml"]);
  });

  it("refuses an age it cannot read (exit 2)", async () => {
    const { code, err } = await run(["drafts", "prune", "--older-than", "soon"]);
    expect(code).toBe(2);
    expect(err).toBe(
      'briefing: --older-than "soon" is not an age; give a number and a unit: 90m, 12h, 30d or 2w\n',
    );
    expect(names()).toHaveLength(3);
  });
});

describe("drafts helpers", () => {
  it("reads ages in minutes, hours, days and weeks", () => {
    expect([parseAge("90m"), parseAge("12h"), parseAge("30d"), parseAge("2W")]).toEqual([
      5_400_000, 43_200_000, 2_592_000_000, 1_209_600_000,
    ]);
    expect([parseAge("30"), parseAge("d"), parseAge("-1d"), parseAge("1y")]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("cuts by columns, counting wide characters as two", () => {
    expect(cutToWidth("short", 10)).toBe("short");
    expect(cutToWidth("one two three", 8)).toBe("one two…");
    expect(cutToWidth("港口罢工持续", 7)).toBe("港口罢…");
  });
});
