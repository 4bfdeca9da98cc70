/* The presenter console: its own parts (notes, what comes next, the time), and the console and the
 * audience screen in step: a story's windows tell each other which chapter they show. No server: a
 * BroadcastChannel between the windows of one browser where it works, and window messaging between a
 * window and the console it opened (or its opener) where it does not (a page opened from a USB key may
 * have no channel between its windows). */
import { el } from "./dom.mjs";

const root = globalThis;
const NAME = "atlas-story";

/** A link between the windows showing one story; onChapter(index, playing) when another window moved
 * (playing: it played the chapter's range).
 * @param {string} story
 * @param {(index: number, playing: boolean) => void} onChapter
 */
function storyLink(story, onChapter) {
  const me = Math.random().toString(36).slice(2);
  const windows = new Set();  // the consoles this window opened, and its opener
  if (root.opener) windows.add(root.opener);
  let channel = null;
  try {
    channel = root.BroadcastChannel ? new root.BroadcastChannel(NAME) : null;
  } catch { /* no channel from here: window messaging only */ }

  const seen = new Set();  // a message can come both ways: act on it once
  function receive(message) {
    if (!message || message.atlas !== NAME || message.story !== story || message.from === me) return;
    if (seen.has(message.id)) return;
    seen.add(message.id);
    onChapter(message.index, Boolean(message.playing));
  }
  if (channel) channel.onmessage = function (event) { receive(event.data); };
  root.addEventListener("message", function (event) {
    if (event.source && event.source !== /** @type {any} */ (root) && event.data && event.data.atlas === NAME) windows.add(event.source);
    receive(event.data);
  });

  let sent = 0;
  return {
    /** Tell the other windows this one now shows chapter index (and plays its range). */
    tell: function (index, playing) {
      sent += 1;
      const message = { atlas: NAME, story: story, index: index, playing: playing, from: me, id: me + ":" + sent };
      if (channel) channel.postMessage(message);
      windows.forEach(function (other) {
        try {
          if (!other.closed) other.postMessage(message, "*");  // "*": a page from disk has no origin to name
        } catch { /* closed meanwhile */ }
      });
    },
    /** Open the console for this story in another window, and keep it in step. */
    open: function (url) {
      const other = root.open(url, NAME + "-console");
      if (other) windows.add(other);
      return other;
    },
  };
}

/** The presenter console's own parts: the chapter's speaker notes, what comes next (its title and a small
 * picture of its map), the time spent and the clock (the console is the story's page with &presenter=1,
 * on the laptop beside the projector). */
function presenterParts(core, payload, story, lang, stateOf, ready) {
  const T = function (key) { return core.t(payload, lang, key); };
  const notes = el("div", { class: "story-notes" });
  const coming = el("p", { class: "story-next" });
  const glimpse = el("div", { class: "story-glimpse", "aria-hidden": "true" });  // the next chapter, small
  const time = el("p", { class: "story-clock", "aria-live": "off" });
  const began = Date.now();
  let shown = -1;
  const two = function (n) { return String(n).padStart(2, "0"); };
  function tick() {
    const spent = Math.floor((Date.now() - began) / 1000);
    const now = new Date();
    time.textContent = T("present.elapsed").replace("{time}", Math.floor(spent / 60) + ":" + two(spent % 60))
      + " · " + T("present.clock").replace("{time}", two(now.getHours()) + ":" + two(now.getMinutes()));
  }
  tick();
  setInterval(tick, 1000);
  return {
    box: el("div", { class: "story-speaker" }, [el("h3", { text: T("present.notes") }), notes, coming, glimpse, time]),
    show: function (index) {
      const chapter = story.chapters[index];
      const said = core.pick(chapter.notes || {}, lang);
      notes.replaceChildren(el("p", { text: said || T("present.no_notes") }));
      const after = story.chapters[index + 1];
      coming.textContent = after ? T("present.coming").replace("{title}", core.pick(after.title, lang)) : T("present.last");
      glimpse.hidden = !after;
      // once the live map is there: plotly.js then has the basemap's topology, never fetched from elsewhere
      if (after) ready.then(function () { if (shown === index) drawGlimpse(core, payload, stateOf(after), glimpse); });
      shown = index;
    },
  };
}

/** A small still picture of a chapter's map (basemap and marks in one figure), for the console's "next". */
function drawGlimpse(core, payload, state, box) {
  const Plotly = root.Plotly;
  if (!Plotly || !box.clientWidth) return;
  const width = box.clientWidth;
  const height = Math.round(width * 9 / 16);
  const rows = core.visibleRelations(payload, state);
  const base = core.baseMapFigure(payload, state);
  const layout = Object.assign({}, base.layout, { width: width, height: height });
  layout.geo = core.fitFrame(Object.assign({}, layout.geo), width, height);
  const data = core.mapFigure(payload, state, rows, null).data;
  Plotly.react(box, base.data.concat(data), layout, { staticPlot: true, displayModeBar: false });
}

export { storyLink, presenterParts };
