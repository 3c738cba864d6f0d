"""Round 15, names as official lists write them: "SURNAME, Given names" on a list entry's line is one person, named
in natural order, whom later mentions of the surname join; datelines and headings in capitals that look alike name
nobody. Every person and body here is invented; each convention is tried in several wordings and countries."""

import pytest

from extract.claimhelp import extract_rows, find, name
from kg.model import Document

DATE = "2025-03-04"


def people(rules, text):
    """{name: aliases} of the persons the extractor finds in ``text``."""
    ex = rules.extract(Document(id="t", text=text, date=DATE))
    return {e.name: set(e.aliases) for e in ex.entities.values() if e.type == "Person"}


ANNEX = """The Council today imposed an asset freeze and a travel ban on three persons responsible for repression.

Annex

1. DRĂGAN-POPESCU, Ion Mihai
Position: Commander of the Special Police Regiment.
Reasons: Responsible for the violent dispersal of protesters.

2. DE LA CRUZ PEREZ, Jose Maria
Position: Minister of Justice of Moldova.

3. AL-SAYED, Ahmad Ali (a.k.a. AL-SAYYID, Ahmed)
Position: Head of the State Security Service.

Drăgan-Popescu later denied any wrongdoing. De La Cruz Perez resigned in May.
"""


def test_a_numbered_entry_names_one_person_in_natural_order(rules):
    rows = extract_rows(rules, ANNEX, DATE)
    assert {name(c["target"]) for c in find(rows, "sanction")} == {
        "Ion Mihai Drăgan-Popescu", "Jose Maria De La Cruz Perez", "Ahmad Ali Al-Sayed"}


def test_the_title_field_under_the_entry_belongs_to_the_whole_name(rules):
    rows = extract_rows(rules, ANNEX, DATE)
    assert {(name(c["person"]), c["role"]) for c in find(rows, "position")} >= {
        ("Ion Mihai Drăgan-Popescu", "Commander"), ("Jose Maria De La Cruz Perez", "Minister of Justice"),
        ("Ahmad Ali Al-Sayed", "Head")}


def test_later_surnames_and_written_aliases_join_the_listed_person(rules):
    found = people(rules, ANNEX)
    assert "De La Cruz Perez" in found["Jose Maria De La Cruz Perez"]
    assert "AL-SAYYID, Ahmed" in found["Ahmad Ali Al-Sayed"]
    assert not any(n in found for n in ("Ion Mihai", "Jose Maria", "DRĂGAN-POPESCU", "Ahmed", "De La Cruz Perez"))


@pytest.mark.parametrize("text,person", [
    ("The following persons are designated:\n\n- OKONKWO-BELLO, Chidi Emeka\nPosition: Inspector-General of the Zamfara Guard\n",
     "Chidi Emeka Okonkwo-Bello"),
    ("Individuals\n\nMARTÍNEZ SOLÍS, Raúl; DOB 03 Feb 1965; nationality Nicaragua.\nKOVALENKO, Olha; DOB 11 Jun 1970.\n\n"
     "Kovalenko has run the prison service since 2019.\n", "Olha Kovalenko"),
    ("Listed today:\n\nKOVAL, Ana (a.k.a. KOVAL, Anna); DOB 12 Mar 1971; nationality Belarus.\n\nKoval was promoted in 2020.\n",
     "Ana Koval"),
    ("2) NGUYEN VAN, Thanh\nTitle: Director of the Provincial Security Office\n", "Thanh Nguyen Van"),
])
def test_lists_of_several_countries_write_the_same_order(rules, text, person):
    found = people(rules, text)
    assert person in found
    assert len(found[person]) >= 1 and not any(n.isupper() for n in found)


def test_a_surname_written_later_in_normal_case_is_the_same_person(rules):
    found = people(rules, "Listed today:\n\nKOVAL, Ana (a.k.a. KOVAL, Anna); DOB 12 Mar 1971.\n\nKoval was promoted in 2020.\n")
    assert found["Ana Koval"] >= {"KOVAL, Ana", "KOVAL, Anna", "Koval"}


@pytest.mark.parametrize("text", [
    "MOSCOW, March 3 (Reuters) - Police detained dozens of protesters, witnesses said.\n",
    "WASHINGTON, D.C. \u2014 The State Department condemned the arrests on Tuesday.\n",
    "NEW YORK, Jan 5 (Reuters) - The UN chief called for calm.\n",
    "SANCTIONS IMPLICATIONS, Overview\nThe sanctions will bite, and the implications are wide.\n",
    "1. HUMAN RIGHTS WATCH, Report\nThe report was published on Monday.\n",
    "BEIRUT, Lebanon\nProtesters gathered on Sunday.\n",
])
def test_datelines_and_headings_in_capitals_name_nobody(rules, text):
    found = people(rules, text)
    assert not any("," in a for aliases in found.values() for a in aliases)
    assert not any(w in n for n in found for w in ("Moscow", "Washington", "York", "Sanctions", "Human", "Beirut", "Lebanon"))

