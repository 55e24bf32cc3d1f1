/** The summary-length rule; it shares its definition with conclusion-length. */
export { summaryLength } from "./paragraph-length.js";
