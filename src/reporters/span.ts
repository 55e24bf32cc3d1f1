import type { Problem } from "../core/types.js";

/**
 * Problems carry exclusive ends: the position just after the last character. A value that
 * ends with its line break (a block scalar, the last line of a file) therefore ends at
 * column 1 of the next line, which may not exist. Consumers then show the problem one line
 * too far or drop it; these helpers give each format's own convention without that spill.
 */

/** Where a problem ends, exclusive, never on a line the problem does not touch. */
export interface End {
  /** 1-based last line of the problem. */
  endLine: number;
  /** Exclusive end column; absent means "to the end of `endLine`". */
  endColumn?: number;
}

/** The exclusive end pulled back onto the last line the problem covers. */
export function exclusiveEnd(problem: Problem): End | undefined {
  const { line, column } = problem;
  if (line === undefined || line < 1) return undefined;
  const endLine = problem.endLine;
  const endColumn = problem.endColumn;
  // Without an end, the problem is the start position's line: the reader still sees it.
  if (endLine === undefined || endLine < line) return { endLine: line };
  if (endColumn === undefined || endColumn < 1) return { endLine };
  if (endColumn === 1 && endLine > line) return { endLine: endLine - 1 };
  if (endLine === line && column !== undefined && endColumn < column) return { endLine };
  return { endLine, endColumn };
}

/** The same end, inclusive (the column of the last character), as GitHub annotations read it. */
export function inclusiveEnd(problem: Problem): End | undefined {
  const end = exclusiveEnd(problem);
  if (end?.endColumn === undefined) return end;
  const start = end.endLine === problem.line ? (problem.column ?? 1) : 1;
  // An empty span (a missing value) marks the one character where it starts.
  return { endLine: end.endLine, endColumn: Math.max(start, end.endColumn - 1) };
}
