"""Round 13, positions and sanctions: one reading of demonyms for the state they name, and the conventions that decide
which body or state a title belongs to. Every person here is invented, each convention is tried in more than one
wording, and each has a sentence where it must not fire."""

import pytest

from extract.claimhelp import extract_rows, orgs

DATE = "2025-03-04"


# a demonym of two words names its own state, not the state of its last word ------------------------------------------


@pytest.mark.parametrize("text,person,state,wrong", [
    ("South Sudanese Defence Minister Garang Malual ordered the raids.\n", "Garang Malual", "South Sudan", "Sudan"),
    ("The raids were ordered by the South Sudanese interior minister, Deng Akol.\n", "Deng Akol", "South Sudan", "Sudan"),
    ("North Korean Foreign Minister Ri Chol Su met the envoy.\n", "Ri Chol Su", "North Korea", None),
    ("Equatorial Guinean Vice President Teodoro Mba spoke on Monday.\n", "Teodoro Mba", "Equatorial Guinea", "Guinea"),
    ("Bissau-Guinean Prime Minister Malam Sane resigned on Monday.\n", "Malam Sane", "Guinea-Bissau", "Guinea"),
])
def test_a_two_word_demonym_before_a_title_names_its_own_state(rules, text, person, state, wrong):
    held_by = orgs(extract_rows(rules, text, DATE), person)
    assert state in held_by
    assert wrong not in held_by


@pytest.mark.parametrize("text,person,state,wrong", [
    ("South Sudanese officers opened fire on the march. South Sudanese soldiers then beat the survivors.\n\n"
     "The raids were later defended by Interior Minister Akol Deng.\n", "Akol Deng", "South Sudan", "Sudan"),
    ("Several Equatorial Guinean activists were jailed, and Equatorial Guinean police raided their homes.\n\n"
     "Justice Minister Obiang Nsue denied the arrests.\n", "Obiang Nsue", "Equatorial Guinea", "Guinea"),
])
def test_the_state_a_text_is_about_is_read_from_its_two_word_demonyms(rules, text, person, state, wrong):
    """A state title with no body is of the state the text is about; the text says so only with demonyms here."""
    held_by = orgs(extract_rows(rules, text, DATE), person)
    assert state in held_by
    assert wrong not in held_by


@pytest.mark.parametrize("text,person,state,wrong", [
    ("Interior Minister Akol Deng defended the South Sudanese soldiers who fired on the march.\n",
     "Akol Deng", "South Sudan", "Sudan"),
    ("Information Minister Lamin Kanu said Sierra Leonean protesters had attacked the station.\n", "Lamin Kanu", "Sierra Leone", None),
])
def test_a_two_word_demonym_in_the_sentence_names_the_state_of_its_title(rules, text, person, state, wrong):
    held_by = orgs(extract_rows(rules, text, DATE), person)
    assert state in held_by
    assert wrong not in held_by


@pytest.mark.parametrize("text,person,state,other", [
    ("Uganda's inquiry was slow. Uganda's courts are independent.\n\n"
     "A panel appointed by President Samuel Koros and chaired by former Kenyan President Thabo Nkuna found the "
     "deaths unlawful.\n", "Samuel Koros", "Uganda", "Kenya"),
    ("Kenya's inquiry was slow. Kenya's courts are independent.\n\n"
     "A panel appointed by President Samuel Koros and chaired by former South African President Thabo Nkuna found the "
     "deaths unlawful.\n", "Samuel Koros", "Kenya", "South Africa"),
    ("Chad's border is closed. Chad's army patrols it.\n\n"
     "Defence Minister Idriss Abakar met the Sudanese foreign minister, Omer Hamid, in the capital.\n",
     "Idriss Abakar", "Chad", "Sudan"),
])
def test_a_demonym_in_another_persons_title_is_that_persons_state(rules, text, person, state, other):
    rows = extract_rows(rules, text, DATE)
    assert state in orgs(rows, person)
    assert other not in orgs(rows, person)


def test_a_one_word_demonym_still_names_its_state(rules):
    """The longer form is only read when it is written: a bare "Sudanese" is Sudan's."""
    rows = extract_rows(rules, "Sudanese Interior Minister Khalid Omer denied the report.\n", DATE)
    assert orgs(rows, "Khalid Omer") == {"Sudan"}
