// The inquirer prompts the flow asks most, loaded together once the first question is due.
// A bare package is never imported lazily (`await import("pkg")`): the bundle's code
// splitting turns such an import of a CommonJS build into a chunk without named exports.
// A local module that imports the packages statically is safe, and keeps them lazy.
export { default as input } from "@inquirer/input";
export { default as select } from "@inquirer/select";
export { default as confirm } from "@inquirer/confirm";
