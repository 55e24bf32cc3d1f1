import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { main } from "../../src/cli/main.js";
import { memoryIo } from "../helpers/memory-io.js";
import { fixture, tempDir } from "../helpers/paths.js";

let dir: string;
let cleanup: () => void;

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  mkdirSync(join(dir, "team", "briefs"), { recursive: true });
  cpSync(fixture("invalid", "headline-length.yaml"), join(dir, "team", "briefs", "long.yaml"));
});
afterEach(() => cleanup());

async function run(args: string[], cwd = join(dir, "team", "briefs")) {
  const { io, stdout, stderr } = memoryIo({ cwd });
  const code = await main(args, io);
  return { code, out: stdout(), err: stderr() };
}

const config = (text: string, name = "briefing.config.yaml") =>
  writeFileSync(join(dir, "team", name), text);

describe("configuration", () => {
  it("is found walking up from the working folder, and changes levels and options", async () => {
    expect((await run(["validate", "long.yaml"])).code).toBe(1);
    config("rules:\n  headline-length: [warn, { max: 200 }]\n  date-required: off\n");
    const relaxed = await run(["validate", "long.yaml"]);
    expect(relaxed).toMatchObject({ code: 0, out: "" });
    config("rules:\n  headline-length: [warn, { max: 100 }]\n  date-required: error\n");
    const strict = await run(["validate", "long.yaml"]);
    expect(strict.code).toBe(1);
    expect(strict.out).toMatch(/1:1 +error +the briefing has no date/);
    expect(strict.out).toMatch(
      /1:11 +warning +headline must be at most 100 characters; it has 173 +headline-length/,
    );
  });

  it("also reads .briefingrc.json, and --config names a file explicitly", async () => {
    config('{ "rules": { "date-required": "off", "headline-length": "off" } }', ".briefingrc.json");
    expect((await run(["validate", "long.yaml"])).code).toBe(0);
    writeFileSync(join(dir, "strict.yaml"), "rules:\n  date-required: error\n");
    const explicit = await run(["--config", "../../strict.yaml", "validate", "long.yaml"]);
    expect(explicit.code).toBe(1);
    expect(explicit.out).toMatch(/error +the briefing has no date/);
  });

  it.each([
    [
      "rules:\n  headline-lenght: warn\n",
      'briefing.config.yaml:2:3: unknown rule "headline-lenght" (did you mean "headline-length"?)',
    ],
    [
      "rules:\n  headline-length: loud\n",
      'briefing.config.yaml:2:20: rule "headline-length" must be off, warn or error, or [level, { options }]',
    ],
    [
      "rules:\n  headline-length: [warn, { maxx: 3 }]\n",
      'briefing.config.yaml:2:27: the options of rule "headline-length": unexpected property "maxx" (did you mean "max"?)',
    ],
    [
      "rules:\n  headline-length: [warn, { max: -1 }]\n",
      'briefing.config.yaml:2:27: the options of rule "headline-length": ',
    ],
    [
      "tempalte: flash\n",
      'briefing.config.yaml:1:1: unexpected property "tempalte" (did you mean "template"?)',
    ],
    ["rules: [\n", "briefing.config.yaml:1:8: "],
    ["template: weekly\n", 'unknown template "weekly"'],
  ])("a bad configuration is a usage error naming its line: %j", async (text, message) => {
    config(text);
    const { code, out, err } = await run(["validate", "long.yaml"]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toContain(message);
    expect(err.trimEnd().split("\n")).toHaveLength(1);
  });

  it("takes the nearest folder's file, in the documented order of names, skipping folders", async () => {
    // In one folder, briefing.config.yaml comes before .briefingrc.json.
    config("rules:\n  headline-length: off\n", "briefing.config.yaml");
    config("rules:\n  headline-length: error\n", ".briefingrc.json");
    const first = (await run(["validate", "long.yaml", "--print-config"])).out;
    expect(first).toMatch(/^# from .*[/\\]team[/\\]briefing\.config\.yaml\n/);
    expect(first).toMatch(/^ {2}headline-length: off # .*[/\\]team[/\\]briefing\.config\.yaml$/m);
    // A nearer folder wins over a farther one; a folder named like a configuration is not one.
    mkdirSync(join(dir, "team", "briefs", "briefing.config.yaml"));
    writeFileSync(join(dir, "team", "briefs", ".briefingrc"), "rules:\n  headline-length: warn\n");
    const second = (await run(["validate", "long.yaml", "--print-config"])).out;
    expect(second).toMatch(/^# from .*[/\\]briefs[/\\]\.briefingrc\n/);
    expect(second).toMatch(/^ {2}headline-length: warn # .*\.briefingrc$/m);
  });

  it("sets the default template and template folders", async () => {
    mkdirSync(join(dir, "team", "templates"));
    cpSync(
      fixture("cli", "custom-template", "weekly.yaml"),
      join(dir, "team", "templates", "weekly.yaml"),
    );
    const roundUp = readFileSync(
      fixture("cli", "custom-template", "round-up.yaml"),
      "utf8",
    ).replace("template: weekly\n", "");
    writeFileSync(join(dir, "team", "briefs", "round-up.yaml"), roundUp);
    config("template: weekly\ntemplates: [./templates]\n");
    expect(await run(["validate", "round-up.yaml"])).toMatchObject({ code: 0, out: "" });
    const listed = await run(["templates"]);
    expect(listed.out).toMatch(/^weekly +Weekly round-up: This Week \/ Next Week$/m);
  });

  it("--print-config shows every rule with its level and options", async () => {
    config("rules:\n  headline-length: [warn, { max: 90 }]\n");
    const { code, out } = await run(["validate", "--print-config"]);
    expect(code).toBe(0);
    expect(out).toMatch(/^# from .*briefing\.config\.yaml\n/);
    expect(out).toMatch(/headline-length: \[ warn, \{ max: 90 \} \] # .*briefing\.config\.yaml\n/);
    expect(out).toMatch(/bullet-count: error # default\n/);
  });
});

describe("inline disable comments", () => {
  it("drop one finding and report themselves when they drop nothing", async () => {
    const text = readFileSync(join(dir, "team", "briefs", "long.yaml"), "utf8");
    writeFileSync(
      join(dir, "team", "briefs", "long.yaml"),
      `# briefing-disable-next-line headline-length, date-required -- a long headline on purpose\n${text.replace("conclusion:", "# briefing-disable-next-line bullet-count\nconclusion:")}`,
    );
    const { code, out } = await run(["validate", "long.yaml"]);
    expect(code).toBe(0);
    expect(out).not.toContain("headline-length");
    // The briefing starts on line 2, where the missing date is reported: the first comment drops it too.
    expect(out).not.toContain("date-required");
    expect(out).toMatch(
      /20:1 +warning +unused disable comment: no problem from "bullet-count" on line 21/,
    );
  });
});

describe("briefing init", () => {
  it("writes a commented configuration that validates, and never overwrites", async () => {
    const first = await run(["init"], join(dir, "team"));
    expect(first).toMatchObject({ code: 0, out: "wrote briefing.config.yaml\n" });
    const written = readFileSync(join(dir, "team", "briefing.config.yaml"), "utf8");
    expect(written).toContain("# estimative-language: [warn, { yardstick: icd203 }]");
    expect((await run(["validate", "--print-config"])).code).toBe(0);
    const again = await run(["init"], join(dir, "team"));
    expect(again.code).toBe(2);
    expect(again.err).toBe(
      "briefing: briefing.config.yaml already exists; edit it, or remove it first\n",
    );
  });
});

describe("briefing init warns about configurations that hide each other", () => {
  it("says when the new file is shadowed by one in the same folder", async () => {
    config("rules: {}\n");
    const result = await run(["init", ".briefingrc.yaml"], join(dir, "team"));
    expect(result.code).toBe(0);
    expect(result.err).toBe(
      "briefing: warning: .briefingrc.yaml will not be read: briefing.config.yaml in the same folder comes first; merge them into one file\n",
    );
  });

  it("says when the new file shadows one in the same folder", async () => {
    config("rules: {}\n", ".briefingrc.json");
    const result = await run(["init"], join(dir, "team"));
    expect(result.err).toBe(
      "briefing: warning: .briefingrc.json will no longer be read: briefing.config.yaml in the same folder comes first; merge them into one file\n",
    );
  });

  it("says when the new file takes the place of one higher up, and is quiet otherwise", async () => {
    expect((await run(["init"], join(dir, "team"))).err).toBe("");
    const below = await run(["init"], join(dir, "team", "briefs"));
    // Outside the working folder, a path is shown in full.
    expect(below.err).toBe(
      `briefing: warning: briefing.config.yaml takes the place of ${join(dir, "team", "briefing.config.yaml")} in this folder and below; settings are not merged, so copy any you still need\n`,
    );
  });

  it("says when the name is one that is never looked for", async () => {
    const result = await run(["init", "team-settings.yaml"], join(dir, "team"));
    expect(result.err).toBe(
      "briefing: warning: team-settings.yaml is not a name briefing looks for (briefing.config.yaml, .briefingrc.yaml, …); it applies only with --config team-settings.yaml\n",
    );
  });
});

describe("briefing completion", () => {
  it.each(["bash", "zsh", "fish"])("prints a %s script naming every command", async (shell) => {
    const { code, out } = await run(["completion", shell]);
    expect(code).toBe(0);
    for (const command of ["validate", "export", "import", "show", "schema", "templates", "init"])
      expect(out).toContain(command);
  });

  it("the bash script completes commands and options in a real bash", async () => {
    const { out } = await run(["completion", "bash"]);
    const script = `${out}\nCOMP_WORDS=(briefing val); COMP_CWORD=1; _briefing; echo "\${COMPREPLY[@]}"\nCOMP_WORDS=(briefing export --fo); COMP_CWORD=2; _briefing; echo "\${COMPREPLY[@]}"`;
    const result = spawnSync("bash", ["-c", script], { encoding: "utf8" });
    expect(result.stdout.split("\n").slice(0, 2)).toEqual(["validate", "--format --force"]);
  });

  it("refuses an unknown shell", async () => {
    const { code, err } = await run(["completion", "powershell"]);
    expect(code).toBe(2);
    expect(err).toBe('briefing: no completion for "powershell"; choose bash, zsh or fish\n');
  });
});
