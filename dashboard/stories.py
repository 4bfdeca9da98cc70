"""Stories for the presentation mode (data/stories.csv): checked row by row, then grouped by story."""

from __future__ import annotations

from .fields import LIST_SEPARATOR
from .problems import Problem
from .subregions import continent_of_subregion

STORIES = "stories.csv"
CONTINENTS = ("EU", "AF", "AS", "NA", "SA", "OC", "AN")


def chapter_name(record: dict) -> str:
    return f"story {record['story']}, chapter {record['chapter']}"


def relation_ids(record: dict) -> list[str]:
    return [i.strip() for i in (record["relations"] or "").split(LIST_SEPARATOR.strip()) if i.strip()]


def check_stories(records: list[dict], known_relations: set[str]) -> list[Problem]:
    """Rules beyond single cells; each message names the story and chapter as well as the row."""
    problems = []
    seen: dict[tuple, int] = {}
    regions = set(CONTINENTS) | set(continent_of_subregion())
    for r in records:
        where, row = chapter_name(r), r["_row"]
        key = (r["story"], r["chapter"])
        if None not in key and key in seen:
            problems.append(Problem(STORIES, f"{where}: this chapter number is used twice (first on row {seen[key]})",
                                    "number the chapters of a story 1, 2, 3...", row=row, column="chapter"))
        seen.setdefault(key, row)
        if r["year"] and r["year_end"] and r["year_end"] < r["year"]:
            problems.append(Problem(STORIES, f"{where}: year_end ({r['year_end']}) is before year ({r['year']})",
                                    "the chapter plays from year to year_end", row=row, column="year_end",
                                    value=str(r["year_end"])))
        if r["region"] and r["region"] not in regions:
            problems.append(Problem(STORIES, f"{where}: '{r['region']}' is not a known region",
                                    "use a continent code (EU, AF, AS, NA, SA, OC) or a UN sub-region such as "
                                    "southern-europe or northern-africa (see dashboard/subregions.csv)",
                                    row=row, column="region", value=r["region"]))
        unknown = [i for i in relation_ids(r) if i not in known_relations]
        if unknown:
            problems.append(Problem(STORIES, f"{where}: {', '.join(unknown)} is not an id in relations.csv",
                                    "list ids of relations.csv separated by ' ; ': the text rests on them",
                                    row=row, column="relations", value=r["relations"]))
    return problems


def stories_payload(records: list[dict]) -> dict[str, list[dict]]:
    """Each story's chapters in order, as the browser reads them."""
    stories: dict[str, list[dict]] = {}
    for r in sorted(records, key=lambda r: (r["story"], r["chapter"])):
        stories.setdefault(r["story"], []).append({
            "n": r["chapter"], "title": [r["title_fr"], r["title_en"]], "text": [r["text_fr"], r["text_en"]],
            "year": r["year"], "yearEnd": r["year_end"], "mode": r["mode"] or "inforce",
            "cats": list(r["categories"] or ()), "region": r["region"] or "", "rels": relation_ids(r),
        })
    return stories
