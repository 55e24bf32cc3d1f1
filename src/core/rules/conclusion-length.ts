/** The conclusion-length rule; it shares its definition with summary-length. */
export { conclusionLength } from "./paragraph-length.js";
