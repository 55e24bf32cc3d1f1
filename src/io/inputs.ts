import { closeSync, openSync, readSync, statSync } from "node:fs";
import { basename, dirname, isAbsolute, relative, resolve, sep } from "node:path";
import { describeFsError, UsageError } from "../errors.js";

/** One input of a batch: a file on disk, or standard input. */
export type Input =
  | {
      kind: "file";
      /** Path as shown to the user. */
      path: string;
      /** Absolute path. */
      abs: string;
      /** Path relative to the folder or glob base it was found under (its name for a plain file). */
      rel: string;
    }
  | { kind: "stdin"; path: string; rel: string };

/** Files a folder is searched for. */
export const BRIEFING_GLOB = "**/*.{yaml,yml,json}";

/** Files that live beside briefings but are not briefings. */
export const DEFAULT_IGNORES = [
  "**/node_modules/**",
  "**/package.json",
  "**/package-lock.json",
  "**/tsconfig*.json",
  "**/briefing.config.*",
  "**/.briefingrc*",
];

/** Options for expanding inputs. */
export interface ExpandOptions {
  /** Folder the paths are relative to. */
  cwd: string;
  /** Extra glob patterns to leave out of folders and globs. */
  ignore?: string[];
  /** Name shown for standard input. */
  stdinName?: string;
  /** What a folder is searched for, and its description in messages. */
  folderGlob?: { pattern: string; describe: string };
  /** Folder the arguments are relative to, when not `cwd` (paths are still shown from `cwd`). */
  root?: string;
  /**
   * Absolute files and folders a folder search or glob leaves out: template folders, report
   * and cache files. A file named as an argument is still read.
   */
  exclude?: readonly string[];
}

/** Whether `abs` is one of the excluded files or inside one of the excluded folders. */
function isExcluded(abs: string, exclude: readonly string[]): boolean {
  return exclude.some((e) => abs === e || abs.startsWith(e.endsWith(sep) ? e : e + sep));
}

/**
 * Whether a JSON file found in a folder is a report or cache `validate` wrote rather than a
 * briefing: the json reporter and `list`/`import --report` name their schema first (older
 * json reports were a list), SARIF names its schema near the start and the cache starts with
 * its key, while a briefing is a mapping of its own keys. Only the first bytes are read.
 */
function isReport(abs: string): boolean {
  if (!abs.toLowerCase().endsWith(".json")) return false;
  let fd: number | undefined;
  try {
    fd = openSync(abs, "r");
    const head = Buffer.alloc(512);
    const text = head.subarray(0, readSync(fd, head, 0, head.length, 0)).toString("utf8");
    const start = text.replace(/^\uFEFF/, "").trimStart();
    return (
      start.startsWith("[") ||
      /"\$schema"\s*:\s*"[^"]*sarif/i.test(start) ||
      /^\{\s*"\$schema"\s*:\s*"[^"]*\/(?:report|list|import-report)\.schema\.json"/.test(start) ||
      /^\{"key":"[0-9a-f]{40}","entries":/.test(start)
    );
  } catch {
    // Unreadable files stay in the batch, where they are reported as such.
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** How a path is shown: relative to the working folder when inside it. */
export function displayPath(cwd: string, abs: string): string {
  const rel = relative(cwd, abs);
  if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) return abs;
  return sep === "/" ? rel : rel.split(sep).join("/");
}

/**
 * Files, folders (searched recursively) and globs to a list of inputs, in the order given,
 * each file once. A path or glob that matches nothing is a usage error: a CI job whose
 * pattern went stale must fail, not pass silently.
 */
export async function expandInputs(
  args: readonly string[],
  options: ExpandOptions,
): Promise<Input[]> {
  const { cwd } = options;
  const root = options.root ?? cwd;
  const exclude = options.exclude ?? [];
  // Files a search found (not ones named outright) that belong to the tool, not the archive.
  const found = (abs: string): boolean => !isExcluded(abs, exclude) && !isReport(abs);
  const ignore = [...DEFAULT_IGNORES, ...(options.ignore ?? [])];
  const seen = new Set<string>();
  const out: Input[] = [];
  const add = (abs: string, base: string): void => {
    if (seen.has(abs)) return;
    seen.add(abs);
    out.push({
      kind: "file",
      path: displayPath(cwd, abs),
      abs,
      rel: relative(base, abs).split(sep).join("/"),
    });
  };

  for (const arg of args) {
    if (arg === "-") {
      const name = options.stdinName ?? "<stdin>";
      if (!seen.has("\0stdin"))
        out.push({ kind: "stdin", path: name, rel: options.stdinName ? basename(name) : "stdin" });
      seen.add("\0stdin");
      continue;
    }
    const abs = resolve(root, arg);
    let isDir = false;
    let exists = true;
    try {
      isDir = statSync(abs).isDirectory();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A link loop or an unreadable entry is an input that cannot be read: reported with
      // the batch's results, not a reason to stop the batch.
      if (code === "ELOOP" || code === "EACCES" || code === "EPERM") {
        add(abs, dirname(abs));
        continue;
      }
      if (code !== "ENOENT") throw new UsageError(describeFsError(error, arg));
      exists = false;
    }
    if (exists && !isDir) {
      add(abs, dirname(abs));
      continue;
    }
    // The glob library is loaded only when a folder or pattern needs it: plain file
    // arguments, the common case in editors and hooks, skip its start-up cost.
    const { glob, isDynamicPattern } = await import("./glob.js");
    if (exists) {
      const wanted = options.folderGlob ?? {
        pattern: BRIEFING_GLOB,
        describe: "briefing files (*.yaml, *.yml, *.json)",
      };
      const files = await glob(wanted.pattern, { cwd: abs, ignore, absolute: true, dot: false });
      const kept = files.map((f) => resolve(f)).filter(found);
      if (kept.length === 0) throw new UsageError(`no ${wanted.describe} found in ${arg}`);
      for (const file of kept.sort()) add(file, abs);
      continue;
    }
    if (!isDynamicPattern(arg)) throw new UsageError(describeFsError({ code: "ENOENT" }, arg));
    const files = await glob(arg, { cwd: root, ignore, absolute: true, dot: false });
    const kept = files.map((f) => resolve(f)).filter(found);
    if (kept.length === 0) throw new UsageError(`no files match the pattern "${arg}"`);
    const base = resolve(root, globBase(arg));
    for (const file of kept.sort()) add(file, base);
  }
  return out;
}

/** The folder part of a glob before its first wildcard (`a/b` for a pattern under `a/b/`). */
export function globBase(pattern: string): string {
  const parts = pattern.split("/");
  const fixed: string[] = [];
  for (const part of parts.slice(0, -1)) {
    if (/[*?[\]{}()!]/.test(part)) break;
    fixed.push(part);
  }
  return fixed.join("/") || ".";
}
