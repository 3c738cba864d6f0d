"""OpenSanctions: match graph entities to FollowTheMoney entities (JSON lines) and import their sanctions.

Reads the files OpenSanctions publishes: one FtM entity per line (``{"id",
"schema", "properties": {prop: [values]}}``), either flat (``entities.ftm.json``,
where ``Sanction`` and ``Identification`` entities point at their subject
through ``entity``/``holder``) or nested (``targets.nested.json``, where
those entities sit inside the subject's properties). Names, aliases, birth
dates, nationality and topics feed the score; a matched entity's sanctions
(program, authority, start/listing date) and identifiers become facts of its
:class:`kg:ListEntry`, with the file as provenance.

Two streaming passes: the first matches subjects, the second collects the
sanctions and identifiers of the matched ones. A malformed line stops the run
with its line number before anything is written.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from urllib.parse import quote

from kg.errors import InvalidInput
from kg.exporters.ftm import DATASET as OWN_DATASET
from kg.exporters.ftm import ID_PREFIX as OWN_ID_PREFIX
from kg.link.lists import EntityIndex, ListLinker, ListRecord, parse_date

ENTITY_URL = "https://www.opensanctions.org/entities/{}/"
PERSON_SCHEMATA = {"Person"}
ORG_SCHEMATA = {"Organization", "Company", "LegalEntity", "PublicBody"}
NAME_PROPS = ("name", "alias", "previousName")
COUNTRY_PROPS = ("nationality", "citizenship", "country", "jurisdiction")
ID_PROPS = ("passportNumber", "idNumber", "taxNumber", "registrationNumber", "innCode", "ogrnCode", "wikidataId")
# ISO 3166 codes (FtM's country type) of the countries the corpus names; others are kept as codes.
COUNTRIES = {
    "ru": "Russia", "us": "United States", "gb": "United Kingdom", "ca": "Canada", "cn": "China", "by": "Belarus", "ua": "Ukraine",
    "ir": "Iran", "mm": "Burma", "bd": "Bangladesh", "ni": "Nicaragua", "gt": "Guatemala", "uz": "Uzbekistan", "ss": "South Sudan",
    "cd": "Democratic Republic of the Congo", "gm": "The Gambia", "zw": "Zimbabwe", "ly": "Libya", "kp": "North Korea",
    "sa": "Saudi Arabia", "tr": "Turkey", "de": "Germany", "ge": "Georgia", "md": "Moldova", "pk": "Pakistan", "do": "Dominican Republic",
    "rs": "Serbia", "il": "Israel", "eu": "European Union",
}
MAX_LINE = 16 * 1024 * 1024
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _own_export(data: dict) -> bool:
    """Whether the entity comes from ``kg export --format ftm``: matching it would make the store its own corroboration.

    The exporter marks every entity with the dataset ``rightsgraph`` and an ``rg-`` id;
    the id alone counts only when the file carries no datasets.
    """
    datasets = data.get("datasets")
    if isinstance(datasets, list):
        return OWN_DATASET in datasets
    return data["id"].startswith(OWN_ID_PREFIX)


def _values(props: dict, name: str) -> list:
    value = props.get(name, [])
    return value if isinstance(value, list) else [value]


def _codes(props: dict) -> set[str]:
    """Program codes of a Sanction: ``programId`` (``US-GLOMAG`` -> GLOMAG) and code-like ``program`` values."""
    out = set()
    for pid in _values(props, "programId"):
        if isinstance(pid, str) and pid.strip():
            out.add(re.sub(r"^[A-Z]{2}-", "", pid.strip().upper()))
    for prog in _values(props, "program"):
        if isinstance(prog, str) and re.fullmatch(r"[A-Z0-9][A-Z0-9\-]{1,30}", prog.strip()):
            out.add(prog.strip())
    return out


class OpenSanctionsLinker(ListLinker):
    SOURCE = "opensanctions"
    LIST_NAME = "OpenSanctions (FollowTheMoney entities)"
    PUBLISHER = "OpenSanctions"

    def __init__(self, path):
        super().__init__(path)
        self.notes: list[str] = []

    def _lines(self) -> Iterator[tuple[int, dict]]:
        if not self.path.is_file():
            raise InvalidInput(f"{self.path}: not a file of FollowTheMoney JSON lines")
        entities = own = 0
        with open(self.path, "rb") as fh:
            lineno = 0
            while raw := fh.readline(MAX_LINE + 1):  # bounded: a file with no line breaks is not read whole
                lineno += 1
                if len(raw) > MAX_LINE:
                    raise InvalidInput(f"{self.path}:{lineno}: line longer than {MAX_LINE} bytes; the store is unchanged")
                if raw.strip():
                    data = self._entity(lineno, raw)
                    if _own_export(data):
                        own += 1
                        continue
                    yield lineno, data
                    entities += 1
        if own and not entities:
            raise InvalidInput(f"{self.path}: every entity comes from rightsgraph's own FollowTheMoney export (dataset \"{OWN_DATASET}\"); "
                               "linking it would confirm the store's claims with themselves; the store is unchanged")
        if not entities:  # linking nothing would replace the previous OpenSanctions links with none
            raise InvalidInput(f"{self.path}: no FollowTheMoney entities in this file; the store is unchanged")
        if own:
            note = f"{self.path}: skipped {own} entities from rightsgraph's own FollowTheMoney export (dataset \"{OWN_DATASET}\")"
            if note not in self.notes:  # the file is read twice
                self.notes.append(note)

    def _entity(self, lineno: int, raw: bytes) -> dict:
        where = f"{self.path}:{lineno}: not a FollowTheMoney entity"
        try:
            text = raw.decode("utf-8")  # strictly: json.loads(bytes) would let encoded lone surrogates through
            data = json.loads(text)
        except RecursionError:
            raise InvalidInput(f"{where} (JSON nested too deeply); the store is unchanged") from None
        except (ValueError, UnicodeDecodeError) as exc:
            raise InvalidInput(f"{where} (invalid JSON: {exc}); the store is unchanged") from None
        if _SURROGATE_ESCAPE.search(text):  # "\ud800" is valid JSON but no text: the store could not hold it
            try:
                json.dumps(data, ensure_ascii=False).encode("utf-8")
            except UnicodeEncodeError:
                raise InvalidInput(f"{where} (a string holds a lone UTF-16 surrogate); the store is unchanged") from None
        if not (isinstance(data, dict) and isinstance(data.get("id"), str) and isinstance(data.get("schema"), str) and isinstance(data.get("properties", {}), dict)):
            raise InvalidInput(f"{where} (needs string id and schema, and a properties object); the store is unchanged")
        return data

    def records(self, index: EntityIndex) -> Iterator[ListRecord]:
        found: dict[str, ListRecord] = {}
        for lineno, data in self._lines():
            if data["schema"] not in PERSON_SCHEMATA | ORG_SCHEMATA:
                continue
            props = data.get("properties", {})
            names = [v for p in NAME_PROPS for v in _values(props, p) if isinstance(v, str)]
            if not names or not index.hits(names):
                continue
            record = self._record(data, names)
            for p in ("sanctions", "identification", "identifiers", "passports"):
                for nested in _values(props, p):
                    if isinstance(nested, dict):
                        if not isinstance(nested.get("properties", {}), dict):
                            raise InvalidInput(f"{self.path}:{lineno}: an entity nested in {p!r} has no properties object; the store is unchanged")
                        self._attach(record, nested)
            found[record.id] = record
        if found:
            for _, data in self._lines():
                props = data.get("properties", {})
                for ref_prop in ("entity", "holder"):
                    for ref in _values(props, ref_prop):
                        ref_id = ref.get("id") if isinstance(ref, dict) else ref
                        if isinstance(ref_id, str) and ref_id in found:  # a value of another type refers to nothing
                            self._attach(found[ref_id], data)
        yield from found.values()

    def _record(self, data: dict, names: list[str]) -> ListRecord:
        props = data.get("properties", {})
        kind = "person" if data["schema"] in PERSON_SCHEMATA else "organization"
        caption = data.get("caption") if isinstance(data.get("caption"), str) else names[0]
        record = ListRecord(data["id"], ENTITY_URL.format(quote(data["id"], safe="")), kind, caption, aliases=[n for n in dict.fromkeys(names) if n != caption])
        record.birth_dates |= {d for v in _values(props, "birthDate") if isinstance(v, str) and (d := parse_date(v))}
        record.birth_places |= {v for v in _values(props, "birthPlace") if isinstance(v, str)}
        record.countries |= {COUNTRIES.get(v.lower(), v) for p in COUNTRY_PROPS for v in _values(props, p) if isinstance(v, str)}
        record.topics |= {v for v in _values(props, "topics") if isinstance(v, str)}
        record.identifiers |= {f"{p}: {v}" for p in ID_PROPS for v in _values(props, p) if isinstance(v, str)}
        record.remarks = "; ".join(v for v in _values(props, "notes") if isinstance(v, str))
        record.extra["datasets"] = data.get("datasets", [])
        return record

    def _attach(self, record: ListRecord, data: dict) -> None:
        props = data.get("properties", {})
        schema = data.get("schema")
        if schema == "Sanction":
            record.programs |= _codes(props)
            record.listing_dates |= {d for p in ("startDate", "listingDate") for v in _values(props, p) if isinstance(v, str) and (d := parse_date(v[:10]))}
        elif schema in ("Identification", "Passport"):
            number = next((v for v in _values(props, "number") if isinstance(v, str)), None)
            if number:
                kind = next((v for v in _values(props, "type") if isinstance(v, str)), schema)
                country = next((v for v in _values(props, "country") if isinstance(v, str)), "")
                record.identifiers.add(f"{kind}: {number}" + (f" ({COUNTRIES.get(country, country)})" if country else ""))
