/* "Share / embed": the permalink of the current view, an iframe snippet (with a title, lazy loading and
 * a fixed height that needs no script) and the optional auto-height script, in a native dialog. The
 * snippet follows the current year unless asked to keep one (an embed must not freeze on the year it was
 * copied), offers the controls a frame shows, and says what the host page must allow. */
import { el } from "./dom.mjs";
import { ID } from "./ids.mjs";
/** @typedef {import("./payload").Payload} Payload */
/** @typedef {import("./state.mjs").State} State */

const root = globalThis;

// The frame's height without the auto-height script: the map, the year bar and a place's details in its
// sheet, from a 320 px column to a wide page (tests/test_phone.py holds it).
const HEIGHT = 640;
// What the dialog's choices put in the frame (url.mjs EMBED_CONTROLS names them).
const CONTROLS = { year: ["year", "play"], search: ["search"], filters: ["mode", "categories", "region", "reset"] };

/** The embed's address: the view without its year unless fixed, and the controls chosen.
 * @param {Payload} payload
 * @param {State} state
 * @param {{ fixYear: boolean, controls: string[] }} options
 */
function embedSearch(core, payload, state, options) {
  const params = new URLSearchParams(core.toSearch(state, payload).slice(1));
  if (!options.fixYear) params.delete("year");
  params.set("embed", "1");
  const controls = options.controls.flatMap(function (name) { return CONTROLS[name] || []; });
  if (controls.join() !== "year") params.set("controls", controls.length ? controls.join(",") : "none");
  return "?" + params.toString().replace(/%2C/g, ",");  // commas as people write them
}

/** The snippets for a state, from the page's own address (the atlas may live under a prefix).
 * @param {Payload} payload
 * @param {State} state
 * @param {string} lang
 * @param {{ fixYear: boolean, controls: string[] }} options
 */
function snippets(core, payload, state, lang, options) {
  const base = root.location.origin + root.location.pathname;
  const assets = base.replace(/[^/]*$/, "") + "assets/";
  const view = core.toSearch(state, payload);
  const title = core.t(payload, lang, "explorer.map").replace(/"/g, "&quot;");
  return {
    permalink: base + view,
    iframe: '<iframe src="' + base + embedSearch(core, payload, state, options) + '" title="' + title
      + '" loading="lazy" width="100%" height="' + HEIGHT + '" style="border:0;max-width:100%" allow="fullscreen"></iframe>',
    script: '<script src="' + assets + 'atlas-embed-host.js" defer></script>',
    picture: '<a href="' + base + view + '"><img src="' + assets + "previews/atlas-" + lang + '.png" alt="' + title
      + '" width="1200" height="900" style="max-width:100%;height:auto"></a>',
  };
}

/**
 * @param {string} value
 */
function field(id, label, value) {
  const area = el("textarea", { id: id, readonly: true, rows: "3", spellcheck: "false" });
  area.value = value;
  const copy = el("button", { type: "button", class: "copy", "data-copies": id });
  return el("div", { class: "share-field" }, [el("label", { for: id, text: label }), area, copy]);
}

/** A checkbox of the embed's options. */
function option(name, label, checked) {
  const box = el("input", { type: "checkbox", id: ID.share_dialog + "-" + name, value: name, checked: checked });
  return el("div", { class: "choice" }, [box, el("label", { for: ID.share_dialog + "-" + name, text: label })]);
}

/** Copy a text area's text; says whether it was copied, or that it is selected for the reader to copy
 * (an address in plain http has no clipboard for scripts). */
function copyText(area, say) {
  area.select();
  const fallback = function () {
    let done;
    try { done = document.execCommand("copy"); } catch { done = false; }
    say(done);
  };
  if (root.navigator.clipboard && root.isSecureContext) {
    root.navigator.clipboard.writeText(area.value).then(function () { say(true); }, fallback);
  } else fallback();
}

/** What the host page must allow: the sites the atlas lets frame it, and its own Content-Security-Policy.
 * @param {Payload} payload
 * @param {string} lang
 */
function hostAdvice(core, payload, lang, framers) {
  const T = function (key) { return core.t(payload, lang, key); };
  const origin = root.location.origin;
  const sites = (framers || "").split(" ").filter(Boolean).map(function (s) { return s === "'self'" ? origin : s; });
  return el("div", { class: "share-advice" }, [
    sites.length ? el("p", { text: T("share.allowed").replace("{sites}", sites.join(", ")) }) : null,
    el("p", { text: T("share.csp").replace(/\{origin\}/g, origin) }),
    el("p", { text: T("share.height").replace("{height}", String(HEIGHT)) }),
  ]);
}

/**
 * @param {HTMLElement} button
 * @param {Payload} payload
 * @param {string} lang
 */
function mount(button, core, payload, lang, currentState) {
  const T = function (key) { return core.t(payload, lang, key); };
  const dialog = el("dialog", { id: ID.share_dialog, class: "share-dialog", "aria-labelledby": ID.share_title });
  document.body.appendChild(dialog);
  button.addEventListener("click", function () {
    const state = currentState();
    const choices = el("fieldset", { class: "share-options" }, [el("legend", { text: T("share.options") }),
      option("year", T("share.controls.year"), true), option("search", T("share.controls.search"), false),
      option("filters", T("share.controls.filters"), false),
      option("fix-year", T("share.fix_year").replace("{year}", String(state.year)), false)]);
    const read = function () {
      const checked = Array.from(choices.querySelectorAll("input:checked")).map(function (i) { return i.getAttribute("value"); });
      return { fixYear: checked.includes("fix-year"), controls: checked.filter(function (c) { return c !== "fix-year"; }) };
    };
    const text = snippets(core, payload, state, lang, read());
    const status = el("p", { class: "share-status", role: "status" });
    const close = el("button", { type: "button", class: "close", text: T("share.close") });
    dialog.replaceChildren(
      el("h2", { id: ID.share_title, text: T("share.title") }),
      field(ID.share_permalink, T("share.permalink"), text.permalink),
      choices,
      field(ID.share_iframe, T("share.iframe"), text.iframe),
      field(ID.share_script, T("share.script"), text.script),
      hostAdvice(core, payload, lang, button.getAttribute("data-framers")),
      field(ID.share_picture, T("share.picture"), text.picture),
      status, close);
    choices.addEventListener("change", function () {
      const area = /** @type {HTMLTextAreaElement} */ (dialog.querySelector("#" + ID.share_iframe));
      area.value = snippets(core, payload, state, lang, read()).iframe;
    });
    dialog.querySelectorAll("button.copy").forEach(function (copy) {
      copy.textContent = T("share.copy");
      copy.addEventListener("click", function () {
        copyText(dialog.querySelector("#" + copy.getAttribute("data-copies")), function (done) {
          status.textContent = T(done ? "share.copied" : "share.selected");
        });
      });
    });
    close.addEventListener("click", function () { dialog.close(); button.focus(); });
    dialog.showModal();
  });
}

export { mount, embedSearch };
