"""Round 25 (rulesA): precision of abuse claims on new text. An order, act or programme never does a deed and the
deeds it provides for are criteria, not cases; ...

Short invented texts (people, units, bodies and places are made up).
"""

import pytest

from extract.claimhelp import extract_rows, perpetrators


# -- an instrument is no doer, and the deeds it provides for are criteria ------------------------------------------------

@pytest.mark.parametrize("text", [
    # press release
    "Today the Department designated two officials under Executive Order (E.O.) 15001. The E.O. also authorizes sanctions on anyone "
    "found to have targeted civilians through killings, rape or abduction in Ostland.",
    # news report
    "Marsk adopted the Varn Accountability Act in May. The Act allows the government to ban from entry anyone found to have "
    "tortured detainees or taken part in enforced disappearances.",
    # NGO report
    "Rights groups welcomed Regulation 2031 of the Council of Ostland. The regulation targets any person determined to be "
    "responsible for the arbitrary detention or torture of journalists.",
])
def test_deeds_an_instrument_provides_for_have_no_doer(rules, text):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert perpetrators(rows) == set()


@pytest.mark.parametrize("text", [
    "Section 4021(b) provides that, in cases where the Secretary of State has credible information that officials of foreign "
    "governments have been involved in significant corruption, those officials are ineligible for entry.",
    "Under Section 4021(b), a foreign official about whom the Secretary holds credible information of involvement in torture "
    "is ineligible for entry into the United States.",
])
def test_a_statutes_conditions_name_no_case(rules, text):
    rows = extract_rows(rules, "Colonel Ivo Dral commanded the Varn brigade for ten years. " + text + "\n", "2022-01-10")
    assert perpetrators(rows) == set()


def test_an_instrument_that_lists_people_tells_their_deeds(rules):
    """Listing is no criterion: the listed are told to have done what they are listed for."""
    rows = extract_rows(rules, "Marsk today imposed sanctions under the Varn Accountability Act. The regulations list 12 Ostlandic "
                              "officials connected to the detention and torture of Ivo Dral, a lawyer.\n", "2022-01-10")
    assert perpetrators(rows, "torture") == {"12 Ostlandic officials"}
