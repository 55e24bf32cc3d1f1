// Where the time of `validate` goes, per file and phase, on one thread: reading the bytes,
// parsing them (with positions), the schema and template checks, the craft rules, and
// formatting the report. Run over a corpus folder from the built package:
//   node bench/phases.js <dir>   (prints one JSON line: microseconds per file by phase)
import { readFileSync } from "node:fs";
import { decodeText } from "../dist/core/decode.js";
import { readSource } from "../dist/core/source-read.js";
import { detectFormat } from "../dist/core/source.js";
import { checkSource, toResult } from "../dist/core/validate.js";
import { schemaCheck } from "../dist/io/schemas.js";
import { loadBuiltinTemplates } from "../dist/io/templates.js";
import { plainColors, reporters } from "../dist/reporters/index.js";
import { rules } from "../dist/core/rules/index.js";
import { filesUnder } from "./floors/files.js";

const dir = process.argv[2];
if (!dir) {
  console.error("usage: node bench/phases.js <corpus dir>");
  process.exit(2);
}
const files = filesUnder(dir);
const base = { schema: await schemaCheck("briefing"), templates: await loadBuiltinTemplates() };
const rulesOff = Object.fromEntries(rules.map((rule) => [rule.id, "off"]));
const now = () => process.hrtime.bigint();
const spent = { read: 0n, parse: 0n, schema: 0n, rules: 0n, report: 0n };

// One untimed pass first, so every phase runs warm (compiled code, loaded validators).
for (const pass of ["warm", "timed"]) {
  for (const key of Object.keys(spent)) spent[key] = 0n;
  const results = [];
  for (const file of files) {
    let t = now();
    const bytes = readFileSync(file);
    const decoded = decodeText(bytes);
    spent.read += now() - t;
    t = now();
    const source = readSource(decoded.text, file, detectFormat(file, decoded.text));
    spent.parse += now() - t;
    // The schema and template checks alone, then everything: the difference is the rules.
    t = now();
    checkSource(source, { ...base, file, rules: rulesOff });
    const schemaTime = now() - t;
    t = now();
    const problems = checkSource(source, { ...base, file });
    const allTime = now() - t;
    spent.schema += schemaTime;
    spent.rules += allTime > schemaTime ? allTime - schemaTime : 0n;
    results.push(toResult(file, problems));
  }
  const t = now();
  const ctx = { colors: plainColors, version: "bench", rules: [] };
  for (const name of ["json", "stylish"]) reporters[name](results, ctx);
  spent.report += now() - t;
  if (pass === "timed") {
    const perFile = Object.fromEntries(
      Object.entries(spent).map(([k, v]) => [k, Number(v) / 1000 / files.length]),
    );
    console.log(JSON.stringify({ files: files.length, microsecondsPerFile: perFile }));
  }
}
