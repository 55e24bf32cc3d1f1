import type { Template } from "../core/template.js";
import type { PromptApi } from "./types.js";

/**
 * Which template a new briefing follows: asked only when there is a choice. It needs
 * nothing but the template list, so it can be the first question, drawn before the rest
 * of the flow is loaded.
 */
export async function askTemplate(
  api: PromptApi,
  templates: ReadonlyMap<string, Template>,
): Promise<string> {
  const ids = [...templates.keys()];
  if (ids.length === 1 && ids[0] !== undefined) return ids[0];
  return api.select({
    message: "Template",
    choices: [...templates.values()].map((t) => ({
      name: `${t.name} (${t.id})`,
      value: t.id,
      ...(t.description ? { description: t.description } : {}),
    })),
    default: "standard",
  });
}
