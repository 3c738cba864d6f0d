"""Round 25, second part (rulesA): unnamed relatives go by the words the text uses, and abuse recall on new text.

Short invented texts (people, units, bodies and places are made up).
"""

import pytest

from extract.claimhelp import extract_rows, find, name


def _relatives(rows, ctype="family"):
    if ctype == "family":
        return {name(c["relative"]) for c in find(rows, "family")}
    return {name(c["target"]) for c in find(rows, "sanction")}


# -- an unnamed relative is what the text calls them ---------------------------------------------------------------------

@pytest.mark.parametrize("text, kin", [
    # press release: the man is known by a name other than his full one
    ("The Department of State is designating Colonel Ivo Dral under Section 7031(c) due to his involvement in gross violations of "
     "human rights. In addition to Ivo Dral, the Department is designating his wife and his daughter.", {"his wife", "his daughter"}),
    # news report
    ("Washington on Tuesday barred Colonel Tomas Varn Hel from entering the United States under Section 7031(c), citing his role "
     "in the torture of detainees. The State Department also barred his two minor children.", {"his two minor children"}),
    # NGO report
    ("The designation of General Mira Olt Senn under Section 7031(c), announced today, also covers Senn's husband, the "
     "department said.", {"Senn's husband"}),
])
def test_unnamed_relatives_go_by_the_texts_words(rules, text, kin):
    """The gold and a reader know them by "his wife" or "Senn's husband"; a name built from the last word of the canonical
    one ("Ivo's wife") is nowhere in the text. Family and sanction claims name them alike."""
    rows = extract_rows(rules, text + "\n", "2020-01-10")
    assert kin <= _relatives(rows)
    assert kin <= _relatives(rows, "sanction")


def test_two_mens_wives_stay_apart(rules):
    """Two men's "his wife" are two people: the second goes by her husband's surname as the text writes it."""
    text = ("The Department of State is designating Colonel Ivo Dral under Section 7031(c) due to his involvement in torture. In "
            "addition to Ivo Dral, the Department is designating his wife and his son. The Department is further designating Tomas "
            "Hel under Section 7031(c) due to his involvement in extrajudicial killings. In addition to Hel, the Department is "
            "designating his wife.\n")
    rows = extract_rows(rules, text, "2020-01-10")
    wives = {(name(c["person"]), name(c["relative"])) for c in find(rows, "family", relation="spouse")}
    assert len(wives) == 2 and len({w for _, w in wives}) == 2
    assert wives == {("Ivo Dral", "his wife"), ("Tomas Hel", "Hel's wife")}
    assert {"his wife", "Hel's wife"} <= {name(c["target"]) for c in find(rows, "sanction")}


def test_a_possessor_that_is_no_name_gives_the_surname(rules):
    """ "the former general's sons": the words of a descriptor are no name; the surname as the text wrote it is."""
    text = ("The Department of State is designating former general Ivo Dral Marsk under Section 7031(c) due to his involvement "
            "in torture. The Department is also designating the former general's two sons.\n")
    rows = extract_rows(rules, text, "2020-01-10")
    assert not any("general" in r for r in _relatives(rows) | _relatives(rows, "sanction"))


# -- "by the forces under his command": the commander did it through them ------------------------------------------------

@pytest.mark.parametrize("text", [
    # NGO / listing
    "- Ivo Dral Marsk, Director-General of the Ostland Police since 2018. As commander of the police he is responsible for the "
    "killings and ill-treatment of protesters by the forces under his command.",
    # news report (passive)
    "Protesters in Varn were beaten and tortured by officers under the command of Colonel Ivo Dral Marsk, witnesses said.",
    # press release
    "The Department is designating Ivo Dral Marsk, the Director-General of the Ostland Police. He is responsible for the torture of "
    "detainees by troops under his command.",
])
def test_a_deed_by_men_under_his_command_is_the_commanders(rules, text):
    """ "under his command" hangs on the deed in the parse, not on the men, and the men are a bare noun ("forces"):
    the named commander is the doer the text gives."""
    rows = extract_rows(rules, text + "\n", "2020-01-10")
    perps = {name(c["perpetrator"]) for c in find(rows, "abuse")}
    assert "Ivo Dral Marsk" in perps
    assert not perps & {"forces", "officers", "troops"}


def test_men_under_no_ones_command_stay_the_doers(rules):
    """No "under his command": the force named is the doer, and the man the sentence before names is not."""
    rows = extract_rows(rules, "Ivo Dral Marsk has led the Ostland Police since 2018. Protesters in Varn were beaten by soldiers "
                               "of the Varn Brigade, witnesses said.\n", "2020-01-10")
    perps = {name(c["perpetrator"]) for c in find(rows, "abuse")}
    assert "Ivo Dral Marsk" not in perps
