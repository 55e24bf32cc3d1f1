// One document checked exactly as `validate` checks a file: the same task (io/per-input.ts)
// on the document's text in place of the file's bytes, under the configuration of its
// workspace folder. A check that throws is turned into one diagnostic-free result and a
// log line, so one bad input never takes the server down.
import type { FileResult } from "../core/types.js";
import { importFormatForFile } from "../import/formats.js";
import { validateTask } from "../io/per-input.js";
import type { Folders, Place } from "./folders.js";

/** What checking one document gave. */
export interface Checked {
  /** The document's place, absent for a document that is not a file. */
  place?: Place;
  /** The result `validate` would give for the same text. */
  result?: FileResult;
  /** Why there is no result: the configuration or a template could not be read. */
  failure?: string;
  /** A check that threw: logged, and the document's last diagnostics stand. */
  crash?: string;
}

/** Checks a document's text under the configuration of its folder. */
export async function checkDocument(folders: Folders, uri: string, text: string): Promise<Checked> {
  const place = folders.place(uri);
  if (!place) return {};
  let ctx;
  try {
    ctx = await folders.context(place.root);
    // A Markdown or text file is checked only when the configuration names it.
    if (importFormatForFile(place.abs) && !(await folders.briefingFiles(place.root)).has(place.abs))
      return { place };
  } catch (error) {
    return { place, failure: messageOf(error) };
  }
  try {
    const bytes = Buffer.from(text, "utf8");
    // The document stands in for standard input: the task reads it through the same
    // size limit a file gets.
    const result = await validateTask(
      { kind: "stdin", path: place.path, rel: place.path },
      ctx,
      () => Promise.resolve(bytes),
    );
    return { place, result };
  } catch (error) {
    return { place, crash: messageOf(error) };
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
