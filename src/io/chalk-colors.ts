import { Chalk } from "chalk";
import type { Colors } from "../reporters/types.js";

/** Styling functions backed by chalk; loaded only when colour is on. */
export function chalkColors(): Colors {
  const chalk = new Chalk({ level: 1 });
  return {
    red: (t) => chalk.red(t),
    yellow: (t) => chalk.yellow(t),
    green: (t) => chalk.green(t),
    dim: (t) => chalk.dim(t),
    bold: (t) => chalk.bold(t),
    underline: (t) => chalk.underline(t),
  };
}
