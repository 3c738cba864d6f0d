"""A gold file that breaks the claims contract is refused with its name and the problem, never scored wrong.

A typo in a gold file (an entity id it never defines, a misspelt code) would
otherwise turn into a "miss" the extractor is blamed for.
"""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.goldfile import gold_problems

CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus"

SOUND = {
    "doc": "note",
    "entities": {
        "lee": {"type": "Person", "names": ["Ann Lee", "Lee"]},
        "ofac": {"type": "GovernmentBody", "names": ["OFAC"]},
        "eo": {"type": "Statute", "names": ["E.O. 13818"]},
    },
    "claims": [
        {"type": "sanction", "target": "lee", "legal_basis": [None, "eo"], "authority": ["ofac"],
         "measure": ["asset_freeze"], "date": "2021-03"},
        {"type": "position", "person": "lee", "org": "ofac", "role": ["director", "Director of OFAC"], "optional": True},
    ],
}


def broken(**changes) -> dict:
    data = json.loads(json.dumps(SOUND))
    data["claims"][0].update(changes)
    return data


def test_a_sound_file_has_no_problems():
    assert gold_problems(SOUND) == []


@pytest.mark.parametrize("changes, problem", [
    ({"target": "leee"}, "claim 1 (sanction): target 'leee' is not an entity of the file"),
    ({"authority": ["ofac", "treasury"]}, "authority 'treasury' is not an entity of the file"),
    ({"measure": "asset freeze"}, "measure 'asset freeze' is not a code of Measures"),
    ({"date": "March 2021"}, "date 'March 2021' is not an ISO date"),
    ({"type": "sanctions"}, "type 'sanctions' is not one of"),
    ({"targets": "lee"}, "targets is not a role of the contract"),
])
def test_each_break_is_named_with_its_claim_and_role(changes, problem):
    assert any(problem in p for p in gold_problems(broken(**changes)))


def test_a_missing_key_role_is_a_problem_but_null_in_a_list_is_allowed():
    data = broken()
    del data["claims"][0]["target"]
    assert gold_problems(data) == ["claim 1 (sanction): key role target is missing"]
    assert gold_problems(broken(legal_basis=[None])) == []


def test_a_bare_null_key_role_is_a_problem_because_no_claim_could_ever_match_it():
    assert gold_problems(broken(legal_basis=None)) == [
        "claim 1 (sanction): key role legal_basis is a bare null (write [null]: unstated is acceptable)"]


@pytest.mark.parametrize("data", [[], {"doc": "x", "claims": {}}, {"doc": "x", "entities": []},
                                  {"entities": {}, "claims": []}, {"doc": "x", "entities": {"a": {"names": []}}}])
def test_wrong_shapes_are_problems_not_exceptions(data):
    assert gold_problems(data)


def write(folder: Path, name: str, content: str, text: str | None = "Ann Lee was sanctioned.\n"):
    (folder / f"{name}.gold.json").write_text(content, encoding="utf-8")
    if text is not None:
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")


@pytest.mark.parametrize("content, message", [
    ('{"doc": "note", "claims": [', "note.gold.json: not valid JSON (Expecting value at line 1"),
    (json.dumps(broken(target="leee")), "note.gold.json: claim 1 (sanction): target 'leee' is not an entity of the file"),
    ("[" * 100_000 + "]" * 100_000, "note.gold.json: not valid JSON (nested too deeply)"),  # a RecursionError traceback before
])
def test_kg_eval_refuses_a_broken_gold_file_in_one_line(tmp_path, content, message):
    write(tmp_path, "note", content)
    result = CliRunner().invoke(cli, ["eval", "--gold", str(tmp_path)])
    assert result.exit_code == 2
    assert message in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_kg_eval_refuses_a_gold_file_without_its_text(tmp_path):
    write(tmp_path, "note", json.dumps(SOUND), text=None)
    result = CliRunner().invoke(cli, ["eval", "--gold", str(tmp_path)])
    assert result.exit_code == 2
    assert "note.gold.json: no note.txt next to it" in result.output


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*/*.gold.json")), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_bundled_gold_file_is_sound_and_has_its_text(path):
    # only the problem list is shown on failure, so a held-out file is checked without being read by anyone
    assert gold_problems(json.loads(path.read_text(encoding="utf-8"))) == []
    assert path.with_name(path.name.replace(".gold.json", ".txt")).exists()
