// Preloaded (after rss.cjs) into `briefing new` only. The command asks its questions only
// when standard input is a terminal; the benchmark runs it without a pseudo-terminal, so
// this makes the pipes look like one. Its path to the first prompt is then the one a
// person sees, and output stays a pipe the benchmark can read.
process.stdin.isTTY = true;
process.stdout.isTTY = true;
process.stdout.columns = 100;
process.stdout.rows = 40;
