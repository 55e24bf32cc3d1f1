import { lstatSync, mkdirSync, realpathSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { describeFsError, errorMessage, IoError } from "../errors.js";
import { displayPath } from "./inputs.js";
import { writeFileAtomicSync } from "./atomic.js";
import { rewriteFileSync } from "./rewrite.js";

/** Whether `target` lies inside `dir` (lexically; both absolute). */
export function isInside(dir: string, target: string): boolean {
  const rel = relative(dir, target);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
}

/** Why a planned output cannot be written. */
export class OutputError extends IoError {}

/** How an output may treat a file already at its path. */
export interface WriteRules {
  /** Replace an existing file (`--force`, or a file the command was asked to rewrite). */
  force: boolean;
  /**
   * Write through a symbolic link to the file it points to. Right for a file the user
   * named; wrong inside an output folder, where a link could lead anywhere.
   */
  followLinks?: boolean;
}

/**
 * Writes `text` to `abs` atomically: a temporary file in the same folder, then a rename,
 * so a reader or an interrupted run never sees half a file. Refuses to overwrite unless
 * `force`; an existing file keeps its mode and owner. A symbolic link is refused unless
 * `followLinks`, and then the file it points to is written.
 */
export function writeOutput(
  abs: string,
  text: string | Uint8Array,
  shown: string,
  rules: WriteRules,
): void {
  const existing = existingFile(abs, shown, rules.followLinks === true);
  if (existing?.isDirectory()) throw new OutputError(`${shown} is a folder`);
  if (existing && !rules.force)
    throw new OutputError(`${shown} already exists; use --force to overwrite it`);
  try {
    if (existing) {
      rewriteFileSync(abs, text);
    } else {
      mkdirSync(dirname(abs), { recursive: true });
      writeFileAtomicSync(abs, text);
    }
  } catch (error) {
    throw new OutputError(`cannot write ${describeFsError(error, shown)}`);
  }
}

/** What is at `abs` now (through a link when links are followed), or undefined. */
function existingFile(
  abs: string,
  shown: string,
  followLinks: boolean,
): ReturnType<typeof lstatSync> | undefined {
  let found: ReturnType<typeof lstatSync> | undefined;
  try {
    found = lstatSync(abs);
  } catch {
    return undefined;
  }
  if (!found.isSymbolicLink()) return found;
  if (!followLinks)
    throw new OutputError(`${shown} is a symbolic link; refusing to write through it`);
  try {
    return statSync(abs);
  } catch (error) {
    throw new OutputError(
      `${shown} is a symbolic link that leads nowhere (${describeFsError(error, shown)})`,
    );
  }
}

/**
 * Keeps every output inside the output folder, whatever names, headlines or symbolic
 * links inside the folder say, and refuses to write two inputs to one file.
 */
export class OutputFolder {
  private readonly claimed = new Map<string, string>();
  /** Folders already created and checked, so a batch does it once per folder. */
  private readonly checked = new Set<string>();
  readonly abs: string;

  constructor(dir: string) {
    this.abs = resolve(dir);
  }

  /** The absolute path for a relative output path, checked; `from` names the input for collision messages. */
  place(relPath: string, from: string): string {
    const target = resolve(this.abs, relPath);
    if (!isInside(this.abs, target))
      throw new OutputError(`output path "${relPath}" would leave the output folder`);
    const earlier = this.claimed.get(target);
    if (earlier !== undefined)
      throw new OutputError(
        `${from} would overwrite the export of ${earlier} (${relPath}); use a --name pattern that tells them apart`,
      );
    // A symbolic link inside the output folder could point anywhere: resolve the real
    // folder the file would land in and check it too.
    if (this.checked.has(dirname(target))) {
      this.claimed.set(target, from);
      return target;
    }
    try {
      mkdirSync(dirname(target), { recursive: true });
      const realRoot = realpathSync(this.abs);
      const realDir = realpathSync(dirname(target));
      if (realDir !== realRoot && !isInside(realRoot, realDir)) {
        throw new OutputError(
          `output path "${relPath}" leads outside the output folder through a symbolic link`,
        );
      }
    } catch (error) {
      if (error instanceof OutputError) throw error;
      throw new OutputError(
        `cannot create the folder for ${relPath}: ${describeFsError(error, dirname(relPath))}`,
      );
    }
    this.checked.add(dirname(target));
    this.claimed.set(target, from);
    return target;
  }
}

/** Where a command's outputs go: one file per input in a folder, one file, or stdout. */
export interface OutputTarget {
  /** `--out-dir`. */
  folder?: OutputFolder;
  /** `-o FILE`, relative to the working folder. */
  output?: string;
  /** Overwrite existing files. */
  force: boolean;
}

/** An output's path in the output folder: beside where its input sat, under a new name. */
export function besideInput(inputRel: string, fileName: string): string {
  const dir = dirname(inputRel);
  return dir === "." ? fileName : join(dir, fileName);
}

/**
 * Writes one output where the target says. Returns the text when it belongs on standard
 * output (the caller prints it in order); throws OutputError when it cannot be written.
 */
export function deliver<Output extends string | Uint8Array>(
  target: OutputTarget,
  rel: string,
  from: string,
  text: Output,
  cwd: string,
): Output | undefined {
  if (target.folder) {
    const abs = target.folder.place(rel, from);
    writeOutput(abs, text, displayPath(cwd, abs), { force: target.force });
  } else if (target.output) {
    const rules = { force: target.force, followLinks: true };
    writeOutput(resolve(cwd, target.output), text, target.output, rules);
  } else {
    return text;
  }
  return undefined;
}

/** A failed write as one line. */
export function failureLine(error: unknown): string {
  return `briefing: ${error instanceof OutputError ? error.message : errorMessage(error)}`;
}
