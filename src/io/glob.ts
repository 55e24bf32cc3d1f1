// The glob library behind a local module, so that it can be loaded lazily without a lazy
// import of a bare package (which the bundle's code splitting can break).
export { glob, isDynamicPattern } from "tinyglobby";
