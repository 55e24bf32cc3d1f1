import { ExitCode, UsageError } from "../errors.js";
import type { Io } from "../io/host.js";

/**
 * What a value is completed from: a fixed list of words, the template ids the tool knows
 * where the completion runs (asked of `briefing templates --ids` then, so a desk's own
 * templates are offered), or file names.
 */
export type Values = { words: readonly string[] } | "templates" | "files";

/** One option: its spellings, and its value when it takes one. */
export interface OptionInfo {
  /** `-t`, `--template`. */
  flags: string[];
  /** What its value is completed from; absent for a flag that takes none. */
  values?: Values;
}

/** The command line as completion needs it. */
export interface CommandTable {
  /** Options given before the command (`-c team.yaml`). */
  globalOptions: OptionInfo[];
  commands: {
    name: string;
    options: OptionInfo[];
    /** What its arguments are completed from. */
    args: Values;
  }[];
}

const IDS = "briefing templates --ids 2>/dev/null";

/** Words a shell case pattern matches: `-t|--template`. */
function pattern(options: readonly OptionInfo[]): string {
  return options.flatMap((o) => o.flags).join("|");
}

function takingValues(options: readonly OptionInfo[]): (OptionInfo & { values: Values })[] {
  return options.filter((o): o is OptionInfo & { values: Values } => o.values !== undefined);
}

function allFlags(options: readonly OptionInfo[]): string {
  return options.flatMap((o) => o.flags).join(" ");
}

// Each shell walks the words before the cursor the same way: options and the values of
// global options that take one are skipped, and the first other word is the command.

function bashValues(values: Values): string {
  if (values === "templates") return `_briefing_values "$(${IDS})" files`;
  if (values === "files") return "_briefing_values '' files";
  return `_briefing_values '${values.words.join(" ")}'`;
}

function bash(t: CommandTable): string {
  const globalsWithValue = takingValues(t.globalOptions);
  const cases = t.commands.map((c) => {
    const valueCases = takingValues(c.options).map(
      (o) => `        ${pattern([o])}) ${bashValues(o.values)}; return ;;`,
    );
    return [
      `    ${c.name})`,
      `      opts="${allFlags(c.options)}"`,
      ...(valueCases.length ? ['      case "$prev" in', ...valueCases, "      esac"] : []),
      `      [[ "$cur" == -* ]] || { ${bashValues(c.args)}; return; } ;;`,
    ].join("\n");
  });
  const globalValueCases = globalsWithValue.map(
    (o) => `      ${pattern([o])}) ${bashValues(o.values)}; return ;;`,
  );
  return `# briefing completion for bash; add to ~/.bashrc: eval "$(briefing completion bash)"
_briefing_values() {
  COMPREPLY=($(compgen -W "$1" -- "$cur"))
  if [[ "$2" == files ]]; then COMPREPLY+=($(compgen -f -- "$cur")); fi
}
_briefing() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="" cmd="" opts="" i
  (( COMP_CWORD > 0 )) && prev="\${COMP_WORDS[COMP_CWORD-1]}"
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in
      ${pattern(globalsWithValue) || "--"}) ((i++)) ;;
      -*) ;;
      *) cmd="\${COMP_WORDS[i]}"; break ;;
    esac
  done
  if [[ -z "$cmd" ]]; then
    case "$prev" in
${globalValueCases.join("\n")}
    esac
    COMPREPLY=($(compgen -W "${t.commands.map((c) => c.name).join(" ")} ${allFlags(t.globalOptions)}" -- "$cur"))
    return
  fi
  case "$cmd" in
${cases.join("\n")}
  esac
  COMPREPLY=($(compgen -W "$opts" -- "$cur"))
}
complete -o filenames -F _briefing briefing
`;
}

function zshValues(values: Values): string {
  if (values === "templates") return `compadd -- \${(f)"$(${IDS})"}; _files`;
  if (values === "files") return "_files";
  return `compadd -- ${values.words.join(" ")}`;
}

function zsh(t: CommandTable): string {
  const globalsWithValue = takingValues(t.globalOptions);
  const cases = t.commands.map((c) => {
    const valueCases = takingValues(c.options).map(
      (o) => `        ${pattern([o])}) ${zshValues(o.values)}; return ;;`,
    );
    return [
      `    ${c.name})`,
      ...(valueCases.length ? ["      case $prev in", ...valueCases, "      esac"] : []),
      `      if [[ $PREFIX == -* ]]; then compadd -- ${allFlags(c.options)}; else ${zshValues(c.args)}; fi ;;`,
    ].join("\n");
  });
  return `#compdef briefing
# briefing completion for zsh; add to ~/.zshrc: eval "$(briefing completion zsh)"
_briefing() {
  local cmd="" prev="\${words[CURRENT-1]}" i=2
  while (( i < CURRENT )); do
    case "\${words[i]}" in
      ${pattern(globalsWithValue) || "--"}) (( i++ )) ;;
      -*) ;;
      *) cmd="\${words[i]}"; break ;;
    esac
    (( i++ ))
  done
  if [[ -z $cmd ]]; then
    case $prev in
${globalsWithValue.map((o) => `      ${pattern([o])}) ${zshValues(o.values)}; return ;;`).join("\n")}
    esac
    if [[ $PREFIX == -* ]]; then compadd -- ${allFlags(t.globalOptions)}; else compadd -- ${t.commands.map((c) => c.name).join(" ")}; fi
    return
  fi
  case $cmd in
${cases.join("\n")}
  esac
}
compdef _briefing briefing
`;
}

function fishValues(values: Values): string {
  if (values === "templates") return `-F -a '(${IDS})'`;
  if (values === "files") return "-F";
  return `-x -a '${values.words.join(" ")}'`;
}

function fishOption(condition: string, o: OptionInfo): string {
  const names = o.flags
    .map((f) => (f.startsWith("--") ? `-l ${f.slice(2)}` : `-s ${f.slice(1)}`))
    .join(" ");
  const value = o.values ? ` -r ${fishValues(o.values)}` : "";
  return `complete -c briefing -n '${condition}' ${names}${value}`;
}

function fish(t: CommandTable): string {
  const globalsWithValue = takingValues(t.globalOptions);
  const lines = [
    "# briefing completion for fish; save as ~/.config/fish/completions/briefing.fish",
    "function __briefing_command",
    "    set -l words (commandline -opc)",
    "    set -e words[1]",
    "    set -l skip 0",
    "    for w in $words",
    "        if test $skip = 1",
    "            set skip 0",
    "            continue",
    "        end",
    "        switch $w",
    `            case ${globalsWithValue.flatMap((o) => o.flags).join(" ") || "--"}`,
    "                set skip 1",
    "            case '-*'",
    "            case '*'",
    "                echo $w",
    "                return 0",
    "        end",
    "    end",
    "    return 1",
    "end",
    "function __briefing_using",
    "    set -l command (__briefing_command)",
    '    and test "$command" = $argv[1]',
    "end",
    "complete -c briefing -f",
    `complete -c briefing -n 'not __briefing_command' -a '${t.commands.map((c) => c.name).join(" ")}'`,
    ...t.globalOptions.map((o) => fishOption("not __briefing_command", o)),
  ];
  for (const c of t.commands) {
    const condition = `__briefing_using ${c.name}`;
    lines.push(`complete -c briefing -n '${condition}' ${fishValues(c.args).replace(/^-x /, "")}`);
    for (const o of c.options) lines.push(fishOption(condition, o));
  }
  return `${lines.join("\n")}\n`;
}

const shells: Record<string, (t: CommandTable) => string> = { bash, zsh, fish };

/** Shells a completion script is written for. */
export const shellNames: readonly string[] = Object.keys(shells);

export function runCompletion(shell: string, table: CommandTable, io: Io): number {
  const render = shells[shell];
  if (!render) throw new UsageError(`no completion for "${shell}"; choose bash, zsh or fish`);
  io.stdout.write(render(table));
  return ExitCode.Ok;
}
