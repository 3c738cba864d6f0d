"""Round 30b (rulesA): the doer a story named for one deed is carried to a later deed whose sentence names none only
into the same or the next paragraph. Further on the account has usually moved on (another case, another place), and a
wrong perpetrator misleads an investigator more than a missing one. Two doers still carry: the state itself, and a
force when the later sentence speaks of such a force again ("he was surrounded by soldiers").

Short invented texts (people, bodies and places are made up; states are real where the state is the doer).
"""

import pytest

from extract.claimhelp import extract_rows, perpetrators

FAR = [
    # news report
    ("Police chief Dario Venk tortured three farmers in the Lerno jail last week, witnesses told reporters on Monday.\n\n"
     "No one has been arrested for the torture, and the farmers' union has called for an inquiry.\n\n"
     "A spokesman for the governor declined to comment on Tuesday.\n\n"
     "On Friday the journalist Mira Holt was detained at her home in the capital and is being held without charge.",
     "Dario Venk"),
    # press release
    ("The Commissioner condemns the torture of detainees by camp governor Ivo Raske at the Kessel camp.\n\n"
     "The Commissioner recalls that no one may be subjected to torture under any circumstances.\n\n"
     "The Commissioner will present her findings to the Council next month.\n\n"
     "The Commissioner is further concerned that a journalist was detained last week and has been held without "
     "charge since.", "Ivo Raske"),
    # NGO report
    ("Our researchers found that Colonel Anton Brisk tortured at least 14 detainees at the Orsk base in 2022.\n\n"
     "The base lies 40 km from the border; no one has been arrested for the torture.\n\n"
     "Families of the detainees gave us copies of letters and medical records.\n\n"
     "In March, a lawyer who represented several families was detained at her office and has been held without charge.",
     "Anton Brisk"),
]

@pytest.mark.parametrize("text, doer", FAR)
def test_a_doer_named_paragraphs_before_is_not_carried_to_a_later_deed(rules, text, doer):
    rows = extract_rows(rules, text + "\n", "2023-05-04")
    assert doer in perpetrators(rows, "torture")
    assert doer not in perpetrators(rows, "arbitrary_detention")

@pytest.mark.parametrize("text, doer", FAR)
def test_the_next_paragraph_still_carries_the_doer(rules, text, doer):
    # the paragraph in between dropped: the deed follows the doer's account directly
    paras = text.split("\n\n")
    rows = extract_rows(rules, "\n\n".join(paras[:2] + paras[3:]) + "\n", "2023-05-04")
    assert doer in perpetrators(rows, "arbitrary_detention")

def test_the_state_is_carried_further(rules):
    text = ("Belarus has tortured hundreds of detainees since the 2020 election, the rapporteur said.\n\n"
            "No one has been arrested for the torture.\n\n"
            "The rapporteur will present her findings to the Council next month.\n\n"
            "She is further concerned that a journalist was detained last week and has been held without charge since.")
    rows = extract_rows(rules, text + "\n", "2023-05-04")
    assert "Belarus" in perpetrators(rows, "arbitrary_detention")


@pytest.mark.parametrize("how, carried", [
    (" by men in army uniform", True),
    (" by masked men who said they were soldiers", True),
    (" by men in plain clothes", False),  # nothing in the sentence points back at the force
])
def test_a_force_is_carried_further_when_the_sentence_speaks_of_a_force_again(rules, how, carried):
    text = ("Our researchers found that the army tortured at least 14 detainees at the Orsk base in 2022.\n\n"
            "The base lies 40 km from the border; no one has been arrested for the torture.\n\n"
            "Families of the detainees gave us copies of letters and medical records.\n\n"
            "In March, a lawyer who represented several families was detained at her office" + how + ".")
    rows = extract_rows(rules, text + "\n", "2023-05-04")
    assert ("army" in perpetrators(rows, "arbitrary_detention")) == carried
