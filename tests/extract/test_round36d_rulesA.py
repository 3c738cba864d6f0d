"""Round 36 (rulesA), fourth batch: a deed someone reacts to names no doer carried over from an earlier act.

"The embassies condemned the killing", "Thai officials defended the deportation", "prosecutors ignore complaints of
mistreatment": the abuse noun is what a verb of reacting takes as its object. The sentence tells who reacts, not a
new deed, and the doer the story last named for some other act (the police who arrested a man, the state that
received deportees) did not thereby do it; neither the carry-over nor the recall layer gives it one. A doer named in
the sentence itself ("condemned the killing of protesters by soldiers") is still read.
"""

import pytest

from extract.claimhelp import perpetrators, text_rows


REACTED = [
    # news
    ("Opposition figure found dead in Norvia\n\nMINSKOV, Sept 9 (Wire) - Police arrested Ivan Petrov, an opposition "
     "official, at a bus stop on Friday. His body was found on Saturday. On Monday, the embassies of five countries "
     "condemned the killing and called for an independent investigation.", "extrajudicial_killing"),
    # press release
    ("Statement on the Tarka deportations\n\nValoria detained the 40 men for a decade before the flight. Norvian "
     "officials defended the deportation on Friday.", "forced_displacement"),
    # NGO report
    ("Norvia: torture in police stations\n\nNational Security officers tortured detainees in Minskov. Prosecutors "
     "usually ignore complaints of mistreatment, the report says.", "ill_treatment"),
]


@pytest.mark.parametrize("text,code", REACTED)
def test_a_deed_reacted_to_takes_no_carried_doer(rules, text, code):
    rows = text_rows(rules, text)
    assert not perpetrators(rows, code), [c for c in rows if c["type"] == "abuse"]


def test_a_doer_named_with_the_deed_reacted_to_stays(rules):
    rows = text_rows(rules, "Envoys condemn killing\n\nThe embassies condemned the killing of protesters by soldiers in "
                            "Tarka on Monday.")
    assert any("soldiers" in d for d in perpetrators(rows, "extrajudicial_killing")), rows
