import { Ajv2020, type Options } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type { SchemaCheck } from "../core/schema.js";

// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule })
  .default ?? addFormatsModule) as unknown as (ajv: Ajv2020) => Ajv2020;

/** The one ajv configuration of the tool, shared by the build-time compiler and the run-time fallback. */
export function createAjv(extra: Options = {}): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    verbose: true,
    strict: true,
    allowUnionTypes: true,
    ...extra,
  });
  addFormats(ajv);
  return ajv;
}

/** Compiles a schema at run time. */
export function compileSchema(schema: object): SchemaCheck {
  return createAjv().compile(schema) as SchemaCheck;
}
