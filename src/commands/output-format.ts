import { UsageError } from "../errors.js";
import { exporters, formatForFile } from "../render/index.js";

/**
 * The format to write: `--format`, else the one `-o FILE`'s extension names, else md.
 * `-o brief.pdf` must not quietly write Markdown under a name that promises a PDF, so an
 * extension no format claims is a usage error. `known` is what the command can write;
 * `action` words the refusal ("export to": "cannot export to brief.pdf").
 */
export function chooseFormat(
  options: { format?: string; output?: string },
  known: readonly string[],
  action: string,
): string {
  const implied = options.output ? formatForFile(options.output) : undefined;
  const ext = options.output ? /\.[^./\\]+$/.exec(options.output)?.[0] : undefined;
  if (!options.format && options.output && !implied && ext) {
    const names = known.map((id) => exporters[id]?.extension ?? `.${id}`);
    throw new UsageError(
      `cannot ${action} ${options.output}: ${ext} is not a format briefing writes; name the file ${orList(names)}, or give --format`,
    );
  }
  const format = options.format ?? implied ?? "md";
  if (!known.includes(format))
    throw new UsageError(`unknown format "${format}"; choose one of ${known.join(", ")}`);
  return format;
}

function orList(items: readonly string[]): string {
  return items.length < 2
    ? items.join("")
    : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}
