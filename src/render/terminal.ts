import wrapAnsi from "wrap-ansi";
import type { Colors } from "../reporters/types.js";
import type { Template } from "../core/template.js";
import type { Briefing } from "../core/types.js";
import { resolveBriefing } from "./resolve.js";
import { cleanLabel, oneLine } from "./text.js";

/** Options of the terminal view. */
export interface TerminalOptions {
  /** The template: labels come from it. */
  template?: Template;
  /** Columns to wrap at. */
  width: number;
  /** Styling; plain when colour is off. */
  colors: Colors;
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

function wrap(text: string, width: number, first: string, rest: string): string {
  const indent = first.replace(ANSI, "").length;
  const body = wrapAnsi(text, Math.max(10, width - indent), { hard: true, trim: true });
  return body
    .split("\n")
    .map((line, i) => (i === 0 ? first : rest) + line)
    .join("\n");
}

/**
 * The briefing for reading in a terminal: wrapped to the width, labels in bold. User text
 * goes through `oneLine`, which removes escape characters, so a briefing cannot move the
 * cursor, change colours or retitle the window.
 */
export function renderTerminal(briefing: Briefing, options: TerminalOptions): string {
  const { colors: c, width } = options;
  const b = resolveBriefing(briefing, options.template);
  const out: string[] = [wrap(c.bold(oneLine(b.headline)), width, "", "")];
  const meta = b.meta;
  if (meta) {
    const facts = [
      meta.date,
      meta.author,
      meta.status,
      meta.confidence && `${meta.confidence} confidence`,
    ]
      .filter((x): x is string => typeof x === "string" && x !== "")
      .map(oneLine);
    if (meta.tags?.length) facts.push(meta.tags.map((t) => `#${oneLine(t)}`).join(" "));
    if (facts.length) out.push(wrap(c.dim(facts.join(" · ")), width, "", ""));
  }
  out.push("");
  const summary = oneLine(b.summary);
  out.push(
    wrap(
      b.summaryLabel ? `${c.bold(`${cleanLabel(b.summaryLabel)}.`)} ${summary}` : summary,
      width,
      "",
      "",
    ),
  );
  for (const section of b.sections) {
    out.push("");
    const lead = oneLine(section.lead);
    out.push(
      wrap(`${c.bold(`${cleanLabel(section.label)}.`)}${lead ? ` ${lead}` : ""}`, width, "", ""),
    );
    for (const bullet of section.bullets)
      out.push(wrap(oneLine(bullet), width, `  ${c.dim("►")} `, "    "));
  }
  out.push("");
  out.push(
    wrap(`${c.bold(`${cleanLabel(b.conclusionLabel)}.`)} ${oneLine(b.conclusion)}`, width, "", ""),
  );
  const sources = meta?.sources ?? [];
  if (sources.length) {
    out.push("", c.dim("Sources"));
    for (const s of sources)
      out.push(wrap(c.dim(oneLine(s.url ? `${s.title} <${s.url}>` : s.title)), width, "  ", "  "));
  }
  return `${out.join("\n")}\n`;
}
