// The parts of a Markdown or plain-text briefing for the outline and hover, read the way
// `validate` reads the file: through the importer, with the folder's configuration, and
// only when that configuration names the file as a briefing.
import { importFormatForFile } from "../import/formats.js";
import { readProse } from "../io/inspect-prose.js";
import type { Template } from "../core/template.js";
import type { Folders } from "./folders.js";
import { partsOf, type Part } from "./parts.js";

/** The parts of a prose briefing and the template it was read with. */
export interface ProseParts {
  parts: Part[];
  template: Template;
}

/** Reads an open prose document for its parts; `undefined` when it is not a briefing. */
export async function proseParts(
  folders: Folders,
  uri: string,
  text: string,
): Promise<ProseParts | undefined> {
  const format = importFormatForFile(uri);
  const place = folders.place(uri);
  if (!format || !place) return undefined;
  if (!(await folders.briefingFiles(place.root)).has(place.abs)) return undefined;
  const ctx = await folders.context(place.root);
  const read = readProse(text, format, { ...ctx.check, file: place.path });
  const parts = read && partsOf(read.source, text, read.template);
  return read && parts ? { parts, template: read.template } : undefined;
}
