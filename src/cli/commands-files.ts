import type { Command } from "commander";
import type { ExportOptions } from "../commands/export.js";
import type { ImportCommandOptions } from "../commands/import.js";
import type { ValidateCommandOptions } from "../commands/validate.js";
import {
  collect,
  concurrency,
  examples,
  formatList,
  nonNegativeInt,
  outputFormat,
  positiveInt,
  sourceFormat,
  type CommandContext,
} from "./options.js";

/** `validate`, `export`, `import` and `show`: commands over briefing files. Each handler is imported when its command runs. */
export function addFileCommands(program: Command, ctx: CommandContext): void {
  const { io, globals } = ctx;
  program
    .command("validate")
    .description("check briefing files against the schema, their template and the rules")
    .argument(
      "[paths...]",
      "files, folders (searched recursively), quoted globs, or - for stdin (default: the configuration's files, else .)",
    )
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
      ctx.code = await runValidate({ ...opts, ...globals(), paths }, io);
    });

  program
    .command("export")
    .description("export briefings to Markdown, plain text, JSON, HTML or Word")
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
    .option("--reading-time", "md, html, docx: add the word count and reading time")
    .option("--option <name=value>", "an option of the chosen format; repeatable", collect)
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
      ctx.code = await runExport({ ...opts, ...globals(), paths }, io);
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
      "template whose labels name the sections, or auto for the best fit per file (default: auto, unless configured)",
    )
    .option("--lenient", "keep labels the template does not know as custom sections")
    .option("--strict", "refuse a text with problems instead of writing what was found")
    .option("--clean", "remove page markers and footnote digits glued to words")
    .option("--report <file>", "write a JSON report of what went where, per input line")
    .option("-v, --verbose", "say why each template was chosen; list every guess and line left out")
    .option("--ignore <glob>", "leave out files matching this glob; repeatable", collect)
    .option("--stdin-filename <name>", "name (and format, by extension) for input read from stdin")
    .addHelpText(
      "after",
      examples(
        "briefing import brief.txt                       # YAML to stdout",
        "briefing import brief.md -o brief.yaml",
        "briefing import archive/ --out-dir briefings/ --report import-report.json",
        "pbpaste | briefing import - --template flash -o flash.yaml",
      ),
    )
    .action(async (paths: string[], opts: Omit<ImportCommandOptions, "paths">) => {
      const { runImport } = await import("../commands/import.js");
      ctx.code = await runImport({ ...opts, ...globals(), paths }, io);
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
      ctx.code = await runShow({ ...opts, ...globals(), file }, io);
    });
}
