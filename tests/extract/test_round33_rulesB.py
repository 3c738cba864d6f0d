"""Round 33 (rulesB): family ties told in the common shapes the rules missed on new text.

"X, who is the son-in-law of President Y" tells the tie in a relative clause on the name; "X, a leading figure of the
G and a grandson of Y" in a second apposition joined by "and" (and a grandson, nephew or cousin is a relative); "three
brothers of the K family, A, B and C" makes each named man the others' brother; "the journalist's wife, Z" is the wife
of the one person the text called a journalist; and a "His"/"Her" that opens a sentence right after one naming one
person alone, or a paragraph of a story about one person, is that person's, not the official named in passing before.
"""

import pytest

from extract.claimhelp import family_triples, text_rows

# -- "X, who is the son-in-law of Y": the name the relative clause is about is the relative ---------------------------

RELCL = [
    "Today, OFAC sanctioned Tomas Varga, a member of the Norvian parliament, for his role in corruption. Varga, who is "
    "the son-in-law of Norvian President Ivan Polder, was designated pursuant to E.O. 13818.",
    "Tomas Varga, who is the son-in-law of President Ivan Polder, was detained at the airport on Friday, "
    "police said.",
    "The report documents the role of Tomas Varga, who is the son-in-law of former president Ivan Polder, in the "
    "seizure of the land.",
]


@pytest.mark.parametrize("text", RELCL)
def test_a_relative_clause_tells_the_tie_of_the_name_it_is_on(rules, text):
    triples = family_triples(text_rows(rules, text))
    assert any(p == "Ivan Polder" and r.endswith("Varga") and rel == "relative" for p, r, rel in triples), triples


def test_a_relative_clause_with_no_name_after_of_tells_no_tie(rules):
    text = "Ivan Polder met Tomas Varga, who is the son of a farmer, in the capital on Monday."
    assert not family_triples(text_rows(rules, text))


# -- "X, a leading figure of G and a grandson of Y": the second apposition is X's too -----------------------------

COORDINATED = [
    "1. Meron Ashkel, a leading figure of the Ridge Youth and a grandson of the late rabbi Dov Kahlan, who, according to "
    "the Council, has promoted violence;",
    "Police arrested Rafi Doron, a founding member of the party and a nephew of General Avi Teller, on Tuesday.",
    "Witnesses identified Rafi Doron, a serving officer of the brigade and a cousin of Governor Avi Teller, as "
    "the commander of the raid.",
]


@pytest.mark.parametrize("text", COORDINATED)
def test_a_kinship_apposition_joined_by_and_is_the_named_mans(rules, text):
    triples = family_triples(text_rows(rules, text))
    assert any(r in ("Meron Ashkel", "Rafi Doron") and p in ("Dov Kahlan", "Avi Teller") and rel == "relative"
               for p, r, rel in triples), triples


def test_a_grandson_is_a_relative(rules):
    text = "Meron Ashkel, a grandson of the late rabbi Dov Kahlan, was listed on Friday."
    assert ("Dov Kahlan", "Meron Ashkel", "relative") in family_triples(text_rows(rules, text))


# -- "three brothers of the K family, A, B and C": each pair of them is siblings ----------------------------------

SIBLINGS = [
    "WASHINGTON - OFAC today designated three brothers of the Mehra family, Ajay Mehra, Atul Mehra and Rakesh Mehra, "
    "together with their associate Salim Osei.",
    "JOHANNESBURG, May 2 - Prosecutors charged three brothers, Ajay Mehra, Atul Mehra and Rakesh Mehra, with fraud on "
    "Friday.",
    "The report names two sisters, Lina Haddara and Rima Haddara, as the owners of the companies.",
]


@pytest.mark.parametrize("text", SIBLINGS)
def test_brothers_set_off_before_their_names_are_each_others_siblings(rules, text):
    triples = family_triples(text_rows(rules, text))
    sib = {(p, r) for p, r, rel in triples if rel == "sibling"}
    if "Lina" in text:
        assert ("Lina Haddara", "Rima Haddara") in sib, triples
    else:
        assert {("Ajay Mehra", "Atul Mehra"), ("Ajay Mehra", "Rakesh Mehra"), ("Atul Mehra", "Rakesh Mehra")} <= sib, triples


def test_a_count_the_list_does_not_match_names_no_siblings(rules):
    text = "Prosecutors charged three brothers, Ajay Mehra and Rakesh Mehra, with fraud on Friday."
    assert not {t for t in family_triples(text_rows(rules, text)) if t[2] == "sibling"}


def test_his_brothers_are_not_made_each_others(rules):
    text = "Ivan Polder was arrested on Monday. His brothers, Arun Polder and Rakesh Polder, were also detained."
    triples = family_triples(text_rows(rules, text))
    assert ("Arun Polder", "Rakesh Polder", "sibling") not in triples, triples


# -- "The journalist's wife, Z": the wife of the one person the text called a journalist --------------------------

TITLED_OWNER = [
    "NAIROBI, Oct 24 - Pakistani journalist Arshad Malik was shot dead by police on Sunday. Police said the car had "
    "failed to stop. The journalist's wife, Javeria Noor, announced his death on Twitter.",
    "Lina Haddara, a lawyer, was arrested in May. The lawyer's husband, Omar Sabri, said she was innocent.",
    "The NGO documented the case of the activist Tomas Varga, who was detained in March. The activist's wife, Mira "
    "Varga, was not allowed to visit him.",
]


@pytest.mark.parametrize("text", TITLED_OWNER)
def test_the_title_nouns_relative_is_the_person_so_called(rules, text):
    triples = family_triples(text_rows(rules, text))
    assert {(p, rel) for p, r, rel in triples} & {("Arshad Malik", "spouse"), ("Lina Haddara", "spouse"),
                                                  ("Tomas Varga", "spouse")}, triples


def test_a_title_noun_no_one_was_called_names_no_owner(rules):
    text = "Police arrested the driver on Monday. The driver's wife, Rima Sabri, said he was innocent."
    assert not family_triples(text_rows(rules, text))


# -- a "His" opening a sentence or a paragraph is the person the story has just turned to ----------------------------

def test_his_after_a_sentence_naming_one_man_is_that_mans(rules):
    text = ("Mohamed Tarek, a writer, died in custody in February. Tarek had been held for ten months. The court later "
            "freed Omar Kabir on bail. His brother, Samir Haddad, said the family would seek treatment for his ear.")
    triples = family_triples(text_rows(rules, text))
    assert ("Omar Kabir", "Samir Haddad", "sibling") in triples, triples
    assert not any(p == "Mohamed Tarek" for p, _, _ in triples), triples


def test_a_paragraph_opening_his_is_the_story_subjects(rules):
    text = ("A court in Kigali on Monday sentenced Paul Rendani, the former hotel manager whose story inspired a film, to 25 "
            "years in prison, concluding a trial that his family say was meant to silence one of the president's critics.\n\n"
            "Rendani, who had lived in exile in Belgium, vanished during a trip to Dubai and reappeared days later in Kigali. "
            "Rendani has said he boarded a private jet believing it would take him to Burundi. His family says he was "
            "kidnapped. Justice Minister Johnson Bizimana later acknowledged that the government had paid for the flight.\n\n"
            "His daughter, Carine Mutesi, told reporters after the verdict that the trial was a show.")
    triples = family_triples(text_rows(rules, text))
    assert ("Paul Rendani", "Carine Mutesi", "child") in triples, triples
    assert not any(p == "Johnson Bizimana" for p, _, _ in triples), triples


def test_a_paragraph_opening_his_after_a_man_the_story_follows_is_his(rules):
    text = ("Paul Rendani was sentenced on Monday. Rendani denied the charges.\n\n"
            "Omar Kabir, the opposition leader, said the trial was a farce.\n\n"
            "His daughter, Carine Mutesi, said he would appeal.")
    triples = family_triples(text_rows(rules, text))
    assert not any(p == "Paul Rendani" for p, _, _ in triples), triples
