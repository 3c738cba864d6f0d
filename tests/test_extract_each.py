"""One document an extractor fails on is reported and the others are still extracted, none of them twice without need."""

import pytest

from kg.errors import SourceAbort
from kg.extract.base import Extractor, extract_each
from kg.model import Document, Extraction


class OneAtATime(Extractor):
    """Reads documents one by one (the base extract_many), as the LLM extractor does; fails on texts saying so."""

    NAME = "one.v1"

    def __init__(self):
        self.seen = []

    def extract(self, doc):
        self.seen.append(doc.id)
        if "abort" in doc.text:
            raise SourceAbort("endpoint refused the key")
        if "fail" in doc.text:
            raise ValueError("cannot read this one")
        return Extraction(doc=doc, extractor=self.NAME)


class Batching(OneAtATime):
    """Parses a whole batch first, as nlp.pipe does, then yields the documents in order."""

    def extract_many(self, docs):
        docs = list(docs)
        self.seen.append(tuple(d.id for d in docs))
        for doc in docs:
            if "fail" in doc.text:
                raise ValueError("cannot read this one")
            yield Extraction(doc=doc, extractor=self.NAME)


def docs(*texts):
    return [Document(id=f"d{i}", text=t) for i, t in enumerate(texts)]


def outcome(results):
    return [(doc.id, x is not None, err) for doc, x, err in results]


def test_a_one_at_a_time_extractor_is_asked_once_per_document():
    ex = OneAtATime()
    assert outcome(extract_each(ex, docs("ok", "fail", "ok"))) == [
        ("d0", True, None), ("d1", False, "d1: extraction failed (ValueError: cannot read this one)"), ("d2", True, None)]
    assert ex.seen == ["d0", "d1", "d2"]


def test_a_batching_extractor_goes_on_with_a_new_batch_and_asks_again_only_for_the_failed_one():
    ex = Batching()
    assert [ok for _, ok, _ in outcome(extract_each(ex, docs("ok", "fail", "ok", "ok")))] == [True, False, True, True]
    assert ex.seen == [("d0", "d1", "d2", "d3"), "d1", ("d2", "d3")]


def test_a_single_document_is_never_asked_twice():
    ex = Batching()
    assert outcome(extract_each(ex, docs("fail")))[0][:2] == ("d0", False)
    assert ex.seen == [("d0",)]


def test_an_endpoint_refusing_every_call_stops_the_run():
    ex = OneAtATime()
    with pytest.raises(SourceAbort):
        list(extract_each(ex, docs("ok", "abort", "ok")))
    assert ex.seen == ["d0", "d1"]
