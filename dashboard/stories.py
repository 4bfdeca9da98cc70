"""Stories for the presentation mode (data/stories.csv): checked row by row, then grouped by story."""

from __future__ import annotations

from .fields import LIST_SEPARATOR
from .i18n import texts
from .problems import WARNING, Problem, say
from .subregions import continent_of_subregion
from .visibility import shown_in

STORIES = "stories.csv"
CONTINENTS = ("EU", "AF", "AS", "NA", "SA", "OC", "AN")
DATE_CELLS = {f"{edge}_{part}" for edge in ("start", "end") for part in ("year", "month", "day")}


def chapter_name(record: dict) -> str:
    return f"story {record['story']}, chapter {record['chapter']}"


def chapter_in(record: dict):
    """The story and chapter, to begin a check's message with (in its language)."""
    return say("check.story.chapter", story=record["story"], chapter=record["chapter"])


def id_list(cell: str | None) -> list[str]:
    return [i.strip() for i in (cell or "").split(LIST_SEPARATOR.strip()) if i.strip()]


def relation_ids(record: dict) -> list[str]:
    return id_list(record["relations"])


def figure_ids(record: dict) -> list[str]:
    return id_list(record.get("figures"))


def check_stories(records: list[dict], relations: dict[str, dict], figures: set[str], lasting: set[str],
                  last_year: int, views: set[str] | None = None) -> list[Problem]:
    """Rules beyond single cells; each message names the story and chapter as well as the row. views: the
    ids of atlas.toml's [[views]] (None when atlas.toml could not be read: not checked then)."""
    problems = []
    seen: dict[tuple, int] = {}
    for r in records:
        key = (r["story"], r["chapter"])
        if None not in key and key in seen:
            problems.append(Problem(STORIES, "check.story.chapter_twice", "check.story.chapter_twice.fix",
                                    row=r["_row"], column="chapter",
                                    values={"where": chapter_in(r), "first": seen[key]}))
        seen.setdefault(key, r["_row"])
        problems.extend(_check_chapter(r, relations, figures, lasting, last_year))
        problems.extend(_check_presenting(r, views))
    return problems


def _check_presenting(r: dict, views: set[str] | None) -> list[Problem]:
    """The columns the presentation reads beyond the map's state: the chapter's view, its speaker notes,
    its cited relations each once."""
    where, row = chapter_in(r), r["_row"]
    problems = []
    if r.get("view") and views is not None and r["view"] not in views:
        problems.append(Problem(STORIES, "check.story.view", "check.story.view.fix", row=row, column="view",
                                value=r["view"], values={"where": where, "view": r["view"],
                                                         "views": ", ".join(sorted(views))}))
    notes = {lang: bool((r.get(f"notes_{lang}") or "").strip()) for lang in ("fr", "en")}
    if any(notes.values()) and not all(notes.values()):
        missing = next(lang for lang, given in notes.items() if not given)
        problems.append(Problem(STORIES, "check.story.notes", "check.story.notes.fix", row=row,
                                column=f"notes_{missing}", severity=WARNING,
                                values={"where": where, "column": f"notes_{missing}"}))
    cited = relation_ids(r)
    twice = sorted({i for i in cited if cited.count(i) > 1})
    if twice:
        problems.append(Problem(STORIES, "check.story.cited_twice", "check.story.cited_twice.fix", row=row,
                                column="relations", value=r["relations"],
                                values={"where": where, "ids": ", ".join(twice)}))
    return problems


def _check_chapter(r: dict, relations: dict[str, dict], figures: set[str], lasting: set[str],
                   last_year: int) -> list[Problem]:
    where, row = chapter_in(r), r["_row"]
    problems = []
    if r["year"] and r["year_end"] and r["year_end"] < r["year"]:
        problems.append(Problem(STORIES, "check.story.years", "check.story.years.fix", row=row, column="year_end",
                                value=str(r["year_end"]),
                                values={"where": where, "year_end": r["year_end"], "year": r["year"]}))
    if r["region"] and r["region"] not in set(CONTINENTS) | set(continent_of_subregion()):
        problems.append(Problem(STORIES, "check.story.region", "check.story.region.fix", row=row, column="region",
                                value=r["region"], values={"where": where, "region": r["region"]}))
    unknown = [i for i in relation_ids(r) if i not in relations]
    if unknown:
        problems.append(Problem(STORIES, "check.story.unknown_relations", "check.story.unknown_relations.fix",
                                row=row, column="relations", value=r["relations"],
                                values={"where": where, "ids": ", ".join(unknown)}))
    unknown = [i for i in figure_ids(r) if i not in figures]
    if unknown:
        problems.append(Problem(STORIES, "check.story.unknown_figures", "check.story.unknown_figures.fix", row=row,
                                column="figures", value=r["figures"],
                                values={"where": where, "ids": ", ".join(unknown)}))
    if r["year"] and not (r["year_end"] and r["year_end"] < r["year"]):
        problems.extend(_cited_but_not_shown(r, relations, lasting, last_year))
    return problems


def _cited_but_not_shown(r: dict, relations: dict[str, dict], lasting: set[str], last_year: int) -> list[Problem]:
    """A chapter's text rests on the relations it cites: each must be on the map during the chapter."""
    years = range(r["year"], (r["year_end"] or r["year"]) + 1)
    mode, cats = r["mode"] or "inforce", set(r["categories"] or ())
    span = f"{years[0]}" if len(years) == 1 else f"{years[0]}–{years[-1]}"
    problems = []
    for rid in relation_ids(r):
        rel = relations.get(rid)
        if rel is None or rel["category"] is None or rel["_bad"] & DATE_CELLS:
            continue  # unknown, or already reported
        start, end = (rel[k].year if rel.get(k) else None for k in ("start", "end"))
        values = {"where": chapter_in(r), "category": rel["category"], "categories": ", ".join(sorted(cats)),
                  "start": start, "span": span, "mode": mode}
        if cats and rel["category"] not in cats:
            key, fix = "check.story.cited_category", "check.story.cited_category.fix"
        elif not any(shown_in((start, end), rel["category"] in lasting, y, mode, last_year)
                     for y in years):
            key = "check.story.cited_dated" if start else "check.story.cited_undated"
            fix = "check.story.cited_unshown.fix"
        else:
            continue
        problems.append(Problem(STORIES, key, fix, row=r["_row"], column="relations", value=rid, values=values))
    return problems


def stories_payload(records: list[dict]) -> dict[str, list[dict]]:
    """Each story's chapters in order, as the browser reads them."""
    stories: dict[str, list[dict]] = {}
    for r in sorted(records, key=lambda r: (r["story"], r["chapter"])):
        stories.setdefault(r["story"], []).append({
            "chapter": r["chapter"], "title": texts(r, "title"), "text": texts(r, "text"),
            "year": r["year"], "year_end": r["year_end"], "mode": r["mode"] or "inforce",
            "categories": list(r["categories"] or ()), "region": r["region"] or "", "relations": relation_ids(r),
            "figures": figure_ids(r), "view": r.get("view") or "", "notes": texts(r, "notes"),
        })
    return stories
