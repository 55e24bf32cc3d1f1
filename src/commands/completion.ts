import { ExitCode, UsageError } from "../errors.js";
import type { Io } from "../cli/io.js";

/** The command line as completion needs it: commands and the options each takes. */
export interface CommandTable {
  globalOptions: string[];
  commands: { name: string; options: string[] }[];
}

function bash(t: CommandTable): string {
  const cases = t.commands.map((c) => `    ${c.name}) opts="${c.options.join(" ")}" ;;`).join("\n");
  return `# briefing completion for bash; add to ~/.bashrc: eval "$(briefing completion bash)"
_briefing() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" cmd="" opts="${t.globalOptions.join(" ")}" i
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in -*) ;; *) cmd="\${COMP_WORDS[i]}"; break ;; esac
  done
  if [[ -z "$cmd" ]]; then
    COMPREPLY=($(compgen -W "${t.commands.map((c) => c.name).join(" ")} $opts" -- "$cur"))
    return
  fi
  case "$cmd" in
${cases}
  esac
  if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W "$opts" -- "$cur")); else COMPREPLY=($(compgen -f -- "$cur")); fi
}
complete -o filenames -F _briefing briefing
`;
}

function zsh(t: CommandTable): string {
  const cases = t.commands
    .map(
      (c) =>
        `    ${c.name}) _arguments '*:file:_files' ${c.options.map((o) => `'${o}[]'`).join(" ")} ;;`,
    )
    .join("\n");
  return `#compdef briefing
# briefing completion for zsh; add to ~/.zshrc: eval "$(briefing completion zsh)"
_briefing() {
  local -a commands
  commands=(${t.commands.map((c) => `'${c.name}'`).join(" ")})
  if (( CURRENT == 2 )); then
    _describe 'command' commands
    return
  fi
  case "$words[2]" in
${cases}
  esac
}
compdef _briefing briefing
`;
}

function fish(t: CommandTable): string {
  const lines = [
    `# briefing completion for fish; save as ~/.config/fish/completions/briefing.fish`,
  ];
  lines.push(
    `complete -c briefing -f -n __fish_use_subcommand -a '${t.commands.map((c) => c.name).join(" ")}'`,
  );
  for (const c of t.commands) {
    for (const o of c.options.filter((x) => x.startsWith("--"))) {
      lines.push(
        `complete -c briefing -n '__fish_seen_subcommand_from ${c.name}' -l ${o.slice(2)}`,
      );
    }
  }
  return `${lines.join("\n")}\n`;
}

const shells: Record<string, (t: CommandTable) => string> = { bash, zsh, fish };

export function runCompletion(shell: string, table: CommandTable, io: Io): number {
  const render = shells[shell];
  if (!render) throw new UsageError(`no completion for "${shell}"; choose bash, zsh or fish`);
  io.stdout.write(render(table));
  return ExitCode.Ok;
}
