import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import {
  chmodSync,
  lstatSync,
  readFileSync,
  readdirSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { main } from "../../src/cli/main.js";
import { runEdit } from "../../src/commands/edit.js";
import { FakePrompts, say } from "../helpers/fake-prompts.js";
import { memoryIo } from "../helpers/memory-io.js";
import { root, tempDir } from "../helpers/paths.js";

// Every command that replaces a file someone already has (validate --fix, edit, export and
// import with --force) keeps its mode, writes a linked file's target, and leaves no
// temporary files behind.

let dir: string;
let cleanup: () => void;
const example = readFileSync(join(root, "examples", "freight-rates.yaml"), "utf8");
/** The example with a quoted headline ending in spaces, which --fix trims. */
const quoted = example.replace(/^headline: (.*)$/m, 'headline: "$1"');
const fixable = quoted.replace(/^(headline: ".*)"$/m, '$1   "');

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  writeFileSync(join(dir, "brief.yaml"), example);
});
afterEach(() => cleanup());

async function run(...args: string[]) {
  const { io, stdout, stderr } = memoryIo({ cwd: dir, env: { BRIEFING_DRAFTS: join(dir, "d") } });
  const code = await main(args, io);
  return { code, out: stdout(), err: stderr() };
}

const mode = (name: string) => statSync(join(dir, name)).mode & 0o777;
const text = (name: string) => readFileSync(join(dir, name), "utf8");
const isLink = (name: string) => lstatSync(join(dir, name)).isSymbolicLink();

/** A private file, and a link to it. */
function privateWithLink(name: string, content: string, link: string): void {
  writeFileSync(join(dir, name), content);
  chmodSync(join(dir, name), 0o600);
  symlinkSync(name, join(dir, link));
}

describe("validate --fix", () => {
  it("keeps a private file's mode", async () => {
    writeFileSync(join(dir, "fix.yaml"), fixable);
    chmodSync(join(dir, "fix.yaml"), 0o600);
    expect(await run("validate", "fix.yaml", "--fix")).toEqual({
      code: 0,
      out: "",
      err: "fixed 1 problem in 1 file\n",
    });
    expect(text("fix.yaml")).toBe(quoted);
    expect(mode("fix.yaml")).toBe(0o600);
  });

  it("fixes the file a symbolic link points to, and keeps the link", async () => {
    privateWithLink("real.yaml", fixable, "link.yaml");
    expect((await run("validate", "link.yaml", "--fix")).code).toBe(0);
    expect(isLink("link.yaml")).toBe(true);
    expect(text("real.yaml")).toBe(quoted);
    expect(mode("real.yaml")).toBe(0o600);
    expect(readdirSync(dir).sort()).toEqual(["brief.yaml", "link.yaml", "real.yaml"]);
  });
});

describe.each([
  ["export", ["export", "brief.yaml", "-f", "txt"], /^Container rates are climbing/],
  ["import", ["import", "in.txt", "-f", "yaml"], /^# yaml-language-server/],
])("%s -o FILE --force", (_name, args, looks) => {
  // The import reads the example in the plain-text layout.
  beforeEach(async () => {
    expect((await run("export", "brief.yaml", "-f", "txt", "-o", "in.txt")).code).toBe(0);
  });

  it("keeps the replaced file's mode", async () => {
    writeFileSync(join(dir, "out.txt"), "old\n");
    chmodSync(join(dir, "out.txt"), 0o600);
    expect((await run(...args, "-o", "out.txt", "--force")).code).toBe(0);
    expect(text("out.txt")).toMatch(looks);
    expect(mode("out.txt")).toBe(0o600);
  });

  it("writes the file a symbolic link points to, and keeps the link", async () => {
    privateWithLink("real.txt", "old\n", "link.txt");
    expect((await run(...args, "-o", "link.txt", "--force")).code).toBe(0);
    expect(isLink("link.txt")).toBe(true);
    expect(text("real.txt")).toMatch(looks);
    expect(mode("real.txt")).toBe(0o600);
  });
});

describe("export --out-dir --force", () => {
  it("keeps the mode of a file it overwrites", async () => {
    await run("export", "brief.yaml", "-f", "md", "-d", "out");
    chmodSync(join(dir, "out", "brief.md"), 0o600);
    expect((await run("export", "brief.yaml", "-f", "md", "-d", "out", "--force")).code).toBe(0);
    expect(mode("out/brief.md")).toBe(0o600);
  });
});

describe("edit", () => {
  it("keeps a private file's mode", async () => {
    chmodSync(join(dir, "brief.yaml"), 0o600);
    const api = new FakePrompts([
      say.choose("Save this briefing?", "Revise headline"),
      say.input("Headline", "Container rates climb again"),
      say.select("Save this briefing?", "save"),
    ]);
    const { io } = memoryIo({ cwd: dir, env: { BRIEFING_DRAFTS: join(dir, "d") } });
    expect(await runEdit({ file: "brief.yaml" }, io, { prompts: api })).toBe(0);
    api.finish();
    expect(text("brief.yaml")).toMatch(/^headline: Container rates climb again$/m);
    expect(mode("brief.yaml")).toBe(0o600);
  });

  it("refuses a symbolic link before asking anything", async () => {
    privateWithLink("real.yaml", example, "link.yaml");
    const api = new FakePrompts([]);
    const { io, stderr } = memoryIo({ cwd: dir, env: { BRIEFING_DRAFTS: join(dir, "d") } });
    await expect(runEdit({ file: "link.yaml" }, io, { prompts: api })).rejects.toThrow(
      "link.yaml is a symbolic link; edit the file it points to (real.yaml)",
    );
    expect(api.asked).toEqual([]);
    expect(stderr()).toBe("");
    expect(readdirSync(dir).sort()).toEqual(["brief.yaml", "link.yaml", "real.yaml"]);
  });

  it("says so through the command line with exit 2", async () => {
    privateWithLink("real.yaml", example, "link.yaml");
    const { io, stderr } = memoryIo({
      cwd: dir,
      stdinIsTTY: true,
      stdoutIsTTY: true,
      env: { BRIEFING_DRAFTS: join(dir, "d") },
    });
    expect(await main(["edit", "link.yaml"], io)).toBe(2);
    expect(stderr()).toBe(
      "briefing: link.yaml is a symbolic link; edit the file it points to (real.yaml)\n",
    );
  });
});
