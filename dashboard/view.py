"""What the browser needs to draw the explorer, shipped once: compact relations, places, labels."""

from __future__ import annotations

import datetime as dt

from .config import MARSEILLE_LAT, MARSEILLE_LON
from .dataset import Dataset, plain_records
from .i18n import CATALOGUE, LANGUAGES
from .stories import stories_payload
from .subregions import continent_of_subregion, subregion_of
from .summary import official_vs_data

# Keys of the compact relation records (documented once, read by assets/atlas-core.js).
RELATION_KEYS = {
    "id": "id", "category": "cat", "status": "st", "consular_rank": "rank", "country": "cc",
    "start": "s", "start_precision": "sp", "end": "e", "end_precision": "ep",
    "amount_eur": "amt", "people": "ppl", "flags": "flags", "sources": "src",
}


def place_key(record: dict) -> str | None:
    """One key per map place: the gazetteer city, else the country, else None (not mapped)."""
    if record["lat"] is None:
        return None
    if record["geonameid"] is not None:
        return f"g{record['geonameid']}"
    return f"c{record['country']}"


def compact_relation(record: dict, dataset: Dataset) -> dict:
    """One relation as the browser reads it: short keys, both languages side by side, no empty values."""
    out = {short: record[long] for long, short in RELATION_KEYS.items() if record[long] not in (None, ())}
    out["t"] = [record["title_fr"], record["title_en"]]
    out["d"] = [record["description_fr"], record["description_en"]]
    if record["people"] is not None:
        out["pw"] = [record["people_what_fr"], record["people_what_en"]]
    place = place_key(record)
    if place:
        out["p"] = place
    return out


def places(records: list[dict], dataset: Dataset) -> dict[str, dict]:
    """Every mapped place once: its point, names in both languages, country and continent."""
    result: dict[str, dict] = {}
    for record in records:
        key = place_key(record)
        if key is None or key in result:
            continue
        names = dataset.country_names.get(record["country"], {})
        country = [names.get("fr", record["country"]), names.get("en", record["country"])]
        city = record["place_name"] or record["city"]
        if city:
            local = dataset.city_names.get((record["country"], city), {})
            name = [local.get("fr", city), local.get("en", city)]
        else:
            name = country
        result[key] = {
            "lat": round(record["lat"], 4), "lon": round(record["lon"], 4), "cc": record["country"],
            "iso3": record["iso3"],
            "region": record["continent"], "sub": subregion_of().get(record["country"], ""),
            "name": name, "country": country, "km": round(record["distance_km"]),
            "city": bool(city),
        }
    return result


def view_payload(dataset: Dataset, version: str = "", today: dt.date | None = None) -> dict:
    """Everything the explorer draws from, for any filter, in both languages."""
    records = plain_records(dataset.relations)
    years = [int(r["start"][:4]) for r in records if r["start"]] + [int(r["end"][:4]) for r in records if r["end"]]
    this_year = (today or dt.date.today()).year
    return {
        "version": version,
        "marseille": {"lat": MARSEILLE_LAT, "lon": MARSEILLE_LON},
        "years": [min(years), max([*years, this_year])],
        "categories": dataset.manifest.vocabularies["category"],
        "relations": [compact_relation(r, dataset) for r in records],
        "places": (mapped := places(records, dataset)),
        "regions": regions(mapped),
        "milestones": milestones_by_relation(dataset),
        "figures": [
            {"id": c.figure["id"], "label": [c.figure["label_fr"], c.figure["label_en"]],
             "display": [c.figure["display_fr"], c.figure["display_en"]], "value": c.figure["value"],
             "cats": list(c.figure["compare_categories"] or ()), "measure": c.figure["compare_measure"],
             "inData": c.in_data, "src": list(c.figure["sources"])}
            for c in official_vs_data(dataset)
        ],
        "stories": stories_payload(list(dataset.stories)),
        "strings": {lang: CATALOGUE[lang] for lang in LANGUAGES},
    }


def milestones_by_relation(dataset: Dataset) -> dict[str, list[dict]]:
    grouped: dict[str, list[dict]] = {}
    for m in plain_records(dataset.milestones):
        grouped.setdefault(m["relation_id"], []).append(
            {"kind": m["kind"], "date": m["date"], "st": m["status"], "note": [m["note_fr"], m["note_en"]],
             "src": list(m["sources"])}
        )
    return grouped


def regions(mapped: dict[str, dict]) -> list[dict]:
    """The region filter's choices: each continent with places, and its sub-regions with places."""
    home = continent_of_subregion()
    present = {p["region"] for p in mapped.values() if p["region"]}
    subs = sorted({p["sub"] for p in mapped.values() if p["sub"]})
    present |= {home[s] for s in subs}
    return [{"key": c, "subs": [s for s in subs if home[s] == c]} for c in CONTINENTS if c in present]


CONTINENTS = ("EU", "AF", "AS", "NA", "SA", "OC", "AN")  # Marseille's ties first: Europe, Africa, Asia
