// Every command reads a briefing file through here. YAML and JSON go to the core as they
// are; a Markdown or plain-text briefing in the house layout is read by the importer
// (io/inspect-prose.ts, loaded only for such a file, so a run over YAML and JSON never
// loads the importer and its Markdown parser), and the briefing it finds is checked by the
// same schema, template and rules, with each problem placed on the text of the part it is
// about.
import { decodeText, encodingProblem } from "../core/decode.js";
import { inspectBytes, toResult, type Inspection, type ValidateOptions } from "../core/validate.js";
import { importFormatForFile } from "../import/formats.js";

/** Decodes, reads and (unless `check` is false) validates a briefing file of any format. */
export async function inspectFile(
  bytes: Uint8Array,
  options: ValidateOptions,
  check = true,
): Promise<Inspection> {
  const format = importFormatForFile(options.file);
  if (!format) return inspectBytes(bytes, options, check);
  const decoded = decodeText(bytes);
  if (!decoded.ok)
    return { result: toResult(options.file, [encodingProblem(options.file, decoded.message)]) };
  const { inspectProse } = await import("./inspect-prose.js");
  return inspectProse(decoded.text, format, options, check);
}
