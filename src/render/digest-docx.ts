// The digest as a Word document: a Title, the note, a contents list whose entries link to
// bookmarks on each briefing's heading, then each briefing as its own DOCX export has it.
import { InternalHyperlink, Paragraph, TextRun, HeadingLevel } from "docx";
import { itemAnchor, type Digest } from "./digest.js";
import { docxBlocks, docxDocument } from "./docx.js";
import { oneLine } from "./sanitize.js";
import type { RenderOptions } from "./types.js";
import { wordsOf } from "./words.js";

export async function renderDigestDocx(
  d: Digest,
  options: RenderOptions = {},
): Promise<Uint8Array> {
  const blocks = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(oneLine(d.title))] }),
    new Paragraph({ children: [new TextRun({ text: oneLine(d.note), italics: true })] }),
  ];
  if (d.items.length > 0) {
    blocks.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        children: [new TextRun(oneLine(wordsOf(options).contents))],
      }),
    );
    d.items.forEach((item, i) =>
      blocks.push(
        new Paragraph({
          children: [
            new TextRun(`${i + 1}. `),
            new InternalHyperlink({
              anchor: itemAnchor(i + 1),
              children: [
                new TextRun({ text: oneLine(item.briefing.headline), style: "Hyperlink" }),
              ],
            }),
          ],
        }),
      ),
    );
  }
  const items = d.items.flatMap((item, i) =>
    docxBlocks(
      item.briefing,
      { ...options, ...(item.template ? { template: item.template } : {}) },
      itemAnchor(i + 1),
    ),
  );
  return docxDocument([...blocks, ...items], {
    ...options,
    title: oneLine(d.title),
    draft: false,
  });
}
