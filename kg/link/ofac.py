"""The OFAC SDN list in its published formats: ``sdn.xml``, or a folder with the CSV trio.

* XML (``sdn.xml``, root ``sdnList``, any of OFAC's namespaces): streamed with
  ``iterparse``, each child of the root cleared after use. DOCTYPE and ENTITY
  declarations are refused by a pre-scan and again by defusedxml (which also
  sees them in encodings a byte scan cannot, such as UTF-16). Memory stays
  bounded whatever the file holds: nesting deeper than ``MAX_DEPTH`` and an
  entry of more than ``MAX_ENTRY_ELEMENTS`` elements are refused (real
  entries are four levels deep and under a hundred elements).
* CSV: ``sdn.csv`` (ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign,
  Vess_type, Tonnage, GRT, Vess_flag, Vess_owner, Remarks), ``alt.csv``
  (ent_num, alt_num, alt_type, alt_name, alt_remarks) and ``add.csv``
  (ent_num, add_num, address, city/state/postal, country, add_remarks); no
  header row, ``-0-`` for empty. Programs are joined as ``MAGNIT] [GLOMAG``;
  birth dates, places and nationality sit in the remarks.

Memory: one pass over alt.csv keeps only aliases that share a name key with
the graph, one pass over sdn.csv keeps only entries that do, and a last pass
fills in addresses and all aliases of those entries.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from pathlib import Path

from kg.errors import InvalidInput
from kg.link.lists import EntityIndex, ListLinker, ListRecord, parse_date
from kg.link.names import reorder

DETAILS = "https://sanctionssearch.ofac.treas.gov/Details.aspx?id="
NULL = "-0-"
COLUMNS = {"sdn.csv": 12, "alt.csv": 5, "add.csv": 6}
FORBIDDEN = (b"<!DOCTYPE", b"<!ENTITY")
MAX_DEPTH = 32
MAX_ENTRY_ELEMENTS = 10_000


def refuse_declarations(path: Path) -> None:
    """Refuse a file declaring a DOCTYPE or ENTITY anywhere (billion laughs, external entities)."""
    tail = b""
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            block = tail + chunk
            for bad in FORBIDDEN:
                if bad in block:
                    raise InvalidInput(f"{path}: refusing XML with a {bad[2:].decode()} declaration")
            tail = block[-16:]


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _kind(sdn_type: str | None) -> str:
    t = (sdn_type or "").strip().lower()
    return "person" if t == "individual" else "organization" if t in ("entity", "") else "other"


def parse_remarks(remarks: str, record: ListRecord) -> None:
    for part in remarks.split(";"):
        part = part.strip().rstrip(".")
        key, _, value = part.partition(" ")
        if key == "DOB" and (d := parse_date(value.split(" to ")[0])):
            record.birth_dates.add(d)
        elif key == "POB" and value:
            record.birth_places.add(value)
        elif part.lower().startswith(("nationality ", "citizen ")):
            record.countries.add(part.split(" ", 1)[1].strip())


class OfacLinker(ListLinker):
    SOURCE = "ofac"
    LIST_NAME = "OFAC Specially Designated Nationals and Blocked Persons List (SDN)"
    PUBLISHER = "U.S. Department of the Treasury, Office of Foreign Assets Control"

    def records(self, index: EntityIndex) -> Iterator[ListRecord]:
        if self.path.is_dir():
            return self._csv_records(index)
        if not self.path.is_file():
            raise InvalidInput(f"{self.path}: no such file or folder")
        return self._xml_records(index)

    # ------------------------------------------------------------------ XML
    def _xml_records(self, index: EntityIndex) -> Iterator[ListRecord]:
        from defusedxml import DefusedXmlException, DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden
        from defusedxml.ElementTree import ParseError, iterparse

        refuse_declarations(self.path)
        seen = 0
        expected = None
        root = None
        depth = 0
        in_entry = 0  # elements of the sdnEntry being read
        try:
            for event, elem in iterparse(str(self.path), events=("start", "end"), forbid_dtd=True, forbid_entities=True, forbid_external=True):
                tag = _local(elem.tag)
                if event == "start":
                    depth += 1
                    if depth > MAX_DEPTH:
                        raise InvalidInput(f"{self.path}: elements nested more than {MAX_DEPTH} levels deep: not an SDN list; the store is unchanged")
                    if root is None:
                        root = elem
                        if tag != "sdnList":
                            raise InvalidInput(f"{self.path}: not an OFAC SDN XML list (root element <{tag}>, expected <sdnList>)")
                    elif in_entry or (depth == 2 and tag == "sdnEntry"):
                        in_entry += 1
                        if in_entry > MAX_ENTRY_ELEMENTS:
                            raise InvalidInput(f"{self.path}: sdnEntry {seen + 1} has too many elements (over {MAX_ENTRY_ELEMENTS}): not an SDN list; the store is unchanged")
                    continue
                depth -= 1
                if tag == "Publish_Date" and elem.text:
                    self.published = parse_date(elem.text)
                elif tag == "Record_Count" and elem.text and elem.text.strip().isdigit():
                    expected = int(elem.text.strip())
                elif tag == "sdnEntry" and depth == 1:
                    seen += 1
                    in_entry = 0
                    record = self._xml_entry(elem)
                    if record is not None and index.hits(record.names):
                        yield record
                if depth == 1:
                    root.clear()  # bounded memory: drop every finished child of the root, entry or not
        except ParseError as exc:
            if root is None:  # not one element read: the wrong file (an FtM export, a CSV), not a damaged list
                raise InvalidInput(f"{self.path}: not XML; give sdn.xml, or a folder with sdn.csv, alt.csv and add.csv; the store is unchanged") from None
            raise InvalidInput(f"{self.path}: malformed or truncated SDN XML ({exc}); the store is unchanged") from None
        except DTDForbidden:
            raise InvalidInput(f"{self.path}: refusing XML with a DOCTYPE declaration") from None
        except EntitiesForbidden:
            raise InvalidInput(f"{self.path}: refusing XML with an ENTITY declaration") from None
        except ExternalReferenceForbidden:
            raise InvalidInput(f"{self.path}: refusing XML with an external reference") from None
        except DefusedXmlException as exc:
            raise InvalidInput(f"{self.path}: refusing unsafe XML ({type(exc).__name__})") from None
        if seen == 0:
            raise InvalidInput(f"{self.path}: no sdnEntry elements: an empty or foreign SDN list; the store is unchanged")
        if expected is not None and seen != expected:
            raise InvalidInput(f"{self.path}: truncated SDN list: {seen} entries but Record_Count says {expected}; the store is unchanged")

    def _xml_entry(self, elem) -> ListRecord | None:
        def text(node, name):
            for child in node:
                if _local(child.tag) == name:
                    return (child.text or "").strip()
            return ""

        uid = text(elem, "uid")
        if not uid:
            return None
        first, last = text(elem, "firstName"), text(elem, "lastName")
        name = f"{last}, {first}" if first else last
        record = ListRecord(uid, DETAILS + uid, _kind(text(elem, "sdnType")), name, remarks=text(elem, "remarks"))
        for node in elem.iter():
            tag = _local(node.tag)
            if tag == "program" and node.text:
                record.programs.add(node.text.strip())
            elif tag == "aka":
                af, al = text(node, "firstName"), text(node, "lastName")
                alias = f"{al}, {af}" if af and al else (al or af)
                if alias:
                    record.aliases.append(alias)
            elif tag == "dateOfBirth" and node.text and (d := parse_date(node.text)):
                record.birth_dates.add(d)
            elif tag == "placeOfBirth" and node.text:
                record.birth_places.add(node.text.strip())
            elif tag in ("nationality", "citizenship"):
                if c := text(node, "country"):
                    record.countries.add(c)
            elif tag == "address":
                if c := text(node, "country"):
                    record.countries.add(c)
            elif tag == "id":
                kind, number = text(node, "idType"), text(node, "idNumber")
                if kind and number:
                    record.identifiers.add(f"{kind}: {number}" + (f" ({text(node, 'idCountry')})" if text(node, "idCountry") else ""))
        if record.remarks:
            parse_remarks(record.remarks, record)
        return record

    # ------------------------------------------------------------------ CSV
    def _rows(self, name: str) -> Iterator[list]:
        path = self.path / name
        if not path.is_file():
            if name == "sdn.csv":
                raise InvalidInput(f"{self.path}: no sdn.csv in this folder (expected the OFAC CSV trio sdn.csv, alt.csv, add.csv)")
            return
        with open(path, newline="", encoding="utf-8", errors="replace") as fh:
            reader = csv.reader(fh, strict=True)
            try:
                for row in reader:
                    if not row or (len(row) == 1 and row[0].strip() in ("", "\x1a")):
                        continue
                    if len(row) != COLUMNS[name]:
                        raise InvalidInput(f"{path}:{reader.line_num}: expected {COLUMNS[name]} fields, found {len(row)} (truncated or not an OFAC {name}); the store is unchanged")
                    yield [None if v.strip() == NULL else v.strip() for v in row]
            except csv.Error as exc:
                raise InvalidInput(f"{path}:{reader.line_num}: malformed CSV ({exc}); the store is unchanged") from None

    def _csv_records(self, index: EntityIndex) -> Iterator[ListRecord]:
        alias_hits = {row[0] for row in self._rows("alt.csv") if row[3] and index.hits([row[3]])}
        found: dict[str, ListRecord] = {}
        for row in self._rows("sdn.csv"):
            ent_num, name, sdn_type, program, title, *_, remarks = row
            if not ent_num or not name:
                continue
            if ent_num not in alias_hits and not index.hits([name]):
                continue
            record = ListRecord(ent_num, DETAILS + ent_num, _kind(sdn_type), name, remarks=remarks or "")
            if program:
                record.programs |= {p.strip(" []") for p in program.split("] [") if p.strip(" []")}
            if record.remarks:
                parse_remarks(record.remarks, record)
            found[ent_num] = record
        for row in self._rows("alt.csv"):
            if row[0] in found and row[3]:
                found[row[0]].aliases.append(row[3])
        for row in self._rows("add.csv"):
            if row[0] in found and row[4]:
                found[row[0]].countries.add(row[4])
        yield from found.values()


def display_name(name: str) -> str:
    """``KADYROV, Ramzan Akhmatovich`` -> ``Ramzan Akhmatovich KADYROV`` (for people reading reports)."""
    return re.sub(r"\s+", " ", reorder(name)).strip()
