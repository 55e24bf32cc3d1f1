import type { Command } from "commander";
import type { DigestOptions } from "../commands/digest.js";
import type { ListOptions } from "../commands/list.js";
import { collect, concurrency, examples, type CommandContext } from "./options.js";

/** The filters `list` and `digest` share. */
function addFilters(command: Command): Command {
  return command
    .argument("[paths...]", "files, folders or globs (default: the working folder)")
    .option("--since <when>", "from this day: a date (2026-03-04) or an age (7d, 2w)")
    .option("--until <when>", "up to this day: a date or an age")
    .option("--tag <tag>", "only briefings with this tag; repeatable", collect)
    .option("--status <status>", "only draft or final briefings")
    .option("--template <id>", "only briefings that follow this template")
    .option("--author <name>", "only briefings whose author contains this")
    .option("--grep <text>", "only briefings containing this text (case-insensitive)")
    .option("--ignore <glob>", "leave out files matching this glob; repeatable", collect)
    .option("--concurrency <n|auto|off>", "worker threads for large archives", concurrency)
    .option("--cache", "reuse what earlier runs read from unchanged files")
    .option("--cache-location <file>", "where the cache is kept", ".briefingcache");
}

/** `list` and `digest`: the archive as a table, or many briefings as one document. */
export function addArchiveCommands(program: Command, ctx: CommandContext): void {
  const { io, globals } = ctx;
  addFilters(program.command("list").description("list briefings as a table, newest first"))
    .option(
      "--sort <column>",
      "date (newest first), headline, words, status, template, author, path or problems",
    )
    .option("--format <format>", "table, json or csv", "table")
    .addHelpText(
      "after",
      examples(
        "briefing list briefings/",
        "briefing list --since 7d --tag shipping",
        "briefing list archive/ --grep 'red sea' --format csv > hits.csv",
      ),
    )
    .action(async (paths: string[], opts: Omit<ListOptions, "paths">) => {
      const { runList } = await import("../commands/list.js");
      ctx.code = await runList({ ...opts, ...globals(), paths }, io);
    });

  addFilters(
    program
      .command("digest")
      .description("many briefings in one document, with a table of contents"),
  )
    .option(
      "-f, --format <format>",
      "md, html, txt, json or docx; by default from the -o extension, else md",
    )
    .option("-o, --output <file>", "write the digest to this file instead of stdout")
    .option("--title <text>", 'the title (default "Daily digest — <date range>")')
    .option("--order <order>", "date (oldest first) or given (the order of the paths)", "date")
    .option("--include-invalid", "keep briefings that have errors")
    .option("--reading-time", "add each briefing's word count and reading time")
    .option("--force", "overwrite an existing file")
    .addHelpText(
      "after",
      examples(
        "briefing digest briefings/ --since 1d -o digest.html",
        "briefing digest --tag shipping --since 2w -f docx -o week.docx",
        "briefing digest today/*.yaml -f txt | mail -s 'Morning digest' desk@example.org",
      ),
    )
    .action(async (paths: string[], opts: Omit<DigestOptions, "paths">) => {
      const { runDigest } = await import("../commands/digest.js");
      ctx.code = await runDigest({ ...opts, ...globals(), paths }, io);
    });
}
