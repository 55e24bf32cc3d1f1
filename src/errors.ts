/** Exit codes, as documented in the README. */
export const ExitCode = {
  /** Everything checked out. */
  Ok: 0,
  /** The input has problems: invalid briefings, lint errors, too many warnings. */
  Problems: 1,
  /** Usage or I/O error: unknown flag, missing file, unreadable input, bad configuration. */
  Usage: 2,
  /** Interrupted (Ctrl-C). */
  Interrupted: 130,
} as const;

/** An error the CLI reports as one line and an exit code. */
export class BriefingError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The command was called wrongly: unknown option, bad value, nothing matched. */
export class UsageError extends BriefingError {
  constructor(message: string) {
    super(message, ExitCode.Usage);
  }
}

/** A file could not be read or written. */
export class IoError extends BriefingError {
  constructor(message: string) {
    super(message, ExitCode.Usage);
  }
}

/** A configuration or template file is invalid. */
export class ConfigError extends BriefingError {
  constructor(message: string) {
    super(message, ExitCode.Usage);
  }
}

/** Plain-words description of a Node file-system error. */
export function describeFsError(error: unknown, path: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return `${path}: no such file or directory`;
    case "EACCES":
    case "EPERM":
      return `${path}: permission denied`;
    case "EISDIR":
      return `${path}: is a directory`;
    case "ENOTDIR":
      return `${path}: a part of the path is not a directory`;
    case "EEXIST":
      return `${path}: a file is in the way where a folder is needed`;
    case "EIO":
      return `${path}: input/output error`;
    case "ELOOP":
      return `${path}: too many levels of symbolic links`;
    default:
      return `${path}: ${errorMessage(error)}`;
  }
}

/** The message of anything thrown (errors from other realms are not `instanceof Error`). */
export function errorMessage(error: unknown): string {
  if (typeof error === "object" && error !== null && "message" in error)
    return String(error.message);
  return String(error);
}
