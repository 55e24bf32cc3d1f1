import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { main } from "../../src/cli/main.js";
import { memoryIo } from "../helpers/memory-io.js";
import { root, tempDir } from "../helpers/paths.js";

// Each script is run in its real shell, in a folder whose configuration adds a template,
// with `briefing` on PATH running this build, as an installed tool would be.
const { dir, cleanup } = tempDir();
const bin = join(dir, "bin");
const scripts: Record<string, string> = {};

beforeAll(async () => {
  mkdirSync(bin);
  writeFileSync(
    join(bin, "briefing"),
    `#!/bin/sh\nexec node ${join(root, "bin", "briefing.js")} "$@"\n`,
  );
  chmodSync(join(bin, "briefing"), 0o755);
  mkdirSync(join(dir, "templates"));
  const flash = readFileSync(join(root, "templates", "flash.yaml"), "utf8");
  writeFileSync(join(dir, "templates", "weekly.yaml"), flash.replace("id: flash", "id: weekly"));
  writeFileSync(join(dir, "briefing.config.yaml"), "templates: [./templates]\n");
  writeFileSync(join(dir, "team.yaml"), "templates: [./templates]\n");
  for (const shell of ["bash", "zsh", "fish"]) {
    const { io, stdout } = memoryIo({ cwd: dir });
    expect(await main(["completion", shell], io)).toBe(0);
    scripts[shell] = stdout();
    writeFileSync(join(dir, `completion.${shell}`), scripts[shell]);
  }
});
afterAll(cleanup);

const env = { ...process.env, PATH: `${bin}:${process.env.PATH ?? ""}` };
const has = (shell: string) => spawnSync(shell, ["-c", "true"]).status === 0;

/** `it`, or `it.skip` when the shell is missing; the describe title then says so. */
const inShell = (shell: string) => (has(shell) ? it : it.skip);
const title = (shell: string) =>
  has(shell) ? `${shell} completion` : `${shell} completion (skipped: ${shell} is not installed)`;

const WORDS = [
  [
    "after a global option and its value",
    "briefing -c team.yaml validate --ca",
    ["--cache", "--cache-location"],
  ],
  [
    "template ids as the argument of templates",
    "briefing templates ",
    ["bluf", "flash", "smart-brevity", "standard", "weekly"],
  ],
  ["template ids as the value of --template", "briefing -c team.yaml new -t we", ["weekly"]],
  ["export formats", "briefing export x.yaml -f ", ["docx", "html", "json", "md", "txt"]],
  ["reporters", "briefing validate -r ", ["github", "json", "junit", "sarif", "stylish"]],
  ["commands after help", "briefing help ex", ["export"]],
  ["commands", "briefing va", ["validate"]],
] as const;

/** Leaves out what is a file or folder here: where a template may be a file, files are offered too. */
const notFile = (word: string): boolean =>
  word !== "" && !word.includes(".") && !existsSync(join(dir, word.replace(/\/$/, "")));

/** Splits a command line as the shell would hand it to completion: the last word may be empty. */
function words(line: string): string[] {
  const parts = line.split(" ");
  return parts;
}

describe("bash completion", () => {
  it.each(WORDS)("completes %s", (_name, line, expected) => {
    const w = words(line);
    const script = `source completion.bash\nCOMP_WORDS=(${w.map((x) => `'${x}'`).join(" ")}); COMP_CWORD=${w.length - 1}; _briefing; printf '%s\\n' "\${COMPREPLY[@]}"`;
    const result = spawnSync("bash", ["-c", script], { cwd: dir, env, encoding: "utf8" });
    const got = result.stdout.split("\n").filter(notFile);
    expect([...new Set(got)].sort()).toEqual([...expected].sort());
  });
});

describe(title("zsh"), () => {
  // compadd and _files are zsh's completion builtins; here they print what they are given,
  // so the script's own logic runs in a real zsh.
  inShell("zsh").each(WORDS)("completes %s", (_name, line, expected) => {
    const w = words(line);
    const script = [
      "compdef() { :; }",
      'compadd() { [[ $1 == -- ]] && shift; printf "%s\\n" "$@"; }',
      "_files() { :; }",
      "source ./completion.zsh",
      `words=(${w.map((x) => `'${x}'`).join(" ")}); CURRENT=${w.length}; PREFIX='${w.at(-1) ?? ""}'`,
      "_briefing",
    ].join("\n");
    const result = spawnSync("zsh", ["-f", "-c", script], { cwd: dir, env, encoding: "utf8" });
    expect(result.stderr).toBe("");
    const prefix = w.at(-1) ?? "";
    const got = result.stdout.split("\n").filter((l) => l.startsWith(prefix) && notFile(l));
    expect([...new Set(got)].sort()).toEqual([...expected].sort());
  });
});

describe(title("fish"), () => {
  inShell("fish").each(WORDS)("completes %s", (_name, line, expected) => {
    const script = `source completion.fish; complete -C '${line}'`;
    const result = spawnSync("fish", ["--no-config", "-c", script], {
      cwd: dir,
      env,
      encoding: "utf8",
    });
    expect(result.stderr).toBe("");
    const got = result.stdout
      .split("\n")
      .map((l) => l.split("\t")[0] ?? "")
      .filter(notFile);
    expect([...new Set(got)].sort()).toEqual([...expected].sort());
  });
});

describe("help", () => {
  it("`help <command>` prints that command's help, and --help lists --debug", async () => {
    const help = memoryIo({ cwd: dir });
    expect(await main(["help", "export"], help.io)).toBe(0);
    expect(help.stdout()).toMatch(/^Usage: briefing export \[options\] \[paths\.\.\.\]\n/);
    const top = memoryIo({ cwd: dir });
    expect(await main(["--help"], top.io)).toBe(0);
    expect(top.stdout()).toMatch(/^ {2}--debug +print the stack trace of a crash$/m);
    expect(top.stdout()).toMatch(/^ {2}help \[command\] +show help for a command$/m);
  });

  it("`help` of an unknown command is a one-line usage error with a suggestion", async () => {
    const typo = memoryIo({ cwd: dir });
    expect(await main(["help", "expor"], typo.io)).toBe(2);
    expect(typo.stderr()).toBe("briefing: unknown command 'expor' (Did you mean export?)\n");
    expect(typo.stdout()).toBe("");
    const none = memoryIo({ cwd: dir });
    expect(await main(["help", "nope"], none.io)).toBe(2);
    expect(none.stderr()).toBe("briefing: unknown command 'nope'\n");
  });
});
