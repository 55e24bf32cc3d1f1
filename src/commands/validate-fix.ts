import { plural } from "../core/words.js";
import { readFileSync } from "node:fs";
import type { Io } from "../io/host.js";
import { decodeText } from "../core/decode.js";
import { applyFixes, fixesOf } from "../core/fix.js";
import { detectFormat } from "../core/source.js";
import type { FileResult } from "../core/types.js";
import { inspectText } from "../core/inspect-text.js";
import { IoError, describeFsError } from "../errors.js";
import { rewriteFileSync } from "../io/rewrite.js";
import type { TaskContext } from "../io/context.js";
import type { Input } from "../io/inputs.js";

/**
 * Applies the fixes problems carry, file by file, atomically, then checks each fixed
 * file again so the report shows what is left. Standard input is never rewritten.
 */
export function fixFiles(
  inputs: readonly Input[],
  results: FileResult[],
  task: TaskContext,
  io: Io,
): void {
  let fixed = 0;
  let files = 0;
  for (const [i, result] of results.entries()) {
    const input = inputs[i];
    const fixes = fixesOf(result.problems);
    if (!input || input.kind !== "file" || fixes.length === 0) continue;
    const bytes = readFileSync(input.abs);
    const decoded = decodeText(bytes);
    if (!decoded.ok) continue;
    const format = detectFormat(input.abs, decoded.text);
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? "\uFEFF" : "";
    // One fix per value per pass: a value with several problems (control characters and
    // trailing spaces) is fixed over a few passes, each checked afresh.
    let text = applyFixes(decoded.text, format, fixes);
    let count = fixes.length;
    for (let pass = 0; pass < 5; pass++) {
      const more = fixesOf(
        inspectText(text, { ...task.check, file: input.path, format }).result.problems,
      );
      const next = applyFixes(text, format, more);
      if (next === text) break;
      text = next;
      count += more.length;
    }
    if (text === decoded.text) continue;
    try {
      rewriteFileSync(input.abs, bom + text);
    } catch (error) {
      throw new IoError(`cannot write the fixed file: ${describeFsError(error, input.path)}`);
    }
    results[i] = inspectText(text, { ...task.check, file: input.path, format }).result;
    fixed += count;
    files++;
  }
  if (files > 0) io.stderr.write(`fixed ${plural(fixed, "problem")} in ${plural(files, "file")}\n`);
}
