"""The payload on the wire: its two long lists as tables of columns (every relation's id, then every
relation's category...), which compress a third smaller than a list of records each naming its keys. The
browser unpacks them back into records at once (assets/src/wire.mjs), so the contract (dashboard/contract.py)
is the payload's shape, before packing and after unpacking."""

from __future__ import annotations

import json

TABLE = "@columns"  # a list of records as {TABLE: {column: [values]}}
KEYED = "@keys"  # a dict of records as {KEYED: [keys], TABLE: {...}}


def columns(records: list[dict]) -> dict[str, list]:
    """Records as columns; a record without a key holds None there (the browser leaves it out again)."""
    names = list(dict.fromkeys(name for record in records for name in record))
    return {name: [record.get(name) for record in records] for name in names}


def pack(payload: dict) -> dict:
    """The payload with its relations and places as tables (a shallow copy: payload is not changed)."""
    packed = dict(payload)
    packed["relations"] = {TABLE: columns(payload["relations"])}
    keys = list(payload["places"])
    packed["places"] = {KEYED: keys, TABLE: columns([payload["places"][key] for key in keys])}
    return packed


def payload_json(payload: dict) -> bytes:
    """The payload as the browser receives it: packed, as compact JSON."""
    return json.dumps(pack(payload), ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def unpack(packed: dict) -> dict:
    """The payload's records again, as the browser's wire.mjs makes them (a value left empty left out)."""
    def records(table: dict) -> list[dict]:
        names = list(table)
        count = len(table[names[0]]) if names else 0
        return [{name: table[name][i] for name in names if table[name][i] is not None} for i in range(count)]

    payload = dict(packed)
    payload["relations"] = records(packed["relations"][TABLE])
    payload["places"] = dict(zip(packed["places"][KEYED], records(packed["places"][TABLE]), strict=True))
    return payload
