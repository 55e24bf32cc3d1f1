import type { FileResult, Problem } from "../core/types.js";
import type { ReporterContext } from "./types.js";

/** A message that contained a raw newline would end the workflow command early. */
function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Property values are also split on `,` and terminated by `::`, so those are escaped too. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

function command(problem: Problem, fallbackPath: string): string {
  const props: [string, string | number | undefined][] = [
    ["file", problem.path || fallbackPath],
    ["line", problem.line],
    ["col", problem.column],
    ["endLine", problem.endLine],
    ["endColumn", problem.endColumn],
    ["title", problem.rule],
  ];
  const list = props
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(",");
  return `::${problem.severity} ${list}::${escapeData(problem.message)}`;
}

/** GitHub Actions workflow commands, which the runner turns into annotations on the diff. */
export function github(results: FileResult[], _ctx: ReporterContext): string {
  let out = "";
  for (const result of results) {
    for (const problem of result.problems) out += `${command(problem, result.path)}\n`;
  }
  return out;
}
