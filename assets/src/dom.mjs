/* Tiny DOM helpers shared by the controls and the views (no Dash, no framework). */
import { byId } from "./ids.mjs";


/** An element with attributes (text sets textContent: strings are never parsed as HTML). */
function el(tag, attrs, children) {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(function (entry) {
    if (entry[1] === null || entry[1] === undefined || entry[1] === false) return;
    if (entry[0] === "text") node.textContent = entry[1];
    else node.setAttribute(entry[0], entry[1] === true ? "" : entry[1]);
  });
  (children || []).forEach(function (child) {
    if (child === null || child === undefined) return;
    node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  });
  return node;
}

/** The category's map symbol as a coloured character (from categories.csv, through the payload),
 * hidden from screen readers. */
function glyph(payload, cat) {
  const style = payload.categoryInfo[cat];
  const span = el("span", { class: "glyph", "aria-hidden": "true", text: style.glyph });
  span.style.color = style.colour;
  return span;
}

/** Say on the page that the data or the basemap could not be loaded (the words are the page's, in its
 * language: the data may be what is missing), and offer to try again. what: "data" or "basemap". */
function loadFailed(what, retry) {
  const box = byId("load_error");
  if (!box) return;
  const message = box.querySelector("p");
  message.textContent = message.getAttribute("data-" + what);
  const button = box.querySelector("button");
  button.onclick = function () {
    box.hidden = true;
    retry();
  };
  box.hidden = false;
}

/** Whether the reader asked for less motion (their system's setting). */
function reducedMotion() {
  return Boolean(globalThis.matchMedia && globalThis.matchMedia("(prefers-reduced-motion: reduce)").matches);
}

export { el, glyph, loadFailed, reducedMotion };
