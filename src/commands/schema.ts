import { templateSchema } from "../core/template.js";
import { ExitCode } from "../errors.js";
import type { Io } from "../io/host.js";
import { readSchema } from "../io/schemas.js";
import { resolveTemplates } from "../io/templates.js";
import { loadConfig } from "../io/config.js";

/** Options of `briefing schema`. */
export interface SchemaOptions {
  /** Narrow the schema to this template (id or file). */
  template?: string;
  /** `--config` file. */
  config?: string;
}

export async function runSchema(options: SchemaOptions, io: Io): Promise<number> {
  let schema = readSchema("briefing");
  if (options.template !== undefined) {
    const { templates, defaultTemplate } = await resolveTemplates(
      io.cwd,
      options.template,
      await loadConfig(io.cwd, options.config),
    );
    const template = defaultTemplate ? templates.get(defaultTemplate) : undefined;
    if (template) schema = templateSchema(schema, template);
  }
  io.stdout.write(`${JSON.stringify(schema, null, 2)}\n`);
  return ExitCode.Ok;
}
