// Reading briefing text whatever it holds: the quick readers where they can, the full
// parsers otherwise. This module loads the `yaml` package; the validate path reaches it
// only for a file the quick readers leave (io/inspect.ts).
import { parseSource } from "./source.js";
import { quickSource } from "./source-quick.js";
import {
  defaultParseLimits,
  type Format,
  type ParseLimits,
  type ParsedSource,
} from "./source-types.js";

/**
 * Reads briefing text once, keeping positions: the quick reader where the text allows,
 * the full parser (and its located syntax problems) otherwise. `full` skips the quick
 * readers, for comparison and debugging.
 */
export function readSource(
  text: string,
  file: string,
  format: Format,
  limits: ParseLimits = defaultParseLimits,
  full = false,
): ParsedSource {
  return (
    (full ? undefined : quickSource(text, file, format)) ?? parseSource(text, file, format, limits)
  );
}
