/** Debian's Chromium, the browser the browser tests drive. */
export const CHROMIUM = "/usr/bin/chromium";

/** Flags for a headless run on a closed network: no background connections, no sandbox as root. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
