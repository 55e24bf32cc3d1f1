/**
 * When "could", "may" and "might" are not hedges. Editors read a modal verb as a hedge
 * only when it qualifies the writer's own judgement of what will happen. It is not one
 * when it states what someone is able, allowed or offering to do, or when it sits inside
 * a claim attributed to someone else, whose doubt the briefing is reporting.
 */

/** Verbs that after a modal almost always state ability, permission or an offer. */
const ABILITY_VERBS = new Set([
  "access",
  "accommodate",
  "afford",
  "apply",
  "attend",
  "book",
  "borrow",
  "buy",
  "call",
  "choose",
  "claim",
  "collect",
  "contact",
  "download",
  "email",
  "enrol",
  "enroll",
  "log",
  "opt",
  "order",
  "provide",
  "purchase",
  "register",
  "request",
  "sign",
  "submit",
  "supply",
  "use",
  "visit",
  "vote",
  "work",
]);

/** Subjects before "may" that make it a permission ("applicants may"). */
const PERMITTED = new Set([
  "you",
  "applicants",
  "residents",
  "customers",
  "users",
  "visitors",
  "employees",
  "staff",
  "members",
  "passengers",
  "travellers",
  "travelers",
  "students",
  "holders",
  "drivers",
  "patients",
  "participants",
  "readers",
  "subscribers",
]);

/** Adverbs that may stand between a modal and its verb ("could also provide"). */
const BETWEEN = new Set(["also", "still", "now", "then", "easily", "only", "each", "all", "soon"]);

/** Verbs that report what someone said or wrote: the words after them are theirs. */
const REPORTING =
  /(?<![\p{L}])(?:said|says|say|reported|reports|told|tells|warned|warns|stated|states|claimed|claims|argued|argues|noted|notes|added|adds|wrote|writes|estimated|estimates|predicted|predicts|cautioned|acknowledged|believes|according\s+to)(?![\p{L}])/iu;

/** A closing attribution: ", the Times reported." at the end of the sentence. */
const TRAILING_ATTRIBUTION =
  /,\s+(?:according\s+to\s[^,;]+|[^,;]{1,80}?\s(?:said|says|reported|reports|told\s[^,;]+|wrote|warned|added|noted|estimated))[.!?"”]*\s*$/iu;

/** "so that the tanks could refill": a purpose clause, not a forecast. */
const PURPOSE = /(?<![\p{L}])so\s+that\s+(?:[\p{L}'-]+\s+){1,4}$/iu;

const WORD = /[\p{L}']+/gu;

function wordsOf(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => w.toLowerCase());
}

/** The sentence around a span of a text: from after the previous stop to the next. */
function sentenceAround(
  text: string,
  index: number,
  end: number,
): { before: string; after: string } {
  let start = index;
  while (start > 0 && !/[.!?]\s/.test(text.slice(start - 1, start + 1))) start--;
  const stop = /[.!?](?:\s|$)/.exec(text.slice(end));
  return {
    before: text.slice(start, index),
    after: text.slice(end, stop ? end + stop.index + 1 : text.length),
  };
}

/**
 * Whether the modal at `index`..`end` of `text` states ability, permission or an offer,
 * or is part of reported speech, rather than hedging the writer's own judgement.
 */
export function modalNotHedge(text: string, index: number, end: number): boolean {
  const modal = text.slice(index, end).toLowerCase();
  const { before, after } = sentenceAround(text, index, end);
  const next = wordsOf(after.slice(0, 60));
  const verb = BETWEEN.has(next[0] ?? "") ? next[1] : next[0];
  if (verb !== undefined && ABILITY_VERBS.has(verb)) return true;
  const previous = wordsOf(before.slice(-30)).at(-1);
  if (modal === "may" && previous !== undefined && PERMITTED.has(previous)) return true;
  // "so that the tanks could refill": purpose, not a forecast.
  if (PURPOSE.test(before)) return true;
  return inReportedSpeech(text, index, end);
}

/** Whether the words at `index`..`end` of `text` are inside a sentence attributed to someone. */
export function inReportedSpeech(text: string, index: number, end: number): boolean {
  const { before, after } = sentenceAround(text, index, end);
  return REPORTING.test(before) || TRAILING_ATTRIBUTION.test(after);
}
