// Preloaded with `node --import` to record every ES module a run loads, one URL a line, in
// the file MODULE_LOG names: the tests read which bundle chunks a command pulls in.
import { register } from "node:module";

register(
  `data:text/javascript,${encodeURIComponent(`
    import { appendFileSync } from "node:fs";
    export async function load(url, context, next) {
      if (url.startsWith("file:")) appendFileSync(${JSON.stringify(process.env.MODULE_LOG ?? "/dev/null")}, url + "\\n");
      return next(url, context);
    }
  `)}`,
);
