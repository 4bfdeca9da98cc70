"""Stories for the presentation mode (data/stories.csv): checked row by row, then grouped by story."""

from __future__ import annotations

from .fields import LIST_SEPARATOR
from .i18n import texts
from .problems import WARNING, Problem
from .subregions import continent_of_subregion
from .visibility import shown_in

STORIES = "stories.csv"
CONTINENTS = ("EU", "AF", "AS", "NA", "SA", "OC", "AN")
DATE_CELLS = {f"{edge}_{part}" for edge in ("start", "end") for part in ("year", "month", "day")}


def chapter_name(record: dict) -> str:
    return f"story {record['story']}, chapter {record['chapter']}"


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
            problems.append(Problem(STORIES, f"{chapter_name(r)}: this chapter number is used twice (first on row "
                                    f"{seen[key]})", "number the chapters of a story 1, 2, 3...", row=r["_row"],
                                    column="chapter"))
        seen.setdefault(key, r["_row"])
        problems.extend(_check_chapter(r, relations, figures, lasting, last_year))
        problems.extend(_check_presenting(r, views))
    return problems


def _check_presenting(r: dict, views: set[str] | None) -> list[Problem]:
    """The columns the presentation reads beyond the map's state: the chapter's view, its speaker notes,
    its cited relations each once."""
    where, row = chapter_name(r), r["_row"]
    problems = []
    if r.get("view") and views is not None and r["view"] not in views:
        problems.append(Problem(STORIES, f"{where}: '{r['view']}' is not one of the map's views",
                                f"use one of the ids of atlas.toml's [[views]] ({', '.join(sorted(views))}), "
                                "or leave it empty", row=row, column="view", value=r["view"]))
    notes = {lang: bool((r.get(f"notes_{lang}") or "").strip()) for lang in ("fr", "en")}
    if any(notes.values()) and not all(notes.values()):
        missing = next(lang for lang, given in notes.items() if not given)
        problems.append(Problem(STORIES, f"{where}: has speaker notes in one language only",
                                f"write notes_{missing} too (the console shows the other language's meanwhile)",
                                row=row, column=f"notes_{missing}", severity=WARNING))
    cited = relation_ids(r)
    twice = sorted({i for i in cited if cited.count(i) > 1})
    if twice:
        problems.append(Problem(STORIES, f"{where}: {', '.join(twice)} is cited twice",
                                "list each relation once: the map rings and names each cited place once",
                                row=row, column="relations", value=r["relations"]))
    return problems


def _check_chapter(r: dict, relations: dict[str, dict], figures: set[str], lasting: set[str],
                   last_year: int) -> list[Problem]:
    where, row = chapter_name(r), r["_row"]
    problems = []
    if r["year"] and r["year_end"] and r["year_end"] < r["year"]:
        problems.append(Problem(STORIES, f"{where}: year_end ({r['year_end']}) is before year ({r['year']})",
                                "the chapter plays from year to year_end", row=row, column="year_end",
                                value=str(r["year_end"])))
    if r["region"] and r["region"] not in set(CONTINENTS) | set(continent_of_subregion()):
        problems.append(Problem(STORIES, f"{where}: '{r['region']}' is not a known region",
                                "use a continent code (EU, AF, AS, NA, SA, OC) or a UN sub-region such as "
                                "southern-europe or northern-africa (see dashboard/subregions.csv)",
                                row=row, column="region", value=r["region"]))
    unknown = [i for i in relation_ids(r) if i not in relations]
    if unknown:
        problems.append(Problem(STORIES, f"{where}: {', '.join(unknown)} is not an id in relations.csv",
                                "list ids of relations.csv separated by ' ; ': the text rests on them",
                                row=row, column="relations", value=r["relations"]))
    unknown = [i for i in figure_ids(r) if i not in figures]
    if unknown:
        problems.append(Problem(STORIES, f"{where}: {', '.join(unknown)} is not an id in official_figures.csv",
                                "list ids of official_figures.csv separated by ' ; '", row=row, column="figures",
                                value=r["figures"]))
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
        if cats and rel["category"] not in cats:
            why = f"its category ({rel['category']}) is not among the chapter's ({', '.join(sorted(cats))})"
            fix = "add its category to categories, or cite another relation"
        elif not any(shown_in((start, end), rel["category"] in lasting, y, mode, last_year)
                     for y in years):
            when = f"it dates from {start}" if start else "its date is unknown"
            why = f"{when}, so the map does not show it in {span} ({mode})"
            fix = "cite relations shown in the chapter's years, or widen year and year_end"
        else:
            continue
        problems.append(Problem(STORIES, f"{chapter_name(r)}: is cited but {why}", fix, row=r["_row"],
                                column="relations", value=rid))
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
