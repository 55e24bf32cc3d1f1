// Floor: read every file and parse it (the `yaml` package's parse, as the CLI reads YAML 1.2,
// or JSON.parse), with no schema or template checks. A validator or exporter cannot go below
// this without a faster parser, so the CLI's cost above it is its own work.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { filesUnder } from "./files.js";

let parsed = 0;
const files = filesUnder(process.argv[2]);
for (const file of files) {
  const text = readFileSync(file, "utf8");
  const value = file.endsWith(".json") ? JSON.parse(text) : parse(text);
  if (value && typeof value === "object") parsed++;
}
console.log(`${files.length} files, ${parsed} parsed`);
