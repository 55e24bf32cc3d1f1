import type { Problem } from "./types.js";

/** A check every file gets, which no configuration turns off; its problems carry its id as `rule`. */
export interface BuiltInCheck {
  id: string;
  /** One line, as reporters describe the check. */
  description: string;
  /** Whether its errors leave no briefing to show, list or export. */
  leavesNoBriefing: boolean;
  /** Whether a `briefing-disable-next-line` comment may name it. */
  disableable: boolean;
}

/** The built-in checks, in the order reports list them before the rules. */
export const builtInChecks: readonly BuiltInCheck[] = [
  {
    id: "syntax",
    description: "The file is well-formed YAML or JSON, with one document and no duplicate keys.",
    leavesNoBriefing: true,
    disableable: true,
  },
  {
    id: "encoding",
    description: "The file is UTF-8 text.",
    leavesNoBriefing: true,
    disableable: false,
  },
  { id: "io", description: "The file can be read.", leavesNoBriefing: true, disableable: false },
  {
    id: "schema",
    description: "The briefing has the shape the briefing schema describes.",
    leavesNoBriefing: true,
    disableable: true,
  },
  {
    id: "template",
    description: "The briefing names a known template.",
    leavesNoBriefing: true,
    disableable: true,
  },
  {
    id: "limits",
    description: "The file is within the configured size and nesting limits.",
    leavesNoBriefing: false,
    disableable: false,
  },
];

const blocking = new Set(builtInChecks.filter((c) => c.leavesNoBriefing).map((c) => c.id));

/** Whether a problem leaves nothing sensible to show: an error of a blocking built-in check. */
export function leavesNoBriefing(problem: Problem): boolean {
  return problem.severity === "error" && blocking.has(problem.rule);
}
