/**
 * The fixed words every output prints around a briefing's own text, in one table, so an
 * office can publish in its own language: a configuration's `words` and a template's `words`
 * override any of them. `--lang` sets only the page's language tag.
 */
export interface OutputWords {
  /** Heading of the list of sources. */
  sources: string;
  /** Before the tags (`Tags: trade, shipping`), and their row in a Word table. */
  tags: string;
  /** Heading of the metadata table in a Word document. */
  about: string;
  /** Row names of the metadata table. */
  date: string;
  author: string;
  status: string;
  confidence: string;
  /** Status values. */
  draft: string;
  final: string;
  /** Confidence values. */
  low: string;
  moderate: string;
  high: string;
  /** A confidence level as a phrase; `{level}` is the level's word: "Moderate confidence". */
  confidenceLevel: string;
  /** The marking on a draft's Word pages. */
  draftMarking: string;
  /** The conclusion's label when the template gives none. */
  conclusion: string;
  /** Heading of a digest's table of contents. */
  contents: string;
  /** The reading-time line; `{words}` and `{minutes}` are numbers: "412 words · 2 min read". */
  readingTime: string;
  /** The same line for a text of one word. */
  readingTimeOneWord: string;
}

/** The words in English, as every output printed them before they could be changed. */
export const DEFAULT_OUTPUT_WORDS: Readonly<OutputWords> = {
  sources: "Sources",
  tags: "Tags",
  about: "About this briefing",
  date: "Date",
  author: "Author",
  status: "Status",
  confidence: "Confidence",
  draft: "Draft",
  final: "Final",
  low: "Low",
  moderate: "Moderate",
  high: "High",
  confidenceLevel: "{level} confidence",
  draftMarking: "DRAFT",
  conclusion: "Conclusion",
  contents: "Contents",
  readingTime: "{words} words · {minutes} min read",
  readingTimeOneWord: "{words} word · {minutes} min read",
};

/** The table with overrides laid over it in order; later ones win. */
export function outputWords(
  ...overrides: (Partial<OutputWords> | undefined)[]
): Readonly<OutputWords> {
  if (overrides.every((o) => o === undefined)) return DEFAULT_OUTPUT_WORDS;
  return Object.assign({}, DEFAULT_OUTPUT_WORDS, ...overrides) as OutputWords;
}

const VALUES = new Set(["draft", "final", "low", "moderate", "high"]);

/**
 * The word for a status or confidence value ("Final", "Moderate"); a value outside the
 * schema's (a file rendered without validation) is printed as it is.
 */
export function valueWord(words: Readonly<OutputWords>, value: string): string {
  return VALUES.has(value)
    ? words[value as "draft" | "final" | "low" | "moderate" | "high"]
    : value;
}

/** "Moderate confidence", or its translation. */
export function confidencePhrase(words: Readonly<OutputWords>, level: string): string {
  return words.confidenceLevel.replace("{level}", valueWord(words, level));
}

/** "412 words · 2 min read", or its translation. */
export function readingPhrase(
  words: Readonly<OutputWords>,
  stats: { words: number; minutes: number },
): string {
  const pattern = stats.words === 1 ? words.readingTimeOneWord : words.readingTime;
  return pattern
    .replace("{words}", String(stats.words))
    .replace("{minutes}", String(stats.minutes));
}
