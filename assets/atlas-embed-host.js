/* For the page that frames the atlas (a CMS that allows scripts): paste this script once, beside the
 * iframe snippet, and each atlas frame takes the height of its content. Without it the frame keeps its
 * fixed height, which works too. Not loaded by the atlas itself. */
(function () {
  "use strict";
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || data.type !== "atlas:height" || typeof data.height !== "number" || !isFinite(data.height)) return;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i += 1) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.min(Math.max(Math.round(data.height), 200), 6000) + "px";
      }
    }
  });
})();
