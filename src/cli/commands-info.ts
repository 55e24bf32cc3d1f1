import type { Command } from "commander";
import { examples, type CommandContext } from "./options.js";

/** `schema`, `templates`, `init`, `completion` and `lsp`: the tool describing itself and serving editors. Each handler is imported when its command runs. */
export function addInfoCommands(program: Command, ctx: CommandContext): void {
  const { io, globals } = ctx;
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
      ctx.code = await runSchema({ ...opts, ...globals() }, io);
    });

  program
    .command("templates")
    .description("list the available templates, or show one")
    .argument("[name]", "template id or template file to show")
    .option("--json", "print as JSON")
    .option("--ids", "print only the template ids, one a line (for scripts and completion)")
    .addHelpText(
      "after",
      examples(
        "briefing templates",
        "briefing templates bluf",
        "briefing templates ./my-template.yaml --json",
      ),
    )
    .action(async (name: string | undefined, opts: { json?: boolean; ids?: boolean }) => {
      const { runTemplates } = await import("../commands/templates.js");
      ctx.code = await runTemplates({ name, json: opts.json, ids: opts.ids, ...globals() }, io);
    });

  program
    .command("init")
    .description("write a commented configuration file")
    .argument("[file]", "where to write it", "briefing.config.yaml")
    .addHelpText("after", examples("briefing init", "briefing init .briefingrc.yaml"))
    .action(async (file: string) => {
      const { runInit } = await import("../commands/init.js");
      ctx.code = runInit({ file }, io);
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
      const { completionTable } = await import("./completion-table.js");
      ctx.code = runCompletion(shell, completionTable(program), io);
    });

  program
    .command("lsp")
    .description("serve the Language Server Protocol over stdio: the same checks in any editor")
    .option("--stdio", "talk over standard input and output (the default and only transport)")
    .addHelpText("after", examples("briefing lsp", "briefing lsp --stdio"))
    .action(async (opts: { stdio?: boolean }) => {
      const { runLsp } = await import("../commands/lsp.js");
      ctx.code = await runLsp(opts, io);
    });
}
