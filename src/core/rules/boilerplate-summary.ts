import { sentences } from "./parts.js";
import type { Rule } from "./types.js";

const DOCUMENT =
  "(?:(?:daily|weekly|monthly|situation|special|short|brief|flash|final|latest|first|second|third|next)\\s+)?(?:report|briefing|brief|note|document|update|paper|memo|memorandum|summary|sitrep|bulletin|newsletter|assessment|analysis|edition|issue|product|overview)";

/**
 * A sentence about the document rather than its subject: "This report examines…", "In this
 * briefing…", "The next report will be issued on…". Verbs of judgement ("this assessment
 * judges that…") state a point and are not listed.
 */
export const ABOUT_DOCUMENT = new RegExp(
  `^\\W*(?:(?:this|the\\s+present|the\\s+following|our|the\\s+next)\\s+${DOCUMENT}\\s+(?:is|was|has\\s+been|will|provides?|gives?|covers?|outlines?|summari[sz]es|describes?|presents?|examines?|looks|contains?|reviews?|sets\\s+out|offers?|aims?|seeks?|focuses|discusses|analy[sz]es|considers|highlights|explores|draws|updates|tracks|includes)(?![\\p{L}])|in\\s+this\\s+${DOCUMENT}(?![\\p{L}])|the\\s+(?:purpose|aim|objective|scope)\\s+of\\s+this\\s+${DOCUMENT}|this\\s+is\\s+the\\s+(?:[\\p{L}\\d-]+\\s+){0,2}${DOCUMENT}(?![\\p{L}])|(?:here|below)\\s+(?:is|are)\\s+)`,
  "iu",
);

/**
 * A cheap first test, true of every text ABOUT_DOCUMENT matches: it opens with the words
 * one of that pattern's branches opens with. Most summaries open otherwise and
 * never reach the full pattern, which V8 takes over ten milliseconds to compile.
 */
export const PRETEST =
  /^\W*(?:this\s|our\s|in\s+this\s|here\s|below\s|the\s+(?:present|following|next|purpose|aim|objective|scope)\s)/i;

export const boilerplateSummary: Rule = {
  id: "boilerplate-summary",
  scope: "part",
  description: "The summary states the point, not what the document is or does.",
  defaultLevel: "warn",
  optionsSchema: { type: "object", additionalProperties: false, properties: {} },
  check(briefing) {
    // Only the opening matters: a summary of any length costs no more than its start.
    const head = briefing.summary?.slice(0, 600);
    // The first sentence is where the summary starts, so the opening test holds for both.
    if (head === undefined || !PRETEST.test(head)) return [];
    const first = sentences(head)[0] ?? "";
    if (!ABOUT_DOCUMENT.test(first)) return [];
    // A long opening is cut at a word, so the message stays one line.
    const opening =
      first.length > 60 ? `${first.slice(0, first.lastIndexOf(" ", 57)).trimEnd()}…` : first;
    return [
      {
        message: `summary opens by describing the document ("${opening}"); open with its main point`,
        at: ["summary"],
      },
    ];
  },
};
