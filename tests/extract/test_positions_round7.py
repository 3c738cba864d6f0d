"""Position rules of round 7: media trades as titles, a person as the possessor of a state title, names the NER
left out of a list, lower-case department titles, annex "Position(s):" lines and sub-national offices.
Every name, outlet and body here is invented."""

from extract.claimhelp import extract_rows, find, name, orgs

DATE = "2022-06-14"


def held(rows, person):
    """(role, org) of every position the person holds."""
    return {(c["role"], name(c["org"])) for c in find(rows, "position", person=person)}


# media trades ------------------------------------------------------------------------------------


def test_a_reporter_for_an_outlet_set_off_after_the_name_works_for_it(rules):
    rows = extract_rows(rules, "Sara Okafor, a reporter for the Daily Sentinel, was detained in Abuja.\n", DATE)
    assert held(rows, "Sara Okafor") == {("reporter", "Daily Sentinel")}


def test_an_outlet_before_the_trade_is_the_body_of_the_journalist(rules):
    rows = extract_rows(rules, "Daily Sentinel journalist Sara Okafor was detained in Abuja, Nigeria.\n", DATE)
    assert held(rows, "Sara Okafor") == {("journalist", "Daily Sentinel")}


def test_a_correspondent_for_an_outlet_in_a_city_is_the_outlets_not_the_citys(rules):
    rows = extract_rows(rules, "Lina Haddad, a correspondent for Al Jazeera in Beirut, was expelled from Lebanon.\n", DATE)
    assert orgs(rows, "Lina Haddad") == {"Al Jazeera"}


def test_two_journalists_of_one_outlet_named_after_it_both_work_for_it(rules):
    rows = extract_rows(rules, "Police arrested Reuters journalists Tomas Ruiz and Elena Marquez in Caracas.\n", DATE)
    assert orgs(rows, "Tomas Ruiz") == {"Reuters"}
    assert orgs(rows, "Elena Marquez") == {"Reuters"}


def test_a_nationality_before_a_media_trade_is_no_employer(rules):
    rows = extract_rows(rules, "The Kenyan journalist Amos Wekesa was beaten by police in Nairobi.\n", DATE)
    assert find(rows, "position", person="Amos Wekesa") == []


def test_a_journalist_without_an_outlet_holds_no_position(rules):
    rows = extract_rows(rules, "Amos Wekesa, a journalist, was beaten by police in Nairobi, Kenya.\n", DATE)
    assert find(rows, "position", person="Amos Wekesa") == []


# a person as the possessor of a title --------------------------------------------------------------


def test_a_state_title_owned_by_a_leader_with_no_title_of_his_own_is_of_the_state(rules):
    rows = extract_rows(rules, "Ortega's vice president, Rosario Murillo, also spoke in Nicaragua.\n", DATE)
    assert held(rows, "Rosario Murillo") == {("vice president", "Nicaragua")}


def test_a_minister_owned_by_a_ruler_is_of_the_ruled_state(rules):
    rows = extract_rows(rules, "Lukashenko's interior minister, Pavel Zhuk, ordered the crackdown in Belarus.\n", DATE)
    assert held(rows, "Pavel Zhuk") == {("interior minister", "Belarus")}


def test_a_title_owned_by_a_person_with_no_office_of_his_own_is_no_state_position(rules):
    rows = extract_rows(rules, "Ortega's adviser, Ana Ruiz, spoke in Nicaragua.\n", DATE)
    assert find(rows, "position", person="Ana Ruiz") == []
