// Every command reads a briefing file through here. YAML and JSON are read by the core's
// quick readers, and by its full parsers only when those leave the file. A Markdown or
// plain-text briefing in the house layout is read by the importer (io/inspect-prose.ts,
// loaded only for such a file, so a run over YAML and JSON never loads the importer and
// its Markdown parser), and the briefing it finds is checked by the same schema, template
// and rules, with each problem placed on the text of the part it is about.
import { decodeText, encodingProblem } from "../core/decode.js";
import { quickSource } from "../core/source-quick.js";
import {
  inspectRead,
  prepareText,
  toResult,
  type Inspection,
  type ValidateOptions,
} from "../core/validate.js";
import { importFormatForFile } from "../import/formats.js";

/** Decodes, reads and (unless `check` is false) validates a briefing file of any format. */
export async function inspectFile(
  bytes: Uint8Array,
  options: ValidateOptions,
  check = true,
): Promise<Inspection> {
  const decoded = decodeText(bytes);
  if (!decoded.ok)
    return { result: toResult(options.file, [encodingProblem(options.file, decoded.message)]) };
  const prose = importFormatForFile(options.file);
  if (prose) {
    const { inspectProse } = await import("./inspect-prose.js");
    return inspectProse(decoded.text, prose, options, check);
  }
  const { text, format } = prepareText(decoded.text, options);
  // The full parsers (and the yaml package) load only for a file the quick readers leave.
  const source =
    (options.careful ? undefined : quickSource(text, options.file, format)) ??
    (await import("../core/source.js")).parseSource(text, options.file, format, options.limits);
  return inspectRead(text, source, options, check);
}
