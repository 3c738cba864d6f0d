"""Round 35e (rulesA): an abuse word that only names the kind of a charge ("murder charges", "on assault and
kidnapping charges", "the torture counts") tells no deed: a charge says what the law may try someone for. The
parser may hang "charges" on the last abuse word ("assault and kidnapping charges"), so the words are read in order.
An allegation found credible is not a charge: "the torture allegations of the detainees were credible" still tells
torture.
"""

import pytest

from extract.claimhelp import find, perpetrators, text_rows

CHARGE_KINDS = [
    # NGO report
    ("Varn massacre, twenty years on: rights group documents a massacre that no court will now try\n\nSummary of "
     "findings\n\nThe Varn Foundation, a rights group that has assisted the families of the victims since 2004, "
     "published on Saturday a summary of its documentation of the Varn incident, issued one day after the statute of "
     "limitations for murder charges over the deaths expired without a single accused person appearing before a "
     "judge.", "Varn Foundation"),
    # wire news
    ("Ostland dissident jailed\n\nOSTGRAD, Jan 12 (Wire) - In February, after a trial that observers could not attend, "
     "a municipal court sentenced the dissident Ivo Brenn to four years on assault and kidnapping charges that he says "
     "were fabricated.", None),
    # press release
    ("Statement on the trial of Mira Holt\n\nThe Embassy notes that the prosecution yesterday withdrew the torture "
     "counts against the three police officers of the Varn station.", "Embassy"),
]


@pytest.mark.parametrize("text,who", CHARGE_KINDS)
def test_a_charge_named_by_its_kind_tells_no_deed(rules, text, who):
    rows = text_rows(rules, text)
    abuses = find(rows, "abuse")
    assert not [c for c in abuses if c["abuse_type"] in ("extrajudicial_killing", "enforced_disappearance", "torture")], abuses
    if who:
        assert not any(who in (p or "") for p in perpetrators(rows)), abuses


def test_an_allegation_found_credible_still_tells_the_deed(rules):
    text = ("Ostland verdict\n\nSeveral defendants told the court that police had beaten them during questioning by "
            "the Varn Brigade of the Judicial Police. A report by doctors found that the torture allegations of some of "
            "the detainees were credible.")
    rows = text_rows(rules, text)
    assert find(rows, "abuse", abuse_type="torture"), find(rows, "abuse")
