// Runs the suites that spend the longest in child processes first. Jest orders a run by
// the durations it remembers, else by file size; a fresh clone (every CI run) remembers
// nothing, and the heaviest suites are small files that drive the built bin. Started
// last, they left one core working alone for a minute and a half at the end of the run.
const Sequencer = require("@jest/test-sequencer").default;

/** Suites known to take longest, heaviest first (paths under test/). */
const HEAVY = [
  "hostile/corpus-big.test.ts",
  "e2e/tarball.test.ts",
  "hostile/corpus.test.ts",
  "bench/corpus.test.ts",
  "hostile/fuzz.test.ts",
  "bench/smoke.test.ts",
  "unit/import/roundtrip.test.ts",
  "e2e/workers.test.ts",
  "hostile/interrupt.test.ts",
];

class HeavyFirst extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    const rank = (test) => {
      const path = test.path.replaceAll("\\", "/");
      const i = HEAVY.findIndex((suffix) => path.endsWith(`/test/${suffix}`));
      return i < 0 ? HEAVY.length : i;
    };
    // A stable sort: the known heavy suites lead, the rest keep Jest's own order.
    return [...sorted].sort((a, b) => rank(a) - rank(b));
  }
}

module.exports = Object.assign(HeavyFirst, { HEAVY });
