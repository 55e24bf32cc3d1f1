// The editor prompt on its own: it brings character-set tables that would otherwise load,
// and delay the first question, in every run that asks anything.
export { default as editor } from "@inquirer/editor";
