/* "Share / embed": the permalink of the current view, an iframe snippet (with a title, lazy loading and
 * a fixed height that needs no script) and the optional auto-height script, in a native dialog. */
import { el } from "./dom.mjs";
import { ID } from "./ids.mjs";
/** @typedef {import("./payload").Payload} Payload */
/** @typedef {import("./state.mjs").State} State */

const root = globalThis;

const HEIGHT = 760;


/** The three snippets for a state, from the page's own address (the atlas may live under a prefix).
 * @param {Payload} payload
 * @param {State} state
 * @param {string} lang
 */
function snippets(core, payload, state, lang) {
  const base = root.location.origin + root.location.pathname;
  const assets = base.replace(/[^/]*$/, "") + "assets/";
  const view = core.toSearch(state, payload);
  const title = core.t(payload, lang, "explorer.map");
  return {
    permalink: base + view,
    iframe: '<iframe src="' + base + view + '&embed=1" title="' + title.replace(/"/g, "&quot;")
      + '" loading="lazy" width="100%" height="' + HEIGHT + '" style="border:0;max-width:100%" '
      + 'allow="fullscreen"></iframe>',
    script: '<script src="' + assets + 'atlas-embed-host.js" defer></script>',
    picture: '<a href="' + base + view + '"><img src="' + assets + "previews/atlas-" + lang + '.png" alt="'
      + title.replace(/"/g, "&quot;") + '" width="1200" height="900" style="max-width:100%;height:auto"></a>',
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

/**
 * @param {Payload} payload
 * @param {string} lang
 */
function mount(button, core, payload, lang, currentState) {
  const T = function (key) { return core.t(payload, lang, key); };
  const dialog = el("dialog", { id: ID.share_dialog, class: "share-dialog", "aria-labelledby": ID.share_title });
  document.body.appendChild(dialog);
  button.addEventListener("click", function () {
    const text = snippets(core, payload, currentState(), lang);
    const status = el("p", { class: "share-status", role: "status" });
    const close = el("button", { type: "button", class: "close", text: T("share.close") });
    dialog.replaceChildren(
      el("h2", { id: ID.share_title, text: T("share.title") }),
      field(ID.share_permalink, T("share.permalink"), text.permalink),
      field(ID.share_iframe, T("share.iframe"), text.iframe),
      field(ID.share_script, T("share.script"), text.script),
      field(ID.share_picture, T("share.picture"), text.picture),
      status, close);
    dialog.querySelectorAll("button.copy").forEach(function (copy) {
      copy.textContent = T("share.copy");
      copy.addEventListener("click", function () {
        const area = dialog.querySelector("#" + copy.getAttribute("data-copies"));
        area.select();
        const done = function () { status.textContent = T("share.copied"); };
        if (root.navigator.clipboard) root.navigator.clipboard.writeText(area.value).then(done, done);
        else done();
      });
    });
    close.addEventListener("click", function () { dialog.close(); button.focus(); });
    dialog.showModal();
  });
}

export { mount, snippets };
