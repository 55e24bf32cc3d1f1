// The command-line entry the bin runs: the program and the real process's streams.
export { main } from "./main.js";
export { nodeIo } from "./io.js";
