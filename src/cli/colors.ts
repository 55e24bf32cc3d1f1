import type { Io, OutStream } from "../io/host.js";

/** Whether output to a stream gets colour: the flag wins, then `NO_COLOR`, then `FORCE_COLOR`, then TTY-ness. */
export function useColor(stream: OutStream, env: Io["env"], flag?: boolean): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !["0", "false"].includes(force);
  return stream.isTTY === true && env.TERM !== "dumb";
}
