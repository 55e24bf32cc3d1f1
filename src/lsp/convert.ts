// Problems as the editor sees them. A problem's line and column are 1-based and its end
// exclusive (core/types.ts); LSP positions are 0-based, in UTF-16 code units, which is
// what the columns already count. The end follows the JSON report's convention
// (reporters/span.ts), so the server and `validate -r json` agree on every range.
import type { Diagnostic, Range } from "vscode-languageserver";
import { DiagnosticSeverity } from "vscode-languageserver";
import type { Problem } from "../core/types.js";
import { exclusiveEnd } from "../reporters/span.js";

/** The tool's name on every diagnostic, so the editor says where a finding comes from. */
export const SOURCE = "briefing";

/** The range a problem covers in a text whose lines are `lines`. */
export function problemRange(problem: Problem, lines: readonly string[]): Range {
  const line = Math.max(0, (problem.line ?? 1) - 1);
  const character = Math.max(0, (problem.column ?? 1) - 1);
  const end = exclusiveEnd(problem);
  if (!end) return { start: { line, character }, end: { line, character } };
  const endLine = end.endLine - 1;
  // No end column means "to the end of that line".
  const endCharacter =
    end.endColumn === undefined ? (lines[endLine]?.length ?? character) : end.endColumn - 1;
  return { start: { line, character }, end: { line: endLine, character: endCharacter } };
}

/** A problem as a diagnostic: the rule id is its code, the rule's page its link. */
export function toDiagnostic(
  problem: Problem,
  lines: readonly string[],
  docsUri: (rule: string) => string,
): Diagnostic {
  return {
    range: problemRange(problem, lines),
    severity: problem.severity === "error" ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: problem.rule,
    codeDescription: { href: docsUri(problem.rule) },
    source: SOURCE,
    message: problem.message,
    // Kept so a quick fix can be built from the problem the diagnostic came from.
    data: {
      ...(problem.pointer !== undefined ? { pointer: problem.pointer } : {}),
      ...(problem.fix !== undefined ? { fix: problem.fix } : {}),
    },
  };
}
