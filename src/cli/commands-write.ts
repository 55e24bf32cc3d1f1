import type { Command } from "commander";
import type { NewOptions } from "../commands/new.js";
import type { PruneOptions } from "../commands/drafts.js";
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
    .option(
      "--answers <file>",
      "apply a partial briefing (only the parts given) without questions (- for stdin)",
    )
    .addHelpText(
      "after",
      examples(
        "briefing edit briefs/rates.yaml",
        "briefing edit briefs/rates.yaml --answers fix.yaml",
      ),
    )
    .action(async (file: string, opts: { answers?: string }) => {
      const { runEdit } = await import("../commands/edit.js");
      ctx.code = await runEdit({ ...globals(), ...opts, file }, io);
    });

  const drafts = program
    .command("drafts")
    .description("list, show, delete and prune unfinished drafts")
    .addHelpText(
      "after",
      examples(
        "briefing drafts",
        "briefing drafts show 20261128T090000-k3j9a2",
        "briefing drafts delete 20261128T090000-k3j9a2",
        "briefing drafts prune --older-than 30d",
        "briefing new --resume",
      ),
    );
  drafts
    .command("list", { isDefault: true })
    .description("list drafts, newest first, with the command that resumes each")
    .action(async () => {
      const { runDrafts } = await import("../commands/drafts.js");
      ctx.code = runDrafts(io);
    });
  drafts
    .command("show")
    .description("show where a draft stands and its answers")
    .argument("<draft>", "a draft's name (as listed) or path")
    .action(async (name: string) => {
      const { runDraftsShow } = await import("../commands/drafts.js");
      ctx.code = runDraftsShow(name, io);
    });
  drafts
    .command("delete")
    .description("delete drafts")
    .argument("<drafts...>", "drafts' names (as listed) or paths")
    .action(async (names: string[]) => {
      const { runDraftsDelete } = await import("../commands/drafts.js");
      ctx.code = runDraftsDelete(names, io);
    });
  drafts
    .command("prune")
    .description("delete drafts not saved for a given time")
    .requiredOption("--older-than <age>", "a number and a unit: 90m, 12h, 30d or 2w")
    .option("--dry-run", "list what would be deleted and delete nothing")
    .action(async (opts: PruneOptions) => {
      const { runDraftsPrune } = await import("../commands/drafts.js");
      ctx.code = runDraftsPrune(opts, io);
    });
}
