"""Round 22 (rulesB): sanctions. A release names its law once and points back to it for later designations ("under
the same authority"); a blocked road or railway line is no asset freeze.

Short invented texts (people, bodies and places are made up).
"""

import pytest

from extract.claimhelp import extract_rows, find, name


def _bases(rows, target):
    return {name(c.get("legal_basis")) for c in find(rows, "sanction", target=target)}


# -- "under the same authority": the law of the designation told before ------------------------------------------------

@pytest.mark.parametrize("text, target", [
    ("The United States today is designating the Central Bank of Ostland pursuant to Executive Order (E.O.) 14901. "
     "The bank has financed the regime's war.\n\n"
     "I am also designating, under the same authority, two members of the family of the governor: his father, Tomas Velkor; "
     "and his brother, Anton Velkor.\n", "Anton Velkor"),
    ("The Treasury today sanctioned the Marsk Mining Company pursuant to Executive Order (E.O.) 14902. "
     "The company smuggled gold out of the country.\n\n"
     "Pursuant to the same order, the Treasury is also designating Petra Orlova, who runs the company.\n", "Petra Orlova"),
])
def test_same_authority_takes_the_law_of_the_designation_before(rules, text, target):
    rows = extract_rows(rules, text, "2024-03-01")
    bases = _bases(rows, target)
    assert bases and all(b and "1490" in b for b in bases)


def test_an_unnamed_authority_still_names_no_law(rules):
    text = ("The United States today is designating the Central Bank of Ostland pursuant to Executive Order (E.O.) 14901.\n\n"
            "Separately, the Treasury sanctioned Ivo Danek under its Marsk-related authorities.\n")
    rows = extract_rows(rules, text, "2024-03-01")
    assert all(b is None or "14901" not in b for b in _bases(rows, "Ivo Danek"))


# -- a road, a rally or a movement blocked or banned is no sanction ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Another man was shot dead the next day when police dispersed protesters blocking a railway line near Dorav.",
    "Villagers blocked the highway to Varn for three days before riot police cleared it.",
    "Last month police in Marsk detained Ivo Danek and hundreds of supporters to prevent a rally the authorities had banned.",
    "Lena Koval defended members of the banned Ostvet spiritual movement and farmers whose land had been taken.",
])
def test_blocking_a_way_or_banning_a_gathering_is_no_sanction(rules, text):
    rows = extract_rows(rules, text + "\n", "2023-05-02")
    assert not find(rows, "sanction")


def test_blocking_property_is_still_a_sanction(rules):
    text = ("The Treasury today designated Ivo Danek pursuant to Executive Order (E.O.) 14903. All property and interests in "
            "property of Ivo Danek that are in the United States are blocked, and the Treasury is blocking the accounts of his company.\n")
    rows = extract_rows(rules, text, "2023-05-02")
    assert find(rows, "sanction", target="Ivo Danek")
