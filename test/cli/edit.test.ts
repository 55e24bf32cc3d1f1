import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { existsSync, readFileSync, readdirSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { main } from "../../src/cli/main.js";
import { runEdit } from "../../src/commands/edit.js";
import { loadDraft } from "../../src/io/drafts.js";
import { FakePrompts, say, type ScriptEntry } from "../helpers/fake-prompts.js";
import { memoryIo } from "../helpers/memory-io.js";
import { tempDir } from "../helpers/paths.js";

let dir: string;
let drafts: string;
let cleanup: () => void;

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  drafts = join(dir, "drafts");
  writeFileSync(join(dir, "brief.yaml"), original);
});
afterEach(() => cleanup());

// Keys in an unusual order (meta first) and comments in several places.
const original = `# Weekly port briefing: reviewed by the desk on Mondays
template: standard
meta:
  date: 2026-03-04
  author: Ann Analyst # desk lead
headline: Port strike halts grain exports from Odesa
summary: Dock workers at Odesa stopped loading grain on 2 March.
sections:
  - id: details
    # source: port authority
    lead: The strike began after pay talks broke down.
    bullets:
      - Three terminals stopped work on 2 March. # confirmed
      - Forty ships wait outside the harbour.
  - id: context
    lead: Port wages have lagged inflation since 2024.
    bullets:
      - Consumer prices rose 14% last year.
      - The union last struck in 2019, for nine days.
  - id: important
    lead: Buyers are turning to Romanian ports.
    bullets:
      - Constanta reports record bookings for March.
      - Freight rates on the Danube route rose 9%.
conclusion: The strike is likely to end within two weeks. # judgement
`;

const draftFiles = () => (existsSync(drafts) ? readdirSync(drafts) : []);
const current = () => readFileSync(join(dir, "brief.yaml"), "utf8");

async function editWith(script: ScriptEntry[], file = "brief.yaml") {
  const api = new FakePrompts(script);
  const { io, stdout, stderr } = memoryIo({ cwd: dir, env: { BRIEFING_DRAFTS: drafts } });
  const code = await runEdit({ file }, io, { prompts: api });
  api.finish();
  return { code, out: stdout(), err: stderr(), api };
}

describe("briefing edit", () => {
  it("changes the headline from the review menu, keeping comments and key order", async () => {
    const { code, out, api } = await editWith([
      say.choose("Save this briefing?", "Revise headline"),
      say.input("Headline", "Port strike stops grain exports from Odesa"),
      say.select("Save this briefing?", "save"),
    ]);
    expect(code).toBe(0);
    expect(out).toMatch(/Saved brief\.yaml\n$/);
    expect(out).toContain("Port strike halts grain exports from Odesa");
    expect(api.asked[1]?.default).toBe("Port strike halts grain exports from Odesa");
    expect(current()).toBe(original.replace("Port strike halts", "Port strike stops"));
    expect(draftFiles()).toEqual([]);
  });

  it("adds a bullet: the list is rewritten, the comments around it stay", async () => {
    const { code } = await editWith([
      say.choose("Save this briefing?", "Revise Context bullets"),
      say.select("Context bullets (2/8)", "add"),
      say.input("Context bullet 3", "Talks resume on Friday."),
      say.input("Context bullet 4", ""),
      say.select("Context bullets (3/8)", "done"),
      say.select("Save this briefing?", "save"),
    ]);
    expect(code).toBe(0);
    expect(current()).toBe(
      original.replace(
        "      - The union last struck in 2019, for nine days.\n",
        "      - The union last struck in 2019, for nine days.\n      - Talks resume on Friday.\n",
      ),
    );
  });

  it("quitting keeps the file as it was and the draft", async () => {
    const { code, out } = await editWith([
      say.choose("Save this briefing?", "Revise summary"),
      say.input("Summary", "A new summary."),
      say.choose("Save this briefing?", "Quit and keep the draft"),
    ]);
    expect(code).toBe(0);
    expect(current()).toBe(original);
    const [name] = draftFiles();
    const path = join(drafts, name ?? "");
    expect(out).toContain(`Stopped. Every answer so far is saved in ${path}\n`);
    const draft = loadDraft(path);
    expect(draft.editing).toBe(join(dir, "brief.yaml"));
    expect(draft.answers.summary).toBe("A new summary.");
  });

  it("Ctrl-C exits 130 and names the draft", async () => {
    const { code, err } = await editWith([
      say.choose("Save this briefing?", "Revise headline"),
      say.ctrlC("input", "Headline"),
    ]);
    expect(code).toBe(130);
    const [name] = draftFiles();
    expect(err).toContain(`saved in ${join(drafts, name ?? "")}\n`);
    expect(current()).toBe(original);
  });

  it("resuming an interrupted edit with `new --resume` writes into the file, keeping its comments", async () => {
    await editWith([
      say.choose("Save this briefing?", "Revise headline"),
      say.input("Headline", "Port strike stops grain exports from Odesa"),
      say.choose("Save this briefing?", "Quit and keep the draft"),
    ]);
    const [name] = draftFiles();
    const api = new FakePrompts([say.select("Save this briefing?", "save")]);
    const { io } = memoryIo({ cwd: dir, env: { BRIEFING_DRAFTS: drafts } });
    const { runNew } = await import("../../src/commands/new.js");
    expect(await runNew({ resume: join(drafts, name ?? "") }, io, { prompts: api })).toBe(0);
    api.finish();
    expect(current()).toBe(
      original.replace(
        "Port strike halts grain exports from Odesa",
        "Port strike stops grain exports from Odesa",
      ),
    );
    expect(draftFiles()).toEqual([]);
  });

  it("refuses JSON, a missing file and a file that does not parse, exit 2", async () => {
    writeFileSync(join(dir, "brief.json"), "{}\n");
    writeFileSync(join(dir, "bad.yaml"), "headline: [unclosed\n");
    const run = async (file: string) => {
      const { io, stderr } = memoryIo({
        cwd: dir,
        env: { BRIEFING_DRAFTS: drafts },
        stdinIsTTY: true,
      });
      const code = await runEdit({ file }, io, { prompts: new FakePrompts([]) }).catch(
        (e: Error & { exitCode?: number }) => {
          io.stderr.write(e.message);
          return e.exitCode;
        },
      );
      return { code, err: stderr() };
    };
    expect(await run("brief.json")).toEqual({
      code: 2,
      err: "brief.json: edit works on YAML briefings (JSON has no comments to keep); convert it with a YAML editor first",
    });
    expect(await run("nope.yaml")).toEqual({
      code: 2,
      err: "nope.yaml: no such file or directory",
    });
    const bad = await run("bad.yaml");
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(
      /^bad\.yaml does not parse \(.*\); fix it with briefing validate first$/,
    );
    writeFileSync(join(dir, "huge.yaml"), "");
    truncateSync(join(dir, "huge.yaml"), 11 * 1024 * 1024);
    expect(await run("huge.yaml")).toEqual({
      code: 2,
      err: "huge.yaml is 11534336 bytes, over the limit of 10485760 (limits.maxFileSize); not read",
    });
    expect(draftFiles()).toEqual([]);
  });

  it("needs a terminal", async () => {
    const { io, stderr } = memoryIo({ cwd: dir, env: { BRIEFING_DRAFTS: drafts } });
    expect(await main(["edit", "brief.yaml"], io)).toBe(2);
    expect(stderr()).toMatch(/^briefing: briefing edit asks questions and needs a terminal;/);
  });
});
