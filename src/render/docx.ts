import { DEFAULT_OUTPUT_WORDS, valueWord, type OutputWords } from "../core/output-words.js";
// Word (DOCX) export through the `docx` package: real Word structure (a Title, headings,
// list items backed by a numbering definition, a table, hyperlinks), so the document
// reads, navigates and restyles in Word like one written there.
import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from "docx";
import { UsageError } from "../errors.js";
import type { Briefing, Meta, SourceRef } from "../core/types.js";
import { safeHref } from "./html.js";
import { readingTimeOption, readingTimeText } from "./reading-time.js";
import { resolveBriefing } from "./resolve.js";
import { cleanLabel, oneLine, paragraphs } from "./sanitize.js";
import { wordsOf } from "./words.js";
import type { Exporter, FormatOption, RenderOptions } from "./types.js";

/** Page sizes in twentieths of a point, portrait. */
const PAGE_SIZES = {
  a4: { width: 11906, height: 16838 },
  letter: { width: 12240, height: 15840 },
} as const;

/** A page size `--option page=` accepts. */
export type PageSize = keyof typeof PAGE_SIZES;

/** The marking a draft carries at the top of every page and above its title, unless overridden. */
export const DRAFT_MARKING = DEFAULT_OUTPUT_WORDS.draftMarking;

const BULLETS = "briefing-bullets";

function pageSize(options: RenderOptions): PageSize {
  const page = typeof options.page === "string" ? options.page.toLowerCase() : "a4";
  if (page !== "a4" && page !== "letter")
    throw new UsageError(`--option page is a4 or letter, not "${String(options.page)}"`);
  return page;
}

function text(value: string | undefined): string {
  return oneLine(value ?? "");
}

function body(value: string): Paragraph {
  return new Paragraph({ children: [new TextRun(text(value))] });
}

function listItem(children: ParagraphChild[]): Paragraph {
  return new Paragraph({ numbering: { reference: BULLETS, level: 0 }, children });
}

/** A source as a list item: a hyperlink when its URL is http(s), else title and URL as text. */
function sourceItem(ref: SourceRef): Paragraph {
  const title = text(ref.title);
  const href = safeHref(ref.url);
  if (href)
    return listItem([
      new ExternalHyperlink({
        link: href,
        children: [new TextRun({ text: title, style: "Hyperlink" })],
      }),
    ]);
  const url = text(ref.url);
  return listItem([new TextRun(url ? `${title} ${url}` : title)]);
}

/** The metadata rows that have a value, in the documented order. */
function metaRows(meta: Meta, words: Readonly<OutputWords>): [string, string][] {
  const rows: [string, string][] = [];
  if (meta.date) rows.push([words.date, meta.date]);
  if (meta.author) rows.push([words.author, meta.author]);
  if (meta.status) rows.push([words.status, valueWord(words, meta.status)]);
  if (meta.confidence) rows.push([words.confidence, valueWord(words, meta.confidence)]);
  if (meta.tags?.length) rows.push([words.tags, meta.tags.join(", ")]);
  return rows.map(([k, v]) => [k, text(v)]);
}

function metaTable(rows: [string, string][]): Table {
  const cell = (value: string, bold = false) =>
    new TableCell({
      width: { size: bold ? 25 : 75, type: WidthType.PERCENTAGE },
      children: [new Paragraph({ children: [new TextRun({ text: value, bold })] })],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(([k, v]) => new TableRow({ children: [cell(k, true), cell(v)] })),
  });
}

function draftBanner(marking: string, pageBreakBefore = false): Paragraph {
  return new Paragraph({
    pageBreakBefore,
    alignment: AlignmentType.CENTER,
    border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: "C00000", space: 4 } },
    children: [new TextRun({ text: marking, bold: true, color: "C00000", size: 28 })],
  });
}

/**
 * The body of one briefing: what a single export holds and a digest repeats per item. In
 * a digest (`anchor` given) the headline is a bookmarked Heading 1 on a new page, so the
 * contents can link to it, and the section labels are Heading 2.
 */
export function docxBlocks(
  briefing: Briefing,
  options: RenderOptions = {},
  anchor?: string,
): (Paragraph | Table)[] {
  const words = wordsOf(options);
  const b = resolveBriefing(briefing, options.template, words);
  const section = (label: string) =>
    new Paragraph({
      heading: anchor ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_1,
      children: [new TextRun(cleanLabel(label))],
    });
  const blocks: (Paragraph | Table)[] = [];
  const draft = b.meta?.status === "draft";
  if (draft) blocks.push(draftBanner(text(words.draftMarking), anchor !== undefined));
  const headline = new TextRun(text(b.headline));
  blocks.push(
    new Paragraph({
      heading: anchor ? HeadingLevel.HEADING_1 : HeadingLevel.TITLE,
      ...(anchor && !draft ? { pageBreakBefore: true } : {}),
      children: [anchor ? new Bookmark({ id: anchor, children: [headline] }) : headline],
    }),
  );
  if (options.readingTime === true)
    blocks.push(
      new Paragraph({
        children: [new TextRun({ text: readingTimeText(briefing, options), italics: true })],
      }),
    );
  if (b.summaryLabel) blocks.push(section(b.summaryLabel));
  blocks.push(body(b.summary));
  for (const s of b.sections) {
    blocks.push(section(s.label));
    if (text(s.lead)) blocks.push(body(s.lead));
    for (const bullet of s.bullets.map(text))
      if (bullet) blocks.push(listItem([new TextRun(bullet)]));
    for (const p of paragraphs(s.after ?? "")) blocks.push(body(p));
  }
  blocks.push(section(b.conclusionLabel), body(b.conclusion));
  const rows = b.meta ? metaRows(b.meta, words) : [];
  if (rows.length > 0) blocks.push(section(words.about), metaTable(rows));
  const sources = b.meta?.sources ?? [];
  if (sources.length > 0) blocks.push(section(words.sources), ...sources.map(sourceItem));
  return blocks;
}

/** A Word document of the given blocks: the list numbering, the page size and the draft header. */
export async function docxDocument(
  blocks: (Paragraph | Table)[],
  options: RenderOptions & { title: string; draft: boolean },
): Promise<Uint8Array> {
  const size = PAGE_SIZES[pageSize(options)];
  const header = options.draft
    ? new Header({
        children: [
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            children: [
              new TextRun({
                text: text(wordsOf(options).draftMarking),
                bold: true,
                color: "C00000",
              }),
            ],
          }),
        ],
      })
    : undefined;
  const doc = new Document({
    title: options.title,
    numbering: {
      config: [
        {
          reference: BULLETS,
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: "•",
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 720, hanging: 360 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: { page: { size } },
        ...(header ? { headers: { default: header } } : {}),
        children: blocks,
      },
    ],
  });
  // The package's public packer: it compiles the parts and zips them (through fflate,
  // its own dependency) and only offers the result as a promise.
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

const options: Record<string, FormatOption> = {
  page: { type: "string", description: "page size: a4 (default) or letter" },
  readingTime: readingTimeOption,
};

/** Word documents: one briefing per file. */
export const docx: Exporter<Uint8Array> = {
  id: "docx",
  extension: ".docx",
  options,
  // async, so a bad option rejects like a failed pack instead of throwing before the promise.
  async render(briefing, renderOptions = {}) {
    return docxDocument(docxBlocks(briefing, renderOptions), {
      ...renderOptions,
      title: text(briefing.headline),
      draft: briefing.meta?.status === "draft",
    });
  },
};
