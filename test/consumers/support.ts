import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fixture, root } from "../helpers/paths.js";
import { runMain } from "../helpers/run-main.js";

/** A consumer the tests start, or why it cannot run here. */
export function skipUnless(available: boolean, why: string): boolean {
  if (!available) console.warn(`Skipping: ${why}`);
  return available;
}

/** Runs the CLI in-process and returns its exit code and output. */
export async function run(
  args: string[],
  cwd: string,
  env: Record<string, string | undefined> = {},
  stdin?: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const { code, out, err } = await runMain(cwd, args, stdin, env);
  return { code, stdout: out, stderr: err };
}

/**
 * A git repository holding the invalid fixtures and the examples under `briefs/`, so paths
 * are checked from a subfolder against a root that is not the working folder.
 */
export function sampleRepo(dir: string): string {
  const repo = join(dir, "repo");
  for (const [from, to] of [
    [fixture("invalid"), join(repo, "briefs", "invalid")],
    [join(root, "examples"), join(repo, "briefs", "examples")],
  ] as const) {
    copyTree(from, to);
  }
  execFileSync("git", ["init", "-q", repo]);
  return repo;
}

function copyTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (entry.isDirectory()) copyTree(join(from, entry.name), join(to, entry.name));
    else copyFileSync(join(from, entry.name), join(to, entry.name));
  }
}

/** Whether a program on PATH answers `--version`. */
export function haveProgram(program: string, args: string[] = ["--version"]): boolean {
  try {
    execFileSync(program, args, { stdio: "ignore", timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
}
