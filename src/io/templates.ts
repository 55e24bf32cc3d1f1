import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { decodeText } from "../core/decode.js";
import { unknownTemplateMessage, type Template } from "../core/template.js";
import { ConfigError, describeFsError, IoError } from "../errors.js";
import { packageFile } from "./package.js";
import { readFileWithin, TooBigError } from "./read.js";
import { schemaCheck } from "./schemas.js";
import { DEFAULT_LIMITS, type Config } from "./config.js";
import { displayPath } from "./inputs.js";

/** Reads and validates one template file; any problem is a ConfigError naming file:line:col. */
export async function loadTemplateFile(path: string, shownAs = path): Promise<Template> {
  let bytes: Buffer;
  try {
    bytes = readFileWithin(path, DEFAULT_LIMITS.maxFileSize);
  } catch (error) {
    if (error instanceof TooBigError) throw new ConfigError(error.describe(shownAs));
    throw new IoError(describeFsError(error, shownAs));
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new ConfigError(`${shownAs}: ${decoded.message}`);
  // The parsers load only when a template file is read: built-in templates come precompiled.
  const { parseTemplate } = await import("../core/template-load.js");
  const loaded = parseTemplate(decoded.text, shownAs, await schemaCheck("template"));
  const first = loaded.problems[0];
  if (!loaded.template || first) {
    const where = first?.line ? `${shownAs}:${first.line}:${first.column ?? 1}` : shownAs;
    const more = loaded.problems.length > 1 ? ` (and ${loaded.problems.length - 1} more)` : "";
    throw new ConfigError(
      `invalid template ${where}: ${first?.message ?? "unknown problem"}${more}`,
    );
  }
  return loaded.template;
}

/** Template files (*.yaml, *.yml, *.json) in a folder, sorted by name. */
function templateFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => /\.(ya?ml|json)$/i.test(name))
    .sort()
    .map((name) => join(dir, name));
}

/** The templates shipped with the tool, parsed and checked from their YAML files. */
export async function loadTemplateFolder(
  dir = packageFile("templates"),
): Promise<Map<string, Template>> {
  const registry = new Map<string, Template>();
  for (const file of templateFiles(dir)) {
    const template = await loadTemplateFile(file);
    registry.set(template.id, template);
  }
  return registry;
}

/**
 * The templates shipped with the tool. The build checks them and writes them as one
 * JSON file, which loads without the YAML parser and schema check; from sources, without
 * a build, the YAML files are read.
 */
export async function loadBuiltinTemplates(): Promise<Map<string, Template>> {
  try {
    const list = JSON.parse(
      readFileSync(new URL("../generated/templates.json", import.meta.url), "utf8"),
    ) as Template[];
    return new Map(list.map((t) => [t.id, t]));
  } catch {
    return loadTemplateFolder();
  }
}

/** Whether a `--template` value names a file rather than a template id. */
export function looksLikePath(value: string): boolean {
  return /[/\\]/.test(value) || /\.(ya?ml|json)$/i.test(value);
}

/**
 * The registry for a run: built-in templates, then those in the configuration's template
 * folders, then a `--template` file if one is given (each may replace a template of the
 * same id). Returns the id to use by default: `--template`, else the configuration's.
 */
export async function resolveTemplates(
  cwd: string,
  templateOption: string | undefined,
  config?: Pick<Config, "template" | "templates">,
): Promise<{ templates: Map<string, Template>; defaultTemplate: string | undefined }> {
  const templates = await loadBuiltinTemplates();
  for (const dir of config?.templates ?? []) {
    let files: string[];
    try {
      files = templateFiles(dir);
    } catch (error) {
      throw new ConfigError(`template folder ${describeFsError(error, dir)}`);
    }
    for (const file of files) {
      const template = await loadTemplateFile(file, displayPath(cwd, file));
      templates.set(template.id, template);
    }
  }
  const wanted = templateOption ?? config?.template;
  if (wanted === undefined) return { templates, defaultTemplate: undefined };
  if (looksLikePath(wanted)) {
    const template = await loadTemplateFile(
      resolve(cwd, wanted),
      templateOption ?? displayPath(cwd, wanted),
    );
    templates.set(template.id, template);
    return { templates, defaultTemplate: template.id };
  }
  if (!templates.has(wanted)) {
    throw new ConfigError(unknownTemplateMessage(wanted, templates.keys()));
  }
  return { templates, defaultTemplate: wanted };
}
