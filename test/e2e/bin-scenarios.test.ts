import { describe, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { checkScenario, scenarios } from "../cli/validate-scenarios.js";
import { fixture, root } from "../helpers/paths.js";

// The validate scenario table again, through the built bin (npm test builds first) in a
// child process of its own: the bundle, not the source, must give every answer.
const bin = join(root, "bin", "briefing.js");
const ttyStdout = join(root, "test", "helpers", "tty-stdout.cjs");

describe("briefing validate (the built bin)", () => {
  it.each(scenarios.map((s) => [s.name, s] as const))("%s", (_name, s) => {
    const preload = s.tty ? ["--require", ttyStdout] : [];
    const result = spawnSync(process.execPath, [...preload, bin, ...s.args], {
      cwd: s.cwd ?? fixture(),
      input: s.stdin ?? "",
      encoding: "utf8",
      // Only what the scenario sets, as in-process: the runner's NO_COLOR or FORCE_COLOR
      // must not decide a colour scenario.
      env: { ...s.env, PATH: process.env.PATH ?? "" },
    });
    checkScenario(s, result.status, result.stdout, result.stderr);
  });
});
