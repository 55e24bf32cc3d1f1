// Preloaded (node --require) into a child process a test starts. On exit it writes the
// process's peak resident set and CPU time to the file $BRIEFING_TEST_USAGE names, so a
// test bounds what that one run cost, not what a shared, busy test process did.
const { writeFileSync } = require("node:fs");

const file = process.env.BRIEFING_TEST_USAGE;
if (file) {
  process.on("exit", () => {
    const usage = process.resourceUsage();
    const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
    writeFileSync(file, JSON.stringify({ maxRssKb: usage.maxRSS, cpuMs }));
  });
}
