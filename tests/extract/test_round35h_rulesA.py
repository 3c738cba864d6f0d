"""Round 35h (rulesA): in a sanctions text, a deed that a verb of charging puts on people named by no designated name
("a prosecutor charged the two men who had used false names with conspiracy to murder") is their charge: the list of
designations around it gives it no doer. A charge on one designated ("charged him with murder", "charged Brenn with
torture") still makes him its alleged doer.
"""

import pytest

from extract.claimhelp import find, perpetrators, text_rows

LIST = ("The persons listed for the Varn attack are:\n\n"
        "- Ivo Brenn, an officer of the Ostland Security Service, who travelled under the name \"Petr Holm\";\n"
        "- Mark Tolle, head of the Ostland Security Service, in whose chain of command the operation was carried out.\n\n")

CHARGED_OTHERS = [
    # press release
    ("Ostland: the Council lists two persons\n\nCouncil of the Union - Press release\n\n" + LIST +
     "In March, the Varn prosecutor's office charged the two men who had used the names Holm and Dorn with conspiracy "
     "to murder and attempted murder, after a long investigation by the police."),
    # wire news
    ("Union sanctions Ostland officers\n\nVARNBURG, May 2 (Wire) - The Union on Thursday designated Ivo Brenn and Mark "
     "Tolle, two officers of the Ostland Security Service. Last year the Varn prosecutor charged three suspects with the "
     "murder of the journalist Lia Dorn."),
    # NGO report
    ("Ostland: sanctions are a first step\n\nThe Union today listed Ivo Brenn and Mark Tolle over the attack on the "
     "Varn newspaper. A court in Varn has since charged four gunmen with the killing of two editors."),
]


@pytest.mark.parametrize("text", CHARGED_OTHERS)
def test_a_charge_on_others_gives_the_listed_no_deed(rules, text):
    rows = text_rows(rules, text)
    killings = find(rows, "abuse", abuse_type="extrajudicial_killing")
    assert not any(p in ("Ivo Brenn", "Mark Tolle") for p in perpetrators(rows, "extrajudicial_killing")), killings


def test_a_charge_on_the_designated_keeps_him_as_doer(rules):
    text = ("Union sanctions Ostland officer\n\nVARNBURG, May 2 (Wire) - The Union on Thursday designated Ivo Brenn, an "
            "officer of the Ostland Security Service. Last year the Varn prosecutor charged Brenn with the murder of "
            "the journalist Lia Dorn.")
    rows = text_rows(rules, text)
    assert "Ivo Brenn" in perpetrators(rows, "extrajudicial_killing"), find(rows, "abuse")
