import type { Rule } from "./types.js";

export const sourcesRequired: Rule = {
  id: "sources-required",
  description: "A briefing with meta.status final lists at least one source in meta.sources.",
  defaultLevel: "warn",
  scope: "briefing",
  optionsSchema: { type: "object", additionalProperties: false, properties: {} },
  check(briefing) {
    const meta = briefing.meta;
    if (meta?.status !== "final" || (meta.sources?.length ?? 0) > 0) return [];
    const present = briefing.metaKeys?.includes("sources") ?? false;
    // Sources of the wrong type are the schema's to report.
    if (present && meta.sources === undefined) return [];
    return present
      ? [
          {
            message: "meta.sources is empty but meta.status is final; cite at least one source",
            at: ["meta", "sources"],
          },
        ]
      : [
          {
            message: "meta.status is final but meta.sources is missing; cite at least one source",
            at: ["meta"],
            target: "key",
          },
        ];
  },
};
