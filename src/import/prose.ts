/** How a line of text relates to the part before it. */
export interface TextFlags {
  /** A blank line (or a new Markdown paragraph) came before: a new paragraph starts. */
  paragraph?: boolean;
  /** The line is indented: under a bullet, it continues that bullet. */
  indented?: boolean;
}

// A bullet that ends a sentence: an unindented line after it is a paragraph, not its tail.
const FULL_STOP = /[.!?]["”’)]?$/;

/**
 * Whether a line under a bullet is the rest of that bullet: it is indented, or the bullet
 * has not ended its sentence; a new paragraph never is.
 */
export function continuesBullet(flags: TextFlags, previousText: string): boolean {
  return !flags.paragraph && (flags.indented === true || !FULL_STOP.test(previousText));
}

/** Joins a wrapped line with a space, or a new paragraph with a blank line. */
export function join(a: string | undefined, b: string, paragraph = false): string {
  if (!a) return b;
  return paragraph ? `${a}\n\n${b}` : `${a} ${b}`;
}
