"""Round 34 (rulesB), fourth batch: an inquiry told in the passive names its holder after "by".

"An inquiry had been opened by the Norvian Investigation Bureau", "a probe was launched by prosecutors": the verb's
passive subject is the investigation, so the agent opened it, as in "the Bureau opened an inquiry". Not a verb that does
something else to it ("the report was rejected by the ministry").
"""

import pytest

from extract.claimhelp import find, name, text_rows

PASSIVE = [
    # news
    "Norvian singer dies in police cell\n\nMARKA (Wire) - A police spokesman said the singer Tomas Reller had been found "
    "dead in his cell on Monday and that an inquiry had been opened by the Norvia Investigation Bureau (NIB).",
    # NGO
    "Norvia: Death in Custody Must Be Investigated\n\nTomas Reller died in police custody on 17 February. An investigation "
    "into his death was launched by the Norvia Investigation Bureau the following day, but its findings were never published.",
    # press release
    "Statement on the Death of Tomas Reller\n\nWe note that a criminal investigation into the death of Tomas Reller in "
    "police custody has been opened by the Norvia Investigation Bureau, and we urge that it be independent.",
]


@pytest.mark.parametrize("text", PASSIVE)
def test_the_agent_of_a_passive_inquiry_opens_it(rules, text):
    investigators = {name(c["investigator"]) for c in find(text_rows(rules, text), "investigation")}
    assert any("Norvia Investigation Bureau" in i for i in investigators), investigators


def test_who_rejects_a_report_in_the_passive_did_not_write_it(rules):
    text = ("Norvia rejects rights report\n\nMARKA (Wire) - The report on deaths in custody was rejected by the Norvian "
            "Interior Ministry on Tuesday, a spokesman said.")
    investigators = {name(c["investigator"]) for c in find(text_rows(rules, text), "investigation")}
    assert not any("Interior Ministry" in i for i in investigators), investigators
