// Exports behave like a build tool's outputs: a re-run updates the files an export wrote
// itself and leaves unchanged ones alone, while a file the tool did not write (or one
// edited since) is still never overwritten without --force. What the tool wrote is kept
// in a small manifest beside the outputs.
import { createHash } from "node:crypto";
import { lstatSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { displayPath } from "./inputs.js";
import { OutputError, writeOutput, type OutputTarget } from "./output.js";
import { writeFileAtomicSync } from "./atomic.js";

/** The manifest's file name, in the output folder (or beside a `-o` file). */
export const MANIFEST_NAME = ".briefing-exports.json";

/** What became of one output. */
export type Delivery = "written" | "unchanged" | "stdout";

interface ManifestFile {
  /** Says what the file is to someone who opens it. */
  about: string;
  /** Output path relative to the manifest's folder, "/"-separated, to the hash of what was written. */
  outputs: Record<string, string>;
}

function hashOf(bytes: string | Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The outputs this tool wrote into one folder, with the hash of what it wrote. */
export class ExportManifest {
  private readonly outputs: Map<string, string>;
  private changed = false;

  private constructor(
    /** Folder the manifest describes. */
    readonly dir: string,
    outputs: Record<string, string>,
  ) {
    this.outputs = new Map(Object.entries(outputs));
  }

  /** The manifest of a folder; a missing or unreadable one is empty, so nothing counts as ours. */
  static open(dir: string): ExportManifest {
    try {
      const data = JSON.parse(readFileSync(join(dir, MANIFEST_NAME), "utf8")) as ManifestFile;
      const outputs =
        data && typeof data.outputs === "object" && data.outputs !== null ? data.outputs : {};
      return new ExportManifest(dir, outputs);
    } catch {
      return new ExportManifest(dir, {});
    }
  }

  private key(abs: string): string {
    return relative(this.dir, abs).split(sep).join("/");
  }

  /**
   * Writes `text` to `abs` unless the file already holds exactly that. An existing file is
   * replaced only with `force`, or when this tool wrote it and it has not been edited since.
   */
  write(
    abs: string,
    text: string | Uint8Array,
    shown: string,
    force: boolean,
    followLinks = false,
  ): "written" | "unchanged" {
    const key = this.key(abs);
    const recorded = this.outputs.get(key);
    const current = readRegular(abs);
    if (current !== undefined) {
      const now = hashOf(current);
      if (now === hashOf(text)) {
        if (recorded !== now) this.record(key, now);
        return "unchanged";
      }
      if (!force && recorded === undefined)
        throw new OutputError(`${shown} already exists; use --force to overwrite it`);
      if (!force && recorded !== now)
        throw new OutputError(
          `${shown} was changed since briefing wrote it; use --force to overwrite it`,
        );
    }
    // Links and folders are refused there, whatever the manifest says.
    writeOutput(abs, text, shown, { force: true, followLinks });
    this.record(key, hashOf(text));
    return "written";
  }

  private record(key: string, hash: string): void {
    this.outputs.set(key, hash);
    this.changed = true;
  }

  /** Writes the manifest back if anything was recorded. */
  save(): void {
    if (!this.changed) return;
    const data: ManifestFile = {
      about: "Files briefing export wrote here, so a re-run may update them. Safe to delete.",
      outputs: Object.fromEntries([...this.outputs].sort(([a], [b]) => (a < b ? -1 : 1))),
    };
    try {
      mkdirSync(this.dir, { recursive: true });
      writeFileAtomicSync(join(this.dir, MANIFEST_NAME), `${JSON.stringify(data, null, 2)}\n`);
      this.changed = false;
    } catch {
      // Losing the record costs only a --force on the next run; the outputs are written.
    }
  }
}

/** A regular file's bytes; undefined when there is none (or a link or folder, left to the writer to refuse). */
function readRegular(abs: string): Buffer | undefined {
  try {
    if (!lstatSync(abs).isFile()) return undefined;
    return readFileSync(abs);
  } catch {
    return undefined;
  }
}

/** The manifest an export target keeps: in the output folder, or beside the `-o` file. */
export function manifestFor(target: OutputTarget, cwd: string): ExportManifest | undefined {
  if (target.folder) return ExportManifest.open(target.folder.abs);
  if (target.output) return ExportManifest.open(dirname(resolve(cwd, target.output)));
  return undefined;
}

/**
 * Writes one output where the target says, through the manifest. Returns the text when it
 * belongs on standard output; throws OutputError when it cannot be written.
 */
export function deliverTracked(
  target: OutputTarget,
  manifest: ExportManifest | undefined,
  rel: string,
  from: string,
  text: string | Uint8Array,
  cwd: string,
): { delivery: Delivery; stdout?: string | Uint8Array } {
  if (!manifest) return { delivery: "stdout", stdout: text };
  if (target.folder) {
    const abs = target.folder.place(rel, from);
    return { delivery: manifest.write(abs, text, displayPath(cwd, abs), target.force) };
  }
  const output = target.output as string;
  // A file the user named is written through a link to it, as `deliver` writes it.
  return { delivery: manifest.write(resolve(cwd, output), text, output, target.force, true) };
}
