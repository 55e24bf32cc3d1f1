import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { UsageError } from "../errors.js";

function git(cwd: string, args: string[]): string {
  try {
    return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    // With encoding set, execFileSync's error carries stderr as text.
    const raw = (error as { stderr?: string }).stderr;
    const stderr = (typeof raw === "string" ? raw : "").trim().split("\n")[0];
    throw new UsageError(`git ${args[0]} failed: ${stderr || (error as Error).message}`);
  }
}

/**
 * Files changed since a git ref: committed since it, changed in the working tree, and
 * new files git does not ignore. Absolute paths.
 */
export function changedSince(cwd: string, ref: string): Set<string> {
  const top = git(cwd, ["rev-parse", "--show-toplevel"]).trim();
  const changed = git(cwd, ["diff", "--name-only", "--diff-filter=d", "-z", ref, "--"]).split("\0");
  const untracked = git(cwd, ["ls-files", "--others", "--exclude-standard", "-z"]).split("\0");
  const cwdUntracked = untracked.filter((p) => p !== "").map((p) => resolve(cwd, p));
  return new Set([...changed.filter((p) => p !== "").map((p) => resolve(top, p)), ...cwdUntracked]);
}
