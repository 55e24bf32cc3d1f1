import { C0, C1, BIDI, charClass, escapeCode } from "../core/unsafe-chars.js";
import type { FileResult, Problem } from "../core/types.js";
import { inclusiveEnd } from "./span.js";
import type { ReporterContext } from "./types.js";

// Line breaks are kept for the percent-encoding below; every other control is made inert.
const UNSAFE = charClass("g", C0, "\\u0009", C1, BIDI);

/** A message that contained a raw newline would end the workflow command early. */
function escapeData(text: string): string {
  // Other control characters (an escape sequence from the checked file) are shown inert.
  const inert = text.replace(UNSAFE, (c) => (c === "\r" ? c : escapeCode(c)));
  return inert.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Property values are also split on `,` and terminated by `::`, so those are escaped too. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

function command(problem: Problem, fallbackPath: string, ctx: ReporterContext): string {
  const path = problem.path || fallbackPath;
  // The runner resolves `file` against the repository, whatever the step's working folder.
  const file = (path === "<stdin>" ? undefined : ctx.fromRoot?.(path)) ?? path;
  const end = problem.endLine === undefined ? undefined : inclusiveEnd(problem);
  const props: [string, string | number | undefined][] = [
    ["file", file],
    ["line", problem.line],
    ["col", problem.column],
    ["endLine", end?.endLine],
    ["endColumn", end?.endColumn],
    ["title", problem.rule],
  ];
  const list = props
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(",");
  return `::${problem.severity} ${list}::${escapeData(problem.message)}`;
}

/** GitHub Actions workflow commands, which the runner turns into annotations on the diff. */
export function github(results: FileResult[], ctx: ReporterContext): string {
  let out = "";
  for (const result of results) {
    for (const problem of result.problems) out += `${command(problem, result.path, ctx)}\n`;
  }
  return out;
}
