import type { Rule } from "./types.js";

/** An ISO 8601 date, or a date-time (the calendar date is the part before the T). */
const DATE =
  /^(\d{4}-\d{2}-\d{2})(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:?\d{2})?)?$/;

export const dateNotInFuture: Rule = {
  id: "date-not-in-future",
  description: "meta.date is not later than today.",
  defaultLevel: "warn",
  scope: "part",
  optionsSchema: { type: "object", additionalProperties: false, properties: {} },
  check(briefing, { today }) {
    const date = briefing.meta?.date;
    // The date as written is the author's own calendar date, whatever its offset.
    const day = date === undefined ? undefined : DATE.exec(date.trim())?.[1];
    if (day === undefined || day <= today) return [];
    return [
      {
        message: `meta.date ${date} is later than today (${today}); check the date`,
        at: ["meta", "date"],
      },
    ];
  },
};
