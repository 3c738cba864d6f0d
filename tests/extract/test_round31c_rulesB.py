"""Round 31c (rulesB): men told by their clothes.

A text that cannot say whose men did a deed often says what they wore: "men in plain clothes" hid who they were as
masked men do, so the clothes are part of the group's name (one group, not "men" cut off at "in"); whether such a
group is the doer is round 31b's hidden-doer rule (abuses.py), which does not yet count clothes.
"Men in RSF uniforms" say whose men they were by the uniform: when the text knows that body, they are that body's
mention, and the body is never a place ("in RSF uniforms" is no "in Khartoum").

Short invented texts (people, bodies and places are made up).
"""

import pytest

from extract.claimhelp import name, perpetrators, places, text_rows
from kg.model import Document

PLAIN = [
    # news report
    "The blogger Tomas Verin was abducted from his flat in Lerno by men in plain clothes on Monday night, his sister said.",
    # NGO report
    "Our researchers found that the activist Pavel Dunn was abducted by men in plain clothes outside his office in "
    "Lerno in March 2021.",
    # press release
    "The Commissioner is alarmed that the lawyer Anna Rill was abducted by men dressed in plain clothes outside the "
    "Lerno court on 2 June.",
]


@pytest.mark.parametrize("text", PLAIN)
def test_men_in_plain_clothes_are_one_group(rules, text):
    ex = rules.extract(Document(id="t", text=text + "\n", date="2024-05-08"))
    groups = {e.name.lower() for e in ex.entities.values() if e.type == "Group"}
    assert any(g.endswith("in plain clothes") for g in groups), groups


UNIFORM = [
    # news report
    ("The Zorvan Guard (ZG) cleared the square on 3 June. Doctors reported cases of rape by men in ZG uniforms in "
     "the days that followed.", "sexual_violence"),
    # NGO report
    ("The Ostland Border Brigade denies any role. Witnesses told us that men in Ostland Border Brigade uniforms "
     "shot dead the farmer Ivo Marl near Lerno on 3 March.", "extrajudicial_killing"),
    # press release
    ("The Zorvan Guard (ZG) must be held to account. The Commissioner is alarmed that men wearing ZG uniforms beat "
     "the lawyer Anna Rill outside the Lerno court on 2 June.", "ill_treatment"),
]


@pytest.mark.parametrize("text,code", UNIFORM)
def test_men_in_a_known_bodys_uniform_are_that_body(rules, text, code):
    rows = text_rows(rules, text)
    assert any(p in ("Zorvan Guard", "Ostland Border Brigade") for p in perpetrators(rows, code)), rows
    assert not {"ZG", "Ostland Border Brigade"} & set(places(rows)), rows


def test_civilian_men_stay_victims(rules):
    """'civilian' is a word for clothes only after 'in': 'civilian men' a deed befell are not men hiding who they are."""
    rows = text_rows(rules, "Soldiers executed some 300 civilian men in the town of Lerno in March 2022, witnesses said.")
    assert "Soldiers" in perpetrators(rows, "extrajudicial_killing") or "soldiers" in {
        p.lower() for p in perpetrators(rows, "extrajudicial_killing")}, rows
    assert not any("civilian" in p for p in perpetrators(rows)), rows


def test_a_unknown_body_uniform_names_no_body(rules):
    """Men in the uniform of a body the text never names are only men in a uniform: no body, and no place."""
    rows = text_rows(rules, "Witnesses said men in Varn uniforms beat the farmer Ivo Marl near Lerno on 3 March.")
    assert "Varn" not in set(places(rows)) | set(perpetrators(rows)), rows


COUNTED_TITLES = [
    # news report
    "The three judges of the Lerno High Court, Anna Rill, Pavel Dunn and Ivo Marl, dismissed the appeal on Monday.",
    # press release
    "The Commissioner notes that the two judges of the Lerno High Court, Anna Rill and Pavel Dunn, were removed.",
    # NGO report
    "Our researchers met the three judges of the Lerno High Court, Anna Rill, Pavel Dunn and Ivo Marl, in May.",
]


@pytest.mark.parametrize("text", COUNTED_TITLES)
def test_a_count_before_a_plural_title_is_no_part_of_each_ones_title(rules, text):
    """'the three judges of X, A, B and C': the count is the list's size; each one is a judge."""
    rows = [r for r in text_rows(rules, text) if r["type"] == "position"]
    assert rows and all(name(r["role"]) == "judge" for r in rows if name(r["person"]) in ("Anna Rill", "Pavel Dunn")), rows


def test_a_number_in_a_singular_title_stays(rules):
    """Not every number is a count: 'Police Officer 3 Anna Rill' keeps the grade of her title."""
    rows = [r for r in text_rows(rules, "Police Officer 3 Anna Rill of the Lerno police was convicted.")
            if r["type"] == "position"]
    assert all("judge" not in name(r["role"]) for r in rows), rows
