import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { main } from "../../src/cli/main.js";
import { runNew } from "../../src/commands/new.js";
import { readingLine, readingStats } from "../../src/core/reading.js";
import type { Briefing } from "../../src/core/types.js";
import { FakePrompts, standardScript } from "../helpers/fake-prompts.js";
import { memoryIo } from "../helpers/memory-io.js";
import { root, tempDir } from "../helpers/paths.js";

let dir: string;
let cleanup: () => void;
let briefing: Briefing;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  copyFileSync(join(root, "examples", "freight-rates.yaml"), join(dir, "a.yaml"));
  briefing = parse(readFileSync(join(dir, "a.yaml"), "utf8")) as Briefing;
});
afterEach(() => cleanup());

async function run(args: string[]) {
  const { io, stdout, stderr } = memoryIo({ cwd: dir });
  const code = await main(args, io);
  return { code, out: stdout(), err: stderr() };
}

const atDefault = () => readingLine(readingStats(briefing));

describe("word count and reading time", () => {
  it("appear in show, under the headline's facts", async () => {
    const r = await run(["show", "a.yaml"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`\n${atDefault()}\n`);
    expect(atDefault()).toMatch(/^\d{3} words · [1-9] min read$/);
  });

  it("follow the configured reading speed", async () => {
    writeFileSync(join(dir, "briefing.config.yaml"), "readingSpeed: 100\n");
    const expected = readingLine(readingStats(briefing, 100));
    expect(expected).not.toBe(atDefault());
    expect((await run(["show", "a.yaml"])).out).toContain(`\n${expected}\n`);
    expect((await run(["export", "a.yaml", "--reading-time"])).out).toContain(`_${expected}_`);
  });

  it("refuse a reading speed that is not a positive whole number", async () => {
    writeFileSync(join(dir, "briefing.config.yaml"), "readingSpeed: fast\n");
    const r = await run(["show", "a.yaml"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/briefing\.config\.yaml:1:\d+/);
  });

  it("are a line of the md and html exports with --reading-time, and only then", async () => {
    const md = await run(["export", "a.yaml", "--reading-time"]);
    expect(md.out.split("\n").slice(0, 3)).toEqual([
      expect.stringMatching(/^# Container rates/),
      "",
      `_${atDefault()}_`,
    ]);
    expect((await run(["export", "a.yaml"])).out).not.toContain("min read");
    const html = await run(["export", "a.yaml", "-f", "html", "--reading-time"]);
    expect(html.out).toContain(`<p class="reading-time">${atDefault()}</p>`);
  });

  it("are refused for formats without the line", async () => {
    const r = await run(["export", "a.yaml", "-f", "txt", "--reading-time"]);
    expect(r.code).toBe(2);
    expect(r.err).toBe("briefing: --reading-time applies to md, html and docx, not txt\n");
  });

  it("appear on the review screen of new", async () => {
    const api = new FakePrompts(standardScript());
    const { io, stdout } = memoryIo({ cwd: dir, env: { BRIEFING_DRAFTS: join(dir, "drafts") } });
    const code = await runNew({ file: "new.yaml", template: "standard" }, io, { prompts: api });
    api.finish();
    expect(code).toBe(0);
    const saved = parse(readFileSync(join(dir, "new.yaml"), "utf8")) as Briefing;
    expect(stdout()).toContain(readingLine(readingStats(saved)));
  });
});
