"""Round 29b (rulesA): a place that only says where a news outlet or a person of a trade comes from ("the independent
Moscow newspaper reported ...", "Ugandan news outlets", "a Colombian businessman", "one of Central America's best-known
reporters", "a journalist from the republic of X") is not where the deed it tells of was done.

Short invented texts (people, outlets and bodies are made up; places are real so the gazetteer knows them).
"""

import pytest

from extract.claimhelp import extract_rows, places


@pytest.mark.parametrize("text, wrong", [
    # news report: the outlet's city, with the deed's region named only earlier
    ("Ruslan Dakayev has ruled Chechnya since 2007. In April the independent Moscow newspaper Vesti Dnya reported that "
     "local security forces had detained and tortured dozens of men.", "Moscow"),
    # press release: the outlets' country is not the country whose police acted
    ("Ugandan news outlets reported that Kenyan police beat and detained dozens of protesters in March.", "Uganda"),
    # NGO report: a trade's home region before the place of the arrest
    ("Police arrested Mario Lemus, one of Central America's best-known investigative reporters, in Guatemala City on "
     "Friday and held him without charge.", "Central America"),
    ("A Colombian businessman, Rafael Ortiz, was detained without charge by Venezuelan intelligence agents in March.",
     "Colombia"),
    ("A court in Uzbekistan sentenced Dilnoza Rakhimova, a journalist from the autonomous republic of Karakalpakstan, to "
     "12 years in prison after she was tortured in detention.", "Karakalpakstan"),
])
def test_where_an_outlet_or_a_trade_comes_from_is_not_where(rules, text, wrong):
    rows = extract_rows(rules, text + "\n", "2023-03-05")
    got = places(rows)
    assert got and wrong not in got


@pytest.mark.parametrize("text, place", [
    # the deed's own place, named with a trade in the sentence
    ("Riot police detained a journalist in Moscow on Friday.", "Moscow"),
    # protesters are no trade: where they come from is where they were held
    ("Police detained dozens of protesters from Karakalpakstan in July.", "Karakalpakstan"),
    # a demonym on the doers, not on a trade
    ("Kenyan police beat and detained dozens of protesters in March, a local newspaper reported.", "Kenya"),
])
def test_the_deeds_own_place_stays(rules, text, place):
    rows = extract_rows(rules, text + "\n", "2023-03-05")
    assert place in places(rows)
