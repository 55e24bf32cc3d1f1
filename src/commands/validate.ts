import { builtInChecks } from "../core/checks.js";
import { dirname, resolve } from "node:path";
import { mkdirSync } from "node:fs";
import { rules } from "../core/rules/index.js";
import type { FileResult } from "../core/types.js";
import { ExitCode, IoError, UsageError, describeFsError } from "../errors.js";
import type { Io } from "../io/host.js";
import { makeColors } from "../io/colors.js";
import { expandInputs, type Input } from "../io/inputs.js";
import { loadConfig } from "../io/config.js";
import { briefingSelection } from "../io/selection.js";
import { readVersion } from "../io/package.js";
import { createTaskContext, type TaskSpec } from "../io/context.js";
import { validateTask } from "../io/per-input.js";
import { runInWorkers, threadsFor, type Concurrency } from "../io/workers.js";
import { cachedResult, openCache, selectInputs } from "./validate-scale.js";
import { writeFileAtomicSync } from "../io/atomic.js";
import { getReporter, reporterNames } from "../reporters/index.js";

/** Options of `briefing validate`. */
export interface ValidateCommandOptions {
  /** Files, folders, globs, or `-`; none means the configuration's `files`, else the working folder. */
  paths: string[];
  /** `name` or `name=file`, repeatable. */
  reporter?: string[];
  /** Exit 1 above this many warnings. */
  maxWarnings?: number;
  /** Report errors only. */
  quiet?: boolean;
  /** Template id or file for files that do not name one. */
  template?: string;
  /** Extra ignore globs. */
  ignore?: string[];
  /** Name for stdin input. */
  stdinFilename?: string;
  /** Colour override from `--color` / `--no-color`. */
  color?: boolean;
  /** Worker threads for large batches. */
  concurrency?: Concurrency;
  /** `--config` file; found by walking up from the working folder when absent. */
  config?: string;
  /** Print the resolved configuration instead of validating. */
  printConfig?: boolean;
  /** Rewrite what is safe to rewrite. */
  fix?: boolean;
  /** Reuse results of unchanged files. */
  cache?: boolean;
  /** Where the cache is kept (`.briefingcache`). */
  cacheLocation?: string;
  /** Check only files changed since this git ref. */
  changedSince?: string;
  /** `i/n`: check this job's share of the files. */
  shard?: string;
}

interface ReporterTarget {
  name: string;
  file?: string;
}

/** Parses `--reporter name[=file]` values; unknown names are usage errors before any file is read. */
export function parseReporterSpecs(specs: readonly string[] | undefined): ReporterTarget[] {
  const list = specs && specs.length > 0 ? specs : ["stylish"];
  return list.map((spec) => {
    const eq = spec.indexOf("=");
    const name = eq < 0 ? spec : spec.slice(0, eq);
    const file = eq < 0 ? undefined : spec.slice(eq + 1);
    if (!getReporter(name)) {
      throw new UsageError(`unknown reporter "${name}"; choose one of ${reporterNames.join(", ")}`);
    }
    if (file === "") throw new UsageError(`--reporter ${name}= needs a file name after "="`);
    return file === undefined ? { name } : { name, file };
  });
}

export async function runValidate(options: ValidateCommandOptions, io: Io): Promise<number> {
  if (options.printConfig) {
    const { printConfig } = await import("./validate-print-config.js");
    return printConfig(options, io);
  }
  const targets = parseReporterSpecs(options.reporter);
  const stdoutTargets = targets.filter((t) => !t.file);
  if (stdoutTargets.length > 1) {
    throw new UsageError(
      `only one reporter can write to stdout; give the others a file (--reporter ${stdoutTargets[1]?.name}=FILE)`,
    );
  }
  const config = await loadConfig(io.cwd, options.config);
  const { args, expand } = await briefingSelection(options.paths, config, {
    cwd: io.cwd,
    reportFiles: targets.flatMap((t) => (t.file ? [t.file] : [])),
    ...(options.cacheLocation ? { cacheLocation: options.cacheLocation } : {}),
    ...(options.ignore ? { ignore: options.ignore } : {}),
    ...(options.stdinFilename ? { stdinName: options.stdinFilename } : {}),
  });
  const found = await expandInputs(args, expand);
  const inputs = await selectInputs(found, options, io);
  if (inputs.length === 0) {
    // Nothing changed, or this shard is empty: a clean result, said plainly.
    io.stderr.write(
      `briefing: no briefing files to check (${found.length} found, none ${options.changedSince ? `changed since ${options.changedSince}` : "in this shard"})\n`,
    );
    return ExitCode.Ok;
  }
  const spec: TaskSpec = {
    cwd: io.cwd,
    ...(options.cache ? { cache: true } : {}),
    ...(options.template ? { template: options.template } : {}),
    ...(options.config ? { config: options.config } : {}),
  };
  const task = await createTaskContext(spec, config);

  const cache = options.cache ? await openCache(options, task, io) : undefined;
  // Cached results fill their places first; only the other files are validated.
  const results: FileResult[] = new Array<FileResult>(inputs.length);
  const todo: number[] = [];
  for (const [i, input] of inputs.entries()) {
    const hit = cache && input.kind === "file" ? cachedResult(cache, input.abs) : undefined;
    if (hit)
      results[i] = {
        ...hit,
        path: input.path,
        problems: hit.problems.map((p) => ({ ...p, path: input.path })),
      };
    else todo.push(i);
  }
  const pending = todo.map((i) => inputs[i] as Input);
  const keep = (result: FileResult & { contentHash?: string }, n: number): void => {
    const i = todo[n] as number;
    const { contentHash: hash, ...plain } = result;
    const input = inputs[i];
    if (cache && hash && input?.kind === "file") cache.set(input.abs, hash, plain);
    results[i] = plain;
  };
  const threads = threadsFor(pending.length, options.concurrency ?? "auto", pending);
  if (threads > 0) {
    await runInWorkers<FileResult>("validate", spec, pending, threads, keep);
  } else {
    for (const [n, input] of pending.entries())
      keep(await validateTask(input, task, () => io.stdin.read()), n);
  }
  if (options.fix) {
    const { fixFiles } = await import("./validate-fix.js");
    fixFiles(inputs, results, task, io);
  }
  await cache?.save();
  if (options.quiet) results.forEach((r, i) => (results[i] = onlyErrors(r)));

  const { reportContext } = await import("../io/report-context.js");
  const ctx = reportContext(
    targets.map((t) => t.name),
    {
      version: readVersion(),
      rules: [
        ...builtInChecks.map(({ id, description }) => ({ id, description })),
        ...rules.map((r) => ({
          id: r.id,
          description: r.description,
          defaultLevel: r.defaultLevel === "error" ? ("error" as const) : ("warning" as const),
        })),
      ],
      ...(options.maxWarnings !== undefined ? { maxWarnings: options.maxWarnings } : {}),
    },
    io,
  );
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  // Warnings turn a report red only when they fail the run.
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings)
    ctx.failOnWarnings = true;
  for (const target of targets) {
    const reporter = getReporter(target.name);
    if (!reporter) continue;
    const toFile = target.file !== undefined;
    const colors = await makeColors(!toFile && options.color);
    const text = reporter(results, { ...ctx, colors });
    if (target.file !== undefined) writeReport(resolve(io.cwd, target.file), target.file, text);
    else io.stdout.write(text);
  }

  if (results.some((r) => r.unreadable)) return ExitCode.Usage;
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  if (errors > 0) return ExitCode.Problems;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) return ExitCode.Problems;
  return ExitCode.Ok;
}

function onlyErrors(result: FileResult): FileResult {
  return {
    ...result,
    problems: result.problems.filter((p) => p.severity === "error"),
    warningCount: 0,
  };
}

function writeReport(abs: string, shown: string, text: string): void {
  try {
    mkdirSync(dirname(abs), { recursive: true });
    writeFileAtomicSync(abs, text);
  } catch (error) {
    throw new IoError(`cannot write report: ${describeFsError(error, shown)}`);
  }
}
