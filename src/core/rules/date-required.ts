import type { Rule } from "./types.js";

export const dateRequired: Rule = {
  id: "date-required",
  description: "The briefing carries a date in meta.date, so readers know how current it is.",
  defaultLevel: "warn",
  scope: "briefing",
  check(briefing) {
    // A date of the wrong type is the schema's to report.
    if (briefing.meta?.date !== undefined || briefing.metaKeys?.includes("date")) return [];
    return briefing.meta
      ? [
          {
            message: "meta.date is missing; readers need to know when the briefing was written",
            at: ["meta"],
            target: "key",
          },
        ]
      : [{ message: "the briefing has no date; add meta.date (like 2026-03-04)", at: [] }];
  },
};
