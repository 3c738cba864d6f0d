"""kg.evaluate agrees with numbers computed by hand on a tiny fixture."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.evaluate import read_gold, read_predictions, score_docs, words

FIX = Path(__file__).parent / "fixtures" / "eval"


@pytest.fixture(scope="module")
def summary():
    rows, bad = read_predictions(FIX / "tiny.pred.jsonl")
    return score_docs(read_gold(FIX), rows, unreadable=bad)


def test_names_compare_as_word_sets_without_stop_words_or_possessives():
    assert words("Mr. Lee's") == words("lee") == frozenset({"lee"})
    assert words("the mayor") == words("Mayor")


def test_hand_computed_counts(summary):
    # sanction: both predictions match the one gold claim by aliases, but their key word sets
    # differ ({ann, lee} vs {lee}), so they are not deduplicated: one pairs (tp), one is left (fp).
    assert summary["per_type"]["sanction"] == {"tp": 1, "fp": 1, "fn": 0, "precision": 0.5, "recall": 1.0, "f1": pytest.approx(2 / 3)}
    # position matches by Wikidata ID although the name differs
    assert summary["per_type"]["position"]["tp"] == 1
    # denial missed; the optional statement matched counts neither way; family is a false positive
    assert summary["per_type"]["denial"]["fn"] == 1
    assert summary["per_type"]["statement"] == {"tp": 0, "fp": 0, "fn": 0, "precision": 0.0, "recall": 0.0, "f1": 0.0}
    assert summary["per_type"]["family"]["fp"] == 1
    assert summary["overall"]["tp"] == 2 and summary["overall"]["fp"] == 2 and summary["overall"]["fn"] == 1


def test_slot_accuracy_and_evidence(summary):
    # matched non-optional pairs: sanction (measure wrong) and position (role right) -> 1 of 2
    assert summary["slot_accuracy"] == 0.5
    # 5 evidence spans, one ("Ann Leo") not equal to the text
    assert summary["evidence_exact"] == 0.8
    assert summary["unreadable_lines"] == 1


def test_cli_prints_the_table():
    result = CliRunner().invoke(cli, ["eval", "--gold", str(FIX), "--pred", str(FIX / "tiny.pred.jsonl")])
    assert result.exit_code == 0, result.output
    assert "OVERALL" in result.output and "slot accuracy 0.50  evidence exact 0.80" in result.output
