import type { FileResult, Problem } from "../core/types.js";
import { plural } from "../core/words.js";
import type { Colors, ReporterContext } from "./types.js";
import { inert } from "./inert.js";

/** Width in code points, so that astral characters do not count twice. */
function width(text: string): number {
  return Array.from(text).length;
}

/** Pads after styling so escape sequences never count towards the column width. */
function cell(text: string, columnWidth: number, style?: (s: string) => string): string {
  const styled = style ? style(text) : text;
  return styled + " ".repeat(Math.max(0, columnWidth - width(text)));
}

/** A loop rather than `Math.max(...list)`, which overflows the stack on very long lists. */
function widest(values: string[], measure: (s: string) => number = (s) => s.length): number {
  let max = 0;
  for (const value of values) max = Math.max(max, measure(value));
  return max;
}

interface Row {
  line: string;
  column: string;
  severity: Problem["severity"];
  message: string;
  rule: string;
}

function toRow(problem: Problem): Row {
  const hasLine = problem.line !== undefined;
  return {
    line: hasLine ? String(problem.line) : "-",
    column: hasLine && problem.column !== undefined ? `:${problem.column}` : "",
    severity: problem.severity,
    message: inert(problem.message),
    rule: inert(problem.rule),
  };
}

/** Columns are sized per file, as ESLint does, so one long message does not widen every file. */
function renderFile(result: FileResult, colors: Colors): string[] {
  const rows = result.problems.map(toRow);
  const w = {
    line: widest(rows.map((r) => r.line)),
    column: widest(rows.map((r) => r.column)),
    severity: widest(rows.map((r) => r.severity)),
    message: widest(
      rows.map((r) => r.message),
      width,
    ),
  };
  const lines = [colors.underline(inert(result.path))];
  for (const r of rows) {
    // Line numbers are right-aligned and columns left-aligned so the colons line up.
    const position = r.line.padStart(w.line) + r.column;
    const severityStyle = (s: string): string =>
      r.severity === "error" ? colors.red(s) : colors.yellow(s);
    const parts = [
      cell(position, w.line + w.column, (s) => colors.dim(s)),
      cell(r.severity, w.severity, severityStyle),
      cell(r.message, w.message),
      colors.dim(r.rule),
    ];
    lines.push(`  ${parts.join("  ")}`.trimEnd());
  }
  return lines;
}

/** Human-readable output in the manner of ESLint's `stylish` formatter. */
export function stylish(results: FileResult[], ctx: ReporterContext): string {
  const { colors } = ctx;
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    errors += result.errorCount;
    warnings += result.warningCount;
    if (result.problems.length === 0) continue;
    lines.push(...renderFile(result, colors), "");
  }
  const total = errors + warnings;
  if (total === 0 && lines.length === 0) return "";

  const summary = `\u2716 ${plural(total, "problem")} (${plural(errors, "error")}, ${plural(warnings, "warning")})`;
  lines.push(errors > 0 ? colors.red(summary) : colors.yellow(summary));
  if (ctx.maxWarnings !== undefined && warnings > ctx.maxWarnings) {
    lines.push(`briefing found too many warnings (maximum: ${ctx.maxWarnings}).`);
  }
  return `${lines.join("\n")}\n`;
}
