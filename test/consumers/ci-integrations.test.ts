import { describe, expect, it } from "@jest/globals";
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parse } from "yaml";
import { root, tempDir } from "../helpers/paths.js";
import { sampleRepo } from "./support.js";

interface Step {
  name: string;
  shell: string;
  run: string;
  "working-directory"?: string;
  env?: Record<string, string>;
}
interface Action {
  inputs: Record<string, { default: string }>;
  runs: { using: string; steps: Step[] };
}
interface Hook {
  id: string;
  entry: string;
  language: string;
  files: string;
  types_or: string[];
}

const action = parse(readFileSync(join(root, "action.yml"), "utf8")) as Action;
const hooks = parse(readFileSync(join(root, ".pre-commit-hooks.yaml"), "utf8")) as Hook[];

// CI installs with the Action's own install step on its fresh clone (.ci/run), so a second
// install into a copy here (a minute or more) runs only on request.
const runInstall = process.env.BRIEFING_TEST_INSTALL === "1";
if (!runInstall) {
  console.warn(
    "Skipping the Action's install step in a fresh copy (CI runs it as its own install): set BRIEFING_TEST_INSTALL=1 to run it here",
  );
}

/** `${{ inputs.x }}` and `${{ github.x }}` replaced as the runner replaces them. */
function expand(text: string, inputs: Record<string, string>, github: Record<string, string>) {
  return text.replace(
    /\$\{\{\s*(inputs|github)\.([\w-]+)\s*\}\}/g,
    (_m, scope: string, key: string) => {
      const value = (scope === "inputs" ? inputs : github)[key];
      if (value === undefined) throw new Error(`unknown ${scope}.${key}`);
      return value;
    },
  );
}

/** Runs one composite step with bash, as the runner does, and returns its result. */
function runStep(
  step: Step,
  inputs: Record<string, string>,
  github: Record<string, string>,
  env: Record<string, string>,
) {
  const all = Object.fromEntries(
    Object.entries(action.inputs).map(([k, v]) => [k, inputs[k] ?? v.default]),
  );
  const cwd = expand(step["working-directory"] ?? ".", all, github);
  const stepEnv = Object.fromEntries(
    Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(v, all, github)]),
  );
  expect(step.shell).toBe("bash");
  return spawnSync("bash", ["-e", "-c", expand(step.run, all, github)], {
    cwd: resolve(github.workspace ?? root, cwd),
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env, ...stepEnv },
    encoding: "utf8",
    timeout: 300_000,
  });
}

/** The repository's files (committed or not, ignored ones left out) copied to `dir`. */
function copyRepository(dir: string): void {
  const files = execFileSync(
    "git",
    ["ls-files", "-z", "--cached", "--others", "--exclude-standard"],
    {
      cwd: root,
      encoding: "utf8",
    },
  )
    .split("\0")
    .filter((f) => f !== "");
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    try {
      copyFileSync(join(root, file), join(dir, file));
    } catch {
      // A file deleted in the work tree but still in the index.
    }
  }
}

describe("the GitHub Action, its steps run as scripts", () => {
  it("is a composite action that installs, then validates with annotations and SARIF", () => {
    expect(action.runs.using).toBe("composite");
    expect(action.runs.steps.map((s) => s.name)).toEqual(["Install briefing", "Validate"]);
  });

  it("is the install CI itself runs on its fresh clone", () => {
    const install = (action.runs.steps[0] as Step).run.trim();
    const ci = readFileSync(join(root, ".ci", "run"), "utf8").split("\n");
    // The line CI runs, ended by its own "|| exit 1" when the install fails.
    expect(ci).toContain(`${install} || exit 1`);
  });

  (runInstall ? it : it.skip)(
    "installs and builds from a fresh copy of the repository",
    () => {
      const { dir, cleanup } = tempDir();
      try {
        copyRepository(dir);
        const install = runStep(
          action.runs.steps[0] as Step,
          {},
          { action_path: dir, workspace: dir },
          // Packages come from the cache this checkout's own install filled; asking the
          // registry whether each of them is still current is what a runner's cache avoids too.
          { npm_config_prefer_offline: "true" },
        );
        expect({ status: install.status, error: install.error }).toEqual({
          status: 0,
          error: undefined,
        });
        const version = spawnSync("node", [join(dir, "bin", "briefing.js"), "--version"], {
          encoding: "utf8",
        });
        expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
      } finally {
        cleanup();
      }
    },
    300_000,
  );

  it("annotates problems from the repository root, writes SARIF, and fails on errors", () => {
    const { dir, cleanup } = tempDir();
    try {
      const repo = sampleRepo(dir);
      const github = {
        action_path: root,
        workspace: repo,
        action_repository: "example/briefing",
        action_ref: "v1",
        server_url: "https://github.com",
      };
      const env = { GITHUB_WORKSPACE: repo };
      const validate = action.runs.steps[1] as Step;
      const failing = runStep(
        validate,
        { paths: "invalid/**/*.yaml", sarif: "../briefing.sarif", "working-directory": "briefs" },
        github,
        env,
      );
      expect(failing.status).toBe(1);
      const lines = failing.stdout.trim().split("\n");
      expect(lines.length).toBeGreaterThan(20);
      for (const line of lines) expect(line).toMatch(/^::(error|warning) file=briefs\/invalid\//);
      const log = JSON.parse(readFileSync(join(repo, "briefing.sarif"), "utf8")) as {
        runs: { tool: { driver: { rules: { helpUri?: string }[] } } }[];
      };
      expect(log.runs[0]?.tool.driver.rules.map((r) => r.helpUri)).toContain(
        "https://github.com/example/briefing/blob/v1/docs/rules/headline-length.md",
      );

      const clean = runStep(
        validate,
        { paths: "examples", "working-directory": "briefs", args: "--quiet" },
        github,
        env,
      );
      expect({ status: clean.status, stdout: clean.stdout }).toEqual({ status: 0, stdout: "" });
    } finally {
      cleanup();
    }
  });
});

describe("the pre-commit hook, its command run as pre-commit runs it", () => {
  const hook = hooks.find((h) => h.id === "briefing-validate");

  it("checks the staged briefings it selects and fails on a broken one", () => {
    expect(hook?.language).toBe("node");
    const { dir, cleanup } = tempDir();
    try {
      // pre-commit installs the package, which puts `briefing` on PATH.
      const bin = join(dir, "bin");
      mkdirSync(bin);
      writeFileSync(
        join(bin, "briefing"),
        `#!/bin/sh\nexec node ${JSON.stringify(join(root, "bin", "briefing.js"))} "$@"\n`,
      );
      chmodSync(join(bin, "briefing"), 0o755);
      const repo = sampleRepo(dir);
      const candidates = [
        "briefings/ok.yaml",
        "briefings/broken.yaml",
        ".github/workflows/ci.yml",
        "package.json",
      ];
      mkdirSync(join(repo, "briefings"));
      copyFileSync(
        join(root, "examples", "freight-rates.yaml"),
        join(repo, "briefings", "ok.yaml"),
      );
      copyFileSync(
        join(root, "test", "fixtures", "invalid", "headline-length.yaml"),
        join(repo, "briefings", "broken.yaml"),
      );
      // `files` is a Python regular expression searched in each path; this one is plain.
      const selected = candidates.filter((f) => new RegExp(hook?.files ?? "$^").test(f));
      expect(selected).toEqual(["briefings/ok.yaml", "briefings/broken.yaml"]);
      const env = { PATH: `${bin}:${process.env.PATH ?? ""}` };
      const run = (files: string[]) =>
        spawnSync("bash", ["-c", `${hook?.entry ?? "false"} "$@"`, "hook", ...files], {
          cwd: repo,
          env,
          encoding: "utf8",
        });
      expect(run(["briefings/ok.yaml"]).status).toBe(0);
      const failed = run(selected);
      expect(failed.status).toBe(1);
      expect(failed.stdout).toContain("briefings/broken.yaml");
      expect(failed.stdout).toContain("headline-length");
    } finally {
      cleanup();
    }
  });
});
