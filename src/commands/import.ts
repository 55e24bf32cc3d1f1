import { basename, extname, relative, resolve } from "node:path";
import { decodeText, encodingProblem } from "../core/decode.js";
import type { Template } from "../core/template.js";
import { briefingFileText } from "../core/serialize.js";
import { schemaRef } from "../io/schema-ref.js";
import type { Problem } from "../core/types.js";
import { type ValidateOptions } from "../core/validate.js";
import { validateText } from "../core/inspect-text.js";
import { describeFsError, ExitCode, IoError, UsageError } from "../errors.js";
import type { Io } from "../io/host.js";
import { chooseTemplate } from "../import/choose.js";
import { detectImportFormat, parseBriefingText, type ImportFormat } from "../import/index.js";
import { fileReport, importReport, summarise, type FileReport } from "../import/report.js";
import type { ImportResult } from "../import/types.js";
import { writeFileAtomicSync } from "../io/atomic.js";
import { isEnglishWord } from "../io/words.js";
import { expandInputs, type Input } from "../io/inputs.js";
import {
  besideInput,
  deliver,
  failureLine,
  OutputFolder,
  type OutputTarget,
} from "../io/output.js";
import { createTaskContext } from "../io/context.js";
import { readInput } from "../io/per-input.js";
import { problemLine } from "../reporters/problem-line.js";

/** Options of `briefing import`. */
export interface ImportCommandOptions {
  /** Files, folders, globs, or `-`. */
  paths: string[];
  /** Force the source format instead of detecting it. */
  from?: ImportFormat;
  /** Output format: yaml (default, or from the -o extension) or json. */
  format?: "yaml" | "json";
  /** One output file. */
  output?: string;
  /** Folder for many outputs. */
  outDir?: string;
  /** Overwrite existing files. */
  force?: boolean;
  /** Template whose labels name the sections, or `auto` to pick the best fit per file. */
  template?: string;
  /** Keep unknown labels as custom sections. */
  lenient?: boolean;
  /** Refuse a text with problems instead of writing what was found. */
  strict?: boolean;
  /** Remove page markers and glued footnote digits instead of only reporting them. */
  clean?: boolean;
  /** Write the import report (JSON) to this file. */
  report?: string;
  /** Say why each template was chosen, and list every guess and every line left out. */
  verbose?: boolean;
  /** Extra ignore globs. */
  ignore?: string[];
  /** Name for stdin input. */
  stdinFilename?: string;
  /** `--config` file; found by walking up from the working folder when absent. */
  config?: string;
}

interface Outcome {
  status: "written" | "skipped" | "failed";
  messages: string[];
  stdout?: string;
  problems: boolean;
  report: FileReport;
}

/** Where in the source text a problem with the imported briefing comes from. */
function locateInSource(problem: Problem, lines: Map<string, number>, file: string): Problem {
  let pointer = problem.pointer ?? "";
  while (pointer && !lines.has(pointer)) pointer = pointer.slice(0, pointer.lastIndexOf("/"));
  const line = lines.get(pointer) ?? lines.get("/headline") ?? 1;
  return { ...problem, path: file, line, column: 1 };
}

export async function runImport(options: ImportCommandOptions, io: Io): Promise<number> {
  const format =
    options.format ?? (options.output && /\.json$/i.test(options.output) ? "json" : "yaml");
  if (options.output && options.outDir)
    throw new UsageError("give either -o FILE or --out-dir DIR, not both");
  const inputs = await expandInputs(options.paths, {
    cwd: io.cwd,
    folderGlob: {
      pattern: "**/*.{txt,md,markdown}",
      describe: "text or Markdown files (*.txt, *.md)",
    },
    ...(options.ignore ? { ignore: options.ignore } : {}),
    ...(options.stdinFilename ? { stdinName: options.stdinFilename } : {}),
  });
  if (inputs.length > 1 && !options.outDir) {
    throw new UsageError(
      `${inputs.length} inputs: use --out-dir DIR to import many files (-o and stdout take one)`,
    );
  }
  const named = options.template === "auto" ? undefined : options.template;
  const ctx = await createTaskContext({
    cwd: io.cwd,
    ...(named ? { template: named } : {}),
    ...(options.config ? { config: options.config } : {}),
  });
  // `auto` unless a template is named on the command line or in the configuration.
  const auto = options.template === "auto" || (!named && ctx.config.template === undefined);
  const all = [...ctx.check.templates.values()];
  const template = ctx.check.templates.get(ctx.check.defaultTemplate ?? "standard");
  if (!template) throw new UsageError("no template to import with");
  const importOptions = {
    file: "",
    isWord: isEnglishWord,
    ...(options.lenient ? { lenient: true } : {}),
    ...(options.strict ? { strict: true } : {}),
    ...(options.clean ? { clean: true } : {}),
  };
  const parse = (
    text: string,
    from: ImportFormat,
    file: string,
  ): { result: ImportResult; template: Template; reasons?: string[] } => {
    if (auto) {
      const choice = chooseTemplate(text, from, all, { ...importOptions, file });
      return { result: choice.result, template: choice.template, reasons: choice.reasons };
    }
    const others = all.filter((t) => t !== template);
    return {
      result: parseBriefingText(text, from, { ...importOptions, file, template, others }),
      template,
    };
  };
  const reports: FileReport[] = [];
  const target: OutputTarget = {
    force: options.force === true,
    ...(options.outDir ? { folder: new OutputFolder(resolve(io.cwd, options.outDir)) } : {}),
    ...(options.output ? { output: options.output } : {}),
  };
  const tally = { written: 0, skipped: 0, failed: 0 };
  let problems = false;
  const report = (o: Outcome): void => {
    tally[o.status]++;
    problems ||= o.problems;
    for (const line of o.messages) io.stderr.write(`${line}\n`);
    if (options.report || options.verbose)
      for (const line of summarise(o.report, options.verbose === true))
        io.stderr.write(`${line}\n`);
    if (o.stdout !== undefined) io.stdout.write(o.stdout);
    reports.push(o.report);
  };

  // Where a file lands, for the schema line's path; standard output counts as the cwd.
  const destination = (rel: string): string =>
    options.outDir
      ? resolve(io.cwd, options.outDir, rel)
      : resolve(io.cwd, options.output ?? "briefing.yaml");

  const importOne = async (input: Input): Promise<Outcome> => {
    const read = await readInput(input, () => io.stdin.read(), ctx.config.limits.maxFileSize);
    const skipped = (problems: Problem[], result?: ImportResult, extra = {}): Outcome => ({
      status: "skipped",
      messages: problems.map(problemLine),
      problems: true,
      report: fileReport(input.path, result, { status: "skipped", problems, ...extra }),
    });
    if ("result" in read) return skipped(read.result.problems);
    const decoded = decodeText(read.bytes);
    if (!decoded.ok) return skipped([encodingProblem(input.path, decoded.message)]);
    const from = options.from ?? detectImportFormat(input.path, decoded.text);
    const chosen = parse(decoded.text, from, input.path);
    const parsed = chosen.result;
    const about = {
      template: chosen.template.id,
      ...(chosen.reasons ? { templateReasons: chosen.reasons } : {}),
    };
    if (!parsed.briefing) return skipped(parsed.problems, parsed, about);
    const rel = besideInput(input.rel, `${basename(input.rel, extname(input.rel))}.${format}`);
    const text = briefingFileText(
      parsed.briefing,
      format,
      schemaRef(
        destination(rel),
        parsed.briefing.template ?? chosen.template.id,
        ctx.config.editorSchema,
      ),
    );
    // The briefing is written either way: it is a faithful copy, and the analyst fixes
    // what the template's limits flag in the new file. The problems point at the source.
    const checked = validateText(text, {
      ...(ctx.check as ValidateOptions),
      file: "x.yaml",
      format,
    });
    // An empty summary or conclusion, or a section from an unknown label, was already
    // reported by the import, in its words and at its line in the source.
    const empty = new Set([
      ...(["summary", "conclusion"] as const)
        .filter((k) => parsed.briefing?.[k] === "")
        .map((k) => `/${k}`),
      ...(parsed.reported ?? []),
    ]);
    const findings = [
      ...parsed.problems,
      ...checked.problems
        .filter((p) => !empty.has(p.pointer ?? ""))
        .map((p) => locateInSource(p, parsed.lines, input.path)),
    ];
    const messages = findings.map(problemLine);
    const hasErrors = findings.some((p) => p.severity === "error");
    const output = target.folder
      ? relative(io.cwd, resolve(io.cwd, options.outDir ?? ".", rel))
      : options.output;
    const report = (status: Outcome["status"]): FileReport =>
      fileReport(input.path, parsed, {
        status,
        problems: findings,
        ...about,
        ...(output !== undefined && status === "written" ? { output } : {}),
      });
    try {
      const stdout = deliver(target, rel, input.path, text, io.cwd);
      return {
        status: "written",
        messages,
        ...(stdout !== undefined ? { stdout } : {}),
        problems: hasErrors,
        report: report("written"),
      };
    } catch (error) {
      return {
        status: "failed",
        messages: [...messages, failureLine(error)],
        problems: hasErrors,
        report: report("failed"),
      };
    }
  };

  for (const input of inputs) report(await importOne(input));
  if (target.folder || target.output || tally.skipped + tally.failed > 0) {
    const where = options.outDir
      ? ` to ${options.outDir}`
      : options.output
        ? ` to ${options.output}`
        : "";
    const parts = [`${tally.written} imported${where}`];
    if (tally.skipped) parts.push(`${tally.skipped} skipped (could not be read as a briefing)`);
    if (tally.failed) parts.push(`${tally.failed} failed`);
    io.stderr.write(`${parts.join(", ")}\n`);
  }
  if (options.report) {
    try {
      writeFileAtomicSync(
        resolve(io.cwd, options.report),
        `${JSON.stringify(importReport(reports), null, 2)}\n`,
      );
    } catch (error) {
      throw new IoError(
        `cannot write the import report: ${describeFsError(error, options.report)}`,
      );
    }
  }
  if (tally.failed > 0) return ExitCode.Usage;
  return problems ? ExitCode.Problems : ExitCode.Ok;
}
