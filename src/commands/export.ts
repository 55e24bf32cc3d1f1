import { resolve } from "node:path";
import { checkNamePattern } from "../core/naming.js";
import { ExitCode, UsageError } from "../errors.js";
import type { Io } from "../io/host.js";
import { expandInputs, type Input } from "../io/inputs.js";
import { failureLine, OutputFolder, type OutputTarget } from "../io/output.js";
import { deliverTracked, manifestFor, type ExportManifest } from "../io/manifest.js";
import { createTaskContext, type TaskContext, type TaskSpec } from "../io/context.js";
import { prepareExport, type Prepared } from "../io/per-input.js";
import { runInWorkers, threadsFor, type Concurrency } from "../io/workers.js";
import { exporters, getExporter } from "../render/index.js";
import { chooseFormat } from "./output-format.js";

/** Options of `briefing export`. */
export interface ExportOptions {
  /** Files, folders, globs, or `-`. */
  paths: string[];
  /** md, txt, json, html or docx; from the -o extension when absent, else md. */
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
  /** md, html, docx: a line with the word count and reading time under the headline. */
  readingTime?: boolean;
  /** A format's own options, `name=value`, as its exporter declares them; repeatable. */
  option?: string[];
  /** Template for files that do not name one. */
  template?: string;
  /** Extra ignore globs. */
  ignore?: string[];
  /** Name for stdin input. */
  stdinFilename?: string;
  /** Keep running and re-export inputs when they change. */
  watch?: boolean;
  /** Worker threads for large batches. */
  concurrency?: Concurrency;
  /** `--config` file; found by walking up from the working folder when absent. */
  config?: string;
}

/** Counts for the closing summary. */
interface Tally {
  written: number;
  unchanged: number;
  skipped: number;
  failed: number;
}

/** What became of one input, and what to print about it. */
interface Outcome {
  status: keyof Tally;
  messages: string[];
  stdout?: string | Uint8Array;
}

/** `--option name=value` pairs, checked against the options the format's exporter declares. */
function formatOptions(format: string, pairs: readonly string[]): Record<string, unknown> {
  const declared = getExporter(format)?.options ?? {};
  const known = Object.keys(declared);
  const out: Record<string, unknown> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf("=");
    const name = eq < 0 ? pair : pair.slice(0, eq);
    const value = eq < 0 ? undefined : pair.slice(eq + 1);
    const option = Object.hasOwn(declared, name) ? declared[name] : undefined;
    if (!option)
      throw new UsageError(
        `format ${format} has no option "${name}"; ${known.length ? `its options: ${known.join(", ")}` : "it takes none"}`,
      );
    if (option.type === "string") {
      if (value === undefined) throw new UsageError(`--option ${name} needs a value: ${name}=…`);
      out[name] = value;
    } else if (value === undefined || value === "true" || value === "false") {
      out[name] = value !== "false";
    } else {
      throw new UsageError(`--option ${name} is true or false, not "${value}"`);
    }
  }
  return out;
}

function checkOptions(options: ExportOptions): string {
  if (options.output && options.outDir)
    throw new UsageError("give either -o FILE or --out-dir DIR, not both");
  const pattern = options.name ?? "{name}";
  const patternProblem = checkNamePattern(pattern);
  if (patternProblem) throw new UsageError(`--name "${pattern}" ${patternProblem}`);
  if (options.name && !options.outDir) throw new UsageError("--name applies to --out-dir exports");
  if (options.watch && !options.output && !options.outDir)
    throw new UsageError("--watch needs -o FILE or --out-dir DIR");
  return pattern;
}

export async function runExport(options: ExportOptions, io: Io): Promise<number> {
  const format = chooseFormat(options, Object.keys(exporters), "export to");
  const pattern = checkOptions(options);
  if (options.readingTime && !getExporter(format)?.options?.readingTime)
    throw new UsageError(`--reading-time applies to md, html and docx, not ${format}`);
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
  const spec: TaskSpec = {
    cwd: io.cwd,
    ...(options.config ? { config: options.config } : {}),
    format,
    pattern,
    validate: options.validate !== false,
    render: {
      ...(options.frontMatter ? { frontMatter: true } : {}),
      ...(options.lang ? { lang: options.lang } : {}),
      ...formatOptions(format, [
        ...(options.readingTime ? ["readingTime"] : []),
        ...(options.option ?? []),
      ]),
    },
    ...(options.template ? { template: options.template } : {}),
  };
  const ctx = await createTaskContext(spec);
  const target: OutputTarget = {
    force: options.force === true,
    ...(options.outDir ? { folder: new OutputFolder(resolve(io.cwd, options.outDir)) } : {}),
    ...(options.output ? { output: options.output } : {}),
  };

  const manifest = manifestFor(target, io.cwd);
  const tally: Tally = { written: 0, unchanged: 0, skipped: 0, failed: 0 };
  const progress = inputs.length >= 20 && io.stderr.isTTY === true;
  let lastProgress = 0;
  let reported = 0;
  const report = (outcome: Outcome): void => {
    tally[outcome.status]++;
    reported++;
    if (progress && outcome.messages.length > 0) io.stderr.write("\r\u001b[K");
    for (const line of outcome.messages) io.stderr.write(`${line}\n`);
    if (outcome.stdout !== undefined) io.stdout.write(outcome.stdout);
    if (progress && Date.now() - lastProgress > 100) {
      io.stderr.write(`\rexporting ${reported}/${inputs.length}`);
      lastProgress = Date.now();
    }
  };
  // Reads and writes are synchronous, so each input is finished and reported, in order,
  // before the next one starts.
  const signal = target.folder ? io.signal : undefined;
  const readStdin = () => io.stdin.read();
  const threads = threadsFor(inputs.length, options.concurrency ?? "auto", inputs);
  if (threads > 0) {
    const done = (prepared: Prepared, i: number) =>
      report(commit(prepared, inputs[i] as Input, target, manifest, io));
    await runInWorkers<Prepared>("export", spec, inputs, threads, done, signal);
  } else {
    for (const input of inputs) {
      if (signal?.aborted) break;
      report(commit(await prepareExport(input, ctx, readStdin), input, target, manifest, io));
    }
  }
  manifest?.save();
  if (progress) io.stderr.write("\r\u001b[K");
  const notStarted = inputs.length - reported;
  const toStdout = !target.folder && !target.output;
  if (!toStdout || tally.skipped + tally.failed > 0 || notStarted > 0)
    io.stderr.write(summaryLine(tally, options, notStarted));
  if (notStarted > 0) return ExitCode.Interrupted;

  if (options.watch) return watch(inputs, ctx, target, manifest, io, report);
  if (tally.failed > 0) return ExitCode.Usage;
  if (tally.skipped > 0) return ExitCode.Problems;
  return ExitCode.Ok;
}

async function watch(
  inputs: Input[],
  ctx: TaskContext,
  target: OutputTarget,
  manifest: ExportManifest | undefined,
  io: Io,
  report: (o: Outcome) => void,
): Promise<number> {
  const { watchInputs } = await import("../io/watch.js");
  await watchInputs(inputs, io, async (input) => {
    // A re-export replaces the file this run wrote, under the same rule as the first run:
    // a file edited by hand since is refused without --force. It is not a second claim
    // on the name.
    const again: OutputTarget = { ...target };
    if (target.folder) again.folder = new OutputFolder(target.folder.abs);
    const outcome = commit(await prepareExport(input, ctx), input, again, manifest, io);
    manifest?.save();
    report(outcome);
    if (outcome.status === "written") io.stderr.write(`re-exported ${input.path}\n`);
  });
  return ExitCode.Interrupted;
}

function summaryLine(t: Tally, options: ExportOptions, notStarted: number): string {
  const where = options.outDir
    ? ` to ${options.outDir}`
    : options.output
      ? ` to ${options.output}`
      : "";
  const parts = [`${t.written} written${where}`];
  if (t.unchanged) parts.push(`${t.unchanged} unchanged`);
  if (t.skipped) parts.push(`${t.skipped} skipped (invalid or unreadable)`);
  if (t.failed) parts.push(`${t.failed} failed`);
  if (notStarted) parts.push(`interrupted with ${notStarted} not exported`);
  return `${parts.join(", ")}\n`;
}

/** Writes a prepared export where it belongs; every failure is reported, never thrown. */
function commit(
  prepared: Prepared,
  input: Input,
  target: OutputTarget,
  manifest: ExportManifest | undefined,
  io: Io,
): Outcome {
  if (prepared.status === "skipped") return { status: "skipped", messages: prepared.messages };
  const toStdout = !target.folder && !target.output;
  if (toStdout && typeof prepared.text !== "string" && io.stdout.isTTY === true)
    return {
      status: "failed",
      messages: [`briefing: ${input.path}: this format is binary; write it to a file with -o FILE`],
    };
  try {
    const { delivery, stdout } = deliverTracked(
      target,
      manifest,
      prepared.rel,
      input.path,
      prepared.text,
      io.cwd,
    );
    const status = delivery === "unchanged" ? "unchanged" : "written";
    return { status, messages: [], ...(stdout !== undefined ? { stdout } : {}) };
  } catch (error) {
    return { status: "failed", messages: [failureLine(error)] };
  }
}
