import { importFormats, type ImportFormat } from "../import/formats.js";
import { InvalidArgumentError } from "commander";
import type { Io } from "../io/host.js";

/**
 * What each command's action needs from the program: the streams, the global options,
 * and where its exit code goes.
 */
export interface CommandContext {
  io: Io;
  /** The global options: whether output is coloured (already decided), and the configuration file. */
  globals: () => { color: boolean; config?: string };
  /** The exit code of the command that ran. */
  code: number;
}

/** Option parsers: each turns a bad value into commander's one-line usage error. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

export function nonNegativeInt(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError("expected a whole number, 0 or more.");
  return Number(value);
}

export function positiveInt(value: string): number {
  if (!/^[1-9]\d*$/.test(value))
    throw new InvalidArgumentError("expected a whole number, 1 or more.");
  return Number(value);
}

export function concurrency(value: string): "auto" | "off" | number {
  if (value === "auto" || value === "off") return value;
  if (/^[1-9]\d*$/.test(value)) return Number(value);
  throw new InvalidArgumentError("expected auto, off or a number of threads.");
}

export function sourceFormat(value: string): ImportFormat {
  const known: readonly string[] = importFormats;
  if (known.includes(value)) return value as ImportFormat;
  throw new InvalidArgumentError(`expected ${importFormats.join(" or ")}.`);
}

export function outputFormat(value: string): "yaml" | "json" {
  if (value === "yaml" || value === "json") return value;
  throw new InvalidArgumentError("expected yaml or json.");
}

// Listed here rather than imported, so --help does not load the renderers.
export const formatList = "md, txt, json, html or docx";

/** An "Examples:" block for a command's help. */
export function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join("\n")}\n`;
}
