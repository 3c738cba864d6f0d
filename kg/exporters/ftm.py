"""FollowTheMoney entities as JSON lines (``kg export --format ftm``), the format OpenSanctions tooling reads.

Mapping (graph -> FtM schema):

* ``kg:Person`` -> ``Person`` (name, alias, position, wikidataId, topics ``sanction`` when designated, sourceUrl);
* ``kg:Organization`` -> ``Organization``; ``kg:GovernmentBody`` -> ``PublicBody``;
* ``kg:Designation`` -> ``Sanction`` (entity, authority, program, programId from the statute's
  ``kg:programCode``, startDate, reason = the evidence quote, sourceUrl);
* ``kg:FamilyRelation`` -> ``Family`` (person, relative, relationship).

Places, groups, media and abuse allegations have no FtM counterpart and are
left out. Ids are ``rg-`` plus the last part of the graph IRI, so they are
stable across runs; every line is an entity ``{"id", "schema", "properties"}``.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import BinaryIO

from kg.exporters.base import Exporter
from kg.store import Store

# The marks of this project's export: kg link opensanctions skips entities carrying them.
DATASET = "rightsgraph"
ID_PREFIX = "rg-"
SCHEMA_OF_CLASS = {"Person": "Person", "Organization": "Organization", "GovernmentBody": "PublicBody"}
PREFIXES = """PREFIX kg: <https://w3id.org/rightsgraph/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX oa: <http://www.w3.org/ns/oa#>
"""


def ftm_id(iri: str) -> str:
    parts = iri.rstrip("/").split("/")
    return ID_PREFIX + "-".join(parts[-2:])


class FtmExporter(Exporter):
    FORMAT = "ftm"
    MIME_TYPE = "application/x-ndjson"
    EXTENSION = ".ftm.json"

    def entities(self, store: Store) -> list[dict]:
        props: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        schema: dict[str, str] = {}

        def q(text):
            return store.query(PREFIXES + text)

        for r in q("SELECT ?e ?cls ?name WHERE { ?e a ?cls ; schema:name ?name . FILTER(STRSTARTS(STR(?cls), STR(kg:))) }"):
            kind = r["cls"].value.rsplit("#", 1)[-1]
            if kind in SCHEMA_OF_CLASS and r["e"].value.startswith("https://w3id.org/rightsgraph/id/"):
                iri = r["e"].value
                if schema.get(iri) != "Person":  # a person typed twice stays a person
                    schema[iri] = SCHEMA_OF_CLASS[kind]
                props[iri]["name"].add(r["name"].value)
        extra = {
            "alias": "SELECT ?e ?v WHERE { ?e skos:altLabel ?v }",
            "position": "SELECT ?e ?v WHERE { ?p a kg:PositionHeld ; kg:person ?e ; kg:roleTitle ?v }",
            "wikidataId": 'SELECT ?e ?v WHERE { ?e owl:sameAs ?w . BIND(STRAFTER(STR(?w), "http://www.wikidata.org/entity/") AS ?v) FILTER(?v != "") }',
            "sourceUrl": "SELECT ?e ?v WHERE { ?e kg:mentionedIn ?d . ?d schema:url ?u . BIND(STR(?u) AS ?v) }",
        }
        for prop, text in extra.items():
            for r in q(text):
                iri = r["e"].value
                if iri in schema and (prop != "position" or schema[iri] == "Person"):
                    props[iri][prop].add(r["v"].value)
        for iri, values in props.items():
            if len(values["name"]) > 1:  # FtM keeps one name per spelling; extra names become aliases
                first, *rest = sorted(values["name"])
                values["name"] = {first}
                values["alias"] |= set(rest)
            values["alias"] -= values["name"]

        out = []
        sanctions: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for r in q("""SELECT ?d ?t ?auth ?basis ?code ?date ?quote ?url WHERE { ?d a kg:Designation ; kg:target ?t .
                OPTIONAL { ?d kg:authority/schema:name ?auth } OPTIONAL { ?d kg:legalBasis ?b . ?b schema:name ?basis OPTIONAL { ?b kg:programCode ?code } }
                OPTIONAL { ?d kg:date ?date } OPTIONAL { ?d prov:wasDerivedFrom/oa:hasTarget ?tg . ?tg oa:hasSelector/oa:exact ?quote .
                           OPTIONAL { ?tg oa:hasSource/schema:url ?url } } }"""):
            target = r["t"].value
            if target not in schema:
                continue
            s = sanctions[r["d"].value]
            s["entity"].add(ftm_id(target))
            props[target]["topics"].add("sanction")
            for key, var in (("authority", "auth"), ("program", "basis"), ("startDate", "date"), ("reason", "quote"), ("sourceUrl", "url")):
                if r[var] is not None:
                    s[key].add(r[var].value)
            if r["code"] is not None:
                s["programId"].add(r["code"].value)
        families: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for r in q("SELECT ?f ?p ?rel ?how WHERE { ?f a kg:FamilyRelation ; kg:person ?p ; kg:relative ?rel . OPTIONAL { ?f kg:relation/skos:prefLabel ?how } }"):
            if r["p"].value in schema and r["rel"].value in schema:
                fam = families[r["f"].value]
                fam["person"].add(ftm_id(r["p"].value))
                fam["relative"].add(ftm_id(r["rel"].value))
                if r["how"] is not None:
                    fam["relationship"].add(r["how"].value)

        for iri, values in props.items():
            out.append(_entity(ftm_id(iri), schema[iri], values))
        for iri, values in sanctions.items():
            out.append(_entity(ftm_id(iri), "Sanction", values))
        for iri, values in families.items():
            out.append(_entity(ftm_id(iri), "Family", values))
        return sorted(out, key=lambda e: (e["schema"] in ("Sanction", "Family"), e["id"]))

    def write(self, store: Store, out: BinaryIO) -> None:
        for ent in self.entities(store):
            out.write(json.dumps(ent, ensure_ascii=False, sort_keys=True).encode("utf-8") + b"\n")


def _entity(id_: str, schema: str, values: dict[str, set[str]]) -> dict:
    return {"id": id_, "schema": schema, "properties": {k: sorted(v) for k, v in sorted(values.items()) if v}, "datasets": [DATASET]}
