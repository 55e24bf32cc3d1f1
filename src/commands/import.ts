import { basename, extname, resolve } from "node:path";
import { decodeText, encodingProblem } from "../core/decode.js";
import { briefingFileText } from "../core/serialize.js";
import type { Problem } from "../core/types.js";
import { validateText, type ValidateOptions } from "../core/validate.js";
import { ExitCode, UsageError } from "../errors.js";
import type { Io } from "../cli/io.js";
import { detectImportFormat, parseBriefingText, type ImportFormat } from "../import/index.js";
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
  /** Template whose labels name the sections. */
  template?: string;
  /** Keep unknown labels as custom sections. */
  lenient?: boolean;
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
  const ctx = await createTaskContext({
    cwd: io.cwd,
    ...(options.template ? { template: options.template } : {}),
    ...(options.config ? { config: options.config } : {}),
  });
  const template = ctx.check.templates.get(ctx.check.defaultTemplate ?? "standard");
  if (!template) throw new UsageError("no template to import with");
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
    if (o.stdout !== undefined) io.stdout.write(o.stdout);
  };

  const importOne = async (input: Input): Promise<Outcome> => {
    const read = await readInput(input, () => io.stdin.read(), ctx.config.limits.maxFileSize);
    if ("result" in read)
      return { status: "skipped", messages: read.result.problems.map(problemLine), problems: true };
    const decoded = decodeText(read.bytes);
    if (!decoded.ok) {
      const p = encodingProblem(input.path, decoded.message);
      return { status: "skipped", messages: [problemLine(p)], problems: true };
    }
    const from = options.from ?? detectImportFormat(input.path, decoded.text);
    const parsed = parseBriefingText(decoded.text, from, {
      template,
      file: input.path,
      ...(options.lenient ? { lenient: true } : {}),
    });
    if (!parsed.briefing)
      return { status: "skipped", messages: parsed.problems.map(problemLine), problems: true };
    const text = briefingFileText(parsed.briefing, format);
    // The briefing is written either way: it is a faithful copy, and the analyst fixes
    // what the template's limits flag in the new file. The problems point at the source.
    const checked = validateText(text, {
      ...(ctx.check as ValidateOptions),
      file: "x.yaml",
      format,
    });
    const findings = checked.problems.map((p) => locateInSource(p, parsed.lines, input.path));
    const messages = findings.map(problemLine);
    const hasErrors = checked.errorCount > 0;
    try {
      const rel = besideInput(input.rel, `${basename(input.rel, extname(input.rel))}.${format}`);
      const stdout = deliver(target, rel, input.path, text, io.cwd);
      return {
        status: "written",
        messages,
        ...(stdout !== undefined ? { stdout } : {}),
        problems: hasErrors,
      };
    } catch (error) {
      return { status: "failed", messages: [...messages, failureLine(error)], problems: hasErrors };
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
  if (tally.failed > 0) return ExitCode.Usage;
  return problems ? ExitCode.Problems : ExitCode.Ok;
}
