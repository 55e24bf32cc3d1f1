import { importFormatForFile, type ImportFormat } from "./formats.js";
import { looksLikeMarkdown, parseMarkdown } from "./markdown.js";
import { parseText } from "./parse-text.js";
import type { ImportOptions, ImportResult } from "./types.js";

export type { ImportFormat } from "./formats.js";

/** The format of a file to import: by extension, else by content. */
export function detectImportFormat(name: string, text: string): ImportFormat {
  return importFormatForFile(name) ?? (looksLikeMarkdown(text) ? "md" : "txt");
}

/** Parses a briefing from plain text or Markdown. */
export function parseBriefingText(
  text: string,
  format: ImportFormat,
  options: ImportOptions,
): ImportResult {
  return format === "md" ? parseMarkdown(text, options) : parseText(text, options);
}

export { parseText, parseMarkdown, looksLikeMarkdown };
export type { ImportOptions, ImportResult } from "./types.js";
