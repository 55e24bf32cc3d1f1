import { github } from "./github.js";
import { json } from "./json.js";
import { junit } from "./junit.js";
import { sarif } from "./sarif.js";
import { stylish } from "./stylish.js";
import type { Reporter } from "./types.js";

export type { Colors, Reporter, ReporterContext, RuleInfo } from "./types.js";
export { plainColors } from "./types.js";

/** Reporters by the name given to `--format`; `stylish` first because it is the default. */
export const reporters: Record<string, Reporter> = { stylish, json, github, junit, sarif };

/** Names accepted by `--format`, in the order help text should list them. */
export const reporterNames: readonly string[] = Object.freeze(Object.keys(reporters));

/** Looks a reporter up by name; inherited keys such as `toString` are not reporters. */
export function getReporter(name: string): Reporter | undefined {
  return Object.hasOwn(reporters, name) ? reporters[name] : undefined;
}
