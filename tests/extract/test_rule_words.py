"""The rules extractor's vocabularies are data (data/gazetteers/rule_words.json), not Python lists."""

import json
import re
from pathlib import Path

import pytest

from kg.extract import gazetteer
from kg.extract.rules import words as rules

# Every module of the rules package: a word list asked for anywhere must be in the file.
RULES_SOURCE = "\n".join(p.read_text(encoding="utf-8") for p in sorted(Path(rules.__file__).parent.glob("*.py")))


def test_every_list_the_rules_ask_for_is_in_the_file_with_its_reason():
    words = gazetteer.RuleWords.load()
    asked = set(re.findall(r'_WORDS\.(?:set|mapping)\("(\w+)"\)', RULES_SOURCE))
    assert len(asked) >= 20
    for name in asked:
        row = words.rows[name]
        assert row["why"], f"{name} says why it exists"
        assert row["words"], f"{name} is not empty"


def test_the_extractor_uses_the_words_from_the_file():
    rows = json.loads((gazetteer.gazetteer_dir() / "rule_words.json").read_text(encoding="utf-8"))
    assert rules.DENY_WORDS == frozenset(rows["deny_words"]["words"])
    assert "killing" in rules.VICTIM_NOUNS and "rape" in rules.VICTIM_NOUNS
    assert rules.NUMBER_WORDS["six"] == 6
    assert rules.TITLE_BODIES["secretary of state"] == "Department of State"


def test_no_module_level_word_set_is_left_in_the_code():
    literal_sets = re.findall(r'(?m)^[A-Z_]+ = \{"[a-z]', RULES_SOURCE)
    assert literal_sets == []


def test_a_broken_file_is_named_in_the_error(tmp_path):
    bad = tmp_path / "rule_words.json"
    bad.write_text(json.dumps({"deny_words": {"why": "x", "words": []}}), encoding="utf-8")
    with pytest.raises(ValueError, match=r"rule_words\.json.*deny_words"):
        gazetteer.RuleWords.load(bad)
    words = gazetteer.RuleWords({"neg": {"why": "x", "words": {"not": 1}}})
    with pytest.raises(ValueError, match="list of words"):
        words.set("neg")
    with pytest.raises(ValueError, match="no word list 'missing'"):
        words.set("missing")


def test_every_abuse_pattern_opens_on_a_word():
    # words._any_of lets its scan skip every position that is not a word character: a pattern opening on
    # anything else ("-led", " by") would never be found by the prefilter, and its sentences would be skipped.
    from kg.extract.rules.words import ABUSE_PATTERNS, RECALL_ABUSE_PATTERNS

    for pattern, _code in ABUSE_PATTERNS + RECALL_ABUSE_PATTERNS:
        assert re.match(r"\\b(?:\(\?:)*[A-Za-z\[(]", pattern.pattern), pattern.pattern


def test_a_list_given_twice_is_refused(tmp_path):
    # json keeps the last of two keys: a new list added under a taken name would silently replace the old one
    bad = tmp_path / "rule_words.json"
    bad.write_text('{"deny_words": {"why": "x", "words": ["deny"]}, "deny_words": {"why": "y", "words": ["reject"]}}', encoding="utf-8")
    with pytest.raises(ValueError, match=r"rule_words\.json.*'deny_words' is given twice"):
        gazetteer.RuleWords.load(bad)
