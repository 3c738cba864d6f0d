"""Where an abuse happened: the place the sentence names as the place of events, else the state a demonym names
there, else the country its paragraph is about, the region its paragraph (or, named at least twice, the whole
text) names most, else the country the whole text is about. A place that only says who speaks or accuses
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


def test_without_a_place_in_the_sentence_the_region_its_paragraph_named(rules):
    text = ("Guards at a camp in Tibet beat detainees who prayed in 2019, former inmates said.\n\n"
            "Guards at a camp in Xinjiang beat detainees who refused to sing, a former teacher said. Officers also tortured two of them.\n")
    rows = extract_rows(rules, text, DATE)
    assert locations(rows, "torture") == {"Xinjiang"}


def test_without_a_place_in_the_sentence_or_paragraph_the_region_the_text_names_most(rules):
    text = ("China has detained a million people in camps in Xinjiang, according to researchers.\n\n"
            "Satellite images of Xinjiang show new walls and watchtowers, China says the sites are schools.\n\n"
            "Former detainees told reporters that guards beat them and tortured those who refused to learn the anthem.\n")
    rows = extract_rows(rules, text, DATE)
    assert locations(rows, "torture") == {"Xinjiang"}


def test_two_regions_named_as_often_leave_the_country(rules):
    text = ("China has detained a million people in camps in Xinjiang and thousands of monks in Tibet, researchers say.\n\n"
            "Satellite images of Xinjiang and of Tibet show new walls and watchtowers, China says the sites are schools.\n\n"
            "Former detainees told reporters that guards beat them and tortured those who refused to learn the anthem.\n")
    rows = extract_rows(rules, text, DATE)
    assert locations(rows, "torture") and locations(rows, "torture") <= {None, "China"}  # (China is the doer here: no place)
