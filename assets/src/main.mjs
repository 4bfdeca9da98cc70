/* The one entry point: bundled (scripts/build_js) into assets/atlas.js, the classic script that the app's
 * page and the offline package load. Its only global is window.atlasExplorer, which the app's page
 * starts on its own data (dash.mjs) and the offline package's boot script on the data it carries. */
import { boot, start } from "./explorer.mjs";
import { startFromPage } from "./dash.mjs";
import { startDesk } from "./desk.mjs";
import { unpack } from "./wire.mjs";

// the payload arrives packed (dashboard/wire.py): unpacked once, here, for every module
globalThis.atlasExplorer = {
  start: function (payload, options) { return start(unpack(payload), options); },
  boot: function (payload, options) { return boot(unpack(payload), options); },
};
startFromPage();
startDesk();
