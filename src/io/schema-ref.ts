import { existsSync } from "node:fs";
import { dirname, isAbsolute, relative, sep } from "node:path";
import { templateSchema, type Template } from "../core/template.js";
import { packageFile } from "./package.js";
import { readSchema } from "./schemas.js";

/** A setting that names a scheme (`https:`, `file:`) is a URL, used as it is. */
const URL_LIKE = /^[a-z][a-z0-9+.-]*:/i;

/**
 * The schema a briefing file's editor should load: the shipped schema of its template when
 * there is one (it carries the template's limits), else the general briefing schema.
 */
export function shippedSchema(template: string | undefined): string {
  const own = template ? packageFile("schemas", "templates", `${template}.schema.json`) : "";
  return own && existsSync(own) ? own : packageFile("schemas", "briefing.schema.json");
}

/** `target` as a path from the folder of `file`, with forward slashes, as modelines want. */
function fromFile(file: string, target: string): string {
  const rel = relative(dirname(file), target).split(sep).join("/");
  if (isAbsolute(rel)) return rel;
  return rel.startsWith(".") ? rel : `./${rel}`;
}

/**
 * What the `# yaml-language-server: $schema=` line of a file at `file` names, or `false` for no
 * line (so the editor's own `yaml.schemas` settings apply, which a modeline would override).
 * `setting` is the configuration's `editorSchema`: `package` (the default: a path into the
 * installed package, which loads offline), `none`, a URL, or an absolute path to a schema.
 */
export function schemaRef(
  file: string,
  template: string | undefined,
  setting: string | undefined,
): string | false {
  if (setting === "none") return false;
  if (setting === undefined || setting === "package")
    return fromFile(file, shippedSchema(template));
  if (URL_LIKE.test(setting) && !/^[a-z]:[\\/]/i.test(setting)) return setting;
  return fromFile(file, setting);
}

/** The modeline of a configuration file at `file`, pointing at the shipped config schema. */
export function configSchemaRef(file: string): string {
  return fromFile(file, packageFile("schemas", "config.schema.json"));
}

/**
 * The schema shipped as `schemas/templates/<id>.schema.json`: the briefing schema narrowed to
 * the template, with its limits, under an id of its own.
 */
export function templateSchemaFile(template: Template): Record<string, unknown> {
  const schema = templateSchema(readSchema("briefing"), template);
  schema.$id = `https://briefing.dev/schemas/templates/${template.id}.schema.json`;
  return schema;
}
