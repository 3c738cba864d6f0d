"""Round 35i (rulesA): a "by" phrase the parser hangs on an active verb that has a subject of its own, after the
abuse words that verb takes as object ("the Panel documented arbitrary detention and torture of civilians by all
parties to the conflict"), names who did the deeds, though by no name the text gives: a doer carried from the
sentences before is not it. A passive verb's agent is its own ("were detained by X") and keeps its reading.
"""

import pytest

from extract.claimhelp import find, perpetrators, text_rows

BEFORE = ("Ostland: Union lists two commanders\n\nThe Union listed the commander Ivo Brenn in March. "
          "Ivo Brenn ordered the shelling of Varn, in which dozens of civilians were killed.\n\n")

UNNAMED_AGENT = [
    # press release
    BEFORE + "In its latest report, the Panel of Experts documented arbitrary detention, torture and enforced "
             "disappearance of civilians by all parties to the conflict.",
    # wire news
    BEFORE + "OSTGRAD, May 2 (Wire) - The monitoring mission recorded torture of detainees by several armed factions "
             "in the north, diplomats said.",
    # NGO report
    BEFORE + "Our researchers documented the abduction of aid workers by unidentified armed men on the Varn road.",
]


@pytest.mark.parametrize("text", UNNAMED_AGENT)
def test_an_unnamed_agent_takes_no_carried_doer(rules, text):
    rows = text_rows(rules, text)
    deeds = [c for c in find(rows, "abuse") if c["abuse_type"] in ("arbitrary_detention", "torture", "enforced_disappearance", "kidnapping")]
    assert not any(c.get("perpetrator") and "Brenn" in str(c["perpetrator"]) for c in deeds), deeds
