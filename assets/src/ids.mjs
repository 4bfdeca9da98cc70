/* The page's element ids, as dashboard/ids.py names them ("place_list": "place-list"). The page carries
 * them on its body (<body data-ids>), so no module writes an id of its own. */

/** The ids, read once from the page's body (an empty table outside one: node tests of the core need none). */
function readIds() {
  const root = globalThis.document && globalThis.document.body;
  try {
    return JSON.parse((root && root.dataset.ids) || "{}");
  } catch {
    return {};
  }
}

const ID = readIds();

/** The element of an id's name ("map", "details_title"), or null. */
function byId(name) {
  return document.getElementById(ID[name]);
}

export { ID, byId };
