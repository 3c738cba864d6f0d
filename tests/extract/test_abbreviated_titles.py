"""A title abbreviated with a stop before a name ("Brig. Gen. X", "Lt. Col. Y", "Amb. Z") stays in the sentence of
the name it belongs to: spaCy's tokenizer cut the stop off such abbreviations and the parser then ended the sentence
there, so the doer of an abuse or the holder of an office was parted from what the sentence said about them."""

import pytest

from kg.extract.rules.words import ABBREVIATIONS_BEFORE_NAMES
from tests.extract.claimhelp import extract_rows, find, perpetrators

DATE = "2024-05-10"


@pytest.mark.parametrize("title", ["Brig. Gen.", "Lt. Col.", "Maj.", "Capt.", "Sgt.", "Cmdr."])
def test_an_abbreviated_rank_does_not_end_the_sentence(rules, title):
    text = f"Soldiers under {title} Tomas Varga tortured detainees at the Koro barracks, witnesses said.\n"
    parsed = rules.nlp(text)
    assert len(list(parsed.sents)) == 1, [s.text for s in parsed.sents]


def test_the_doer_led_by_an_abbreviated_rank_is_still_read(rules):
    rows = extract_rows(rules, "The Northern Shield Brigade, led by Brig. Gen. Anton Keller, tortured detainees in Marisa "
                               "in March, according to residents.\n", DATE)
    assert find(rows, "position", person="Anton Keller", org="Northern Shield Brigade")
    assert "Northern Shield Brigade" in perpetrators(rows, "torture")


def test_every_taught_abbreviation_is_one_token_with_its_stop(rules):
    for abbr in sorted(ABBREVIATIONS_BEFORE_NAMES):
        parsed = rules.nlp(f"It was signed by {abbr} Ruth Okafor on Monday.")
        assert abbr in [t.text for t in parsed], abbr
