import { readFileSync } from "node:fs";
import type { ValidateOptions } from "../core/validate.js";
import type { FileResult } from "../core/types.js";
import { toResult, validateBytes } from "../core/validate.js";
import { describeFsError } from "../errors.js";
import type { Io } from "../cli/io.js";
import type { Input } from "../io/inputs.js";

/** Reads an input's bytes; a failure becomes a located result instead of stopping the batch. */
export async function readInput(
  input: Input,
  io: Io,
): Promise<{ bytes: Buffer } | { result: FileResult }> {
  try {
    const bytes = input.kind === "stdin" ? await io.stdin.read() : readFileSync(input.abs);
    return { bytes };
  } catch (error) {
    const message = describeFsError(error, input.path).replace(
      `${input.path}: `,
      "cannot read file: ",
    );
    const result = toResult(input.path, [
      { rule: "io", severity: "error", message, path: input.path },
    ]);
    return { result: { ...result, unreadable: true } };
  }
}

/** Reads and validates one input. */
export async function validateInput(
  input: Input,
  io: Io,
  options: Omit<ValidateOptions, "file">,
): Promise<FileResult> {
  const read = await readInput(input, io);
  if ("result" in read) return read.result;
  return validateBytes(read.bytes, { ...options, file: input.path });
}
