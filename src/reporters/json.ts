import type { FileResult, Problem } from "../core/types.js";
import type { ReporterContext } from "./types.js";

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
] as const satisfies readonly (keyof Problem)[];

/**
 * Rebuilds the problem with a fixed key order, so output does not depend on how the object was
 * assembled upstream. Fields this list does not know yet still come through, after the known ones.
 */
function orderedProblem(problem: Problem): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of problemKeys) {
    if (problem[key] !== undefined) out[key] = problem[key];
  }
  for (const [key, value] of Object.entries(problem)) {
    if (!Object.hasOwn(out, key) && value !== undefined) out[key] = value;
  }
  return out;
}

/** Machine-readable results: one object per file, pretty-printed. */
export function json(results: FileResult[], _ctx: ReporterContext): string {
  const files = results.map((result) => ({
    path: result.path,
    errorCount: result.errorCount,
    warningCount: result.warningCount,
    // Only present when true, so the common shape stays the four documented keys.
    ...(result.unreadable ? { unreadable: true } : {}),
    problems: result.problems.map(orderedProblem),
  }));
  return `${JSON.stringify(files, null, 2)}\n`;
}
