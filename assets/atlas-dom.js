/* Tiny DOM helpers shared by the controls and the views (no Dash, no framework). */
(function (root) {
  "use strict";

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

  root.atlasDom = { el: el, glyph: glyph };
})(typeof self !== "undefined" ? self : this);
