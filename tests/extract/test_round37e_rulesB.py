"""Round 37, fifth batch (rulesB): a masthead whose other side is a numbered document, not an issuer.

"Summary of findings - Recommendation 4VG/2016": the two sides of the dash are both kinds of text; the numbered one
is the document the text is, and its issuer is the body the lede says acted today; with no such lede, no one.
"""

import pytest

from extract.claimhelp import find, name, text_rows


def _statements(rules, text):
    return {(name(c["speaker"]), name(c["medium"])) for c in find(text_rows(rules, text), "statement")}


NUMBERED = [
    # a commission's recommendation (press release shape)
    ("Summary of findings - Recommendation 12/2019\n\nKovan City, 3 May 2019 - The Kovan Human Rights Commission "
     "today made public the results of its inquiry into the police operation of 2 March 2018 at Lome farm.\n",
     ("Kovan Human Rights Commission", "Recommendation 12/2019")),
    # a numbered report (NGO shape): "Report" is a kind of text too, but with its number it is the document itself
    ("Summary of findings - Report 7/2021\n\nKovan City, 3 May 2021 - The Kovan Human Rights Commission today made "
     "public the results of its inquiry into the deaths in Lome prison.\n",
     ("Kovan Human Rights Commission", "Report 7/2021")),
    # an equality body's opinion (news-like)
    ("Summary of findings - Opinion No. 12/2019\n\nKovan City, 3 May 2019 - The Kovan Equality Board today made "
     "public the results of its inquiry into the dismissal of teachers.\n",
     ("Kovan Equality Board", "Opinion No. 12/2019")),
]


@pytest.mark.parametrize("text, want", NUMBERED)
def test_a_numbered_document_is_the_medium_not_the_speaker(rules, text, want):
    got = _statements(rules, text)
    assert want in got, got
    assert not any(sp == want[1] for sp, _ in got), got


def test_a_numbered_document_without_a_lede_issuer_names_no_speaker(rules):
    text = ("Summary of findings - Recommendation 12/2019\n\nPolice officers beat detainees at Lome farm in March 2018, "
            "witnesses said.\n")
    got = _statements(rules, text)
    assert not any(sp == "Recommendation 12/2019" for sp, _ in got), got
