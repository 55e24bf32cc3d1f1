import { stringify } from "yaml";
import type { Io } from "../cli/io.js";
import { rules } from "../core/rules/index.js";
import { ExitCode } from "../errors.js";
import { loadConfig } from "../io/config.js";
import type { ValidateCommandOptions } from "./validate.js";

/** The configuration as it applies: every rule with its level and options, defaults included. */
export async function printConfig(options: ValidateCommandOptions, io: Io): Promise<number> {
  const config = await loadConfig(io.cwd, options.config);
  const rulesOut: Record<string, unknown> = {};
  for (const rule of rules) rulesOut[rule.id] = config.rules[rule.id] ?? rule.defaultLevel;
  const shown = {
    template: options.template ?? config.template ?? "standard",
    templates: config.templates,
    ...(config.author ? { author: config.author } : {}),
    ...(config.outDir ? { outDir: config.outDir } : {}),
    rules: rulesOut,
    limits: config.limits,
  };
  const from = config.file
    ? `# from ${config.file}`
    : "# no configuration file found; these are the defaults";
  io.stdout.write(`${from}\n${stringify(shown)}`);
  return ExitCode.Ok;
}
