// Preloaded into every measured child (NODE_OPTIONS=--require) to record its peak resident
// memory on exit. CommonJS because --require cannot load ES modules on Node 20. Lines are
// appended, not written, so a child that starts further Node processes adds its own line
// and the benchmark takes the largest.
const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on("exit", () => {
    require("node:fs").appendFileSync(file, `${process.resourceUsage().maxRSS}\n`);
  });
}
