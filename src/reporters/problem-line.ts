import type { Problem } from "../core/types.js";

/** A problem on one line, as compilers print them: `file:line:col: error: message (rule)`. */
export function problemLine(p: Problem): string {
  const where = p.line ? `${p.path}:${p.line}:${p.column ?? 1}` : p.path;
  return `${where}: ${p.severity}: ${p.message.replace(/[\r\n]+/g, " ")} (${p.rule})`;
}
