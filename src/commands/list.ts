import type { Io } from "../io/host.js";
import { makeColors } from "../io/colors.js";
import { ExitCode, UsageError } from "../errors.js";
import { selectArchive, sortKey, type ArchiveOptions } from "./archive-select.js";
import { LIST_FORMATS, listCsv, listJson, listTable, type ListFormat } from "./list-format.js";

/** Options of `briefing list`. */
export interface ListOptions extends ArchiveOptions {
  /** Column to sort by: date (newest first, the default), headline, words, … */
  sort?: string;
  /** table (default), json or csv. */
  format?: string;
  /** Colour override. */
  color?: boolean;
}

function listFormat(value: string | undefined): ListFormat {
  if (value === undefined) return "table";
  if ((LIST_FORMATS as readonly string[]).includes(value)) return value as ListFormat;
  throw new UsageError(`unknown list format "${value}"; choose one of ${LIST_FORMATS.join(", ")}`);
}

/**
 * Lists the archive. An empty selection is an answer, not an error (exit 0); files that
 * cannot be read are listed with their problem counts and do not change the exit code.
 */
export async function runList(options: ListOptions, io: Io): Promise<number> {
  const format = listFormat(options.format);
  const sort = sortKey(options.sort);
  const { items } = await selectArchive(options, io, sort, {
    briefings: false,
    errorsOnly: false,
  });
  const entries = items.map((i) => i.entry);
  if (format === "json") io.stdout.write(listJson(entries));
  else if (format === "csv") io.stdout.write(listCsv(entries));
  else if (entries.length === 0) io.stderr.write("no briefings match\n");
  else {
    const colors = await makeColors(options.color);
    const width = io.stdout.isTTY ? (io.stdout.columns ?? 100) : 120;
    io.stdout.write(listTable(entries, width, colors));
  }
  return ExitCode.Ok;
}
