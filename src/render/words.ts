import { outputWords, type OutputWords } from "../core/output-words.js";
import type { RenderOptions } from "./types.js";

/** The fixed words a render prints: the defaults, the configuration's, then the template's. */
export function wordsOf(options: Pick<RenderOptions, "words" | "template">): Readonly<OutputWords> {
  return outputWords(options.words, options.template?.words);
}
