// Preloaded into a child process (node --require) to make its piped stdout pass for a
// terminal, for scenarios about colour on a TTY.
process.stdout.isTTY = true;
