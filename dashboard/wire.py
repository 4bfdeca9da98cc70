"""The payload on the wire: its two long lists as tables of columns (every relation's id, then every
relation's category...), which compress a third smaller than a list of records each naming its keys, and
what one value decides written once:
- a relation names its places (place, where, partner) by their number in the list of places, not their key;
- a place's columns that follow from its country (iso3, region, subregion, the country's name) are one
  table by country;
- a relation's country, when it is its place's, is left for the browser to take from the place.
The browser unpacks them back into records at once (assets/src/wire.mjs), so the contract
(dashboard/contract.py) is the payload's shape, before packing and after unpacking."""

from __future__ import annotations

import json

TABLE = "@columns"  # a list of records as {TABLE: {column: [values]}}
KEYED = "@keys"  # a dict of records as {KEYED: [keys], TABLE: {...}}
BY_COUNTRY = "@byCountry"  # the places' columns that follow from their country: {column: {country: value}}
PLACE_REFS = ("place", "where", "partner")  # a relation's columns that name a place
FROM_PLACE = "@fromPlace"  # the relations' columns left empty where they equal their place's: ["country"]


def columns(records: list[dict]) -> dict[str, list]:
    """Records as columns; a record without a key holds None there (the browser leaves it out again)."""
    names = list(dict.fromkeys(name for record in records for name in record))
    return {name: [record.get(name) for record in records] for name in names}


def by_country(places: list[dict]) -> dict[str, dict]:
    """The columns whose value every place of a country shares (and which a place without a country
    lacks), as {column: {country: value}}."""
    found: dict[str, dict] = {}
    for name in ("iso3", "region", "subregion", "country_name"):
        table: dict = {}
        for place in places:
            country, value = place.get("country"), place.get(name)
            if not country:
                if value is not None:
                    break
                continue
            if table.setdefault(country, value) != value:
                break
        else:
            found[name] = table
    return found


def pack_places(places: dict[str, dict]) -> dict:
    keys = list(places)
    records = [places[key] for key in keys]
    shared = by_country(records)
    table = {name: values for name, values in columns(records).items() if name not in shared}
    return {KEYED: keys, TABLE: table, BY_COUNTRY: shared}


def pack_relations(relations: list[dict], places: dict[str, dict]) -> dict:
    number = {key: i for i, key in enumerate(places)}
    table = columns(relations)
    for name in PLACE_REFS:
        if name in table:
            table[name] = [number.get(value, value) for value in table[name]]  # "" (none) stays ""
    from_place = []
    if "country" in table and "place" in table:
        own = [places[key].get("country") if key in places else None
               for key in (r.get("place") for r in relations)]
        # lossless only if no relation lacks a country its place has
        if all(mine is not None or theirs is None for mine, theirs in zip(table["country"], own, strict=True)):
            table["country"] = [None if mine == theirs else mine
                                for mine, theirs in zip(table["country"], own, strict=True)]
            from_place.append("country")
    return {TABLE: table, FROM_PLACE: from_place}


def pack(payload: dict) -> dict:
    """The payload with its relations and places as tables (a shallow copy: payload is not changed)."""
    packed = dict(payload)
    packed["relations"] = pack_relations(payload["relations"], payload["places"])
    packed["places"] = pack_places(payload["places"])
    return packed


def payload_json(payload: dict) -> bytes:
    """The payload as the browser receives it: packed, as compact JSON."""
    return json.dumps(pack(payload), ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def records(table: dict) -> list[dict]:
    """Columns back into records, a None left out."""
    names = list(table)
    count = len(table[names[0]]) if names else 0
    return [{name: table[name][i] for name in names if table[name][i] is not None} for i in range(count)]


def unpack(packed: dict) -> dict:
    """The payload's records again, as the browser's wire.mjs makes them (a value left empty left out)."""
    payload = dict(packed)
    keys, places = packed["places"][KEYED], records(packed["places"][TABLE])
    for name, table in packed["places"].get(BY_COUNTRY, {}).items():
        for place in places:
            if table.get(place.get("country")) is not None:
                place[name] = table[place["country"]]
    payload["places"] = dict(zip(keys, places, strict=True))
    payload["relations"] = records(packed["relations"][TABLE])
    for rel in payload["relations"]:
        for name in PLACE_REFS:
            if isinstance(rel.get(name), int):
                rel[name] = keys[rel[name]]
        place = payload["places"].get(rel.get("place") or "", {})
        for name in packed["relations"].get(FROM_PLACE, []):
            if name not in rel and place.get(name) is not None:
                rel[name] = place[name]
    return payload
