// Completion from what the tool already knows: the template's section ids and labels,
// the briefing schema's `meta` keys and allowed values, and the estimative terms of the
// yardstick the configuration sets for `estimative-language`.
import { splitLines } from "../core/position.js";
import type { CompletionItem } from "vscode-languageserver";
import { CompletionItemKind } from "vscode-languageserver";
import { yardstickOption } from "../core/rules/vocab/yardsticks.js";
import type { Template } from "../core/template.js";
import type { RuleSetting } from "../core/validate.js";

/** What the `meta` mapping may hold, as the briefing schema describes it. */
export interface MetaKey {
  /** Key name. */
  name: string;
  /** The schema's description. */
  description?: string;
  /** Allowed values, when the schema lists them. */
  values?: readonly string[];
}

/** Reads the `meta` keys from the briefing schema. */
export function metaKeysOf(schema: Record<string, unknown>): MetaKey[] {
  const defs = schema.$defs as Record<string, { properties?: Record<string, unknown> }> | undefined;
  const props = defs?.meta?.properties ?? {};
  return Object.entries(props).map(([name, raw]) => {
    const prop = raw as { description?: string; enum?: unknown[] };
    const values = prop.enum?.filter((v): v is string => typeof v === "string");
    return {
      name,
      ...(prop.description ? { description: prop.description } : {}),
      ...(values ? { values } : {}),
    };
  });
}

/** What completion needs besides the text. */
export interface CompletionContext {
  template: Template | undefined;
  metaKeys: readonly MetaKey[];
  rules: Readonly<Record<string, RuleSetting>>;
}

/** Completion items at a line and character of a YAML briefing. */
export function complete(
  text: string,
  line: number,
  character: number,
  ctx: CompletionContext,
): CompletionItem[] {
  const lines = splitLines(text);
  const before = (lines[line] ?? "").slice(0, character);
  const sections = ctx.template?.sections ?? [];
  if (/^\s*(-\s+)?id:\s*\S*$/.test(before))
    return sections.map((s, i) => item(s.id, CompletionItemKind.EnumMember, s.label, i));
  if (/^\s*label:\s*\S*$/.test(before))
    return sections.map((s, i) => item(s.label, CompletionItemKind.Text, s.id, i));
  const inMeta = parentKey(lines, line) === "meta";
  const value = /^\s+([A-Za-z]+):\s*\S*$/.exec(before);
  if (inMeta && value) {
    const key = ctx.metaKeys.find((k) => k.name === value[1]);
    return (key?.values ?? []).map((v, i) => item(v, CompletionItemKind.EnumMember, key?.name, i));
  }
  if (inMeta && /^\s+[A-Za-z]*$/.test(before))
    return ctx.metaKeys.map((k, i) => ({
      ...item(k.name, CompletionItemKind.Property, k.description, i),
      insertText: `${k.name}: `,
    }));
  if (/^\s*(-\s+|(headline|summary|lead|conclusion):\s+).*\S*$/.test(before))
    return yardstickTerms(ctx);
  return [];
}

/** The estimative terms of the yardstick `estimative-language` is set to, likeliest first. */
export function yardstickTerms(ctx: CompletionContext): CompletionItem[] {
  const setting = ctx.rules["estimative-language"];
  const options = (Array.isArray(setting) ? setting[1] : undefined) ?? {};
  const yardstick = yardstickOption(options);
  return yardstick.levels.flatMap((level, n) =>
    level.terms.map((term) =>
      item(term, CompletionItemKind.Keyword, `${yardstick.name}, about ${level.percent}%`, n),
    ),
  );
}

/** A completion item in the template's (or the schema's) order. */
export function item(
  label: string,
  kind: CompletionItemKind,
  detail: string | undefined,
  order: number,
): CompletionItem {
  return {
    label,
    kind,
    ...(detail ? { detail } : {}),
    // The template's order, not the alphabet: sections are written in that order.
    sortText: String(order).padStart(3, "0"),
  };
}

/** The key of the nearest less-indented line above: the mapping the line belongs to. */
function parentKey(lines: readonly string[], line: number): string | undefined {
  const indent = /^\s*/.exec(lines[line] ?? "")?.[0].length ?? 0;
  if (indent === 0) return undefined;
  for (let i = line - 1; i >= 0; i--) {
    const text = lines[i] ?? "";
    if (text.trim() === "" || text.trimStart().startsWith("#")) continue;
    const own = /^\s*/.exec(text)?.[0].length ?? 0;
    if (own < indent) return /^\s*(?:-\s+)?([A-Za-z]+):/.exec(text)?.[1];
  }
  return undefined;
}
