import { Command, CommanderError, InvalidArgumentError } from "commander";
import { ExitCode } from "../errors.js";
import { readVersion } from "../io/package.js";
import type { Io } from "./io.js";
import type { ValidateCommandOptions } from "../commands/validate.js";

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

function nonNegativeInt(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError("expected a whole number, 0 or more.");
  return Number(value);
}

function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join("\n")}\n`;
}

/** The command table: options and arguments only; each handler is imported when its command runs. */
export async function runProgram(argv: readonly string[], io: Io): Promise<number> {
  let code: number = ExitCode.Ok;
  const program = new Command("briefing");
  program
    .description("Write, validate, import and export short structured briefings.")
    .version(readVersion(), "-V, --version", "print the version")
    .option("--color", "force coloured output")
    .option("--no-color", "never colour output")
    .helpOption("-h, --help", "show help")
    .addHelpCommand(false)
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

  const color = (): boolean | undefined => program.opts<{ color?: boolean }>().color;

  program
    .command("validate")
    .description("check briefing files against the schema, their template and the rules")
    .argument("[paths...]", "files, folders (searched recursively), quoted globs, or - for stdin", [
      ".",
    ])
    .option(
      "-r, --reporter <name[=file]>",
      "stylish, json, github, junit or sarif; repeatable; =file writes to a file",
      collect,
    )
    .option("--max-warnings <n>", "exit 1 when there are more warnings than this", nonNegativeInt)
    .option("-q, --quiet", "report errors only")
    .option("-t, --template <name|file>", "template for files that do not name one")
    .option("--ignore <glob>", "leave out files matching this glob; repeatable", collect)
    .option("--stdin-filename <name>", "name (and format, by extension) for input read from stdin")
    .addHelpText(
      "after",
      examples(
        "briefing validate briefings/",
        "briefing validate 'briefings/**/*.yaml' --reporter github",
        "briefing validate . --reporter stylish --reporter sarif=briefing.sarif",
        "cat brief.yaml | briefing validate -",
      ),
    )
    .action(async (paths: string[], opts: Omit<ValidateCommandOptions, "paths" | "color">) => {
      const { runValidate } = await import("../commands/validate.js");
      code = await runValidate({ ...opts, paths, color: color() }, io);
    });

  program
    .command("schema")
    .description("print the JSON Schema of briefing files")
    .option("-t, --template <name|file>", "narrow the schema to one template's sections and limits")
    .addHelpText(
      "after",
      examples("briefing schema > briefing.schema.json", "briefing schema --template flash"),
    )
    .action(async (opts: { template?: string }) => {
      const { runSchema } = await import("../commands/schema.js");
      code = await runSchema(opts, io);
    });

  program
    .command("templates")
    .description("list the available templates, or show one")
    .argument("[name]", "template id or template file to show")
    .option("--json", "print as JSON")
    .addHelpText(
      "after",
      examples(
        "briefing templates",
        "briefing templates bluf",
        "briefing templates ./my-template.yaml --json",
      ),
    )
    .action(async (name: string | undefined, opts: { json?: boolean }) => {
      const { runTemplates } = await import("../commands/templates.js");
      code = await runTemplates({ name, json: opts.json, color: color() }, io);
    });

  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; every parse error is a usage error.
      return error.exitCode === 0 ? ExitCode.Ok : ExitCode.Usage;
    }
    throw error;
  }
  return code;
}
