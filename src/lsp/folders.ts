// The configuration each open document is checked under: the one `validate` would find
// when run from the document's workspace folder (or, outside every folder, from the
// document's own folder). Contexts are built once per folder and dropped when a
// configuration or template file changes, so the next check reads them again.
import { dirname, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { glob } from "tinyglobby";
import { CONFIG_NAMES } from "../io/config.js";
import { createTaskContext, type TaskContext } from "../io/context.js";

/** A document's place: the folder it is checked from and its path as `validate` shows it. */
export interface Place {
  /** Folder whose configuration applies (the working folder of an equivalent `validate`). */
  root: string;
  /** Absolute path of the document. */
  abs: string;
  /** Path from `root`, as `validate` run there names the file. */
  path: string;
}

/** Configuration contexts by workspace folder, read when first needed. */
export class Folders {
  private folderPaths: string[] = [];
  private readonly contexts = new Map<string, Promise<TaskContext>>();
  private readonly selected = new Map<string, Promise<Set<string>>>();

  /** Sets the workspace folders (file URIs or paths); longer folders win for nested ones. */
  setRoots(roots: readonly string[]): void {
    this.folderPaths = roots
      .map((r) => (r.startsWith("file:") ? fileURLToPath(r) : resolve(r)))
      .sort((a, b) => b.length - a.length);
    this.reload();
  }

  /** The workspace folders, as paths. */
  roots(): string[] {
    return [...this.folderPaths];
  }

  /** Where a document (by URI) lies, or `undefined` for a document that is not a file. */
  place(uri: string): Place | undefined {
    if (!uri.startsWith("file:")) return undefined;
    const abs = fileURLToPath(uri);
    const root =
      this.folderPaths.find((r) => abs === r || abs.startsWith(r.endsWith(sep) ? r : r + sep)) ??
      dirname(abs);
    return { root, abs, path: relative(root, abs).split(sep).join("/") };
  }

  /** The context a folder's documents are checked in. A configuration error rejects. */
  context(root: string): Promise<TaskContext> {
    let found = this.contexts.get(root);
    if (!found) {
      found = createTaskContext({ cwd: root });
      // A failed read is not kept: the next change to the file tries again.
      found.catch(() => this.contexts.delete(root));
      this.contexts.set(root, found);
    }
    return found;
  }

  /**
   * The files a folder's configuration names as briefings (`files` globs, from the
   * configuration's folder), absolute. Markdown and text files are briefings only when
   * named there, so a README is never checked.
   */
  async briefingFiles(root: string): Promise<Set<string>> {
    let found = this.selected.get(root);
    if (!found) {
      found = this.context(root).then(async ({ config }) => {
        if (!config.files || config.files.length === 0) return new Set<string>();
        const base = config.file ? dirname(config.file) : root;
        const files = await glob(config.files, {
          cwd: base,
          absolute: true,
          ignore: ["**/node_modules/**"],
        });
        return new Set(files.map((f) => resolve(f)));
      });
      found.catch(() => this.selected.delete(root));
      this.selected.set(root, found);
    }
    return found;
  }

  /** Forgets every context, so the next check reads configuration and templates again. */
  reload(): void {
    this.contexts.clear();
    this.selected.clear();
  }
}

/** Whether a file (by URI or path) is a configuration file the server must re-read. */
export function isConfigFile(uriOrPath: string): boolean {
  const name = uriOrPath.slice(uriOrPath.lastIndexOf("/") + 1);
  return CONFIG_NAMES.includes(name);
}
