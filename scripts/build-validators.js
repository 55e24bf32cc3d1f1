// Precompiles the shipped JSON Schemas into standalone ajv validators (CommonJS, as ajv
// emits require() calls), so the CLI does not compile schemas at start-up, and stores the
// shipped templates as checked JSON.
import { mkdirSync, writeFileSync } from "node:fs";
import standaloneModule from "ajv/dist/standalone/index.js";
import { createAjv } from "../dist/io/ajv.js";
import { readSchema } from "../dist/io/schemas.js";
import { loadTemplateFolder } from "../dist/io/templates.js";

const standaloneCode = standaloneModule.default ?? standaloneModule;
const outDir = new URL("../dist/generated/", import.meta.url);
mkdirSync(outDir, { recursive: true });
for (const name of ["briefing", "template", "config"]) {
  const ajv = createAjv({ code: { source: true } });
  const validate = ajv.compile(readSchema(name));
  writeFileSync(new URL(`${name}.cjs`, outDir), standaloneCode(ajv, validate));
}

// The shipped templates, checked once here and stored as JSON for a fast start.
const templates = await loadTemplateFolder();
writeFileSync(new URL("templates.json", outDir), JSON.stringify([...templates.values()]));
