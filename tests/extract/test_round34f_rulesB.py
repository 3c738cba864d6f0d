"""Round 34 (rulesB), sixth batch: a jury that convicts is the court that tried the accused.

"Tomas Reller was convicted by a Manhattan federal jury of drug trafficking": the jury's verdict is an investigation
that found the charges proven, as a court's is. A trial "without a jury" names no jury that decided anything.
"""

import pytest

from extract.claimhelp import find, name, text_rows

JURIES = [
    # news, passive
    "Ex-Norvian congressman jailed in U.S.\n\nNEW YORK (Wire) - Tomas Reller, a former Norvian congressman, was convicted "
    "by a Manhattan federal jury in 2019 of ordering the torture of detainees at a Norvian army base.",
    # news, active
    "Norvian colonel convicted over massacre\n\nMIAMI (Wire) - A federal jury in Miami on Tuesday convicted Tomas Reller, "
    "a retired Norvian army colonel, of torturing prisoners at a military base in 1982.",
    # press release
    "Statement on the Conviction of Tomas Reller\n\nThe Department of Justice said a federal jury convicted Tomas Reller, a "
    "former Norvian police commander, of the murder of two journalists in 2011.",
]


@pytest.mark.parametrize("text", JURIES)
def test_a_convicting_jury_is_the_investigator(rules, text):
    investigators = {name(c["investigator"]) for c in find(text_rows(rules, text), "investigation")}
    assert any("jury" in i for i in investigators), investigators


def test_a_trial_without_a_jury_names_no_jury(rules):
    text = ("Norvian court convicts activists\n\nMARKA (Wire) - The High Court, sitting without a jury, convicted Tomas "
            "Reller of the murder of a police officer and acquitted two other defendants.")
    investigators = {name(c["investigator"]) for c in find(text_rows(rules, text), "investigation")}
    assert not any("jury" in i for i in investigators), investigators
