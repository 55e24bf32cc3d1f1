// Measures each rule that has a labelled corpus (test/fixtures/rules/<rule>.yaml) and prints
// its precision and recall. Exits 1 when a rule does worse than the figures its page in
// docs/rules/ records, so a change that adds false alarms fails CI.
// Usage: npm run rules:precision [-- --write] [--verbose]
//   --write    record the figures measured now in docs/rules/ (after an improvement)
//   --verbose  list every part the rule got wrong
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { parse } from "yaml";
import { figuresLine, readCorpus, recordedFigures, scoreRule } from "../dist/core/precision.js";
import { ruleById } from "../dist/core/rules/index.js";
import { loadBuiltinTemplates } from "../dist/io/templates.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const corpusDir = join(root, "test/fixtures/rules");
const docsDir = join(root, "docs/rules");
const { values } = parseArgs({
  options: { write: { type: "boolean", default: false }, verbose: { type: "boolean" } },
});

const template = (await loadBuiltinTemplates()).get("standard");
const scores = readdirSync(corpusDir)
  .filter((name) => name.endsWith(".yaml"))
  .sort()
  .map((name) => {
    const corpus = readCorpus(parse(readFileSync(join(corpusDir, name), "utf8")), name);
    const rule = ruleById.get(corpus.rule);
    if (!rule) throw new Error(`${name}: unknown rule "${corpus.rule}"`);
    return scoreRule(rule, corpus, template);
  });

const pad = (text, n) => String(text).padEnd(n);
console.log(`${pad("rule", 28)}${pad("parts", 7)}${pad("precision", 11)}recall`);
let worse = 0;
for (const score of scores) {
  const page = join(docsDir, `${score.rule}.md`);
  const text = existsSync(page) ? readFileSync(page, "utf8") : "";
  const recorded = recordedFigures(text);
  const drop = recorded && (score.precision < recorded.precision || score.recall < recorded.recall);
  if (drop) worse++;
  console.log(
    `${pad(score.rule, 28)}${pad(score.parts, 7)}${pad(`${score.precision.toFixed(1)}%`, 11)}` +
      `${score.recall.toFixed(1)}%` +
      (drop ? `  below the recorded ${recorded.precision}% / ${recorded.recall}%` : ""),
  );
  if (values.verbose) {
    for (const t of score.falsePositives) console.log(`    reported, should not be: ${t}`);
    for (const t of score.falseNegatives) console.log(`    missed: ${t}`);
  }
  if (values.write && text !== "") {
    const line = figuresLine(score);
    const next = recorded
      ? text.replace(/^\*\*Measured:\*\*.*$/m, line)
      : text.replace(/^(- \*\*Fixable:\*\*.*)$/m, `$1\n\n${line}`);
    writeFileSync(page, next);
  }
}
if (worse > 0 && !values.write) {
  console.error(
    `${worse} ${worse === 1 ? "rule does" : "rules do"} worse than recorded in docs/rules/`,
  );
  process.exitCode = 1;
}
