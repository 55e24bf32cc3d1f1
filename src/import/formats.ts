/** Source formats the importer reads, as `import --from` takes them. Kept apart so the command table can name them without loading the importer. */
export const importFormats = ["txt", "md"] as const;

export type ImportFormat = (typeof importFormats)[number];
