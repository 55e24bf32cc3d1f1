/** Source formats the importer reads, as `import --from` takes them. Kept apart so the command table can name them without loading the importer. */
export const importFormats = ["txt", "md"] as const;

export type ImportFormat = (typeof importFormats)[number];

/** The source format a file name names (`.md`, `.markdown`, `.txt`); `undefined` for any other. */
export function importFormatForFile(name: string): ImportFormat | undefined {
  if (/\.(md|markdown)$/i.test(name)) return "md";
  if (/\.txt$/i.test(name)) return "txt";
  return undefined;
}
