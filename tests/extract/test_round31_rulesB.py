"""Round 31 (rulesB): shapes of English that fresh35 and fresh36 showed the rules missing, each found in several
articles. Every person and body here is invented, each convention is tried in more than one wording (press release,
news report, NGO report), and each has a sentence where it must not fire."""

import pytest

from extract.claimhelp import find, name, text_rows


def deniers(rows):
    return {name(c["denier"]) for c in find(rows, "denial")}


# a client's denial told by counsel ------------------------------------------------------------------------------------

CHARGED = "Prosecutors charged Ivo Marek with the murder of the activist Lena Voss in March. "


@pytest.mark.parametrize("text", [
    # news report: the lawyer named by whom he acts for
    CHARGED + "A lawyer for Marek said his client was innocent and had never met the activist.",
    # news report: the client's lawyers, and "he"
    CHARGED + "Marek's lawyers said he was innocent and would appeal.",
    # NGO report: the lawyer named before, then by name alone
    CHARGED + "Marek's lawyer, Tomas Brel, told reporters the trial was unfair. Brel said his client had rejected the "
              "charges in court.",
    # press release: the accused himself maintains his innocence
    "The Treasury designated Colonel Ivo Marek for the killing of protesters in Vella in 2021. The colonel has always "
    "said that he is innocent.",
])
def test_a_clients_denial_told_by_counsel_is_the_clients(rules, text):
    assert "Ivo Marek" in deniers(text_rows(rules, text))


@pytest.mark.parametrize("text", [
    CHARGED + "The court found Marek innocent of the killing.",  # an acquittal, not a denial
    CHARGED + "Marek's lawyer said innocent civilians had been killed in the raid.",
    CHARGED + "Marek's lawyer said his client would appeal.",
])
def test_innocence_not_claimed_by_the_accused_side_denies_nothing(rules, text):
    assert "Ivo Marek" not in deniers(text_rows(rules, text))


# "X, who worked for Y": a post with the body a worker serves ----------------------------------------------------------


@pytest.mark.parametrize("text, body", [
    # news report: the body after a word of its kind
    ("Peter Ochieng, who worked for the media development organisation Medianet, was shot in front of colleagues, "
     "witnesses said.", "Medianet"),
    # NGO report: a body with its initials
    ("Ochieng, who worked for the U.S.-based charity Justice Mission International (JMI), was representing a client when "
     "he was abducted.", "Justice Mission International"),
    # press release: a past perfect in the clause
    ("The Department is designating officers who detained Peter Ochieng, who had worked for the Vella Legal Aid Centre "
     "for ten years.", "Vella Legal Aid Centre"),
    # news report: a broadcaster's name after its kind, whatever the NER makes of the name
    ("Gatluak Nhial, a journalist, was killed. Gatluak, who worked for the media development organisation Vellanews, "
     "was singled out because of his ethnicity.", "Vellanews"),
    ("Peter Ochieng, who worked for the broadcaster Radio Vella, was shot in the street.", "Radio Vella"),
])
def test_who_worked_for_a_body_holds_a_post_there(rules, text, body):
    rows = text_rows(rules, text)
    assert body in {name(c["org"]) for c in find(rows, "position")}


@pytest.mark.parametrize("text", [
    "Peter Ochieng worked with the Vella Legal Aid Centre for years.",  # a partner, not an employer
    "Peter Ochieng never worked for the Vella Legal Aid Centre, the ministry said.",  # denied
])
def test_working_with_or_never_for_a_body_is_no_post(rules, text):
    assert not find(text_rows(rules, text), "position", person="Peter Ochieng")


# "its head of procurement": a field after the title is its remit, the body is the one named before ----------------------


@pytest.mark.parametrize("text, body", [
    # press release: "its" after the body in the same sentence
    ("Treasury designated the Varn Liberation Front's leader, whose brother Peter Ochieng, its head of procurement, was "
     "sanctioned in May.", "Varn Liberation Front"),
    # news report: "Its" opening the next sentence
    ("The Varn Liberation Front seized the town of Dorav in March. Its head of procurement, Peter Ochieng, was sanctioned "
     "in May.", "Varn Liberation Front"),
    # NGO report: a named outlet's possessive
    ("The case rested on a message that Peter Ochieng, the Vella Times's head of political news, sent to a colleague "
     "abroad, Human Rights Watch said.", "Vella Times"),
])
def test_a_field_after_the_title_leaves_the_body_named_before(rules, text, body):
    rows = text_rows(rules, text)
    got = {name(c["org"]) for c in find(rows, "position", person="Peter Ochieng")}
    assert body in got and not got & {"procurement", "political news"}


def test_a_body_after_the_title_is_still_the_body(rules):
    rows = text_rows(rules, "The Varn Liberation Front seized Vella in May. Human Rights Watch said Peter Ochieng, the "
                            "Front's head of the Vella Party, had ordered the killings.")
    assert "Vella Party" in {name(c["org"]) for c in find(rows, "position", person="Peter Ochieng")}
