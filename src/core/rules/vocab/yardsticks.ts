/**
 * Probability yardsticks: the fixed words an assessment may use for how likely something
 * is. Each level lists its terms (the first is the preferred one) and, in `alsoAccepted`,
 * grammatical variants a writer naturally uses for the same word ("probably" for
 * "probable", "almost certainly" for "almost certain"); those are never flagged under
 * that yardstick but are not offered as suggestions. `percent` is the middle of the
 * level's range, used only to suggest the closest term of another yardstick.
 */

/** Ids of the yardsticks the `estimative-language` rule knows. */
export type YardstickId = "icd203" | "phia" | "kent";

/** One step of a yardstick. */
export interface YardstickLevel {
  terms: readonly string[];
  alsoAccepted?: readonly string[];
  percent: number;
}

/** A probability yardstick. */
export interface Yardstick {
  id: YardstickId;
  /** How messages name it: "not on the ICD 203 yardstick". */
  name: string;
  levels: readonly YardstickLevel[];
}

/** US Intelligence Community Directive 203, Analytic Standards (2015). */
const icd203: Yardstick = {
  id: "icd203",
  name: "ICD 203",
  levels: [
    { terms: ["almost no chance", "remote"], alsoAccepted: ["remote chance"], percent: 3 },
    { terms: ["very unlikely", "highly improbable"], percent: 12 },
    { terms: ["unlikely", "improbable"], percent: 32 },
    { terms: ["roughly even chance", "roughly even odds"], percent: 50 },
    { terms: ["likely", "probable"], alsoAccepted: ["probably"], percent: 68 },
    { terms: ["very likely", "highly probable"], alsoAccepted: ["highly probably"], percent: 87 },
    {
      terms: ["almost certain", "nearly certain"],
      alsoAccepted: ["almost certainly", "nearly certainly"],
      percent: 97,
    },
  ],
};

/** The UK Professional Head of Intelligence Assessment (PHIA) probability yardstick. */
const phia: Yardstick = {
  id: "phia",
  name: "PHIA",
  levels: [
    { terms: ["remote chance"], percent: 3 },
    { terms: ["highly unlikely"], percent: 15 },
    { terms: ["unlikely"], percent: 30 },
    { terms: ["realistic possibility"], percent: 45 },
    { terms: ["likely", "probably"], alsoAccepted: ["probable"], percent: 65 },
    { terms: ["highly likely"], percent: 85 },
    { terms: ["almost certain"], alsoAccepted: ["almost certainly"], percent: 97 },
  ],
};

/** Sherman Kent's "Words of Estimative Probability" (1964). */
const kent: Yardstick = {
  id: "kent",
  name: "Kent",
  levels: [
    { terms: ["certain"], alsoAccepted: ["certainly"], percent: 100 },
    { terms: ["almost certain"], alsoAccepted: ["almost certainly"], percent: 93 },
    { terms: ["probable"], alsoAccepted: ["probably"], percent: 75 },
    { terms: ["chances about even"], percent: 50 },
    { terms: ["probably not"], percent: 30 },
    { terms: ["almost certainly not"], percent: 7 },
  ],
};

/** Every yardstick, by id. */
export const yardsticks: Readonly<Record<YardstickId, Yardstick>> = { icd203, phia, kent };

/** The yardstick ids, for an options schema. */
export const yardstickIds = Object.keys(yardsticks) as YardstickId[];

/**
 * Words that are on a yardstick but also everyday English ("certain districts", "a
 * remote-access appliance"): they are never reported as another yardstick's term and do
 * not count as a likelihood on their own.
 */
export const ambiguousTerms: ReadonlySet<string> = new Set(["certain", "certainly", "remote"]);

/** The yardstick a rule's `yardstick` option names, ICD 203 when it names none. */
export function yardstickOption(options: Record<string, unknown>): Yardstick {
  const id = (yardstickIds as unknown[]).includes(options.yardstick)
    ? (options.yardstick as YardstickId)
    : "icd203";
  return yardsticks[id];
}

/** Every term and accepted variant of a yardstick. */
export function acceptedTerms(yardstick: Yardstick): string[] {
  return yardstick.levels.flatMap((level) => [...level.terms, ...(level.alsoAccepted ?? [])]);
}

/** Every likelihood term of every yardstick, the ambiguous everyday words left out. */
export const likelihoodTerms: readonly string[] = [
  ...new Set(Object.values(yardsticks).flatMap(acceptedTerms)),
].filter((term) => !ambiguousTerms.has(term));

/** The level of a term on whichever yardstick has it first (for the closest suggestion). */
export function percentOf(term: string): number | undefined {
  for (const yardstick of Object.values(yardsticks)) {
    for (const level of yardstick.levels)
      if (level.terms.includes(term) || level.alsoAccepted?.includes(term)) return level.percent;
  }
  return undefined;
}

/**
 * The two rows of ICD 203's table of terms: one scale written twice. A briefing should keep
 * to one row. "remote" alone is left out: it is usually the everyday word.
 */
export const icd203Rows: readonly (readonly string[])[] = [
  [
    "almost no chance",
    "very unlikely",
    "unlikely",
    "roughly even chance",
    "likely",
    "very likely",
    "almost certain",
    "almost certainly",
  ],
  [
    "remote chance",
    "remote possibility",
    "highly improbable",
    "improbable",
    "improbably",
    "roughly even odds",
    "probable",
    "probably",
    "highly probable",
    "highly probably",
    "nearly certain",
    "nearly certainly",
  ],
];
