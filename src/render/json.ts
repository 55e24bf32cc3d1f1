import { resolveBriefing } from "./resolve.js";
import type { Exporter } from "./types.js";

/** The briefing with labels resolved, in a fixed key order, for APIs and search indexes. */
export const json: Exporter<string> = {
  id: "json",
  extension: ".json",
  render(briefing, options = {}) {
    return `${JSON.stringify(resolveBriefing(briefing, options.template), null, 2)}\n`;
  },
};
