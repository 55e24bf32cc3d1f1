import { Command, CommanderError } from "commander";
import { ExitCode } from "../errors.js";
import { useColor } from "./colors.js";
import { readVersion } from "../io/package.js";
import type { Io } from "../io/host.js";
import { addFileCommands } from "./commands-files.js";
import { addInfoCommands } from "./commands-info.js";
import { addArchiveCommands } from "./commands-archive.js";
import { addWritingCommands } from "./commands-write.js";
import { examples, type CommandContext } from "./options.js";

/** The command table: options and arguments only; each handler is imported when its command runs. */
export async function runProgram(argv: readonly string[], io: Io): Promise<number> {
  const program = new Command("briefing");
  program
    .description("Write, validate, import and export short structured briefings.")
    .version(readVersion(), "-V, --version", "print the version")
    .option(
      "-c, --config <file>",
      "configuration file (default: briefing.config.yaml or .briefingrc.* found upwards)",
    )
    .option("--color", "force coloured output")
    .option("--no-color", "never colour output")
    // Taken off the command line by main before parsing; listed so --help shows it.
    .option("--debug", "print the stack trace of a crash")
    .helpOption("-h, --help", "show help")
    .helpCommand("help [command]", "show help for a command")
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // Commander puts suggestions on a second line; every error here is one line.
      outputError: (s, write) =>
        write(
          `${s
            .trimEnd()
            .replace(/^error: /, "briefing: ")
            .replace(/\n+/g, " ")}\n`,
        ),
    })
    .addHelpText(
      "after",
      examples(
        "briefing validate briefings/",
        "briefing templates standard",
        "briefing schema > briefing.schema.json",
      ),
    );

  // Options every command shares: colour, decided here once for every command from the
  // flag, the environment and the terminal, and the configuration file.
  const globals = (): { color: boolean; config?: string } => {
    const { color: flag, config } = program.opts<{ color?: boolean; config?: string }>();
    return { color: useColor(io.stdout, io.env, flag), ...(config ? { config } : {}) };
  };

  const ctx: CommandContext = { io, globals, code: ExitCode.Ok };
  addWritingCommands(program, ctx);
  addFileCommands(program, ctx);
  addArchiveCommands(program, ctx);
  addInfoCommands(program, ctx);

  // `help nope` would print the whole help as an error; name the unknown command in one
  // line instead, with commander's suggestion, as `briefing nope` does.
  const [first, second] = argv;
  const unknownHelp =
    first === "help" &&
    second !== undefined &&
    !second.startsWith("-") &&
    !program.commands.some((c) => c.name() === second || c.aliases().includes(second));
  try {
    await program.parseAsync(unknownHelp ? [second] : [...argv], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; every parse error is a usage error.
      return error.exitCode === 0 ? ExitCode.Ok : ExitCode.Usage;
    }
    throw error;
  }
  return ctx.code;
}
