/* Presentation mode: a story walked chapter by chapter on a projector, driven by a keyboard or a presenter
 * clicker (they send Page Down / Page Up, arrows, or B and the full stop). Plain DOM over the explorer; the
 * app and the offline package share it. The address says which story and chapter: ?story=default&chapter=3. */
import { el, reducedMotion } from "./dom.mjs";
import { ID, byId } from "./ids.mjs";
import { presenterParts, storyLink } from "./console.mjs";
import { figureSentence } from "./officials.mjs";
/** @typedef {import("./payload").Chapter} Chapter */
/** @typedef {import("./payload").Payload} Payload */

const root = globalThis;

const NEXT = ["PageDown", "ArrowRight", "ArrowDown", " ", "Enter", "n"];
const PREVIOUS = ["PageUp", "ArrowLeft", "ArrowUp", "Backspace"];
const CONSOLE = ["p", "P"];  // the presenter console, in another window
const BLANK = ["b", "B", ".", "w", "W"];  // clickers' "black screen" button
const PLAY_SECONDS = 12;  // a played range takes about this long, whatever its length
const IDLE_MS = 2000;
const GUTTER = 16;  // px between the card and the places framed beside it  // a still mouse for this long: the room sees the map, not the buttons


/** The explorer state a chapter shows (the chapter's relations ringed, the first one selected).
 * @param {typeof import("./core.mjs")} core
 * @param {Payload} payload
 * @param {Chapter} chapter
 * @param {string} lang
 * @param {number} [year] the year shown, when not the chapter's (a range played)
 */
function chapterState(core, payload, chapter, lang, year) {
  const bounds = core.boundsFrame(payload, chapter.relations);
  const state = core.applyPatch(payload, Object.assign(core.defaultState(payload), { lang: lang }), {
    year: year === undefined ? chapter.year : year, mode: chapter.mode,
    cats: chapter.categories.length ? chapter.categories : payload.categories, region: chapter.region,
    sel: chapter.relations[0] || "",
    // a chapter shows its own view (stories.csv, view), else its region's frame, else the frame around
    // the places it cites, else the presentation's view (data/atlas.toml)
    view: chapter.view || (chapter.region || bounds ? "" : payload.presentationView || ""),
  });
  if (!chapter.view && !chapter.region && bounds) state.bounds = bounds;
  state.hl = chapter.relations;
  state.theme = "projector";
  return state;
}

/**
 * @param {Payload} payload
 * @param {string} lang
 */
function start(explorer, core, payload, story, lang) {
  const T = function (key) { return core.t(payload, lang, key); };
  let index = story.index;
  let timer = null;
  let played = false;  // a chapter with a range plays on the first "next", then the next one moves on
  const title = el("h2", { id: ID.story_title, class: "story-title" });
  const text = el("p", { class: "story-text" });
  // the official figures the chapter cites, each with its year, who states it and its sources
  const figures = el("ul", { class: "story-figures officials" });
  const progress = el("p", { class: "story-progress" });
  const shownYear = el("p", { class: "story-year" });
  const status = el("p", { class: "visually-hidden", role: "status", "aria-live": "polite" });
  const buttons = {
    previous: el("button", { type: "button", "data-action": "previous", text: T("present.previous") }),
    play: el("button", { type: "button", "data-action": "play", "aria-pressed": "false", text: T("explorer.play") }),
    next: el("button", { type: "button", "data-action": "next", text: T("present.next") }),
    full: el("button", { type: "button", "data-action": "full", text: T("present.fullscreen") }),
    // RGAA 12.10: the clicker's letter keys (B, ".", K...) can be turned off; Page Up/Down and arrows stay
    keys: el("button", { type: "button", "data-action": "keys", "aria-pressed": "true", text: T("present.letter_keys") }),
    leave: el("button", { type: "button", "data-action": "leave", text: T("present.leave") }),
  };
  const panel = el("section", { class: "story", "aria-labelledby": ID.story_title }, [
    el("div", { class: "story-head" }, [
      el("p", { class: "story-name", text: core.pick(story.chapters[0].title, lang) }), shownYear]),
    title, text, figures, progress, status,
    el("div", { class: "story-buttons" }, Object.keys(buttons).map(function (k) { return buttons[k]; })),
    el("p", { class: "story-keys", text: T("present.keys") }),
  ]);
  const ending = endAddress(core, payload, lang);
  if (ending) panel.insertBefore(ending, progress);
  const presenter = core.isPresenter(root.location.search);
  const still = core.isStill(root.location.search);  // a handout: no motion, a played range shown whole
  const speaker = presenter ? presenterParts(core, payload, story, lang, function (c) {
    return chapterState(core, payload, c, lang);
  }, explorer.live) : null;
  if (speaker) panel.insertBefore(speaker.box, progress);
  const link = storyLink(story.story, function (i, playing) {  // another window moved: follow, quietly
    show(i, false, true);
    if (playing) play(true);
  });
  const blank = el("div", { class: "story-blank", hidden: true, "aria-hidden": "true" });
  document.documentElement.classList.add("presenting", presenter ? "presenter" : "audience");
  const view = document.querySelector(".atlas-view");
  const first = view.querySelector(".story");  // the card the page came with, until this one
  if (first) first.remove();
  view.prepend(panel);
  document.body.appendChild(blank);
  // the map and the timeline come into sight once the card is the script's (its buttons, the console's
  // notes): they would otherwise move when it replaces the card the page came with
  document.documentElement.classList.add("story-ready");

  function chapter() {
    return story.chapters[index];
  }

  /** The chapter's view in a year, its frame clear of the card (on the audience screen); a still chapter
   * that plays a range (a handout) shows all its years at once. */
  function display(year) {
    const c = chapter();
    const span = still && c.year_end && c.year_end > c.year;
    const state = chapterState(core, payload, c, lang, span ? c.year_end : year);
    if (span) state.from = c.year;
    if (!presenter) state.cover = Math.min(0.6, (panel.getBoundingClientRect().right + GUTTER) / root.innerWidth);
    shownYear.textContent = span ? c.year + "–" + c.year_end : String(year);
    explorer.show(state);
  }

  function address(replace) {
    try {
      root.history[replace ? "replaceState" : "pushState"](null, "", core.storySearch(story.story, index, lang)
        + (presenter ? "&presenter=1" : "") + root.location.hash);
    } catch { /* from disk the address may not change: the story still does */ }
  }

  /** Chapter i; quiet: asked by another window, which need not be told. */
  function show(i, replace, quiet) {
    stop();
    index = Math.min(story.chapters.length - 1, Math.max(0, i));
    played = false;
    const c = chapter();
    // the room's timeline as tall as the chapter's lanes (dashboard/opening.py, chapter_lanes: the same)
    const frame = byId("timeline") && byId("timeline").closest(".atlas-view");
    if (frame instanceof HTMLElement) frame.style.setProperty("--lanes", String(c.categories.length || payload.categories.length));
    display(c.year);
    title.textContent = core.pick(c.title, lang);
    text.textContent = core.pick(c.text, lang);
    const cited = (c.figures || []).map(function (id) { return payload.figures.find(function (f) { return f.id === id; }); });
    // the room reads each figure in one plain sentence (the City's count beside the map's, counted alike)
    figures.replaceChildren.apply(figures, cited.filter(Boolean).map(function (f) {
      return figureSentence(core, payload, lang, f);
    }));
    figures.hidden = !figures.children.length;
    // on a short screen the cited figures give way to the chapter's text, never cut under the card's edge
    // (the console and the handouts keep them)
    if (!presenter && panel.scrollHeight > panel.clientHeight + 1) figures.hidden = true;
    progress.textContent = T("present.progress").replace("{n}", String(index + 1))
      .replace("{total}", String(story.chapters.length));
    status.textContent = title.textContent + ". " + progress.textContent;
    document.title = T("present.page_title").replace("{chapter}", title.textContent).replace("{title}", T("app.title"));
    buttons.play.hidden = !c.year_end;
    buttons.previous.disabled = index === 0;
    buttons.next.disabled = index === story.chapters.length - 1 && !c.year_end;
    if (speaker) speaker.show(index);
    if (ending) ending.hidden = index !== story.chapters.length - 1;  // the room takes the map home
    address(replace);
    if (!quiet) link.tell(index, false);
  }

  /** Play the chapter's range; quiet: asked by another window. */
  function play(quiet) {
    const c = chapter();
    if (!c.year_end || timer) return;
    let year = c.year;
    played = true;
    if (!quiet) link.tell(index, true);
    if (reducedMotion()) {  // the reader asked for less motion: the range's last year, at once
      display(c.year_end);
      return;
    }
    const step = Math.min(800, Math.max(150, (PLAY_SECONDS * 1000) / Math.max(1, c.year_end - c.year)));
    buttons.play.setAttribute("aria-pressed", "true");
    buttons.play.textContent = T("explorer.pause");
    timer = setInterval(function () {
      year += 1;
      display(year);
      if (year >= c.year_end) stop();
    }, step);
  }

  function stop() {
    if (!timer) return false;
    clearInterval(timer);
    timer = null;
    buttons.play.setAttribute("aria-pressed", "false");
    buttons.play.textContent = T("explorer.play");
    return true;
  }

  function next() {
    const c = chapter();
    if (c.year_end && !played) return play();
    if (stop()) return display(c.year_end);
    if (index < story.chapters.length - 1) show(index + 1);
  }

  function toggleFullScreen() {
    if (document.fullscreenElement) return document.exitFullscreen();
    const page = document.documentElement;
    return page.requestFullscreen ? page.requestFullscreen().catch(function () { /* refused: stay */ }) : null;
  }

  function leave() {
    stop();
    const state = Object.assign({}, explorer.state);
    root.location.search = core.toSearch(state, payload);  // the explorer, on the chapter's view
  }

  const actions = {
    previous: function () { show(index - 1); }, next: next, full: toggleFullScreen, leave: leave,
    play: function () { if (!stop()) play(); },
    keys: function () {
      letterKeys = !letterKeys;
      buttons.keys.setAttribute("aria-pressed", String(letterKeys));
    },
  };
  Object.keys(buttons).forEach(function (k) { buttons[k].addEventListener("click", actions[k]); });

  let letterKeys = true;
  let typed = "";  // digits typed before Enter: jump to that chapter
  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = /** @type {HTMLElement} */ (event.target);
    if (target && (target.tagName === "INPUT" || target.tagName === "SELECT" || target.tagName === "TEXTAREA")) return;
    const key = event.key;
    if (!letterKeys && key.length === 1) return;  // a character key, turned off
    if (!blank.hidden && !BLANK.includes(key)) { blank.hidden = true; }  // any key brings the map back
    if (/^[0-9]$/.test(key)) { typed += key; return; }
    if (key === "Enter" && typed) {
      event.preventDefault();
      show(parseInt(typed, 10) - 1);
      typed = "";
      return;
    }
    typed = "";
    if (target && target.tagName === "BUTTON" && (key === " " || key === "Enter")) return;  // the button's own
    let done = true;
    if (NEXT.includes(key)) next();
    else if (PREVIOUS.includes(key)) actions.previous();
    else if (key === "Home") show(0);
    else if (key === "End") show(story.chapters.length - 1);
    else if (key === "f" || key === "F") toggleFullScreen();
    else if (key === "k" || key === "K") actions.play();
    else if (BLANK.includes(key)) blank.hidden = !blank.hidden;
    else if (key === "Escape") { if (!stop()) leave(); }
    else if (CONSOLE.includes(key) && !presenter) link.open(core.storySearch(story.story, index, lang) + "&presenter=1");
    else done = false;
    if (done) event.preventDefault();
  });
  root.addEventListener("popstate", function () {
    const asked = core.requestedStory(root.location.search, payload);
    if (asked && asked.story === story.story) show(asked.index, true);
  });

  if (!presenter) idleScreen();
  show(index, true, true);
  return { show: show, next: next, stop: stop, get index() { return index; }, get playing() { return Boolean(timer); } };
}

/** The audience screen shows no buttons and no cursor once the mouse has been still for two seconds;
 * a move of the mouse, or the keyboard's focus on a button, brings the buttons back. */
function idleScreen() {
  const page = document.documentElement;
  let timer = 0;
  function awake() {
    page.classList.remove("idle");
    clearTimeout(timer);
    timer = setTimeout(function () { page.classList.add("idle"); }, IDLE_MS);
  }
  ["mousemove", "mousedown", "touchstart"].forEach(function (kind) {
    root.addEventListener(kind, awake, { passive: true });
  });
  awake();
}

/** The atlas's public address on a story's last chapter, as text and as the QR code Python made
 * (payload.address, from atlas.toml), so that the room can open the map on their phones; null without one.
 * @param {Payload} payload
 * @param {string} lang
 */
function endAddress(core, payload, lang) {
  if (!payload.address) return null;
  const code = el("div", { class: "story-qr" });
  code.innerHTML = payload.address.qr;  // an SVG segno made from the checked address: no text of the data in it
  const svg = code.querySelector("svg");
  if (svg) {
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", core.t(payload, lang, "present.qr"));
  }
  return el("figure", { class: "story-address", hidden: true }, [code, el("figcaption", {}, [
    core.t(payload, lang, "present.address") + " ", el("a", { href: payload.address.url, text: payload.address.url })])]);
}

export { start, chapterState };
