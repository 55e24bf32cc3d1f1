// Checking a briefing's bytes or text in one call, for the library API, the commands that
// check text they hold (an answers file, a draft) and the tests. It reads with
// core/source-read.ts, which loads the `yaml` package; the commands that read files go
// through io/inspect.ts, which loads it only when a file needs it.
import { decodeText, encodingProblem } from "./decode.js";
import { readSource } from "./source-read.js";
import type { FileResult } from "./types.js";
import {
  inspectRead,
  prepareText,
  toResult,
  type Inspection,
  type ValidateOptions,
} from "./validate.js";

/** Decodes, parses and (unless `check` is false) validates a file's bytes. */
export function inspectBytes(
  bytes: Uint8Array,
  options: ValidateOptions,
  check = true,
): Inspection {
  const decoded = decodeText(bytes);
  if (!decoded.ok)
    return { result: toResult(options.file, [encodingProblem(options.file, decoded.message)]) };
  return inspectText(decoded.text, options, check);
}

/** Parses and (unless `check` is false) validates briefing text. */
export function inspectText(raw: string, options: ValidateOptions, check = true): Inspection {
  const { text, format } = prepareText(raw, options);
  const source = readSource(text, options.file, format, options.limits, options.careful);
  return inspectRead(text, source, options, check);
}

/** Validates the raw bytes of a file: decoding, syntax, schema, template and rules. */
export function validateBytes(bytes: Uint8Array, options: ValidateOptions): FileResult {
  return inspectBytes(bytes, options).result;
}

/** Validates briefing text. */
export function validateText(text: string, options: ValidateOptions): FileResult {
  return inspectText(text, options).result;
}
