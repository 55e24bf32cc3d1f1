import { leavesNoBriefing } from "../core/checks.js";
import { coerceBriefing, templateFor } from "../core/validate.js";
import { inspectFile } from "../io/inspect.js";
import { statSync } from "node:fs";
import { resolve } from "node:path";
import { ExitCode, UsageError } from "../errors.js";

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
import type { Io } from "../io/host.js";
import { makeColors } from "../io/colors.js";
import { problemLine } from "../reporters/problem-line.js";
import { expandInputs } from "../io/inputs.js";
import { renderTerminal } from "../render/terminal.js";
import { createTaskContext } from "../io/context.js";
import { readInput } from "../io/per-input.js";
import { DEFAULT_WORDS_PER_MINUTE } from "../core/reading.js";

/** Options of `briefing show`. */
export interface ShowOptions {
  /** The briefing file, or `-`. */
  file: string;
  /** Columns to wrap at; the terminal's width by default. */
  width?: number;
  /** Template for a file that does not name one. */
  template?: string;
  /** Colour override. */
  color?: boolean;
  /** `--config` file. */
  config?: string;
}

export async function runShow(options: ShowOptions, io: Io): Promise<number> {
  if (options.file !== "-" && isFolder(resolve(io.cwd, options.file))) {
    throw new UsageError(`show takes one briefing file; ${options.file} is a folder`);
  }
  const [input] = await expandInputs([options.file], { cwd: io.cwd });
  if (!input) return ExitCode.Usage;
  const task = await createTaskContext({
    cwd: io.cwd,
    ...(options.template ? { template: options.template } : {}),
    ...(options.config ? { config: options.config } : {}),
  });
  const read = await readInput(input, () => io.stdin.read(), task.config.limits.maxFileSize);
  if ("result" in read) {
    for (const p of read.result.problems) io.stderr.write(`${problemLine(p)}\n`);
    // Unreadable is an I/O error; refused for its size is a problem with the input.
    return read.result.unreadable ? ExitCode.Usage : ExitCode.Problems;
  }
  const check = task.check;
  const { result, source } = await inspectFile(read.bytes, { ...check, file: input.path });
  const errors = result.problems.filter((p) => p.severity === "error");
  // Syntax and schema errors leave nothing sensible to show; limit errors still do.
  const blocking = errors.filter(leavesNoBriefing);
  for (const p of errors) io.stderr.write(`${problemLine(p)}\n`);
  if (blocking.length > 0 || source?.data === undefined) return ExitCode.Problems;
  const template = templateFor(source.data, check);
  const width = options.width ?? Math.min(io.stdout.columns ?? 80, 100);
  const colors = await makeColors(options.color);
  io.stdout.write(
    renderTerminal(coerceBriefing(source.data), {
      width,
      colors,
      wordsPerMinute: task.config.readingSpeed ?? DEFAULT_WORDS_PER_MINUTE,
      ...(task.config.words ? { words: task.config.words } : {}),
      ...(template ? { template } : {}),
    }),
  );
  return errors.length > 0 ? ExitCode.Problems : ExitCode.Ok;
}
