"""The desk's page (/verifier): the form, the answer to an upload (its problems grouped by file, or what the
edit changes, with the preview and the "ready to publish" download), and the state of the served data. All
its words come from the catalogue; every cell of an upload is shown as text."""

from __future__ import annotations

from dataclasses import dataclass

from dash import html
from markupsafe import Markup

from .changes import Changes, FileChanges
from .desk import Limits, Upload, megabytes
from .plainpage import document, words
from .problems import ERROR, Problem


@dataclass
class Outcome:
    """What one upload gave: the check's dataset (None: invalid) and report, the upload, and for a valid
    edit its changes and the address of its preview (a path under /verifier/apercu/)."""

    dataset: object
    report: object
    upload: Upload
    changes: Changes | None = None
    preview: str = ""
    minutes: int = 0  # how long the preview is kept


def by_file(problems: list[Problem]) -> dict[str, list[Problem]]:
    """Problems grouped by file (files in order of their first problem), errors before warnings in each."""
    groups: dict[str, list[Problem]] = {}
    for problem in problems:
        groups.setdefault(problem.file, []).append(problem)
    return {name: sorted(found, key=lambda p: p.severity != ERROR) for name, found in groups.items()}


def page(lang: str, state: dict, limits: Limits, outcome: Outcome | None = None, refused=None) -> str:
    """The desk's page: the form, the answer to an upload (when there is one) and the served data's state."""
    T = words(lang)
    parts = [
        html.H1(T("desk.title")),
        html.P(T("desk.intro")),
        html.Form([
            html.Label(T("desk.files"), htmlFor="desk-files"),
            # written as it is: html.Input would be a Dash core component
            Markup('<input type="file" id="desk-files" name="files" multiple required '
                   'accept=".csv,.toml,.zip,text/csv,application/zip">'),
            html.P(T("desk.drop"), className="desk-drop-hint", hidden=True),
            html.P(id="desk-chosen", className="desk-chosen", role="status"),
            html.Div(html.Button(T("desk.check"), type="submit")),
        ], method="post", encType="multipart/form-data", className="desk-form", id="desk-form",
            **{"data-chosen": T("desk.chosen")}),
        html.P(T("desk.limits", files=limits.files, size=megabytes(limits.file))),
    ]
    if refused is not None:
        parts.append(html.P(T(refused.key, **refused.values), role="alert", className="desk-refused"))
    if outcome is not None:
        parts.append(answer(T, lang, outcome))
    parts.append(data_state(T, state))
    head = ('<meta name="robots" content="noindex"><script defer src="assets/atlas.js"></script>')
    return document(lang, T("desk.title"), parts, "desk", head)


def answer(T, lang: str, outcome: Outcome) -> html.Section:
    """The check's answer: a count, each file's problems (errors first), then what a valid edit changes."""
    report, upload = outcome.report, outcome.upload
    errors, warnings = len(report.errors), len(report.warnings)
    if outcome.dataset is None:
        status = T("desk.invalid", errors=T.count("desk.errors", errors), warnings=T.count("desk.warnings", warnings))
    else:
        status = T("desk.valid", warnings=T.count("desk.warnings", warnings))
    given = ", ".join(sorted(upload.files)) or "—"
    items = [html.H2(T("desk.answer"), id="desk-answer", tabIndex="-1"), html.P(status, role="status"),
             html.P(T("desk.given", files=given))]
    if upload.ignored:
        items.append(html.P(T("desk.ignored", files=", ".join(sorted(set(upload.ignored))))))
    for name, problems in by_file([*report.errors, *report.warnings]).items():
        items.append(html.H3(name))
        items.append(html.Ul([html.Li(p.text(lang), className="desk-error" if p.severity == ERROR
                                      else "desk-warning") for p in problems]))  # the command line's own words
    if outcome.changes is not None:
        items.append(changes_part(T, lang, outcome.changes))
    if outcome.preview:
        items.append(html.Ul([
            html.Li(html.A(T("desk.preview"), href=f"{outcome.preview}?lang={lang}", target="_blank",
                           rel="noopener")),
            html.Li(html.A(T("desk.download"), href=f"{outcome.preview}/donnees-verifiees.zip", download="")),
        ], className="desk-next"))
        items.append(html.P(T("desk.kept", minutes=outcome.minutes)))
    return html.Section(items, className="desk-answer", **{"aria-labelledby": "desk-answer"})


def changes_part(T, lang: str, changes: Changes) -> html.Div:
    """What the edit changes: per compared file, the rows added, removed and changed (field, old, new)."""
    items = [html.H3(T("desk.changes"))]
    if not changes:
        items.append(html.P(T("desk.no_change")))
    for found in changes.files:
        items.append(file_changes(T, lang, found))
    if changes.others:
        items.append(html.P(T("desk.other_files", files=", ".join(changes.others))))
    return html.Div(items, className="desk-changes")


def file_changes(T, lang: str, found: FileChanges) -> html.Div:
    """One file's changes: a count, the rows added and removed by name, a table of the changed fields."""
    counts = ", ".join(T.count(key, len(rows)) for key, rows in (
        ("desk.rows_added", found.added), ("desk.rows_removed", found.removed), ("desk.rows_changed", found.changed))
        if rows)
    items = [html.H4(found.name), html.P(counts)]
    for key, rows in (("desk.list_added", found.added), ("desk.list_removed", found.removed)):
        if rows:
            items.append(html.P(T(key), className="desk-list-heading"))
            items.append(html.Ul([html.Li(found.label(row, lang)) for row in rows]))
    if found.changed:
        head = html.Tr([html.Th(T(key), scope="col") for key in ("desk.col_row", "desk.col_field", "desk.col_old",
                                                                  "desk.col_new")])
        body = [html.Tr([html.Th(found.label(row, lang), scope="row"), html.Td(change.column),
                         html.Td(change.old or "—"), html.Td(change.new or "—")])
                for row, fields in found.changed.items() for change in fields]
        items.append(html.Div(html.Table([html.Caption(T("desk.changed_caption", file=found.name)),
                                          html.Thead(head), html.Tbody(body)]), className="desk-table"))
    return html.Div(items, className="desk-file-changes")


def data_state(T, state: dict) -> html.Section:
    """The state of the data being served: its version, since when, its counts, the last refused edit."""
    items = [html.H2(T("desk.state")),
             html.P(T("desk.served", version=state["version"], since=state["since"], relations=state["relations"])),
             html.Ul([html.Li(f"{label}{T('punctuation.colon')}{n}")
                      for label, n in state.get("categories", [])], className="desk-counts")]
    refused = state.get("refused") or []
    if refused:
        items.append(html.P(T("desk.last_refused")))
        items.append(html.Ul([html.Li(text) for text in refused]))
    else:
        items.append(html.P(T("desk.no_refusal")))
    return html.Section(items, className="desk-state")
