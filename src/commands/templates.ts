import { leadRequired, sectionRequired, type Template } from "../core/template.js";
import { ExitCode } from "../errors.js";
import type { Io } from "../io/host.js";
import { makeColors } from "../io/colors.js";
import { resolveTemplates } from "../io/templates.js";
import { loadConfig } from "../io/config.js";
import type { Colors } from "../reporters/types.js";

/** Options of `briefing templates`. */
export interface TemplatesOptions {
  /** Template id or file to show; all templates when absent. */
  name?: string | undefined;
  /** Print JSON instead of text. */
  json?: boolean | undefined;
  /** Print only the ids, one a line. */
  ids?: boolean | undefined;
  /** Colour override. */
  color?: boolean | undefined;
  /** `--config` file. */
  config?: string | undefined;
}

export async function runTemplates(options: TemplatesOptions, io: Io): Promise<number> {
  const { templates, defaultTemplate } = await resolveTemplates(io.cwd, options.name, {
    templates: (await loadConfig(io.cwd, options.config)).templates,
  });
  const c = await makeColors(!options.json && options.color);
  if (options.name !== undefined && defaultTemplate) {
    const template = templates.get(defaultTemplate) as Template;
    io.stdout.write(
      options.json ? `${JSON.stringify(template, null, 2)}\n` : describeTemplate(template, c),
    );
    return ExitCode.Ok;
  }
  const list = [...templates.values()];
  if (options.ids) {
    io.stdout.write(list.map((t) => `${t.id}\n`).join(""));
    return ExitCode.Ok;
  }
  if (options.json) {
    io.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
    return ExitCode.Ok;
  }
  const width = Math.max(...list.map((t) => t.id.length));
  for (const t of list) {
    const labels = [...t.sections.map((s) => s.label), t.conclusion?.label ?? "Conclusion"].join(
      " / ",
    );
    io.stdout.write(`${c.bold(t.id.padEnd(width))}  ${t.name}: ${c.dim(labels)}\n`);
  }
  return ExitCode.Ok;
}

function limits(parts: [string, number | undefined][]): string {
  const shown = parts.filter(([, v]) => v !== undefined).map(([k, v]) => `${k} ${v}`);
  return shown.length ? ` (${shown.join(", ")})` : "";
}

/** A template in words: its parts in order, with their limits. */
export function describeTemplate(t: Template, c: Colors): string {
  const lines = [`${c.bold(t.name)} ${c.dim(`(${t.id})`)}`];
  if (t.description) lines.push(t.description);
  lines.push("");
  lines.push(
    `  Headline${limits([
      ["max characters", t.headline?.maxChars],
      ["max words", t.headline?.maxWords],
    ])}`,
  );
  lines.push(
    `  ${t.summary?.label ?? "Summary"}${limits([
      ["min words", t.summary?.minWords],
      ["max words", t.summary?.maxWords],
    ])}`,
  );
  // The other names `import` reads as a label.
  const aliases = (names: string[] | undefined): void => {
    if (names?.length) lines.push(`      ${c.dim(`also read as: ${names.join(", ")}`)}`);
  };
  aliases(t.summary?.aliases);
  for (const s of t.sections) {
    const optional = !sectionRequired(s) ? c.dim(" optional") : "";
    const lead = !leadRequired(s) ? "lead optional" : "lead";
    lines.push(`  ${s.label}.${optional} ${c.dim(`[${s.id}]`)}`);
    aliases(s.aliases);
    lines.push(`      ${lead}${limits([["max words", s.lead?.maxWords]])}`);
    lines.push(
      `      bullets${limits([
        ["min", s.bullets?.min],
        ["max", s.bullets?.max],
        ["max words each", s.bullets?.maxWords],
      ])}`,
    );
  }
  lines.push(
    `  ${t.conclusion?.label ?? "Conclusion"}.${limits([
      ["min words", t.conclusion?.minWords],
      ["max words", t.conclusion?.maxWords],
    ])}`,
  );
  aliases(t.conclusion?.aliases);
  return `${lines.join("\n")}\n`;
}
