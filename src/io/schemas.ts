import { readFileSync } from "node:fs";
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
