import type { Io } from "../io/host.js";
import { configWithOrigins } from "../core/presets.js";
import { rules } from "../core/rules/index.js";
import { ExitCode } from "../errors.js";
import { loadConfig } from "../io/config.js";

/** The configuration as it applies: every rule with its level and options, defaults included. */
export async function printConfig(
  options: { config?: string; template?: string },
  io: Io,
): Promise<number> {
  const config = await loadConfig(io.cwd, options.config);
  const rulesOut: Record<string, unknown> = {};
  for (const rule of rules) rulesOut[rule.id] = config.rules[rule.id] ?? rule.defaultLevel;
  const shown = {
    ...(config.extends ? { extends: config.extends } : {}),
    template: options.template ?? config.template ?? "standard",
    templates: config.templates,
    ...(config.author ? { author: config.author } : {}),
    ...(config.outDir ? { outDir: config.outDir } : {}),
    ...(config.files ? { files: config.files } : {}),
    ...(config.ignore ? { ignore: config.ignore } : {}),
    rules: rulesOut,
    limits: config.limits,
  };
  const from = config.file
    ? `# from ${config.file}`
    : "# no configuration file found; these are the defaults";
  io.stdout.write(`${from}\n${configWithOrigins(shown, config.ruleOrigins)}`);
  return ExitCode.Ok;
}
