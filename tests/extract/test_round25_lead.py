"""Round 25 (lead): the names the entity step gives groups of people, before any claim rule reads them.

A group the text names by coordinated words ("the defence and security forces", "a group of soldiers and
gendarmes") was cut at "and" to its last word, so the deed went to "forces" or "soldiers", a name no reader
would look for. Each spec writes the shape in more than one wording, and a case where it must not fire.
"""

import pytest

from kg.model import Document


def groups(rules, text: str, date: str = "2024-05-01") -> set[str]:
    """The names of the groups the extractor makes of ``text``."""
    ents = rules.extract(Document(id="t", text=text, date=date)).entities.values()
    return {e.name for e in ents if e.type in ("Group", "GovernmentBody")}


@pytest.mark.parametrize("text, group", [
    ("Since the coup, the defence and security forces have killed dozens of people in Varna.", "defence and security forces"),
    ("Witnesses said police and security forces fired live rounds at the crowd.", "police and security forces"),
    ("The militias and security forces killed 40 civilians in the district last year, the report found.", "militias and security forces"),
])
def test_coordinated_modifiers_of_a_group_noun_are_one_group(rules, text, group):
    assert group in groups(rules, text)


@pytest.mark.parametrize("text, group", [
    ("On 9 July, a group of soldiers and gendarmes beat the two activists.", "soldiers and gendarmes"),
    ("A unit of soldiers and militiamen raided the village at dawn, residents told reporters.", "soldiers and militiamen"),
    ("According to relatives, a group of guards and interrogators tortured the detainees.", "guards and interrogators"),
])
def test_plurals_counted_by_a_collective_noun_are_one_group(rules, text, group):
    assert group in groups(rules, text)


def test_two_plurals_without_a_count_stay_apart(rules):
    found = groups(rules, "Soldiers fired on protesters and journalists outside the court, witnesses said.")
    assert "protesters and journalists" not in found
