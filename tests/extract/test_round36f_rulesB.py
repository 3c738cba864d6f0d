"""Round 36 (rulesB, sixth batch): "The ministry denied ..." after a minister is named is the minister's denial.

News names a minister ("Interior Minister X told reporters ...") and then his ministry by the bare noun ("The ministry
denied that armed men ... were acting on its behalf"). With no ministry named, "the ministry" is the one of the
minister named just before in the paragraph: the minister speaks for it. Not a minister of another paragraph, and not
"the ministry" when none was named at all.
"""

import pytest

from extract.claimhelp import find, name, text_rows


def deniers(rules, text):
    return {name(c["denier"]) for c in find(text_rows(rules, text), "denial")}


MINISTRY = [
    # wire news
    "Deaths in Senegal\n\nDAKAR, June 4 (Wire) - Interior Minister Karel Vando told reporters that 500 people had been "
    "arrested. The ministry denied that armed men seen in videos firing alongside police were acting on its behalf.",
    # NGO report
    "Senegal: investigate the killings\n\nThe Minister of the Interior, Karel Vando, said the security forces had acted "
    "lawfully. The ministry denied that plainclothes men who fired on protesters worked for it, the organisation said.",
    # press digest
    "Senegal responds to allegations\n\nDAKAR, June 5 - Senegal's Justice Minister Karel Vando spoke to the press "
    "on Monday. The ministry rejected reports that detainees had been beaten in custody.",
]


@pytest.mark.parametrize("text", MINISTRY)
def test_the_ministry_after_its_minister_denies_through_him(rules, text):
    found = deniers(rules, text)
    assert "Karel Vando" in found, found
    assert "police" not in found, found


def test_a_minister_of_another_paragraph_is_not_the_ministry(rules):
    text = ("Deaths in Senegal\n\nInterior Minister Karel Vando told reporters that 500 people had been arrested.\n\n"
            "Witnesses described the shootings. The ministry denied that armed men were acting on its behalf.")
    assert "Karel Vando" not in deniers(rules, text)
