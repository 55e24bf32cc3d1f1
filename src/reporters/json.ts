import type { FileResult, Problem } from "../core/types.js";
import { exclusiveEnd } from "./span.js";
import type { ReporterContext } from "./types.js";

/** Identifies the report format; the schema itself ships as `schemas/report.schema.json`. */
export const REPORT_SCHEMA_ID = "https://briefing.dev/schemas/report.schema.json";

const problemKeys = [
  "rule",
  "severity",
  "message",
  "path",
  "line",
  "column",
  "endLine",
  "endColumn",
  "pointer",
  "fix",
] as const satisfies readonly (keyof Problem)[];

/**
 * Rebuilds the problem with a fixed key order and only the documented keys, so output does not
 * depend on how the object was assembled upstream. The end is pulled back onto the problem's
 * last line, as the schema promises.
 */
function orderedProblem(problem: Problem): Record<string, unknown> {
  const source: Problem = { ...problem };
  if (problem.endLine !== undefined) {
    const end = exclusiveEnd(problem);
    source.endLine = end?.endLine;
    source.endColumn = end?.endColumn;
  }
  const out: Record<string, unknown> = {};
  for (const key of problemKeys) {
    if (source[key] !== undefined) out[key] = source[key];
  }
  return out;
}

/** Machine-readable results, described by `schemas/report.schema.json`; pretty-printed. */
export function json(results: FileResult[], _ctx: ReporterContext): string {
  const files = results.map((result) => ({
    path: result.path,
    errorCount: result.errorCount,
    warningCount: result.warningCount,
    // Only present when true, so the common shape stays the four documented keys.
    ...(result.unreadable ? { unreadable: true } : {}),
    problems: result.problems.map(orderedProblem),
  }));
  const report = { $schema: REPORT_SCHEMA_ID, formatVersion: 1, files };
  return `${JSON.stringify(report, null, 2)}\n`;
}
