// Benchmarks the CLI against its floors, measured in the same run: each case is timed as
// the median of interleaved runs, so a noisy neighbour slows every case alike.
// Usage: npm run bench [-- --runs N]
import { spawnSync } from "node:child_process";
import { cpus } from "node:os";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));
const runsArg = process.argv.indexOf("--runs");
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 15;
const bin = "bin/briefing.js";

/** Each case: a label, a command, and the case it is compared against with its target ratio. */
const cases = [
  { id: "node", label: "node -e ''", args: ["-e", ""] },
  {
    id: "version",
    label: "briefing --version",
    args: [bin, "--version"],
    floor: "node",
    target: 1.3,
  },
  {
    id: "validate-one",
    label: "briefing validate one.yaml",
    args: [bin, "validate", "examples/freight-rates.yaml"],
    floor: "node",
    target: 2,
  },
];

function timeOnce(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: "ignore" });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(" ")} exited ${result.status}`);
  return ms;
}

const samples = new Map(cases.map((c) => [c.id, []]));
for (const c of cases) timeOnce(c.args); // warm the file cache
for (let i = 0; i < runs; i++) for (const c of cases) samples.get(c.id).push(timeOnce(c.args));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

console.log(
  `briefing benchmarks — ${cpus().length} cores, Node ${process.version}, ${runs} runs each\n`,
);
let failed = 0;
for (const c of cases) {
  const ms = median(samples.get(c.id));
  let line = `${c.label.padEnd(32)} ${ms.toFixed(1).padStart(8)} ms`;
  if (c.floor) {
    const ratio = ms / median(samples.get(c.floor));
    const ok = ratio <= c.target;
    if (!ok) failed++;
    line += `   ${ratio.toFixed(2)}× ${c.floor} (target ≤ ${c.target}×) ${ok ? "ok" : "MISSED"}`;
  }
  console.log(line);
}
process.exitCode = failed > 0 ? 1 : 0;
