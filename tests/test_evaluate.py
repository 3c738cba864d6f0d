"""kg.evaluate agrees with numbers computed by hand on a tiny fixture."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.evaluate import confidence_curve, confident, read_gold, read_predictions, score_docs, words

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


def test_slot_accuracy_per_role_says_which_slot_is_wrong(summary):
    # the same two pairs, one role each: the sanction's measure is wrong, the position's title right
    assert summary["slot_accuracy_per_role"] == {
        "position.role": {"right": 1, "scored": 1, "accuracy": 1.0},
        "sanction.measure": {"right": 0, "scored": 1, "accuracy": 0.0},
    }


def test_cli_prints_the_table():
    result = CliRunner().invoke(cli, ["eval", "--gold", str(FIX), "--pred", str(FIX / "tiny.pred.jsonl")])
    assert result.exit_code == 0, result.output
    assert "OVERALL" in result.output and "slot accuracy 0.50  evidence exact 0.80" in result.output
    assert "slot accuracy per role: position.role 1.00 (1/1), sanction.measure 0.00 (0/1)" in result.output


NEAR = Path(__file__).parent / "fixtures" / "eval_near"


@pytest.mark.parametrize("content,message", [
    (b"caf\xe9 au lait\n", "not valid UTF-8 (byte 3"),
    (b"The weather was fine.\nNo claims here.\n", "no line is a claim (expected claims JSONL, as `kg claims` writes)"),
    (b"", "no claims in this file (`kg claims` writes one line per claim)"),
    (b'{"doc": "another_article", "type": "statement", "speaker": "X", "evidence": []}\n',
     "no claim is about a document of the gold set (the file's documents: another_article)"),
])
def test_a_pred_file_that_is_no_claims_jsonl_is_refused_not_scored_as_finding_nothing(tmp_path, content, message):
    pred = tmp_path / "notes.txt"
    pred.write_bytes(content)
    result = CliRunner().invoke(cli, ["eval", "--gold", str(FIX), "--pred", str(pred)])
    assert result.exit_code == 2 and result.stderr.startswith(f"Error: {pred}: {message}") and result.stderr.count("\n") == 1


def test_a_miss_and_a_false_claim_that_differ_in_one_key_role_are_a_near_miss():
    rows, _ = read_predictions(NEAR / "release.pred.jsonl")
    errors: list = []
    s = score_docs(read_gold(NEAR), rows, errors=errors)
    # the score itself is unchanged: nothing matched
    assert s["overall"] == {"tp": 0, "fp": 3, "fn": 3, "precision": 0.0, "recall": 0.0, "f1": 0.0}
    # a short name for the right target, the wrong statute for the right target; the abuse
    # differs in both key roles (perpetrator and type), so it is a plain miss
    assert s["near_misses"] == {"sanction.legal_basis": 1, "sanction.target": 1}
    near = {(e["kind"], e["near"]["role"]): e["near"]["other"] for e in errors if "near" in e}
    assert near == {("fn", "target"): "Moreno", ("fp", "target"): "Hugo Velazquez Moreno",
                    ("fn", "legal_basis"): "E.O. 13818", ("fp", "legal_basis"): "Section 7031(c)"}
    assert not any("near" in e for e in errors if e["type"] == "abuse")


def test_cli_errors_show_the_near_miss_and_the_table_counts_them():
    result = CliRunner().invoke(cli, ["eval", "--gold", str(NEAR), "--pred", str(NEAR / "release.pred.jsonl"), "--errors"])
    assert result.exit_code == 0, result.output
    assert '~ near miss on target: predicted "Moreno"' in result.output
    assert "near misses (one key role differs) 2: " in result.output


def test_a_found_claim_with_a_wrong_date_is_listed_as_a_slot_error(tmp_path):
    # The F1 counts the designation found; a reader of the graph still sees the wrong date, so --errors says so.
    (tmp_path / "release.txt").write_bytes((NEAR / "release.txt").read_bytes())
    gold = json.loads((NEAR / "release.gold.json").read_text(encoding="utf-8"))
    gold["claims"] = [{"type": "sanction", "target": "hugo", "legal_basis": "eo", "date": ["2019-03", "2019-03-05"], "measure": "asset_freeze"}]
    (tmp_path / "release.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps({"doc": "release", "type": "sanction", "target": "Hugo Velazquez Moreno", "legal_basis": "E.O. 13818",
                                "date": "2021-06-01", "measure": "asset_freeze",
                                "evidence": [{"start": 20, "end": 41, "text": "Hugo Velazquez Moreno"}]}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", "--gold", str(tmp_path), "--pred", str(pred), "--errors"])
    assert result.exit_code == 0, result.output
    slot_lines = [line for line in result.output.splitlines() if line.startswith("SLOT")]
    assert len(slot_lines) == 1 and "Hugo Velazquez Moreno" in slot_lines[0], "the right measure is no error"
    assert '! date: predicted "2021-06-01", gold says ["2019-03", "2019-03-05"]' in result.output
    assert "sanction.date 0.00 (0/1)" in result.output and "sanction.measure 1.00 (1/1)" in result.output
    as_json = json.loads(CliRunner().invoke(cli, ["eval", "--gold", str(tmp_path), "--pred", str(pred), "--errors", "--json"]).output)
    assert [e["slot"] for e in as_json["errors"]] == [{"role": "date", "predicted": "2021-06-01", "gold": ["2019-03", "2019-03-05"]}]
    assert as_json["overall"]["tp"] == 1


def test_a_claim_type_with_one_key_role_has_no_near_misses(summary):
    # the tiny fixture misses a denial (one key role: the denier), which is simply missed
    assert summary["near_misses"] == {}


def test_by_doc_scores_each_document_on_its_own_weakest_first():
    result = CliRunner().invoke(cli, ["eval", "--gold", str(NEAR), "--pred", str(NEAR / "release.pred.jsonl"), "--by-doc", "--json"])
    assert result.exit_code == 0, result.output
    by_doc = json.loads(result.output)["by_doc"]
    assert by_doc == {"release": {"tp": 0, "fp": 3, "fn": 3, "precision": 0.0, "recall": 0.0, "f1": 0.0}}
    table = CliRunner().invoke(cli, ["eval", "--gold", str(FIX), "--pred", str(FIX / "tiny.pred.jsonl"), "--by-doc"]).output
    assert table.splitlines()[0].split() == ["document", "P", "R", "F1", "tp", "fp", "fn"]
    assert table.splitlines()[1].split()[0] == "tiny"


def _with_confidence(levels):
    rows, _ = read_predictions(FIX / "tiny.pred.jsonl")
    return [{**r, "confidence": c} for r, c in zip(rows, levels, strict=True)]


def test_min_confidence_keeps_only_the_claims_that_sure_enough():
    # rows: sanction Ann Lee (tp), sanction Mr. Lee (fp), position (tp), optional statement, family (fp)
    rows = _with_confidence([0.9, 0.35, 0.6, 0.6, 0.35])
    assert [r["type"] for r in confident(rows, 0.5)] == ["sanction", "position", "statement"]
    kept = score_docs(read_gold(FIX), confident(rows, 0.5))["overall"]
    assert (kept["tp"], kept["fp"], kept["fn"]) == (2, 0, 1)


def test_a_row_without_a_number_for_confidence_counts_as_certain():
    rows = [{"type": "denial"}, {"type": "denial", "confidence": "high"}, {"type": "denial", "confidence": 0.1}]
    assert len(confident(rows, 0.99)) == 2


def test_the_confidence_curve_trades_recall_for_precision_level_by_level():
    rows = _with_confidence([0.9, 0.35, 0.6, 0.6, 0.35])
    curve = confidence_curve(read_gold(FIX), rows)
    assert [c["min_confidence"] for c in curve] == [0.9, 0.6, 0.35]
    assert [(c["tp"], c["fp"], c["fn"]) for c in curve] == [(1, 0, 2), (2, 0, 1), (2, 2, 1)]
    assert [c["precision"] for c in curve] == [1.0, 1.0, 0.5]
    assert curve[-1]["claims"] == 5


def test_each_level_of_the_curve_keeps_the_claims_rounded_to_it():
    rows = _with_confidence([0.9, 0.3336, 0.6, 0.6, 0.3336])
    curve = confidence_curve(read_gold(FIX), rows)
    assert [(c["min_confidence"], c["claims"]) for c in curve] == [(0.9, 1), (0.6, 3), (0.334, 5)]


def test_cli_min_confidence_and_curve(tmp_path):
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(r) + "\n" for r in _with_confidence([0.9, 0.35, 0.6, 0.6, 0.35])), encoding="utf-8")
    args = ["eval", "--gold", str(FIX), "--pred", str(pred)]
    strict = CliRunner().invoke(cli, [*args, "--min-confidence", "0.5", "--json"])
    assert strict.exit_code == 0, strict.output
    assert json.loads(strict.output)["overall"]["fp"] == 0
    table = CliRunner().invoke(cli, [*args, "--curve"])
    assert table.exit_code == 0 and "min confidence" in table.output
    assert [line.split()[0] for line in table.output.splitlines()[1:4]] == ["0.900", "0.600", "0.350"]
    assert json.loads(CliRunner().invoke(cli, [*args, "--curve", "--json"]).output)["curve"][0]["precision"] == 1.0
    bad = CliRunner().invoke(cli, [*args, "--min-confidence", "2"])
    assert bad.exit_code == 2 and "--min-confidence" in bad.output


def test_type_narrows_the_errors_list_and_without_errors_says_so():
    # --type without --errors printed the whole table as if it had been filtered
    args = ["eval", "--gold", str(NEAR), "--pred", str(NEAR / "release.pred.jsonl")]
    alone = CliRunner().invoke(cli, [*args, "--type", "sanction"])
    assert alone.exit_code == 2 and not alone.stdout
    assert alone.stderr.endswith("Error: --type narrows the --errors list (the table always shows every type): add --errors\n")
    listed = CliRunner().invoke(cli, [*args, "--errors", "--type", "sanction"])
    assert listed.exit_code == 0
    error_lines = [line for line in listed.stdout.splitlines() if line.startswith(("FN ", "FP "))]
    assert len(error_lines) == 4 and all(line.split()[1] == "sanction" for line in error_lines)


CORPUS = Path(__file__).parent.parent / "data" / "corpus" / "dev"


def _copy(folder: Path, *names: str) -> Path:
    folder.mkdir()
    for name in names:
        for suffix in (".txt", ".gold.json", ".source.json"):
            (folder / (name + suffix)).write_bytes((CORPUS / (name + suffix)).read_bytes())
    return folder


def _counts(*args) -> dict:
    result = CliRunner().invoke(cli, ["eval", *map(str, args), "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_several_gold_folders_score_as_one_set(tmp_path):
    """Two small unseen splits are one measurement: the counts add up, the docs are all scored."""
    a = _copy(tmp_path / "a", "seed_kadyrov_2020")
    b = _copy(tmp_path / "b", "glomag_nicaragua_2018")
    one, two, both = _counts("--gold", a), _counts("--gold", b), _counts("--gold", a, "--gold", b)
    assert both["docs"] == 2
    for key in ("tp", "fp", "fn"):
        assert both["overall"][key] == one["overall"][key] + two["overall"][key]


def test_two_gold_folders_with_a_document_of_one_name_are_refused(tmp_path):
    a = _copy(tmp_path / "a", "seed_kadyrov_2020")
    b = _copy(tmp_path / "b", "seed_kadyrov_2020")
    result = CliRunner().invoke(cli, ["eval", "--gold", str(a), "--gold", str(b)])
    assert result.exit_code == 2
    assert f"{b} and {a} both have a document 'seed_kadyrov_2020'" in result.output


def test_one_gold_folder_named_twice_is_scored_once(tmp_path):
    a = _copy(tmp_path / "a", "seed_kadyrov_2020")
    assert _counts("--gold", a, "--gold", f"{a}/", "--gold", tmp_path / "a" / ".." / "a") == _counts("--gold", a)


def test_a_misspelt_claim_type_for_errors_is_refused_not_an_empty_list(tmp_path):
    a = _copy(tmp_path / "a", "seed_kadyrov_2020")
    result = CliRunner().invoke(cli, ["eval", "--gold", str(a), "--errors", "--type", "sanctions"])
    assert result.exit_code == 2
    assert "Invalid value for '--type': 'sanctions' is not one of 'abuse', 'denial', 'family', 'investigation', 'position', 'sanction', 'statement'." in result.output
