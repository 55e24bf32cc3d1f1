import type { Colors } from "../reporters/types.js";
import { plainColors } from "../reporters/types.js";

/**
 * Styling functions; chalk is loaded only when colour is on. Whether it is on is decided
 * once, by the program from `--color`, `NO_COLOR`, `FORCE_COLOR` and the terminal, and
 * handed to each command.
 */
export async function makeColors(enabled: boolean | undefined): Promise<Colors> {
  if (!enabled) return plainColors;
  const { chalkColors } = await import("./chalk-colors.js");
  return chalkColors();
}
