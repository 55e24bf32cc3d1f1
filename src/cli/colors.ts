import type { Colors } from "../reporters/types.js";
import { plainColors } from "../reporters/types.js";
import type { Io, OutStream } from "./io.js";

/** Whether output to a stream gets colour: `NO_COLOR` wins, then `FORCE_COLOR`, then TTY-ness. */
export function useColor(stream: OutStream, env: Io["env"], flag?: boolean): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !["0", "false"].includes(force);
  return stream.isTTY === true && env.TERM !== "dumb";
}

/** Styling functions; chalk is loaded only when colour is on. */
export async function makeColors(enabled: boolean): Promise<Colors> {
  if (!enabled) return plainColors;
  const { chalkColors } = await import("./chalk-colors.js");
  return chalkColors();
}
