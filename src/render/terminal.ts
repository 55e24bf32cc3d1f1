import { confidencePhrase, valueWord, type OutputWords } from "../core/output-words.js";
import type { Colors } from "../reporters/types.js";
import type { Template } from "../core/template.js";
import type { Briefing } from "../core/types.js";
import { readingLine, readingStats } from "../core/reading.js";
import { resolveBriefing } from "./resolve.js";
import { wordsOf } from "./words.js";
import { cleanLabel, oneLine, paragraphs } from "./sanitize.js";
import { wrapSpans, type Span } from "./wrap.js";

/** Options of the terminal view. */
export interface TerminalOptions {
  /** The template: labels come from it. */
  template?: Template;
  /** Columns to wrap at. */
  width: number;
  /** Styling; plain when colour is off. */
  colors: Colors;
  /** Show word count and reading time under the headline, at this many words a minute. */
  wordsPerMinute?: number;
  /** The configuration's fixed words of the output; a template's own words win over them. */
  words?: Partial<OutputWords>;
}

/** A labelled paragraph: the label in bold with its period, then the text. */
function labelled(label: string, text: string, c: Colors): Span[] {
  const spans: Span[] = [{ text: `${cleanLabel(label)}.`, style: (s) => c.bold(s) }];
  if (text) spans.push({ text: ` ${text}` });
  return spans;
}

/** A text wrapped paragraph by paragraph, the label before the first; a blank line between. */
function block(label: string | undefined, text: string, c: Colors, width: number): string {
  const [first = "", ...more] = paragraphs(text);
  const head = label ? labelled(label, first, c) : [{ text: first }];
  return [head, ...more.map((p) => [{ text: p }])]
    .map((spans) => wrapSpans(spans, { width }))
    .join("\n\n");
}

/**
 * The briefing for reading in a terminal: wrapped to the width, labels in bold. User text
 * goes through `oneLine`, which removes escape characters, so a briefing cannot move the
 * cursor, change colours or retitle the window.
 */
export function renderTerminal(briefing: Briefing, options: TerminalOptions): string {
  const { colors: c, width } = options;
  const words = wordsOf(options);
  const b = resolveBriefing(briefing, options.template, words);
  const out: string[] = [
    wrapSpans([{ text: oneLine(b.headline), style: (s) => c.bold(s) }], { width }),
  ];
  const meta = b.meta;
  if (meta) {
    const facts = [
      meta.date,
      meta.author,
      meta.status && valueWord(words, meta.status),
      meta.confidence && confidencePhrase(words, meta.confidence),
    ]
      .filter((x): x is string => typeof x === "string" && x !== "")
      .map(oneLine);
    if (meta.tags?.length) facts.push(meta.tags.map((t) => `#${oneLine(t)}`).join(" "));
    if (facts.length)
      out.push(wrapSpans([{ text: facts.join(" · "), style: (s) => c.dim(s) }], { width }));
  }
  if (options.wordsPerMinute !== undefined) {
    const line = readingLine(readingStats(briefing, options.wordsPerMinute), words);
    out.push(wrapSpans([{ text: line, style: (s) => c.dim(s) }], { width }));
  }
  out.push("");
  out.push(block(b.summaryLabel, b.summary, c, width));
  for (const section of b.sections) {
    out.push("", block(section.label, section.lead, c, width));
    for (const bullet of section.bullets)
      out.push(
        wrapSpans([{ text: oneLine(bullet) }], { width, first: `  ${c.dim("►")} `, rest: "    " }),
      );
    if (section.after) out.push("", block(undefined, section.after, c, width));
  }
  out.push("", block(b.conclusionLabel, b.conclusion, c, width));
  const sources = meta?.sources ?? [];
  if (sources.length) {
    out.push("", c.dim(oneLine(words.sources)));
    for (const s of sources) {
      const text = oneLine(s.url ? `${s.title} <${s.url}>` : s.title);
      out.push(wrapSpans([{ text, style: (s) => c.dim(s) }], { width, first: "  ", rest: "  " }));
    }
  }
  return `${out.join("\n")}\n`;
}
