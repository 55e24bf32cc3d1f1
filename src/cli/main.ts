import { BriefingError, ExitCode, errorMessage } from "../errors.js";
import { readVersion } from "../io/package.js";
import type { Io } from "../io/host.js";

/**
 * Runs the CLI and returns its exit code; never calls process.exit, so tests can run it
 * in-process. `--version` is answered before any command module is loaded.
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V")) {
    io.stdout.write(`${readVersion()}\n`);
    return ExitCode.Ok;
  }
  const debug = argv.includes("--debug");
  try {
    const { runProgram } = await import("./program.js");
    return await runProgram(
      argv.filter((a) => a !== "--debug"),
      io,
    );
  } catch (error) {
    return reportError(error, io, debug);
  }
}

/** One line for every failure; the stack only with --debug. */
export function reportError(error: unknown, io: Io, debug: boolean): number {
  if (error instanceof BriefingError) {
    io.stderr.write(`briefing: ${error.message}\n`);
    return error.exitCode;
  }
  const message = errorMessage(error);
  io.stderr.write(
    `briefing: unexpected error: ${message.split("\n")[0]}. Run again with --debug and report the output.\n`,
  );
  const stack = (error as { stack?: unknown } | null)?.stack;
  if (debug && typeof stack === "string") io.stderr.write(`${stack}\n`);
  return ExitCode.Usage;
}
