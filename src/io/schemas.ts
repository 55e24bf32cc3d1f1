import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { SchemaCheck } from "../core/schema.js";
import { packageFile } from "./package.js";

/** Names of the schemas shipped in schemas/. */
export type SchemaName = "briefing" | "template" | "config";

const cache = new Map<SchemaName, SchemaCheck>();
const require = createRequire(import.meta.url);

/** A schema's JSON, as shipped. */
export function readSchema(name: SchemaName): Record<string, unknown> {
  return JSON.parse(readFileSync(packageFile("schemas", `${name}.schema.json`), "utf8")) as Record<
    string,
    unknown
  >;
}

/**
 * The validator for a shipped schema, compiled once per process. The build precompiles
 * the validators (ajv standalone) so a run need not load ajv's compiler; from sources,
 * without a build, the schema is compiled at run time.
 */
export async function schemaCheck(name: SchemaName): Promise<SchemaCheck> {
  const cached = cache.get(name);
  if (cached) return cached;
  let check: SchemaCheck;
  try {
    check = require(`../generated/${name}.cjs`) as SchemaCheck;
  } catch {
    const { compileSchema } = await import("./ajv.js");
    check = compileSchema(readSchema(name));
  }
  cache.set(name, check);
  return check;
}

/**
 * The briefing validator, loaded when first called. A command that may never validate
 * (`new` before its first answer, `templates`) does not pay for loading it at start.
 * From sources, without a build, it is compiled at once, as `schemaCheck` does.
 */
export async function lazySchemaCheck(name: SchemaName): Promise<SchemaCheck> {
  const cached = cache.get(name);
  if (cached) return cached;
  const file = new URL(`../generated/${name}.cjs`, import.meta.url);
  if (!existsSync(file)) return schemaCheck(name);
  const lazy = ((data: unknown) => {
    const real = (cache.get(name) ?? require(`../generated/${name}.cjs`)) as SchemaCheck;
    cache.set(name, real);
    const ok = real(data);
    lazy.errors = real.errors ?? null;
    return ok;
  }) as SchemaCheck;
  return lazy;
}
