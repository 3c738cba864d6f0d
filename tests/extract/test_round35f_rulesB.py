"""Round 35 (rulesB, sixth batch): "The ministry said ... It rejected any suggestion that ..." is the ministry's denial.

News tells a body's statement in one sentence and its denial in the next, opened by "It": the "It" is the body that
spoke just before, in the same paragraph. A sentence before that tells no speech, or a new paragraph, leaves the
"It" unread.
"""

import pytest

from extract.claimhelp import find, name, text_rows

HEAD = "Protester dies in Velda\n\nVELDA, March 3 (rightsgraph) - A protester died in hospital after he was beaten by " \
       "police in Velda, Ostland, on Sunday. "

SAID_THEN_IT = [
    # wire news
    HEAD + "The Interior Ministry said in a statement that he had been drunk. It rejected any suggestion that officers "
    "had beaten him.",
    # an NGO's account of the official line
    HEAD + "The Interior Ministry told the organisation that the man had fallen. It denied that officers had beaten him.",
    # a release's summary of the response
    HEAD + "The Interior Ministry said on Monday that he had fallen. It has denied any wrongdoing.",
]


@pytest.mark.parametrize("text", SAID_THEN_IT)
def test_it_after_a_body_spoke_is_that_body(rules, text):
    deniers = {name(c["denier"]) for c in find(text_rows(rules, text), "denial")}
    assert "Interior Ministry" in deniers, deniers


@pytest.mark.parametrize("text", [
    HEAD + "The Interior Ministry opened a case on Monday. It denied that officers had beaten him.",
    HEAD + "The Interior Ministry said in a statement that he had been drunk.\n\nIt denied that officers had beaten him.",
])
def test_no_body_without_its_speech_just_before(rules, text):
    deniers = {name(c["denier"]) for c in find(text_rows(rules, text), "denial")}
    assert "Interior Ministry" not in deniers, deniers
