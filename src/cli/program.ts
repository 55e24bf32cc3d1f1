import { Command, CommanderError, InvalidArgumentError } from "commander";
import { ExitCode } from "../errors.js";
import { readVersion } from "../io/package.js";
import type { Io } from "./io.js";
import type { ValidateCommandOptions } from "../commands/validate.js";
import type { ExportOptions } from "../commands/export.js";
import type { ImportCommandOptions } from "../commands/import.js";
import type { NewOptions } from "../commands/new.js";

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

function nonNegativeInt(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError("expected a whole number, 0 or more.");
  return Number(value);
}

function positiveInt(value: string): number {
  if (!/^[1-9]\d*$/.test(value))
    throw new InvalidArgumentError("expected a whole number, 1 or more.");
  return Number(value);
}

function concurrency(value: string): "auto" | "off" | number {
  if (value === "auto" || value === "off") return value;
  if (/^[1-9]\d*$/.test(value)) return Number(value);
  throw new InvalidArgumentError("expected auto, off or a number of threads.");
}

function sourceFormat(value: string): "txt" | "md" {
  if (value === "txt" || value === "md") return value;
  throw new InvalidArgumentError("expected txt or md.");
}

function outputFormat(value: string): "yaml" | "json" {
  if (value === "yaml" || value === "json") return value;
  throw new InvalidArgumentError("expected yaml or json.");
}

// Listed here rather than imported, so --help does not load the renderers.
const formatList = "md, txt, json or html";

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
    .option(
      "-c, --config <file>",
      "configuration file (default: briefing.config.yaml or .briefingrc.* found upwards)",
    )
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

  // Options every command shares: colour and the configuration file.
  const globals = (): { color?: boolean; config?: string } => {
    const { color: c, config } = program.opts<{ color?: boolean; config?: string }>();
    return { ...(c !== undefined ? { color: c } : {}), ...(config ? { config } : {}) };
  };

  program
    .command("new")
    .description("write a briefing, walked through each part; every answer is kept in a draft")
    .argument("[file]", "where to save (default: <outDir>/<date>-<slug>.yaml)")
    .option("-t, --template <name|file>", "template to write (asked when not given)")
    .option(
      "--answers <file>",
      "create it without questions from a YAML or JSON file (- for stdin)",
    )
    .option("--resume [draft]", "continue a draft (the newest when no path is given)")
    .option("--force", "overwrite an existing file without asking")
    .addHelpText(
      "after",
      examples(
        "briefing new",
        "briefing new briefs/rates.yaml --template flash",
        "briefing new --resume",
        "briefing new --answers answers.yaml out.yaml",
      ),
    )
    .action(async (file: string | undefined, opts: Omit<NewOptions, "file">) => {
      const { runNew } = await import("../commands/new.js");
      code = await runNew({ ...opts, ...globals(), ...(file ? { file } : {}) }, io);
    });

  program
    .command("edit")
    .description("revise a briefing with the same prompts; comments and key order are kept")
    .argument("<file>", "the briefing (YAML)")
    .addHelpText("after", examples("briefing edit briefs/rates.yaml"))
    .action(async (file: string) => {
      const { runEdit } = await import("../commands/edit.js");
      code = await runEdit({ ...globals(), file }, io);
    });

  program
    .command("drafts")
    .description("list unfinished drafts and how to resume them")
    .addHelpText("after", examples("briefing drafts", "briefing new --resume"))
    .action(async () => {
      const { runDrafts } = await import("../commands/drafts.js");
      code = runDrafts(io);
    });

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
    .option(
      "--concurrency <n>",
      "worker threads for large batches: auto, off or a number",
      concurrency,
    )
    .option("--print-config", "print the resolved configuration (rules, levels, options) and exit")
    .option(
      "--cache",
      "skip files unchanged since the last run (content hash, configuration and version)",
    )
    .option("--cache-location <file>", "where the cache is kept", ".briefingcache")
    .option(
      "--changed-since <ref>",
      "check only briefings changed since this git ref (and new ones)",
    )
    .option("--shard <i/n>", "check the i-th of n shares of the files, for parallel CI jobs")
    .option(
      "--fix",
      "rewrite what is safe to rewrite (trailing spaces, control characters, quote style), keeping comments",
    )
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
      code = await runValidate({ ...opts, ...globals(), paths }, io);
    });

  program
    .command("export")
    .description("export briefings to Markdown, plain text, JSON or HTML")
    .argument("[paths...]", "files, folders (searched recursively), quoted globs, or - for stdin", [
      ".",
    ])
    .option("-f, --format <format>", `${formatList}; by default from the -o extension, else md`)
    .option("-o, --output <file>", "write the one export to this file instead of stdout")
    .option("-d, --out-dir <dir>", "write one file per input here, keeping the inputs' folders")
    .option(
      "--name <pattern>",
      "output file name for --out-dir: {name}, {slug}, {date}, {template}",
      undefined,
    )
    .option("--force", "overwrite existing files")
    .option("--no-validate", "export whatever parses, without checking the schema and limits")
    .option("--front-matter", "md: add the metadata as YAML front matter")
    .option("--lang <code>", "html: the page language", undefined)
    .option("-t, --template <name|file>", "template for files that do not name one")
    .option("--ignore <glob>", "leave out files matching this glob; repeatable", collect)
    .option("--stdin-filename <name>", "name (and format, by extension) for input read from stdin")
    .option("-w, --watch", "keep running and re-export each input when it changes")
    .option(
      "--concurrency <n>",
      "worker threads for large batches: auto, off or a number",
      concurrency,
    )
    .addHelpText(
      "after",
      examples(
        "briefing export brief.yaml                      # Markdown to stdout",
        "briefing export brief.yaml -o brief.html",
        "briefing export briefings/ --format txt --out-dir out/",
        "briefing export 'archive/**/*.yaml' -f md --front-matter -d site/content --name '{date}-{slug}'",
      ),
    )
    .action(async (paths: string[], opts: Omit<ExportOptions, "paths">) => {
      const { runExport } = await import("../commands/export.js");
      code = await runExport({ ...opts, ...globals(), paths }, io);
    });

  program
    .command("import")
    .description("turn plain-text and Markdown briefings into briefing files")
    .argument(
      "[paths...]",
      "files, folders (searched for *.txt and *.md), quoted globs, or - for stdin",
      ["."],
    )
    .option(
      "--from <format>",
      "source format, txt or md (default: by extension, else by content)",
      sourceFormat,
    )
    .option(
      "-f, --format <format>",
      "output format, yaml or json (default: from the -o extension, else yaml)",
      outputFormat,
    )
    .option("-o, --output <file>", "write the one briefing to this file instead of stdout")
    .option("-d, --out-dir <dir>", "write one file per input here, keeping the inputs' folders")
    .option("--force", "overwrite existing files")
    .option(
      "-t, --template <name|file>",
      "template whose labels name the sections (default: standard)",
    )
    .option("--lenient", "keep labels the template does not know as custom sections")
    .option("--ignore <glob>", "leave out files matching this glob; repeatable", collect)
    .option("--stdin-filename <name>", "name (and format, by extension) for input read from stdin")
    .addHelpText(
      "after",
      examples(
        "briefing import brief.txt                       # YAML to stdout",
        "briefing import brief.md -o brief.yaml",
        "briefing import archive/ --out-dir briefings/",
        "pbpaste | briefing import - --template flash -o flash.yaml",
      ),
    )
    .action(async (paths: string[], opts: Omit<ImportCommandOptions, "paths">) => {
      const { runImport } = await import("../commands/import.js");
      code = await runImport({ ...opts, ...globals(), paths }, io);
    });

  program
    .command("show")
    .description("show a briefing in the terminal")
    .argument("<file>", "briefing file, or - for stdin")
    .option(
      "--width <columns>",
      "wrap at this width (default: the terminal's, at most 100)",
      positiveInt,
    )
    .option("-t, --template <name|file>", "template for a file that does not name one")
    .addHelpText(
      "after",
      examples(
        "briefing show examples/freight-rates.yaml",
        "briefing show brief.yaml --width 72 | less -R",
      ),
    )
    .action(async (file: string, opts: { width?: number; template?: string }) => {
      const { runShow } = await import("../commands/show.js");
      code = await runShow({ ...opts, ...globals(), file }, io);
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
      code = await runSchema({ ...opts, ...globals() }, io);
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
      code = await runTemplates({ name, json: opts.json, ...globals() }, io);
    });

  program
    .command("init")
    .description("write a commented configuration file")
    .argument("[file]", "where to write it", "briefing.config.yaml")
    .addHelpText("after", examples("briefing init", "briefing init .briefingrc.yaml"))
    .action(async (file: string) => {
      const { runInit } = await import("../commands/init.js");
      code = runInit({ file }, io);
    });

  program
    .command("completion")
    .description("print a shell completion script")
    .argument("<shell>", "bash, zsh or fish")
    .addHelpText(
      "after",
      examples(
        'eval "$(briefing completion bash)"',
        "briefing completion fish > ~/.config/fish/completions/briefing.fish",
      ),
    )
    .action(async (shell: string) => {
      const { runCompletion } = await import("../commands/completion.js");
      const flags = (cmd: Command) =>
        cmd.options.flatMap((o) => [o.short, o.long].filter((f): f is string => Boolean(f)));
      code = runCompletion(
        shell,
        {
          globalOptions: flags(program),
          commands: program.commands.map((c) => ({
            name: c.name(),
            options: [...flags(c), "--help"],
          })),
        },
        io,
      );
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
