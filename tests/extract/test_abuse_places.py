"""Where an abuse happened: the place the sentence names as the place of events, else the state a demonym names
there, else the country its paragraph or the whole text is about. A place that only says who speaks or accuses
("Washington accused ...") or describes a body ("the London-based group") is not where anything happened."""

from tests.extract.claimhelp import extract_rows, find, name

DATE = "2024-05-10"


def locations(rows, abuse_type):
    return {name(r.get("location")) for r in find(rows, "abuse", abuse_type=abuse_type)}


def test_a_city_that_describes_the_reporter_is_not_the_place(rules):
    rows = extract_rows(rules, "The London-based group said Cameroonian soldiers tortured detainees last year.\n", DATE)
    assert locations(rows, "torture") == {"Cameroon"}


def test_a_state_that_accuses_is_not_the_place(rules):
    rows = extract_rows(rules, "Washington accused Cameroonian soldiers of torturing detainees.\n", DATE)
    assert "United States" not in locations(rows, "torture")


def test_a_two_word_demonym_names_its_own_state(rules):
    rows = extract_rows(rules, "South Sudanese soldiers tortured detainees, the report said.\n", DATE)
    assert locations(rows, "torture") == {"South Sudan"}


def test_without_a_place_in_the_sentence_the_country_of_the_text(rules):
    text = ("Belarus has held thousands of people since the vote, and Belarus courts have jailed hundreds.\n\n"
            "Riot police tortured detainees, according to former prisoners.\n")
    rows = extract_rows(rules, text, DATE)
    assert locations(rows, "torture") == {"Belarus"}
