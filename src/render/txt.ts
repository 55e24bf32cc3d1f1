import { wordsOf } from "./words.js";
import { resolveBriefing } from "./resolve.js";
import { cleanLabel, oneLine, paragraphs } from "./sanitize.js";
import type { SyncExporter } from "./types.js";

/** The bullet marker of the house layout: `►` and three spaces. */
export const HOUSE_BULLET = "►   ";

/**
 * A label and its text on one line: `Details. The lead.`; the label alone when there is no
 * text. Further paragraphs follow, each on its own line after a blank line.
 */
function labelled(label: string, text: string): string {
  const l = cleanLabel(label);
  const [first = "", ...more] = paragraphs(text);
  return [first ? `${l}. ${first}` : `${l}.`, ...more].join("\n\n");
}

/** A text without a label: its paragraphs, a blank line between them. */
function unlabelled(text: string): string {
  return paragraphs(text).join("\n\n");
}

/** The canonical house layout: one part per line, LF line ends, one final newline. */
export const txt: SyncExporter<string> = {
  id: "txt",
  extension: ".txt",
  alsoNamedBy: [".text"],
  render(briefing, options = {}) {
    const b = resolveBriefing(briefing, options.template, wordsOf(options));
    const lines = [
      oneLine(b.headline),
      b.summaryLabel ? labelled(b.summaryLabel, b.summary) : unlabelled(b.summary),
    ];
    for (const section of b.sections) {
      lines.push(labelled(section.label, section.lead));
      // An empty bullet says nothing; printing its marker alone would leave a dangling line.
      for (const bullet of section.bullets.map(oneLine))
        if (bullet) lines.push(HOUSE_BULLET + bullet);
      // A blank line ends the list, so the text after it is not read as the last bullet's tail.
      if (section.after) lines.push(`\n${unlabelled(section.after)}`);
    }
    lines.push(labelled(b.conclusionLabel, b.conclusion));
    return `${lines.join("\n")}\n`;
  },
};
