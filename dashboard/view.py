"""What the browser needs to draw the explorer, shipped once: compact relations, places, labels."""

from __future__ import annotations

import datetime as dt

from . import geo
from .categories import category_payload
from .dataset import Dataset, plain_records
from .figures import figure_templates, named_views
from .gazetteer import default_gazetteer
from .i18n import CATALOGUE, DEFAULT_LANGUAGE, LANGUAGES, page_strings, texts
from .qr import address_qr
from .stories import stories_payload
from .subregions import continent_of_subregion, subregion_of
from .summary import FigureComparison, leading, official_vs_data
from .venues import HOME, PARTNER, Spot
from .visibility import last_year

# The columns of relations.csv a relation record carries as they are (dashboard/contract.py: Relation).
RELATION_COLUMNS = ("id", "category", "status", "consular_rank", "country", "start", "start_precision", "end",
                    "end_precision", "amount_eur", "people", "flags", "sources")
COUNT_COLUMNS = {"amount_eur", "people"}


def home_key(dataset: Dataset) -> str:
    """The home city's place key (a gazetteer city, like any partner city)."""
    return f"g{dataset.atlas.home.geonameid}"


def partner_key(record: dict) -> str | None:
    """One key per partner place: the gazetteer city, else the country, else None (no partner place)."""
    if record["lat"] is None:
        return None
    if record["geonameid"] is not None:
        return f"g{record['geonameid']}"
    return f"c{record['country']}"


def venue_key(record: dict, home: str) -> str | None:
    """The place where it happened: the home city (its key), a spot of venues.csv, or the partner's place."""
    venue = record["venue"]
    if venue == HOME:
        return home
    if venue == PARTNER:
        return partner_key(record)
    return f"v{venue}"


def map_key(record: dict, country_layers: set[str], home: str) -> str | None:
    """What a click on the map selects it by: its venue's mark, or the partner's country for a country layer."""
    return partner_key(record) if record["category"] in country_layers else venue_key(record, home)


def relation_record(record: dict, country_layers: set[str], home: str) -> dict:
    """One relation as the browser reads it: its columns, every language side by side, no empty values.
    place: its mark on the map; where: where it happened, partner: who it was with, each only when not
    place ("" for none)."""
    out = {column: record[column] for column in RELATION_COLUMNS if record[column] not in (None, ())}
    for count in COUNT_COLUMNS & out.keys():
        out[count] = int(out[count])  # whole numbers, held as floats beside empty cells
    out["title"] = texts(record, "title")
    out["description"] = texts(record, "description")
    if record["people"] is not None:
        out["people_what"] = texts(record, "people_what")
    place, where, partner = map_key(record, country_layers, home), venue_key(record, home), partner_key(record)
    if place:
        out["place"] = place
        if where != place:
            out["where"] = where or ""
        if partner != place:
            out["partner"] = partner or ""
    return out


def places(records: list[dict], dataset: Dataset) -> dict[str, dict]:
    """Every place a relation is drawn at, happened at or is with, once: point, names, country, region."""
    result: dict[str, dict] = {}
    for record in records:
        key = partner_key(record)
        if key is None or key in result:
            continue
        country = country_names(dataset, record["country"])
        city = record["place_name"] or record["city"]
        result[key] = {
            "lat": round(record["lat"], 4), "lon": round(record["lon"], 4), "country": record["country"],
            "iso3": record["iso3"],
            "region": record["continent"], "subregion": subregion_of().get(record["country"], ""),
            "name": city_names(dataset, record["country"], city) if city else country, "country_name": country,
            "distance_km": round(record["distance_km"]), "is_city": bool(city),
        }
        also = other_names(result[key]["name"], record["city"], record["place_name"])
        if also:
            result[key]["aka"] = also
    venues = {r["venue"] for r in records if r["venue"] not in (PARTNER, None)}
    if venues:
        result.setdefault(home_key(dataset), home_place(dataset))
        result[home_key(dataset)]["home"] = True
    for spot in (dataset.spots[v] for v in sorted(venues - {HOME})):
        result[f"v{spot.id}"] = spot_place(dataset, spot)
    return result


def other_names(names: dict[str, str], *spellings: str | None) -> list[str]:
    """The names a place is also known by, which a search finds it under: the keepers' spelling in
    relations.csv and the gazetteer's ("Sevilla" for a city shown as "Séville"), when not already its name."""
    shown = set(names.values())
    return sorted({name for name in spellings if name and name not in shown})


def country_names(dataset: Dataset, iso2: str | None) -> dict[str, str]:
    """A country's name per language (country_names.csv), else its code."""
    return dataset.country_names.get(iso2) or {DEFAULT_LANGUAGE: iso2}


def city_names(dataset: Dataset, iso2: str, city: str) -> dict[str, str]:
    """A city's name per language where city_names.csv gives one, else the gazetteer's."""
    return dataset.city_names.get((iso2, city)) or {DEFAULT_LANGUAGE: city}


def _country_place(dataset: Dataset, iso2: str, lat: float, lon: float) -> dict:
    country = default_gazetteer().country(iso2)
    home = dataset.atlas.home
    return {"lat": round(lat, 4), "lon": round(lon, 4), "country": iso2, "iso3": country.iso3 if country else None,
            "region": country.continent if country else None, "subregion": subregion_of().get(iso2, ""),
            "country_name": country_names(dataset, iso2),
            "distance_km": round(float(geo.distance_km_from(home.lat, home.lon, lat, lon)))}


def home_place(dataset: Dataset) -> dict:
    """The home city itself, where many things happened, named as atlas.toml names it."""
    home = dataset.atlas.home
    place = _country_place(dataset, home.country, home.lat, home.lon)
    return place | {"name": dict(home.name), "is_city": True, "home": True}


def spot_place(dataset: Dataset, spot: Spot) -> dict:
    """A named spot: its own name, the city it is in (town), and whether that is the home city (home)."""
    place = _country_place(dataset, spot.country, spot.lat, spot.lon)
    place |= {"name": dict(spot.name), "is_city": True, "spot": True, "home": spot.at_home}
    if not spot.exact:
        place["approx"] = True  # no source gives its point: drawn at its city's
    if spot.city:
        place["town"] = city_names(dataset, spot.country, spot.city)
    return place


def view_payload(dataset: Dataset, version: str = "", today: dt.date | None = None) -> dict:
    """Everything the explorer draws from, for any filter, in both languages."""
    records = plain_records(dataset.relations)
    country_layers = {c.id for c in dataset.categories if c.layer == "country"}
    home = dataset.atlas.home
    years = [int(r["start"][:4]) for r in records if r["start"]] + [int(r["end"][:4]) for r in records if r["end"]]
    return {
        "version": version,
        "home": {"lat": home.lat, "lon": home.lon, "key": home_key(dataset)},
        "views": named_views(dataset.atlas),
        "presentationView": dataset.atlas.presentation_view,
        # the atlas's public address at a story's end, as text and as a QR code (dashboard/qr.py)
        "address": ({"url": dataset.atlas.address, "qr": address_qr(dataset.atlas.address)}
                    if dataset.atlas.address else None),
        "fileStem": dataset.atlas.slug,
        "years": [min(years, default=last_year(years, today)), last_year(years, today)],
        "categories": [c.id for c in dataset.categories],
        "categoryInfo": category_payload(list(dataset.categories)),
        "plotly": figure_templates(dataset.atlas),
        "relations": [relation_record(r, country_layers, home_key(dataset)) for r in records],
        "places": (mapped := places(records, dataset)),
        "regions": regions(mapped),
        "milestones": milestones_by_relation(dataset),
        "figures": figures_payload(official_vs_data(dataset)),
        "stories": stories_payload(list(dataset.stories)),
        "languages": [{"code": lang, "locale": CATALOGUE[lang]["language.locale"]} for lang in LANGUAGES],
        "strings": {lang: page_strings(lang, dataset.atlas) | category_labels(dataset, lang) for lang in LANGUAGES},
    }


def category_labels(dataset: Dataset, lang: str) -> dict[str, str]:
    """The categories' names, from categories.csv, as "category.<id>" strings, and after a count as
    "category.<id>.one" and "category.<id>.other" (the browser's plural rules pick one)."""
    labels = {}
    for c in dataset.categories:
        labels[f"category.{c.id}"] = c.label.get(lang) or c.label[DEFAULT_LANGUAGE]
        for form in ("one", "other"):
            labels[f"category.{c.id}.{form}"] = c.noun(lang, form)
    return labels


def figures_payload(comparisons: list[FigureComparison]) -> list[dict]:
    """The official figures, each category's leading one marked (the one its key figure states)."""
    out = [figure_payload(c) for c in comparisons]
    single = {}
    for figure, comparison in zip(out, comparisons, strict=True):
        if len(figure["categories"]) == 1:
            single.setdefault(figure["categories"][0], []).append(comparison.figure)
    leads = {lead["id"] for lead in (leading(figures) for figures in single.values()) if lead}
    for figure in out:
        if figure["id"] in leads:
            figure["lead"] = True
    return out


def figure_payload(comparison: FigureComparison) -> dict:
    """An official figure with who states it, when, its sources, and what the data holds beside it."""
    f = comparison.figure
    out = {"id": f["id"], "label": texts(f, "label"), "display": texts(f, "display"),
           "value": f["value"], "categories": list(f["compare_categories"] or ()), "measure": f["compare_measure"],
           "in_data": comparison.in_data, "sources": list(f["sources"]), "as_of": f["as_of_year"],
           "attribution": f["attribution"], "said_by": texts(f, "said_by"), "flags": list(f["flags"] or ()),
           "apart": [{"flag": flag, "ids": list(ids)} for flag, ids in comparison.apart]}
    if texts(f, "note"):
        out["note"] = texts(f, "note")
    if f["compare_relation"]:
        out["relation"] = f["compare_relation"]
    if comparison.same_sources:
        out["same_sources"] = True
    if comparison.undated:
        out["undated"] = comparison.undated
    if comparison.today is not None:
        out["today"] = comparison.today
    if f["compare_from"] or f["compare_to"]:
        out["compare_from"], out["compare_to"] = f["compare_from"], f["compare_to"]
    return out


def milestones_by_relation(dataset: Dataset) -> dict[str, list[dict]]:
    grouped: dict[str, list[dict]] = {}
    for m in plain_records(dataset.milestones):
        grouped.setdefault(m["relation_id"], []).append(
            {"kind": m["kind"], "date": m["date"], "status": m["status"], "note": texts(m, "note"),
             "sources": list(m["sources"])}
        )
    return grouped


def regions(mapped: dict[str, dict]) -> list[dict]:
    """The region filter's choices: each continent with places, and its sub-regions with places."""
    home = continent_of_subregion()
    present = {p["region"] for p in mapped.values() if p["region"]}
    subs = sorted({p["subregion"] for p in mapped.values() if p["subregion"]})
    present |= {home[s] for s in subs}
    return [{"key": c, "subs": [s for s in subs if home[s] == c]} for c in CONTINENTS if c in present]


CONTINENTS = ("EU", "AF", "AS", "NA", "SA", "OC", "AN")  # the Mediterranean's ties first: Europe, Africa, Asia
