import type { Problem } from "../core/types.js";
import { plural } from "../core/words.js";
import type { Guess, ImportResult, LeftOut } from "./types.js";

/** What happened to one input file, for the import report. */
export interface FileReport {
  /** The input, as given. */
  file: string;
  /** The file written, when one was (absent for standard output). */
  output?: string;
  /** `written`, `skipped` (nothing to import, or refused with --strict) or `failed` (could not write). */
  status: "written" | "skipped" | "failed";
  /** The template used. */
  template?: string;
  /** Why that template, when it was chosen automatically: one line per template tried, best first. */
  templateReasons?: string[];
  /** Each input line that went into the briefing, and the part it went to (JSON Pointer). */
  placed: { line: number; to: string }[];
  /** Input lines, or pieces of them, not copied into the prose. */
  leftOut: LeftOut[];
  /** What the importer decided on its own. */
  guesses: Guess[];
  /** Problems of the import and of the imported briefing, located in the input. */
  problems: Pick<Problem, "rule" | "severity" | "message" | "line" | "column">[];
}

/** The import report of a whole run. */
export interface ImportReport {
  /** Version of this report's shape. */
  version: 1;
  /** Counts over all files. */
  totals: { files: number; written: number; skipped: number; failed: number; problems: number };
  /** One entry per input, in input order. */
  files: FileReport[];
}

/** The report entry of one file, from its import result. */
export function fileReport(
  file: string,
  result: ImportResult | undefined,
  extra: Pick<FileReport, "status" | "output" | "template" | "templateReasons"> & {
    problems: Problem[];
  },
): FileReport {
  return {
    file,
    ...(extra.output !== undefined ? { output: extra.output } : {}),
    status: extra.status,
    ...(extra.template !== undefined ? { template: extra.template } : {}),
    ...(extra.templateReasons ? { templateReasons: extra.templateReasons } : {}),
    placed: [...(result?.placed ?? [])].sort((a, b) => a.line - b.line),
    leftOut: result?.leftOut ?? [],
    guesses: result?.guesses ?? [],
    problems: extra.problems.map((p) => ({
      rule: p.rule,
      severity: p.severity,
      message: p.message,
      ...(p.line !== undefined ? { line: p.line } : {}),
      ...(p.column !== undefined ? { column: p.column } : {}),
    })),
  };
}

/** The whole report, with its totals. */
export function importReport(files: FileReport[]): ImportReport {
  const count = (s: FileReport["status"]): number => files.filter((f) => f.status === s).length;
  return {
    version: 1,
    totals: {
      files: files.length,
      written: count("written"),
      skipped: count("skipped"),
      failed: count("failed"),
      problems: files.reduce((n, f) => n + f.problems.length, 0),
    },
    files,
  };
}

/**
 * A person's reading of one file's report: a line of counts, then (verbose) why the
 * template was chosen, each guess and each line left out.
 */
export function summarise(report: FileReport, verbose: boolean): string[] {
  const where = report.output ? ` -> ${report.output}` : "";
  const template = report.template ? ` (${report.template})` : "";
  const head = `${report.file}${where}${template}: ${report.status}, ${plural(new Set(report.placed.map((p) => p.line)).size, "line")} placed, ${report.leftOut.length} left out, ${plural(report.guesses.length, "guess", "guesses")}, ${plural(report.problems.length, "problem")}`;
  if (!verbose) return [head];
  const lines = [head];
  for (const reason of report.templateReasons ?? []) lines.push(`  template ${reason}`);
  for (const g of report.guesses) {
    const at = g.column !== undefined ? `line ${g.line}, column ${g.column}: ` : `line ${g.line}: `;
    lines.push(`  ${g.line !== undefined ? at : ""}${g.kind} "${g.value}" (${g.reason})`);
  }
  for (const l of report.leftOut)
    lines.push(
      `  line ${l.line}: left out (${l.reason}${l.movedTo ? `, moved to ${l.movedTo}` : ""}): ${l.text}`,
    );
  return lines;
}
