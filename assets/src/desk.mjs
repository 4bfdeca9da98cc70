/* The data keepers' desk (/verifier, dashboard/deskpage.py): a plain form that works without scripts, to
 * which this adds a drop zone, a status naming the files chosen, and the focus on the answer when the page
 * comes back with one (a screen reader then reads it first). */
const byId = function (id) { return document.getElementById(id); };  // the desk's own ids

/** The names of the files chosen, said in the form's status from its own words ({files}). */
function sayChosen(form, input, status) {
  const names = Array.from(input.files || []).map(function (file) { return file.name; });
  status.textContent = names.length ? form.dataset.chosen.replace("{files}", names.join(", ")) : "";
}

/** Files dropped on the form become the input's files, as if chosen with its button. */
function acceptDrops(form, input, status) {
  const hint = form.querySelector(".desk-drop-hint");
  if (hint) hint.hidden = false;
  form.addEventListener("dragover", function (event) {
    event.preventDefault();
    form.classList.add("dropping");
  });
  form.addEventListener("dragleave", function () { form.classList.remove("dropping"); });
  form.addEventListener("drop", function (event) {
    event.preventDefault();
    form.classList.remove("dropping");
    if (!event.dataTransfer || !event.dataTransfer.files.length) return;
    input.files = event.dataTransfer.files;
    sayChosen(form, input, status);
  });
}

/** Start the desk's page, when this is it. */
function startDesk() {
  const form = byId("desk-form");
  const input = /** @type {HTMLInputElement | null} */ (byId("desk-files"));
  const status = byId("desk-chosen");
  if (!form || !input || !status) return;
  input.addEventListener("change", function () { sayChosen(form, input, status); });
  acceptDrops(form, input, status);
  const answer = byId("desk-answer") || document.querySelector(".desk-refused");
  if (answer) {
    if (!answer.hasAttribute("tabindex")) answer.setAttribute("tabindex", "-1");
    answer.focus();
  }
}

export { startDesk };
