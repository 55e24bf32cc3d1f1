import type { Problem } from "../core/types.js";
import { inert } from "./inert.js";

/** A problem on one line, as compilers print them: `file:line:col: error: message (rule)`. */
export function problemLine(p: Problem): string {
  const path = inert(p.path);
  const where = p.line ? `${path}:${p.line}:${p.column ?? 1}` : path;
  return `${where}: ${p.severity}: ${inert(p.message)} (${p.rule})`;
}
