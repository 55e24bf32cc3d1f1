import { existsSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { CONFIG_NAMES } from "../io/config.js";
import { displayPath } from "../io/inputs.js";
import { ExitCode, UsageError } from "../errors.js";
import type { Io } from "../io/host.js";
import { writeOutput } from "../io/output.js";
import { configSchemaRef } from "../io/schema-ref.js";

/** Options of `briefing init`. */
export interface InitOptions {
  /** File to write, `briefing.config.yaml` by default. */
  file?: string;
}

/** The commented starting configuration: every setting shown, most of them as comments. */
export const CONFIG_TEMPLATE = `# Configuration for briefing. It applies to this folder and every folder below it.
# Run \`briefing validate --print-config\` to see every rule with its level.

# Template for briefings that do not name one: standard, flash, bluf, smart-brevity,
# one from a folder below, or a template file.
template: standard

# Folders of your own templates (YAML files; see \`briefing templates standard --json\`).
# templates:
#   - ./templates

# Where briefings live, relative to this file: \`briefing validate\` with no path checks
# these. Template folders, reports, the cache, node_modules and dot-folders are left out.
files:
  - "**/*.yaml"

# Left out of \`files\` and of the folders given to \`briefing validate\`.
# ignore:
#   - archive/**

# Written into new briefings.
# author: Trade desk

# Where \`briefing new\` saves briefings.
# outDir: ./briefings

# What the editor schema line of new and imported briefings names: package (a path into
# the installed package, with the template's limits; the default), none, a URL, or a file.
# editorSchema: package

# Rules: off, warn or error, or [level, { options }]. Options override the template's limits.
rules:
  # headline-length: [error, { max: 100 }]
  # hedge-words: off
  # estimative-language: [warn, { yardstick: icd203 }]   # or phia, kent
  date-required: warn

# Protections against hostile input.
# limits:
#   maxFileSize: 10485760   # bytes
#   maxAliasCount: 100
#   maxDepth: 64
`;

export function runInit(options: InitOptions, io: Io): number {
  const file = options.file ?? "briefing.config.yaml";
  const abs = resolve(io.cwd, file);
  if (existsSync(abs)) throw new UsageError(`${file} already exists; edit it, or remove it first`);
  // The schema line points into the installed package, which an editor can load offline.
  const line = `# yaml-language-server: $schema=${configSchemaRef(abs)}\n`;
  writeOutput(abs, line + CONFIG_TEMPLATE, file, { force: false });
  io.stdout.write(`wrote ${file}\n`);
  for (const warning of shadowing(abs, io.cwd)) io.stderr.write(`briefing: warning: ${warning}\n`);
  return ExitCode.Ok;
}

/**
 * What the new file means next to the configurations already there. Only the first file
 * found is read, with nothing merged, so a second one in the same folder or one higher up
 * silently stops applying.
 */
export function shadowing(abs: string, cwd: string): string[] {
  const shown = (path: string) => displayPath(cwd, path);
  const dir = dirname(abs);
  const rank = CONFIG_NAMES.indexOf(basename(abs));
  if (rank < 0)
    return [
      `${shown(abs)} is not a name briefing looks for (${CONFIG_NAMES[0]}, .briefingrc.yaml, …); it applies only with --config ${shown(abs)}`,
    ];
  const warnings: string[] = [];
  for (const [i, name] of CONFIG_NAMES.entries()) {
    const other = join(dir, name);
    if (i === rank || !existsSync(other)) continue;
    warnings.push(
      i < rank
        ? `${shown(abs)} will not be read: ${shown(other)} in the same folder comes first; merge them into one file`
        : `${shown(other)} will no longer be read: ${shown(abs)} in the same folder comes first; merge them into one file`,
    );
  }
  for (let up = dirname(dir); up !== dir; up = dirname(up)) {
    const above = CONFIG_NAMES.map((n) => join(up, n)).find((p) => existsSync(p));
    if (above) {
      warnings.push(
        `${shown(abs)} takes the place of ${shown(above)} in this folder and below; settings are not merged, so copy any you still need`,
      );
      break;
    }
    if (dirname(up) === up) break;
  }
  return warnings;
}
