"""Round 30 (lead): an EU regime called by its acts' title words.

EU press releases often cite no act number: the listing is made "under the framework for restrictive measures in
view of the situation in X", and later the text says "restrictive measures in view of the situation in X now apply
to 16 persons". Those words are the regime's name (the acts are titled so), and the designations stand on it. The
name runs to the place it is about and that place's initials; "restrictive measures against 11 individuals" names
no regime.
"""

import pytest

from extract.claimhelp import find, name, text_rows
from kg.model import Document

REGIME = [
    ("The Council today imposed an asset freeze and a travel ban on Ivo Marenko, Minister of the Interior of Tarsania, "
     "under the framework for restrictive measures in view of the situation in Tarsania.",
     "Ivo Marenko", "framework for restrictive measures in view of the situation in Tarsania"),
    ("BRUSSELS, March 4 (Wire) - The European Union on Monday froze the assets of Davor Kell, the police chief of "
     "Tarsania, adding him to the list of persons subject to restrictive measures in view of the situation in the "
     "Republic of Tarsania (ROT), diplomats said.",
     "Davor Kell", "restrictive measures in view of the situation in the Republic of Tarsania (ROT)"),
    ("The Mirova Centre welcomed the Council's decision of 2 May 2024 to impose a travel ban on General Ruko Banda under "
     "the framework for targeted restrictive measures in view of activities undermining the stability of Norvia.",
     "Ruko Banda", "framework for targeted restrictive measures in view of activities undermining the stability of Norvia"),
]


@pytest.mark.parametrize("text, target, regime", REGIME)
def test_a_regime_named_by_its_title_words_is_the_designation_s_basis(rules, text, target, regime):
    rows = text_rows(rules, text)
    assert {name(c.get("legal_basis")) for c in find(rows, "sanction", target=target)} == {regime}, rows


def test_the_framework_and_its_measures_told_again_are_one_regime(rules):
    text = ("The Council today added Ivo Marenko, Minister of the Interior of Tarsania, to the framework for restrictive "
            "measures in view of the situation in Tarsania. With today's decision, restrictive measures in view of the "
            "situation in Tarsania now apply to a total of 12 persons.\n")
    ex = rules.extract(Document(id="t", text=text, date="2024-05-08"))
    regimes = [e for e in ex.entities.values() if e.type == "SanctionsProgram"]
    assert [e.name for e in regimes] == ["framework for restrictive measures in view of the situation in Tarsania"], regimes


@pytest.mark.parametrize("text", [
    "The Council today adopted restrictive measures against 11 individuals responsible for abuses in Tarsania.\n",
    "The Council adopted restrictive measures in view of the gravity of the violence, the statement said.\n",
    "The Council renewed restrictive measures in view of Tarsania's actions for another year.\n",
])
def test_measures_against_people_or_a_phrase_without_a_place_name_no_regime(rules, text):
    ex = rules.extract(Document(id="t", text=text, date="2024-05-08"))
    assert not [e for e in ex.entities.values() if e.type == "SanctionsProgram" and "restrictive" in e.name], ex.entities
