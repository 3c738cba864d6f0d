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


# -- an OFAC list in capitals: the whole name, and the kin a summary sentence designated unnamed -------------------------

OFAC_LIST = (
    "Today the Treasury's Office of Foreign Assets Control (OFAC) designated Tomas Velkor, the former governor of the "
    "Ostland central bank, for corruption. OFAC is also designating persons close to him, including his {kin1} and his {kin2}.\n\n"
    "The following individuals are being designated pursuant to Executive Order (E.O.) 14904:\n\n"
    "- TOMAS ANTON VELKOR, former Governor of the Central Bank of Ostland;\n"
    "- {name1} (Petr Velkor), his {kin1}, whose company received commissions from the bank;\n"
    "- {name2} (Ilya Velkor), his {kin2}, who took part in the purchase of property;\n"
    "- MARTA LINDQVIST, a former partner of Velkor.\n"
)


@pytest.mark.parametrize("kin1, kin2, name1, name2, rel1", [
    ("brother", "son", "PETR ANTON VELKOR", "ILYA TOMAS VELKOR", "sibling"),
    ("son", "daughter", "PETR TOMAS VELKOR", "ILYA TOMAS VELKOR", "child"),
])
def test_capitalised_list_names_are_whole_and_are_the_unnamed_kin(rules, kin1, kin2, name1, name2, rel1):
    rows = extract_rows(rules, OFAC_LIST.format(kin1=kin1, kin2=kin2, name1=name1, name2=name2), "2023-08-10")
    targets = {name(c["target"]) for c in find(rows, "sanction")}
    assert {name1, name2} <= targets
    assert not any("'s" in t for t in targets)  # no "Velkor's brother" besides the man the list names
    assert any(name(c["relative"]) == name1 and c["relation"] == rel1 for c in find(rows, "family"))


def test_a_list_line_without_kin_names_no_relative(rules):
    rows = extract_rows(rules, OFAC_LIST.format(kin1="brother", kin2="son", name1="PETR ANTON VELKOR", name2="ILYA TOMAS VELKOR"),
                        "2023-08-10")
    assert not any(name(c["relative"]) == "MARTA LINDQVIST" for c in find(rows, "family"))


# -- "X and Y took parallel action against the same individuals": each ally under its own law ----------------------------

PARALLEL = (
    "WASHINGTON - Today the Treasury designated two officials of Ostland pursuant to Executive Order (E.O.) 14905.\n\n"
    "The following individuals are being designated:\n\n"
    "- PETR ANTON VELKOR, former Minister of Mines of Ostland;\n"
    "- MARTA IVA LINDQVIST, former Governor of Dorav Province.\n\n"
    "{closing}\n"
)


@pytest.mark.parametrize("closing", [
    "The United Kingdom, under its Global Anti-Corruption Sanctions Regulations 2021, and Canada, under its Special Economic "
    "Measures Act, took parallel action today against the same individuals.",
    "Canada, under its Special Economic Measures Act, and the United Kingdom, under its Global Anti-Corruption Sanctions "
    "Regulations 2021, took similar action against them today.",
])
def test_allies_taking_parallel_action_designate_the_listed_people_under_their_own_laws(rules, closing):
    rows = extract_rows(rules, PARALLEL.format(closing=closing), "2023-08-10")
    for person in ("Petr Anton Velkor", "Marta Iva Lindqvist"):  # (a list's capitals are named in natural case)
        by = {name(c.get("authority")): name(c.get("legal_basis")) for c in find(rows, "sanction", target=person)}
        assert by.get("United Kingdom") == "Global Anti-Corruption Sanctions Regulations 2021"
        assert by.get("Canada") == "Special Economic Measures Act"


def test_allies_only_weighing_similar_measures_take_none(rules):
    closing = "Canada said it was considering similar measures against the same individuals."
    rows = extract_rows(rules, PARALLEL.format(closing=closing), "2023-08-10")
    assert not any(name(c.get("authority")) == "Canada" for c in find(rows, "sanction"))


# -- "The measures were first adopted in 2011 under Council Decision X": the law of this year's listings -----------------

@pytest.mark.parametrize("closing", [
    "The measures were first adopted in 2011 under Council Decision 2011/999/CFSP and are reviewed every year.",
    "The restrictive measures were first introduced in 2011 under Council Decision 2011/999/CFSP.",
])
def test_a_regime_first_adopted_years_ago_is_the_law_of_todays_listings(rules, closing):
    text = ("The Council today added Ivo Danek, the commander of the Ostland riot police, to the list of persons subject to "
            "restrictive measures over human rights abuses in Ostland.\n\n"
            "The restrictive measures consist of an asset freeze and a travel ban.\n\n" + closing + "\n")
    rows = extract_rows(rules, text, "2021-04-12")
    assert {name(c.get("legal_basis")) for c in find(rows, "sanction", target="Ivo Danek")} == {"Council Decision 2011/999/CFSP"}


# -- "members of the X militia and of the Y forces": the people are listed, not the bodies they belong to ---------------

@pytest.mark.parametrize("bodies, short", [
    ("the Varn militia and of the Law Enforcement Forces of the Republic of Ostland (LEFO)", "LEFO"),
    ("the Marsk militia and of the Border Security Forces of the Republic of Dorav (BSFD)", "BSFD"),
])
def test_the_body_people_are_members_of_is_not_listed(rules, bodies, short):
    text = ("The Council today decided to extend the restrictive measures in view of the human rights violations in Ostland, "
            "and added eight individuals to the list of those subject to them.\n\n"
            "The persons listed today include members of " + bodies + ", among them the commander of the militia, "
            "Hossein Darabi, who gave the order to fire.\n\n"
            "The measures were first adopted in 2011 under Council Decision 2011/999/CFSP.\n")
    rows = extract_rows(rules, text, "2021-04-12")
    assert short not in {name(c["target"]) for c in find(rows, "sanction")}


def test_a_body_listed_in_its_own_right_still_is(rules):
    text = ("The Council today added the Ostland Border Police and three of its commanders to the list of persons subject to "
            "restrictive measures under Council Decision 2011/999/CFSP.\n")
    rows = extract_rows(rules, text, "2021-04-12")
    assert find(rows, "sanction", target="Ostland Border Police")
