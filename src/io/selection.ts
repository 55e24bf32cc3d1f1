// Which files `validate` checks when it searches: briefings, not every YAML or JSON file
// in the tree. Template folders, the tool's own reports and cache, node_modules and
// dot-folders are left out; the configuration's `files` says where briefings live.
import { dirname, resolve } from "node:path";
import { glob } from "tinyglobby";
import type { Config } from "./config.js";
import type { ExpandOptions } from "./inputs.js";

/** What the run itself writes or reads besides briefings. */
export interface SelectionOptions {
  /** Working folder. */
  cwd: string;
  /** Files this run's reporters write, as given. */
  reportFiles: readonly string[];
  /** The result cache file, as given. */
  cacheLocation?: string;
  /** `--ignore` globs. */
  ignore?: readonly string[];
  /** Name shown for standard input. */
  stdinName?: string;
}

/**
 * The arguments to expand and how: the paths given, else the configuration's `files`
 * (relative to its folder), else the working folder.
 */
export async function briefingSelection(
  paths: readonly string[],
  config: Config,
  options: SelectionOptions,
): Promise<{ args: string[]; expand: ExpandOptions }> {
  const configDir = config.file ? dirname(config.file) : options.cwd;
  const fromConfig = paths.length === 0 && config.files !== undefined;
  const args = paths.length > 0 ? [...paths] : (config.files ?? ["."]);
  const exclude = [
    ...config.templates,
    ...options.reportFiles.map((f) => resolve(options.cwd, f)),
    resolve(options.cwd, options.cacheLocation ?? ".briefingcache"),
    ...(await configIgnored(config, configDir)),
  ];
  const expand: ExpandOptions = {
    cwd: options.cwd,
    exclude,
    ...(fromConfig ? { root: configDir } : {}),
    ...(options.ignore ? { ignore: [...options.ignore] } : {}),
    ...(options.stdinName ? { stdinName: options.stdinName } : {}),
  };
  return { args, expand };
}

/**
 * The files the configuration's `ignore` globs name, relative to its folder: matched from
 * there, so a pattern means the same whichever folder `validate` is run from.
 */
async function configIgnored(config: Config, configDir: string): Promise<string[]> {
  if (!config.ignore || config.ignore.length === 0) return [];
  const found = await glob(config.ignore, {
    cwd: configDir,
    absolute: true,
    dot: true,
    ignore: ["**/node_modules/**"],
  });
  return found.map((f) => resolve(f));
}
