import { basename, dirname, extname, join, resolve } from "node:path";
import type { Template } from "../core/template.js";
import type { Briefing } from "../core/types.js";
import {
  coerceBriefing,
  inspectBytes,
  templateFor,
  type ValidateOptions,
} from "../core/validate.js";
import { checkNamePattern, outputBaseName } from "../core/naming.js";
import { ExitCode, UsageError, errorMessage } from "../errors.js";
import type { Io } from "../cli/io.js";
import { problemLine } from "../cli/problem-line.js";
import { displayPath, expandInputs, type Input } from "../io/inputs.js";
import { OutputError, OutputFolder, writeOutput } from "../io/output.js";
import { schemaCheck } from "../io/schemas.js";
import { resolveTemplates } from "../io/templates.js";
import { formatForFile, formatIds, getExporter } from "../render/index.js";
import type { Exporter } from "../render/types.js";
import { readInput } from "./shared.js";
import { forEachOrdered } from "../io/pool.js";

/** Options of `briefing export`. */
export interface ExportOptions {
  /** Files, folders, globs, or `-`. */
  paths: string[];
  /** md, txt, json or html; from the -o extension when absent, else md. */
  format?: string;
  /** One output file. */
  output?: string;
  /** Folder for many outputs. */
  outDir?: string;
  /** Output name pattern, `{name}` by default. */
  name?: string;
  /** Overwrite existing files. */
  force?: boolean;
  /** Validate before exporting (commander's `--no-validate` sets false). */
  validate?: boolean;
  /** Markdown front matter. */
  frontMatter?: boolean;
  /** HTML page language. */
  lang?: string;
  /** Template for files that do not name one. */
  template?: string;
  /** Extra ignore globs. */
  ignore?: string[];
  /** Name for stdin input. */
  stdinFilename?: string;
  /** Keep running and re-export inputs when they change. */
  watch?: boolean;
}

/** Counts for the closing summary. */
export interface ExportTally {
  written: number;
  skipped: number;
  failed: number;
}

interface Plan {
  exporter: Exporter;
  folder?: OutputFolder;
  output?: string;
  pattern: string;
  force: boolean;
  validate: boolean;
  renderOptions: { frontMatter?: boolean; lang?: string };
  check: Omit<ValidateOptions, "file">;
}

function chooseFormat(options: ExportOptions): string {
  const format =
    options.format ?? (options.output ? formatForFile(options.output) : undefined) ?? "md";
  if (!getExporter(format))
    throw new UsageError(`unknown format "${format}"; choose one of ${formatIds.join(", ")}`);
  return format;
}

export async function runExport(options: ExportOptions, io: Io): Promise<number> {
  const format = chooseFormat(options);
  if (options.output && options.outDir)
    throw new UsageError("give either -o FILE or --out-dir DIR, not both");
  const pattern = options.name ?? "{name}";
  const patternProblem = checkNamePattern(pattern);
  if (patternProblem) throw new UsageError(`--name "${pattern}" ${patternProblem}`);
  if (options.name && !options.outDir) throw new UsageError("--name applies to --out-dir exports");
  if (options.watch && !options.output && !options.outDir)
    throw new UsageError("--watch needs -o FILE or --out-dir DIR");

  const inputs = await expandInputs(options.paths, {
    cwd: io.cwd,
    ...(options.ignore ? { ignore: options.ignore } : {}),
    ...(options.stdinFilename ? { stdinName: options.stdinFilename } : {}),
  });
  if (inputs.length > 1 && !options.outDir) {
    throw new UsageError(
      `${inputs.length} inputs: use --out-dir DIR to export many files (-o and stdout take one)`,
    );
  }
  const { templates, defaultTemplate } = await resolveTemplates(io.cwd, options.template);
  const plan: Plan = {
    exporter: getExporter(format) as Exporter,
    pattern,
    force: options.force === true,
    validate: options.validate !== false,
    renderOptions: {
      ...(options.frontMatter ? { frontMatter: true } : {}),
      ...(options.lang ? { lang: options.lang } : {}),
    },
    check: {
      schema: await schemaCheck("briefing"),
      templates,
      ...(defaultTemplate ? { defaultTemplate } : {}),
    },
    ...(options.outDir ? { folder: new OutputFolder(resolve(io.cwd, options.outDir)) } : {}),
    ...(options.output ? { output: options.output } : {}),
  };

  const tally: ExportTally = { written: 0, skipped: 0, failed: 0 };
  const progress = inputs.length >= 20 && io.stderr.isTTY === true;
  const batch = plan.folder !== undefined;
  let lastProgress = 0;
  const report = (outcome: Outcome, index: number): void => {
    tally[outcome.status]++;
    if (progress && outcome.messages.length > 0) io.stderr.write("\r\u001b[K");
    for (const line of outcome.messages) io.stderr.write(`${line}\n`);
    if (outcome.stdout !== undefined) io.stdout.write(outcome.stdout);
    if (progress && Date.now() - lastProgress > 100) {
      io.stderr.write(`\rexporting ${index + 1}/${inputs.length}`);
      lastProgress = Date.now();
    }
  };
  // Overlapping the writes of a batch hides disk latency; the limit bounds memory.
  const done = await forEachOrdered(
    inputs,
    batch ? 16 : 1,
    (input) => exportOne(input, plan, io),
    report,
    batch ? io.signal : undefined,
  );
  if (progress) io.stderr.write("\r\u001b[K");
  const interrupted = done < inputs.length;
  const toStdout = !plan.folder && !plan.output;
  if (!toStdout || tally.skipped + tally.failed > 0 || interrupted) {
    io.stderr.write(summaryLine(tally, plan, options, interrupted ? inputs.length - done : 0));
  }
  if (interrupted) return ExitCode.Interrupted;

  if (options.watch) {
    const { watchInputs } = await import("../io/watch.js");
    await watchInputs(inputs, io, async (input) => {
      // A re-export replaces the file this run wrote; it is not a second claim on the name.
      const again: Plan = { ...plan, force: true };
      if (plan.folder) again.folder = new OutputFolder(plan.folder.abs);
      const outcome = await exportOne(input, again, io);
      report(outcome, 0);
      if (outcome.status === "written") io.stderr.write(`re-exported ${input.path}\n`);
    });
    return ExitCode.Interrupted;
  }
  if (tally.failed > 0) return ExitCode.Usage;
  if (tally.skipped > 0) return ExitCode.Problems;
  return ExitCode.Ok;
}

/** What became of one input, and what to print about it. */
interface Outcome {
  status: keyof ExportTally;
  messages: string[];
  stdout?: string;
}

function summaryLine(
  t: ExportTally,
  plan: Plan,
  options: ExportOptions,
  notStarted: number,
): string {
  const where = plan.folder ? ` to ${options.outDir}` : plan.output ? ` to ${plan.output}` : "";
  const parts = [`${t.written} written${where}`];
  if (t.skipped) parts.push(`${t.skipped} skipped (invalid or unreadable)`);
  if (t.failed) parts.push(`${t.failed} failed`);
  if (notStarted) parts.push(`interrupted with ${notStarted} not exported`);
  return `${parts.join(", ")}\n`;
}

/** Reads, checks, renders and writes one input; every failure is reported, never thrown. */
async function exportOne(input: Input, plan: Plan, io: Io): Promise<Outcome> {
  const read = await readInput(input, io);
  if ("result" in read)
    return { status: "skipped", messages: read.result.problems.map(problemLine) };
  const inspection = inspectBytes(read.bytes, { ...plan.check, file: input.path }, plan.validate);
  const errors = inspection.result.problems.filter((p) => p.severity === "error");
  const data = inspection.source?.data;
  if (errors.length > 0 || data === undefined)
    return { status: "skipped", messages: errors.map(problemLine) };
  const briefing: Briefing = coerceBriefing(data);
  const template: Template | undefined = templateFor(data, plan.check);
  const text = plan.exporter.render(briefing, {
    ...plan.renderOptions,
    ...(template ? { template } : {}),
  });
  try {
    if (plan.folder) {
      const stem = basename(input.rel, extname(input.rel));
      const name = outputBaseName(plan.pattern, {
        name: stem,
        briefing: { ...briefing, template: template?.id ?? briefing.template ?? "standard" },
      });
      const relDir = dirname(input.rel);
      const rel = join(relDir === "." ? "" : relDir, name + plan.exporter.extension);
      const abs = plan.folder.place(rel, input.path);
      await writeOutput(abs, text, displayPath(io.cwd, abs), plan.force);
    } else if (plan.output) {
      await writeOutput(resolve(io.cwd, plan.output), text, plan.output, plan.force);
    } else {
      return { status: "written", messages: [], stdout: text };
    }
    return { status: "written", messages: [] };
  } catch (error) {
    return {
      status: "failed",
      messages: [`briefing: ${error instanceof OutputError ? error.message : errorMessage(error)}`],
    };
  }
}
