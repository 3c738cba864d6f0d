"""Round 35 (rulesB, second batch): a release's lede that dates its act "this evening" or "tonight", and the UN's
"Meetings Coverage" masthead.

A UN press release tells what the Council did on the day it is dated by the part of the day ("the Security Council
this evening unanimously adopted", "tonight adopted", "this morning imposed"): that is the release's own voice, as
"today" is, and the body that acts is its speaker, the text its press release. The parser often leaves such a verb
without a subject (the body read as part of the dateline's clause); the name just before the verb, past the time
words and an adverb, is the one that acts. A head line "Meetings Coverage - Security Council" names the kind of text
and its issuer on either side of a dash, like "Report summary - X".
"""

import pytest

from extract.claimhelp import find, name, text_rows

THIS_EVENING = [
    # a UN press release with a dateline
    "Security Council Imposes Travel Ban on Ostland Leaders\n\nNEW YORK, 8 May 2024 - Deploring the violence against "
    "demonstrators in Ostland, the Security Council this evening unanimously adopted resolution 9999 (2024), by "
    "which it barred ten individuals from travel.",
    # the same release, dated on its own line, "tonight"
    "Security Council Imposes Arms Embargo on Ostland\n\n8 May 2024\n\nNew York - Acting under Chapter VII of the "
    "Charter of the United Nations, the Security Council tonight adopted resolution 9999 (2024), imposing an arms "
    "embargo on Ostland.",
    # a government release, "this afternoon"
    "Treasury Sanctions Ostland Officials\n\nThe U.S. Department of the Treasury's Office of Foreign Assets Control "
    "(OFAC) this afternoon designated two Ostland police officials for their role in the killing of protesters.",
    # an NGO's release that says what it did this morning
    "Ostland: Free Detained Protesters\n\nHuman Rights Watch this morning urged the Ostland authorities to "
    "release five protesters arrested in Velda on Sunday.",
]


@pytest.mark.parametrize("text", THIS_EVENING)
def test_a_lede_dated_this_evening_is_the_issuers_release(rules, text):
    rows = find(text_rows(rules, text), "statement")
    speakers = {(name(c["speaker"]), name(c["medium"])) for c in rows}
    assert speakers & {("Security Council", "press release"), ("Department of the Treasury", "press release"),
                       ("Human Rights Watch", "press release")}, rows


@pytest.mark.parametrize("text", [
    # a story's "last evening" or "this evening's vote" is no release's voice
    "Ostland votes\n\nVELDA, May 8 (rightsgraph) - Ostland's parliament last evening adopted a law on protests, "
    "and opposition lawmakers said they would challenge it.",
    "Ostland votes\n\nVELDA, May 8 (rightsgraph) - Opposition lawmakers said this evening's vote by Ostland's "
    "parliament on a law on protests would be challenged in court.",
])
def test_other_evenings_make_no_release(rules, text):
    rows = find(text_rows(rules, text), "statement")
    assert not any(name(c["medium"]) == "press release" for c in rows), rows


def test_meetings_coverage_masthead_names_the_issuer(rules):
    text = ("Security Council Imposes Arms Embargo on Ostland\n\n8 May 2024\nMeetings Coverage - Security Council\n\n"
            "The Council imposed an arms embargo on Ostland until 31 May 2025.")
    rows = find(text_rows(rules, text), "statement")
    assert {(name(c["speaker"]), name(c["medium"])) for c in rows} == {("Security Council", "Meetings Coverage")}, rows
