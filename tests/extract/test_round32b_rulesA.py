"""Round 32b (rulesA): abuse claims - doers the text does not name.

A party named by its acronym and then spelled out in brackets ("the UNRD-FDL (Union nationale pour le renouveau
démocratique - Forces pour la défense de la liberté)") is the acronym's; a piece of the spelling-out the NER took for a name of its
own ("Union", "Forces") is no one who acted, and no fallback doer for a sentence that names none.
A bracket that is a name of its own, and "forces" in running text or a named force ("the Rapid Reaction Forces"),
are left as they are.
"""

import pytest

from extract.claimhelp import perpetrators, text_rows

# -- a piece of a foreign party name -----------------------------------------------------------------------------------

PARTY_NAME = [
    ("The Council today imposed restrictive measures on four persons whose activities undermine democracy in Norvia.\n\n"
     "The crisis began in late April, when the ruling party, the UNRD-FDL (Union nationale pour le renouveau "
     "démocratique - Forces pour la défense de la liberté), named President Ivo Marenko as its candidate for a third "
     "term. Since then demonstrations in Jubara have been violently put down, journalists and human rights defenders "
     "have been threatened and forced to flee, and more than 150,000 Norvians have sought refuge abroad."),
    ("JUBARA, May 2 - Norvia's ruling party, the UNRD-FDL (Union nationale pour le renouveau démocratique - Forces pour "
     "la défense de la liberté), named President Ivo Marenko as its candidate for a third term in April. Since then "
     "protests in Jubara have been violently put down, and journalists have been threatened and forced to flee, "
     "witnesses said."),
    ("Norvia: Amnesty International said that since the ruling party, the UNRD-FDL (Union nationale pour le renouveau "
     "démocratique - Forces pour la défense de la liberté), named President Ivo Marenko as its candidate in April, "
     "journalists and human rights defenders have been threatened and forced to flee the country."),
]


@pytest.mark.parametrize("text", PARTY_NAME)
def test_a_piece_of_a_party_name_is_no_doer(rules, text):
    rows = text_rows(rules, text)
    spelled = "Union nationale pour le renouveau démocratique - Forces pour la défense de la liberté"
    assert not {p for p in perpetrators(rows) if p in spelled}, rows


# -- must NOT fire: "forces" in running text, a named force, a bracketed name of its own ---------------------------------------------------------------

def test_forces_in_running_text_still_act(rules):
    rows = text_rows(rules, "Witnesses said forces opened fire on protesters in Jubara on Friday, killing 12 people.")
    assert "forces" in perpetrators(rows, "extrajudicial_killing"), rows


def test_a_named_force_still_acts(rules):
    rows = text_rows(rules, "The Rapid Reaction Forces killed at least 40 civilians in Kessa in March, Amnesty International said.")
    assert "Rapid Reaction Forces" in perpetrators(rows, "extrajudicial_killing"), rows


def test_a_bracketed_name_of_its_own_still_acts(rules):
    """(the whole bracket is one name, spelled out after its acronym: the body itself)"""
    rows = text_rows(rules, "Witnesses said the FDN (Frente Democrático Nacional) killed 12 villagers in Kessa in March.")
    assert perpetrators(rows, "extrajudicial_killing"), rows
