// The context a command runs in: configuration, templates, the compiled schema and the
// exporter. Kept apart from the tasks themselves, and light: reading the configuration
// and the built-in templates loads no parser, so `new` can ask its first question
// before the rest of the tool is loaded.
import type { ValidateOptions, RuleSetting } from "../core/validate.js";
import type { Exporter, RenderOptions } from "../render/types.js";
import { loadConfig, type Config } from "./config.js";
import { schemaCheck } from "./schemas.js";
import { resolveTemplates } from "./templates.js";

/**
 * Everything a batch task needs, as plain data: it crosses to worker threads, which
 * build their own context from it.
 */
export interface TaskSpec {
  /** Working folder templates are resolved against. */
  cwd: string;
  /** `--template` value. */
  template?: string;
  /** `--config` value. */
  config?: string;
  /** Rule settings. */
  rules?: Record<string, RuleSetting>;
  /** Export only: validate before rendering. */
  validate?: boolean;
  /** Export only: format id. */
  format?: string;
  /** Export only: render options. */
  render?: RenderOptions;
  /** Export only: output name pattern. */
  pattern?: string;
  /** Validate and list: return content hashes for the result cache. */
  cache?: boolean;
  /** List and digest: run only the rules set to error (a digest shows no warnings). */
  errorsOnly?: boolean;
  /** List and digest: send each briefing back with its entry (for a digest and --grep). */
  briefings?: boolean;
}

/** A task spec made ready to run: templates loaded, schema compiled, exporter chosen. */
export interface TaskContext {
  spec: TaskSpec;
  config: Config;
  check: Omit<ValidateOptions, "file">;
  exporter?: Exporter;
}

/** `loaded` is the configuration when the caller has read it already. */
export async function createTaskContext(spec: TaskSpec, loaded?: Config): Promise<TaskContext> {
  const config = loaded ?? (await loadConfig(spec.cwd, spec.config));
  const { templates, defaultTemplate } = await resolveTemplates(spec.cwd, spec.template, config);
  const check: Omit<ValidateOptions, "file"> = {
    schema: await schemaCheck("briefing"),
    templates,
    ...(defaultTemplate ? { defaultTemplate } : {}),
    rules: { ...config.rules, ...spec.rules },
    limits: { maxAliasCount: config.limits.maxAliasCount, maxDepth: config.limits.maxDepth },
    ...(spec.errorsOnly ? { errorsOnly: true } : {}),
  };
  const exporter = spec.format
    ? (await import("../render/index.js")).getExporter(spec.format)
    : undefined;
  return { spec, config, check, ...(exporter ? { exporter } : {}) };
}
