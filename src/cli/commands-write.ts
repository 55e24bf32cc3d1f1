import type { Command } from "commander";
import type { NewOptions } from "../commands/new.js";
import { examples, type CommandContext } from "./options.js";

/** `new`, `edit` and `drafts`: writing briefings. Each handler is imported when its command runs. */
export function addWritingCommands(program: Command, ctx: CommandContext): void {
  const { io, globals } = ctx;
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
      ctx.code = await runNew({ ...opts, ...globals(), ...(file ? { file } : {}) }, io);
    });

  program
    .command("edit")
    .description("revise a briefing with the same prompts; comments and key order are kept")
    .argument("<file>", "the briefing (YAML)")
    .addHelpText("after", examples("briefing edit briefs/rates.yaml"))
    .action(async (file: string) => {
      const { runEdit } = await import("../commands/edit.js");
      ctx.code = await runEdit({ ...globals(), file }, io);
    });

  program
    .command("drafts")
    .description("list unfinished drafts and how to resume them")
    .addHelpText("after", examples("briefing drafts", "briefing new --resume"))
    .action(async () => {
      const { runDrafts } = await import("../commands/drafts.js");
      ctx.code = runDrafts(io);
    });
}
