"""Round 34 (rulesB), eighth batch: a title set off before a name still holds when a hyphenated rank stands between
them.

"days after the agency's director of operations, Lieutenant-Colonel Pim Dasso, was arrested": the tokenizer splits
"Lieutenant-Colonel" in three, so the rank was not passed over and the office was lost. The rank is still no word of the office, and a title that ends a clause of its own is not the name's.
"""

import pytest

from extract.claimhelp import find, name, text_rows

RANKED = [
    # news
    ("Spy chief held over journalist's killing\n\nYAOUNDIA (Wire) - Otto Brell, director general of the Directorate of "
     "Foreign Research (DRE), was taken into custody at the weekend, days after the agency's director of operations, "
     "Lieutenant-Colonel Pim Dasso, was arrested.", "Pim Dasso", "director of operations", "Directorate of Foreign Research"),
    # press release
    ("Treasury Sanctions Norvian Officers\n\nWASHINGTON - The Treasury Department today designated officers of the "
     "Norvian Border Guard. The Norvian Border Guard's deputy commander, Lieutenant-General Ivo Marten, oversaw the expulsions.",
     "Ivo Marten", "deputy commander", "Norvian Border Guard"),
    # NGO
    ("Norvia: Free Detained Activists\n\nThe Norvian Republican Guard has detained 30 activists since May. The Norvian "
     "Republican Guard's spokesman, Lieutenant-Colonel Sara Denko, denied that any detainee had been mistreated.",
     "Sara Denko", "spokesman", "Norvian Republican Guard"),
]


@pytest.mark.parametrize("text,person,role,org", RANKED)
def test_title_before_a_split_rank_and_the_name(rules, text, person, role, org):
    held = {(name(c["person"]), c["role"], name(c["org"])) for c in find(text_rows(rules, text), "position")}
    assert any(p == person and role in (r or "") and o == org for p, r, o in held), held


NOT_HIS = [
    # the office ends its own clause: the ranked man who follows took it over, the text does not say he holds it
    "Norvia: Border Guard Shake-Up\n\nThe Norvian Border Guard's deputy commander resigned on Monday; Major-General "
    "Ivo Marten, a staff officer, will act in his place.",
]


@pytest.mark.parametrize("text", NOT_HIS)
def test_a_title_of_its_own_clause_is_not_the_ranked_name(rules, text):
    held = {(name(c["person"]), c["role"]) for c in find(text_rows(rules, text), "position")}
    assert not any(p == "Ivo Marten" and "deputy commander" in (r or "") for p, r in held), held
