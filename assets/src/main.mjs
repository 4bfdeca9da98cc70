/* The one entry point: bundled (scripts/build_js) into assets/atlas.js, the classic script that the app's
 * page and the offline package load. Its only global is window.atlasExplorer, which the app's Dash glue
 * and the offline page's boot script start. */
import { boot, start } from "./explorer.mjs";
import "./dash.mjs";

globalThis.atlasExplorer = { start: start, boot: boot };
