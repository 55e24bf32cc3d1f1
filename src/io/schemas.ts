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
 * The validator for a shipped schema, once per process. The build precompiles the
 * validators (ajv standalone) so a run need not load ajv's compiler; the precompiled one
 * is loaded when first called, so a command that may never validate (`new` before its
 * first answer, `templates`) does not pay for it at start. From sources, without a
 * build, the schema is compiled at once.
 */
export async function schemaCheck(name: SchemaName): Promise<SchemaCheck> {
  const cached = cache.get(name);
  if (cached) return cached;
  let check: SchemaCheck;
  if (existsSync(new URL(`../generated/${name}.cjs`, import.meta.url))) {
    let real: SchemaCheck | undefined;
    check = (data: unknown) => {
      real ??= require(`../generated/${name}.cjs`) as SchemaCheck;
      const ok = real(data);
      check.errors = real.errors ?? null;
      return ok;
    };
  } else {
    const { compileSchema } = await import("./ajv.js");
    check = compileSchema(readSchema(name));
  }
  cache.set(name, check);
  return check;
}
