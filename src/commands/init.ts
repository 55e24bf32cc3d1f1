import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { ExitCode, UsageError } from "../errors.js";
import type { Io } from "../cli/io.js";
import { writeOutput } from "../io/output.js";

/** Options of `briefing init`. */
export interface InitOptions {
  /** File to write, `briefing.config.yaml` by default. */
  file?: string;
}

/** The commented starting configuration: every setting shown, most of them as comments. */
export const CONFIG_TEMPLATE = `# yaml-language-server: $schema=https://briefing.dev/schemas/config.schema.json
# Configuration for briefing. It applies to this folder and every folder below it.
# Run \`briefing validate --print-config\` to see every rule with its level.

# Template for briefings that do not name one: standard, flash, bluf, smart-brevity,
# one from a folder below, or a template file.
template: standard

# Folders of your own templates (YAML files; see \`briefing templates standard --json\`).
# templates:
#   - ./templates

# Written into new briefings.
# author: Trade desk

# Where \`briefing new\` saves briefings.
# outDir: ./briefings

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
  writeOutput(abs, CONFIG_TEMPLATE, file, { force: false });
  io.stdout.write(`wrote ${file}\n`);
  return ExitCode.Ok;
}
