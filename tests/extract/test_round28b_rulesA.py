"""Round 28b (rulesA): shapes of abuse claims that recur across many articles, fixed for the general case: a
sanctioning state the sentence names only as onlooker (it sanctions, hosts a victim's university, is asked to act) is
not where the deed happened.

Short invented texts (people, bodies and places are made up; states are real where a state matters).
"""

import pytest

from extract.claimhelp import extract_rows, find, places, victims


# -- a sanctioning state that only looks on is no place of the deed ------------------------------------------------------

@pytest.mark.parametrize("text", [
    # press release of the sanctioning state
    "WASHINGTON - Today the Treasury designated Omar Feddal, a colonel in Egypt's security services. Feddal was "
    "placed under sanctions by the United States over the torture of detainees held by his unit in Egypt. Egypt "
    "has denied the charge.",
    # news report with a dateline elsewhere
    "CAIRO, May 3 - An Egyptian court has sentenced Leila Masri, a student at Britain's University of Norwood, to "
    "20 years in prison for her posts. Egypt detained Masri in January while she was visiting family.",
    # NGO report asking the state's partners to act
    "Egypt's security services arrested and tortured dozens of activists in 2022. Egypt's international partners, "
    "in particular the United States, should suspend transfers of arms that could be used in the torture of "
    "detainees by Egyptian security services.",
])
def test_an_onlooking_sanctioner_is_no_place_of_the_deed(rules, text):
    rows = extract_rows(rules, text + "\n", "2023-05-04")
    assert find(rows, "abuse")
    found = places(rows)
    assert "United States" not in found and "United Kingdom" not in found


@pytest.mark.parametrize("text", [
    "Police in the United States detained dozens of protesters in March, the group said.",
    "Protesters were detained by police across the United States last week, Amnesty International said.",
])
def test_a_text_about_the_sanctioner_itself_keeps_it_as_the_place(rules, text):
    """With no other state in the text, the state named is where it happened."""
    rows = extract_rows(rules, text + "\n", "2023-05-04")
    assert find(rows, "abuse")
    assert "United States" in places(rows)


def test_its_own_forces_doing_it_keeps_the_sanctioner_as_the_place(rules):
    """ "American soldiers tortured detainees in the United States": its own people did the deed there."""
    text = ("Iraq's government protested on Monday. Iraq said American soldiers tortured Iraqi detainees held in the "
            "United States in 2004.\n")
    rows = extract_rows(rules, text, "2023-05-04")
    assert find(rows, "abuse")
    assert "United States" in places(rows)


# -- the victims a deed befell, read whole ------------------------------------------------------------------------------


@pytest.mark.parametrize("text, victim", [
    # press release
    ("The Council today listed Colonel Arvo Teller. Since March, security forces under his command have used live "
     "ammunition against protesters, killing several hundred people.", "several hundred people"),
    # news report
    ("Valmoran soldiers rounded up several hundred men in the village of Ostra and executed them, witnesses said.",
     "several hundred men"),
    # NGO report
    ("Since 2017, the Valmoran authorities have arbitrarily detained up to a million people in a network of camps, "
     "our research found.", "up to a million people"),
])
def test_a_count_keeps_the_word_that_makes_it_a_count(rules, text, victim):
    rows = extract_rows(rules, text + "\n", "2023-05-04")
    found = victims(rows)
    assert victim in found
    assert not {v for v in found if v and v.split()[0] in ("hundred", "million")}


@pytest.mark.parametrize("text, victim", [
    ("Reasons for listing: Police officers under the command of Arvo Teller killed demonstrators in Kinshasa in "
     "January 2015.", "demonstrators"),
    ("KINSHASA, May 3 - Videos circulated on social media showed police officers beating protesters in Kinshasa and "
     "in other cities.", "protesters"),
    ("According to the centre, riot police detained nearly 7,000 people in Minsk and other cities between August 9 "
     "and 12.", "nearly 7,000 people"),
])
def test_the_place_the_victims_were_in_is_no_part_of_who_they_are(rules, text, victim):
    rows = extract_rows(rules, text + "\n", "2023-05-04")
    assert victim in victims(rows)
    assert not {v for v in victims(rows) if v and " in " in v}


@pytest.mark.parametrize("text, victim", [
    ("The Treasury said the Ostra militia had killed civilians, tortured detainees and forcibly disappeared "
     "residents of Vell.", "detainees"),
    ("Under Arvo Teller, police in the region have arbitrarily detained students and tortured people in their custody, "
     "the department said.", "people"),
    ("Police officers under the command of Arvo Teller killed and injured demonstrators near the stadium in January, "
     "our researchers found.", "demonstrators"),
])
def test_the_verb_of_a_deed_is_no_part_of_itsvictims(rules, text, victim):
    rows = extract_rows(rules, text + "\n", "2023-05-04")
    assert victim in victims(rows)
    assert not {v for v in victims(rows) if v and v.split()[0] in ("tortured", "injured")}


@pytest.mark.parametrize("text, victim", [
    # a people named in a place that is part of who they are stays whole when no deed's place follows
    ("Soldiers killed the most vulnerable people in the camp, the report said.", None),
    # an adjective of the victims that is no deed of the sentence stays
    ("Police detained wounded protesters at the hospital in March, doctors said.", "wounded protesters"),
])
def test_victims_with_more_to_them_stay_whole(rules, text, victim):
    rows = extract_rows(rules, text + "\n", "2023-05-04")
    found = victims(rows)
    if victim:
        assert victim in found
    assert "people" not in found


# -- the day a report came out is no day of the deeds it tells -----------------------------------------------------------

def _dates(rows, abuse_type=None):
    roles = {"abuse_type": abuse_type} if abuse_type else {}
    return {c.get("date") for c in find(rows, "abuse", **roles)}


@pytest.mark.parametrize("text", [
    # press release
    "According to a report published in May 2023 by the Office of the High Commissioner, Valmoran troops executed at "
    "least 500 people in Ostra.",
    # news report
    "Valmoran troops killed at least 40 villagers in Ostra, according to a UN report released on 3 May 2023.",
    # NGO report
    "According to a statement issued on 3 May 2023 by the Ostra Human Rights League, Valmoran police beat and killed "
    "two students.",
    "In a report submitted to the Security Council in May 2023, the Panel of Experts concluded that the two men had "
    "been executed by agents of the Valmoran National Security Service.",
    "The decision follows the Council conclusions of 17 May 2023, in which the Council condemned the killing of "
    "demonstrators by Valmoran security forces in Ostra.",
])
def test_a_reports_date_is_no_date_of_the_deeds(rules, text):
    rows = extract_rows(rules, text + "\n", "2023-06-01")
    assert find(rows, "abuse", abuse_type="extrajudicial_killing")
    assert not {d for d in _dates(rows, "extrajudicial_killing") if d and d.startswith("2023-05")}


@pytest.mark.parametrize("text, date", [
    # the deed's own date, in the clause of the deed, stays
    ("The Council conclusions of 17 October 2016 condemned the violence in Ostra, where Valmoran security forces killed "
     "demonstrators on 19 September 2016.", "2016-09-19"),
    ("The report, published in May 2023, says Valmoran troops executed 500 people in Ostra on 27 March 2022.",
     "2022-03-27"),
    ("Valmoran troops executed at least 500 people in Ostra in March 2022, according to a report published in May 2023.",
     "2022-03"),
    # a report that is itself of the deeds: the date is theirs
    ("Witnesses described the killings of May 2022 in Ostra by Valmoran troops.", "2022-05"),
])
def test_the_deeds_own_date_stays(rules, text, date):
    rows = extract_rows(rules, text + "\n", "2023-06-01")
    assert date in _dates(rows)


# -- a count of people no mention covers is who the deed befell ----------------------------------------------------------

@pytest.mark.parametrize("text, victim", [
    # press release
    ("WASHINGTON - The Treasury today designated the Ostra Brigade, whose fighters have tortured scores of people "
     "accused of supporting the rebels.", "scores of people"),
    # news report
    ("OSTRA, May 3 - Since the protests broke out on April 18, Valmoran government forces have killed hundreds of "
     "people, rights groups say.", "hundreds of people"),
    # NGO report
    ("Valmoran security forces detained dozens of villagers in Ostra in March, our researchers found.",
     "dozens of villagers"),
])
def test_a_count_of_people_is_thevictims(rules, text, victim):
    rows = extract_rows(rules, text + "\n", "2023-05-04")
    assert victim in victims(rows)


def test_a_count_of_things_is_no_victim(rules):
    """ "burned hundreds of homes": homes suffer no abuse of a person."""
    text = "Valmoran soldiers killed civilians and burned hundreds of homes in Ostra in March, witnesses said.\n"
    rows = extract_rows(rules, text, "2023-05-04")
    assert "hundreds of homes" not in victims(rows)
