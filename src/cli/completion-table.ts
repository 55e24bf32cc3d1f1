import { importFormats } from "../import/formats.js";
import type { Command, Option } from "commander";
import type { CommandTable, OptionInfo, Values } from "../commands/completion.js";
import { shellNames } from "../commands/completion.js";
import { formatIds } from "../render/index.js";
import { reporterNames } from "../reporters/index.js";

// What each option's value is, where its name alone does not say: the rest take files.
const byOption: Record<string, Values> = {
  "--template": "templates",
  "--reporter": { words: reporterNames },
  "--from": { words: importFormats },
  "--concurrency": { words: ["auto", "off"] },
};
const byCommandOption: Record<string, Values> = {
  "export --format": { words: formatIds },
  "import --format": { words: ["yaml", "json"] },
};

function optionInfo(command: string, o: Option): OptionInfo {
  const flags = [o.short, o.long].filter((f): f is string => Boolean(f));
  if (!o.required && !o.optional) return { flags };
  const values = byCommandOption[`${command} ${o.long}`] ?? byOption[o.long ?? ""] ?? "files";
  return { flags, values };
}

/** The command table completion scripts are written from, read off the program itself. */
export function completionTable(program: Command): CommandTable {
  const names = program.commands.map((c) => c.name());
  const args: Record<string, Values> = {
    templates: "templates",
    completion: { words: shellNames },
    drafts: { words: ["list", "show", "delete", "prune"] },
  };
  return {
    globalOptions: [
      ...program.options.map((o) => optionInfo("", o)),
      { flags: ["--debug"] },
      { flags: ["-h", "--help"] },
    ],
    commands: [
      ...program.commands.map((c) => ({
        name: c.name(),
        options: [...c.options.map((o) => optionInfo(c.name(), o)), { flags: ["--help"] }],
        args: args[c.name()] ?? "files",
      })),
      { name: "help", options: [], args: { words: names } },
    ],
  };
}
