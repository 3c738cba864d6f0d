"""Round 37 (rulesB): bodies named in another language before their acronym; the state of officials a release quotes.

1. A French, Spanish or Portuguese name writes its inner words in lower case ("the Congrès panafricain des jeunes et
   des patriotes (COJEP)"): the NER keeps only the capitalised first word, and a leader was given "Congrès" for his
   movement. The acronym after the name says where the name starts and ends, when its letters come from the name's
   words in order.
2. A release whose head line sets the issuer beside its kind ("Foreign, Commonwealth & Development Office - Press
   release") is a release as much as one headed "Press release": the officials it quotes are its own state's, not the
   state the sentence they speak names ("Prime Minister X said ... the assault on Ruritania").
"""

import pytest

from extract.claimhelp import find, name, orgs, text_rows

LOWER_CASE_NAMES = [
    # UN committee press release, a listing entry
    ("The Security Council Committee today added two individuals to its sanctions list.\n\n1. Jean-Marc Obiang, leader "
     "of the Congrès panafricain des jeunes et des patriotes (COPAJEP). Repeated public statements advocating violence.\n",
     "Jean-Marc Obiang", {"congrès panafricain des jeunes et des patriotes", "copajep"}),
    # wire news, a Spanish name
    ("BOGOTA, May 3 (Wire) - Prosecutors charged Luis Herrera Paredes, leader of the Frente popular por la defensa del "
     "territorio (FPDT), with inciting attacks on police stations, officials said on Friday.",
     "Luis Herrera Paredes", {"frente popular por la defensa del territorio", "fpdt"}),
    # NGO report
    ("Amnesty International said that Paul Kamba, president of the Union pour la libération totale de la Norvie "
     "(UPLTN), had been held without charge since March.",
     "Paul Kamba", {"union pour la libération totale de la norvie", "upltn"}),
]


@pytest.mark.parametrize("text, person, names", LOWER_CASE_NAMES)
def test_a_name_in_lower_case_words_before_its_acronym_is_one_body(rules, text, person, names):
    got = {o.casefold() for o in orgs(text_rows(rules, text), person)}
    assert got & names, got
    assert not any(o in ("congrès", "frente", "union") for o in got), got


NOT_SPELLED = [
    # the acronym is not made of the words before it: an English sentence with a foreign word inside
    ("Jean Dupont, a member of the Rassemblement des patriotes du Nord (UDR), was arrested on Monday.", "Jean Dupont"),
    # an English name the old rule already reads
    ("Maria Lopez, a leader of the Movement for Democratic Change (MDC), was detained in Harare.", "Maria Lopez"),
]


@pytest.mark.parametrize("text, person", NOT_SPELLED)
def test_only_an_acronym_spelled_by_the_words_stretches_the_name(rules, text, person):
    got = orgs(text_rows(rules, text), person)
    assert not any("du Nord" in o and "Rassemblement" in o for o in got), got  # (UDR is no acronym of that name)
    if "MDC" in text:
        assert any("Movement for Democratic Change" in o or o == "MDC" for o in got), got


MASTHEAD_RELEASES = [
    # UK press release, a masthead naming the department, the designations listed
    ("Ruritania: UK sanctions five commanders\n\nForeign, Commonwealth & Development Office - Press release\n\n"
     "10 March 2022\n\nThe UK government has imposed an asset freeze and travel ban on five Ruritanian commanders "
     "under the Ruritania (Sanctions) (EU Exit) Regulations 2019.\n\nThe individuals designated are:\n\n- Ivan Drach, "
     "commander of the Eastern Division\n- Pavel Moroz, head of the Kovan garrison\n\nPrime Minister Oliver Brandt said "
     "there could be no safe havens for those who had supported Kovalev's vicious assault on Norvia, and that today's "
     "sanctions were the latest step in the UK's support for the Norvian people.\n", "Oliver Brandt"),
    # Canadian news release, the department before the kind
    ("Canada sanctions Ruritanian officials\n\nGlobal Affairs Canada - News release\n\n4 May 2021\n\nCanada has "
     "imposed sanctions on two Ruritanian officials under the Special Economic Measures Act.\n\nThe persons listed "
     "are:\n\n- Ivan Drach, commander of the Eastern Division\n- Pavel Moroz, head of the Kovan garrison\n\nForeign "
     "Minister Anna Keller said that the blood of the Norvian people was on the hands of the commanders, who had been "
     "complicit in Kovalev's aggression.\n", "Anna Keller"),
]


@pytest.mark.parametrize("text, person", MASTHEAD_RELEASES)
def test_an_official_quoted_by_a_release_with_a_masthead_is_not_of_the_state_they_speak_of(rules, text, person):
    got = orgs(text_rows(rules, text), person)
    assert "Norvia" not in got, got


def test_an_official_quoted_by_a_release_with_a_masthead_serves_the_issuing_state(rules):
    got = orgs(text_rows(rules, MASTHEAD_RELEASES[0][0]), "Oliver Brandt")
    assert got & {"United Kingdom", "UK"}, got


def test_a_news_story_is_no_release_and_keeps_its_reading(rules):
    # wire news: no head line says what kind of text it is; the minister speaks for the state the story names
    text = ("NAIROBI, June 3 (Wire) - Norvia's government said on Monday it would appeal the ruling, and Foreign "
            "Minister Peter Ochola said Norvia would not accept foreign interference.")
    got = orgs(text_rows(rules, text), "Peter Ochola")
    assert "Norvia" in got, got


@pytest.mark.parametrize("line, is_kind", [
    ("Press release", True),
    ("Foreign, Commonwealth & Development Office - Press release", True),  # UK masthead
    ("Council of the European Union \u2013 Press statement", True),  # EU, an en dash
    ("News release - Global Affairs Canada", True),  # the kind first
    ("Ruritania: UK sanctions five commanders", False),  # a headline
    ("Human Rights Watch - Report summary", False),  # a report, not a release (its own rule reads it)
    ("Sanctions - a statement of intent by the opposition", False),  # a headline with a dash
])
def test_which_head_lines_say_the_text_is_a_release(line, is_kind):
    from kg.extract.rules.positions import _release_kind_line

    assert _release_kind_line(line) is is_kind


# 3. "Chairman of the Board of Directors of Bank X": the board is a word of the title, the bank the body.
BOARD_OFFICERS = [
    # UK listing entry
    ("The individuals designated today are:\n\n- Pavel Sorokin, Chairman of the Board of Directors of Kovan Bank\n",
     "Pavel Sorokin", "Kovan Bank"),
    # wire news
    ("MOSCOW, May 3 (Wire) - Anna Volkova, the chairwoman of the Board of Directors of Norvia Gas, was questioned by "
     "investigators on Friday.", "Anna Volkova", "Norvia Gas"),
    # NGO report
    ("Transparency Watch said Ivan Drach, a member of the Board of Governors of the Kovan Development Fund, had approved "
     "the payments.", "Ivan Drach", "Kovan Development Fund"),
]


@pytest.mark.parametrize("text, person, body", BOARD_OFFICERS)
def test_an_officer_of_a_company_board_serves_the_company(rules, text, person, body):
    got = orgs(text_rows(rules, text), person)
    assert body in got, got
    assert not any(o.startswith("Board") or o.endswith("Directors") or o.endswith("Governors") for o in got), got


def test_a_board_of_no_named_company_is_not_stretched(rules):
    # the board is the body itself when nothing follows it
    text = "Ivan Petrov, the chairman of the National Broadcasting Board, was dismissed on Monday."
    got = orgs(text_rows(rules, text), "Ivan Petrov")
    assert got <= {"National Broadcasting Board"}, got


# 4. "The LAAF did not respond to Amnesty International's request for comment. Its spokesman, X, ...": a sentence that
#    opens with "Its" goes on telling of the body the sentence before was about, not of the body it named in passing.
ITS_AFTER_SUBJECT = [
    # NGO report
    ("The Kovan Liberation Army did not respond to Human Rights Watch's request for comment. Its spokesman, Ivan "
     "Drach, has in the past rejected accusations of abuses as lies.", "Ivan Drach", "Kovan Liberation Army"),
    # wire news
    ("NAIROBI, June 3 (Wire) - Soldiers fired on protesters in the capital, witnesses said. The Norvia Defence Forces "
     "denied the report, which was published by Amnesty International on Monday. Its spokeswoman, Anna Berg, said the soldiers had acted lawfully.", "Anna Berg",
     "Norvia Defence Forces"),
    # press release
    ("The Kovan Mining Corporation has been designated by the Department of the Treasury. Its chairman, Pavel "
     "Moroz, was designated in 2019.", "Pavel Moroz", "Kovan Mining Corporation"),
]


@pytest.mark.parametrize("text, person, body", ITS_AFTER_SUBJECT)
def test_its_opening_a_sentence_is_the_body_the_sentence_before_was_about(rules, text, person, body):
    got = orgs(text_rows(rules, text), person)
    assert body in got, got
    assert not got & {"Human Rights Watch", "Amnesty International", "Department of the Treasury"}, got


def test_its_after_a_paragraph_break_still_takes_the_last_body(rules):
    # a new paragraph: no carried subject; the body named last is "its" as before
    text = ("The Norvia Defence Forces denied the report.\n\nAmnesty International published the findings on Monday. "
            "Its researcher, Anna Berg, said the soldiers had fired on civilians.")
    got = orgs(text_rows(rules, text), "Anna Berg")
    assert "Norvia Defence Forces" not in got, got
