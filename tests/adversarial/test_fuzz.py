"""Hypothesis fuzzing of every input format and of `kg claims`: only KGError subclasses may escape.

In-process (kg.loader.check_parses, kg.documents.read_document, the rules
extractor and the claims JSONL writer), KG_FUZZ_EXAMPLES cases per entry
point (default 1,000; see docs/reliability.md for the long run).
"""

from __future__ import annotations

import contextlib
import json
import signal
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.errors import KGError

from .conftest import DESIGNATION, FUZZ, TORTURE

SETTINGS = FUZZ
WORK = Path(tempfile.mkdtemp(prefix="kg-fuzz-"))

SEEDS = {
    "turtle": ('@prefix ex: <http://example.org/> .\nex:a ex:name "Kadyrov"@en ; ex:n 3 ; ex:l ( ex:b "c" ) ; ex:k [ ex:p ex:q ] .\n', ".ttl"),
    "ntriples": ('<http://example.org/a> <http://example.org/name> "Kadyrov\\u00e9"^^<http://www.w3.org/2001/XMLSchema#string> .\n_:b <http://example.org/p> "x"@en .\n', ".nt"),
    "nquads": ('<http://example.org/a> <http://example.org/name> "Kadyrov" <http://example.org/g> .\n_:b <http://example.org/p> _:c .\n', ".nq"),
    "trig": ('@prefix ex: <http://example.org/> .\nex:g { ex:a ex:name "Kadyrov" ; ex:k [ ex:p 1.5e3 ] . }\n{ ex:b ex:p ex:c }\n', ".trig"),
    "rdfxml": ('<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">'
               '<rdf:Description rdf:about="http://example.org/a" ex:attr="v"><ex:name xml:lang="en">Kadyrov</ex:name>'
               '<ex:k rdf:parseType="Resource"><ex:p rdf:resource="http://example.org/q"/></ex:k></rdf:Description></rdf:RDF>\n', ".rdf"),
    "jsonld": ('{"@context": {"ex": "http://example.org/", "name": "ex:name", "k": {"@id": "ex:k", "@type": "@id"}}, '
               '"@graph": [{"@id": "ex:a", "name": ["Kadyrov", {"@value": "K", "@language": "en"}], "k": "ex:b"}]}', ".jsonld"),
}
TOKENS = ["<", ">", "\"", "'", "{", "}", "[", "]", "(", ")", "@", ":", ".", ";", ",", "\\", "\\u", "#", "_:", "^^", "\n", "\x00", "\udfff".encode("utf-8", "surrogatepass").decode("latin-1"),
          "<!DOCTYPE", "<!ENTITY x SYSTEM 'http://127.0.0.1:9/'>", "&x;", "@context", "\"@context\": \"http://127.0.0.1:9/c\"", "@prefix", "rdf:parseType=\"Literal\"", "\u202e", "\ufeff", "é", "𝕂"]


EDITS = ("delete", "token", "bytes", "dup", "truncate")
TOKEN_BYTES = [t.encode("utf-8", "surrogatepass") for t in TOKENS]


def apply_edits(seed: str, program: bytes, payload: bytes) -> bytes:
    """The seed with up to six edits: deletions, insertions of syntax tokens or random bytes, duplications, truncation.

    Each edit is 4 bytes of ``program`` (kind, position high and low byte, argument), random
    bytes come from ``payload``. Two draws per example instead of a dozen keeps hypothesis's
    own cost per case low (it dominated the fuzz time), and shrinking still works: a shorter
    program is fewer edits, smaller bytes are earlier positions and shorter runs.
    """
    data = seed.encode("utf-8")
    for i in range(0, min(len(program), 24) - 3, 4):
        kind, hi, lo, arg = program[i:i + 4]
        pos = ((hi << 8) | lo) % (len(data) + 1)
        op = EDITS[kind % len(EDITS)]
        if op == "delete":
            data = data[:pos] + data[pos + 1 + arg % 8:]
        elif op == "token":
            data = data[:pos] + TOKEN_BYTES[arg % len(TOKEN_BYTES)] + data[pos:]
        elif op == "bytes":
            take, payload = payload[: 1 + arg % 8], payload[1 + arg % 8:]
            data = data[:pos] + take + data[pos:]
        elif op == "dup":
            data = data[:pos] + data[pos:pos + 1 + arg % 40] * (2 + arg % 29) + data[pos:]
        else:
            data = data[:pos]
    return data


def mutated(seed: str):
    return st.tuples(st.binary(max_size=24), st.binary(max_size=48)).map(lambda t: apply_edits(seed, *t))


def _file(suffix: str, data: bytes, name: str = "f") -> Path:
    """One file per name and suffix, overwritten by each example (examples run one at a time)."""
    path = WORK / f"{name}{suffix}"
    path.with_name(f"{name}.source.json").unlink(missing_ok=True)
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("fmt", sorted(SEEDS))
def test_fuzz_rdf_formats(fmt):
    from kg.loader import check_parses

    seed, suffix = SEEDS[fmt]

    @SETTINGS
    @given(mutated(seed))
    def fuzz(data):
        path = _file(suffix, data)
        try:
            n = check_parses(path, fmt)
            assert n >= 0
        except KGError as exc:
            assert "\n" not in str(exc)

    fuzz()


# Unicode blocks that upset text handling: Latin-1 and C1 controls, combining marks, Hebrew/Arabic,
# general punctuation (bidi controls, zero-width, line separators), CJK, variation selectors and
# specials, mathematical letters, emoji. No surrogates: they cannot be written as UTF-8.
BLOCKS = [(0xA0, 0x250), (0x300, 0x370), (0x590, 0x700), (0x2000, 0x2070), (0x3000, 0x3100), (0x4E00, 0x4F00), (0xFE00, 0xFE10),
          (0xFFF0, 0x10000), (0x1D400, 0x1D500), (0x1F300, 0x1F700)]


def decode_text(raw: bytes) -> str:
    """Text from random bytes: bytes under 0xC0 are that code point (ASCII, controls, C1); a higher byte picks
    a block from BLOCKS and the next byte a character in it. One draw per text instead of one per
    character (what st.text costs) keeps the fuzz fast, and shrinking still shortens the text."""
    out, i = [], 0
    while i < len(raw):
        b = raw[i]
        if b < 0xC0:
            out.append(chr(b))
            i += 1
        else:
            lo, hi = BLOCKS[b % len(BLOCKS)]
            out.append(chr(lo + (raw[i + 1] if i + 1 < len(raw) else 0) * 97 % (hi - lo)))
            i += 2
    return "".join(out)


TEXT = st.binary(max_size=300).map(decode_text)
PHRASES = [DESIGNATION, TORTURE, "<script>alert(1)</script>", "\u202e", "\r\n", "\x00", "Section 7031(c)", "Kadyrov's", "&amp;", "\ufeff"]


def with_phrases(raw: bytes, program: bytes) -> str:
    """Random text with up to eight PHRASES spliced in; each pair of ``program`` bytes is (where, which)."""
    text = decode_text(raw)
    for i in range(0, min(len(program), 16) - 1, 2):
        pos = program[i] * (len(text) + 1) // 256
        text = text[:pos] + PHRASES[program[i + 1] % len(PHRASES)] + text[pos:]
    return text


HOSTILE_TEXT = st.tuples(st.binary(max_size=300), st.binary(max_size=16)).map(lambda t: with_phrases(*t))


def _read_or_one_line_error(path):
    """The document at ``path``, or None after checking its refusal is one line; its text must be valid UTF-8."""
    from kg.documents import read_document

    try:
        doc = read_document(path)
    except KGError as exc:
        assert "\n" not in str(exc)
        return None
    doc.text.encode("utf-8")
    return doc


def test_fuzz_txt_documents():
    @SETTINGS
    @given(st.one_of(HOSTILE_TEXT.map(lambda t: t.encode("utf-8")), st.binary(max_size=200), mutated(DESIGNATION + "\n" + TORTURE)))
    def fuzz(data):
        doc = _read_or_one_line_error(_file(".txt", data))
        if doc is None:
            return
        assert doc.text.strip()

    fuzz()


def test_fuzz_html_documents():
    page = f"<html><head><title>T</title></head><body><article><p>{DESIGNATION}</p><p>{TORTURE} More text follows here to be main text.</p></article></body></html>"

    @SETTINGS
    @given(st.one_of(mutated(page), HOSTILE_TEXT.map(lambda t: f"<html><body><article><p>{t}</p></article></body></html>".encode("utf-8", "surrogatepass"))))
    def fuzz(data):
        _read_or_one_line_error(_file(".html", data))

    fuzz()


SIDECAR_VALUES = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | TEXT, lambda c: st.lists(c, max_size=3) | st.dictionaries(TEXT, c, max_size=3), max_leaves=10)


def test_fuzz_sidecars():
    from kg.documents import read_document

    keys = st.sampled_from(["url", "title", "publisher", "date", "other", ""])

    @SETTINGS
    @given(st.one_of(st.dictionaries(keys, SIDECAR_VALUES, max_size=5).map(lambda d: json.dumps(d).encode()),
                     mutated('{"url": "https://example.org/a", "title": "T", "publisher": "P", "date": "2020-07-20"}'), st.binary(max_size=100)))
    def fuzz(data):
        doc_path = _file(".txt", DESIGNATION.encode(), name="a")
        doc_path.with_name("a.source.json").write_bytes(data)
        try:
            doc = read_document(doc_path)
        except KGError as exc:
            assert "\n" not in str(exc)
            return
        for value in (doc.url, doc.title, doc.publisher, doc.date):
            assert value is None or isinstance(value, str) and value.encode("utf-8")

    fuzz()


@contextlib.contextmanager
def time_limit(seconds: int):
    def stop(*_):
        raise TimeoutError(f"did not finish in {seconds} s")

    old = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


@pytest.fixture(scope="module")
def rules():
    from kg.extract import get_extractor

    return get_extractor("rules")


def test_fuzz_claims(rules):
    """What `kg claims` does per document: extract, then write the claims JSONL; evidence must quote the text."""
    from kg.claimsjson import to_jsonl
    from kg.model import Document
    from kg.rdf import extraction_quads

    words = (["Ramzan", "Kadyrov", "designated", "under", "Section", "7031(c)", "the", "State", "Department", "Treasury", "sanctioned",
                             "torture", "in", "Chechnya", "he", "his", "said", ".", ",", "\n", "Global", "Magnitsky", "Act", "E.O.", "13818", "on", "July", "20", "2020",
                             "accused", "of", "denied", "<b>", "\u202e", "(", ")", "'s", "Mr.", "General", "Minister", "\u00a0", "—", "𝕂"])

    def sentence(raw: bytes, sep: str) -> str:  # one byte per word: one draw per text, and shrinking drops words
        return sep.join(words[b % len(words)] for b in raw)

    texts = st.one_of(st.binary(max_size=80).map(lambda b: sentence(b, " ")), HOSTILE_TEXT, st.binary(max_size=40).map(lambda b: sentence(b, "")))

    @SETTINGS
    @given(texts.filter(lambda t: t.strip()))
    def fuzz(text):
        doc = Document(id="fuzz", text=text)
        with time_limit(30):  # a hang fails this example instead of hanging CI
            extraction = rules.extract(doc)
        out = to_jsonl(extraction)
        for line in out.splitlines():  # one claim a line for every reader: U+2028, U+0085, ... are escaped
            json.loads(line)
        assert out.endswith("\n") or not out
        for claim in extraction.claims:
            for span in claim.evidence:
                assert text[span.start:span.end] == span.text
        extraction_quads(extraction)

    fuzz()


def test_state_title_without_any_country_terminates(rules):
    """Found by test_fuzz_claims: a state title ("Minister") in a text naming no country made
    _context_positions re-append to the list it was walking; extraction never ended and memory grew."""
    from kg.model import Document

    text = ("Global Kadyrov Kadyrov Kadyrov \u2014 ( Ramzan 13818 Chechnya 20 Kadyrov \u202e he 2020 denied ) he Act he he accused , Kadyrov July ) \u2014 "
            "the torture \xa0 , State Magnitsky <b> 20 <b> \U0001d542 in \n , Mr. denied <b> on Mr. designated of his on July \U0001d542 torture E.O. ) E.O. "
            "7031(c) 2020 \U0001d542 <b> the sanctioned \u202e on E.O. denied Kadyrov of designated \n Minister Mr. Mr. on \u2014 sanctioned sanctioned <b>")

    with time_limit(20):
        rules.extract(Document(id="x", text=text))
