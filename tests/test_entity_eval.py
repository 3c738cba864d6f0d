"""`kg eval --entities`: how many of the gold files' people, bodies and places the extractor made nodes of, of the
right kind, and how many it split into several nodes."""

import json
from pathlib import Path

from kg.cli import cli
from kg.entity_eval import format_entity_errors, score_entities
from kg.evaluate import GoldDoc, read_gold

FIX = Path(__file__).parent / "fixtures" / "eval"


def row(name, typ, names=(), wikidata=None, mentions=1):
    return {"name": name, "type": typ, "wikidata": wikidata, "names": sorted({name, *names}), "mentions": mentions}


def test_found_typed_and_split_by_hand():
    gold = read_gold(FIX)  # Ann Lee (Person), Springfield (Region, Q1), E.O. 13818 (Statute)
    predicted = {"tiny": [
        row("Ann Lee", "Person", mentions=2),
        row("Lee", "Person"),  # a second node for the same person: split
        row("Springfield", "Person", wikidata="Q1"),  # found by its Wikidata ID, typed as a person: wrong kind
    ]}
    errors = []
    s = score_entities(gold, predicted, errors=errors)
    assert s["per_kind"]["person"] == {"gold": 1, "found": 1, "typed_right": 1, "split": 1, "recall": 1.0, "type_accuracy": 1.0}
    assert s["per_kind"]["place"]["found"] == 1 and s["per_kind"]["place"]["typed_right"] == 0
    assert s["per_kind"]["law"]["found"] == 0  # the statute became no node
    assert s["overall"]["gold"] == 3 and s["overall"]["found"] == 2
    kinds = sorted(e["kind"] for e in errors)
    assert kinds == ["miss", "split", "type"]
    listing = format_entity_errors(errors)
    assert "ENT-TYPE" in listing and "predicted Person as 'Springfield'" in listing and "Ann Lee | Lee" in listing


def test_an_entity_the_text_never_names_is_not_scored():
    doc = GoldDoc("d", {"x": {"type": "Country", "names": ["Ruritania"]}, "y": {"type": "Person", "names": ["Ada Cole"]}},
                  [], "Ada Cole spoke.")
    s = score_entities([doc], {"d": []})
    assert s["overall"]["gold"] == 1 and s["per_kind"] == {"person": s["overall"]}


def test_a_name_inside_a_longer_word_does_not_count_as_named():
    doc = GoldDoc("d", {"us": {"type": "Country", "names": ["US"]}}, [], "USAID said so.")
    assert score_entities([doc], {"d": []})["overall"]["gold"] == 0


def test_cli_scores_the_real_extractor(runner):
    res = runner.invoke(cli, ["eval", "--gold", str(FIX), "--entities", "--json"])
    assert res.exit_code == 0, res.output
    ents = json.loads(res.output)["entities"]
    assert ents["overall"]["gold"] == 3
    assert ents["per_kind"]["person"]["found"] == 1 and ents["per_kind"]["person"]["typed_right"] == 1
    text = runner.invoke(cli, ["eval", "--gold", str(FIX), "--entities"])
    assert text.exit_code == 0 and "entities    found  typed  split   gold" in text.output


def test_cli_refuses_entities_with_a_claims_file(runner):
    res = runner.invoke(cli, ["eval", "--gold", str(FIX), "--pred", str(FIX / "tiny.pred.jsonl"), "--entities"])
    assert res.exit_code == 2 and "leave out --pred" in res.output
