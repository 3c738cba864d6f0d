"""Reading documents: exact text for offsets, sidecar metadata, HTML main text, clear errors."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.documents import decode_text, iter_paths, read_document
from kg.errors import InvalidInput


def test_text_is_kept_byte_exact(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes("Line one\r\nLine “two”\n".encode("utf-8"))
    doc = read_document(p)
    assert doc.text == "Line one\r\nLine “two”\n"
    assert doc.id == "a" and doc.url is None


def test_sidecar_metadata(tmp_path):
    (tmp_path / "a.txt").write_text("Kadyrov was designated.", encoding="utf-8")
    (tmp_path / "a.source.json").write_text(json.dumps({"url": "https://example.org/a", "title": "T", "publisher": "P", "date": "2020-07-20", "other": 1}))
    doc = read_document(tmp_path / "a.txt")
    assert (doc.url, doc.title, doc.publisher, doc.date) == ("https://example.org/a", "T", "P", "2020-07-20")


@pytest.mark.parametrize("given,stored", [("2020", "2020"), ("2020-07", "2020-07"), ("2020-07-20", "2020-07-20"), ("2020-07-20T09:30:00Z", "2020-07-20")])
def test_sidecar_date_is_an_iso_date(tmp_path, given, stored):
    (tmp_path / "a.txt").write_text("Kadyrov was designated.", encoding="utf-8")
    (tmp_path / "a.source.json").write_text(json.dumps({"date": given}))
    assert read_document(tmp_path / "a.txt").date == stored


@pytest.mark.parametrize("given", ["last Tuesday", "2024-02-30", "2024-13", "20 July 2020"])
def test_sidecar_date_that_is_no_iso_date_is_refused_naming_the_sidecar(tmp_path, given):
    """The extractor dates undated claims with the document's date, so a free-text date would reach the events."""
    (tmp_path / "a.txt").write_text("Kadyrov was designated.", encoding="utf-8")
    (tmp_path / "a.source.json").write_text(json.dumps({"date": given}))
    with pytest.raises(InvalidInput, match=rf"a\.source\.json: 'date' must be an ISO 8601 date \(YYYY, YYYY-MM or YYYY-MM-DD\), not '{given}'"):
        read_document(tmp_path / "a.txt")


@pytest.mark.parametrize("key,meant", [("URL", "url"), ("publised", "publisher"), ("Date", "date"), ("tittle", "title")])
def test_a_misspelt_sidecar_key_is_refused_rather_than_its_metadata_dropped(tmp_path, key, meant):
    (tmp_path / "a.txt").write_text("Kadyrov was designated.", encoding="utf-8")
    (tmp_path / "a.source.json").write_text(json.dumps({key: "2020-07-20", "source_note": "own notes stay allowed"}))
    with pytest.raises(InvalidInput, match=rf"a\.source\.json: '{key}' is not a sidecar key; did you mean '{meant}'\? \(the keys are url, title, publisher, date\)$"):
        read_document(tmp_path / "a.txt")


def test_bad_sidecar_names_the_sidecar(tmp_path):
    (tmp_path / "a.txt").write_text("x y z", encoding="utf-8")
    (tmp_path / "a.source.json").write_text("{not json")
    with pytest.raises(InvalidInput, match=r"a\.source\.json: not valid JSON \(Expecting property name"):
        read_document(tmp_path / "a.txt")


def test_html_main_text_and_metadata(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(
        """<html><head><title>Treasury sanctions officials</title><meta property="og:url" content="https://example.org/p"></head>
        <body><nav>Home | About</nav><article><h1>Treasury sanctions officials</h1>
        <p>The Treasury Department designated two officials under Executive Order 13818 for serious human rights abuse.</p>
        <p>They were responsible for the torture of detainees in the provincial prison, according to the announcement.</p>
        </article><footer>Copyright</footer></body></html>""",
        encoding="utf-8",
    )
    doc = read_document(p)
    assert "Executive Order 13818" in doc.text and "Copyright" not in doc.text
    assert doc.title == "Treasury sanctions officials"


@pytest.mark.parametrize(
    "content,message",
    [
        (b"caf\xe9", "not valid UTF-8"),
        (b"abc\x00def", "NUL bytes"),
        (b"   \n", "empty document"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "NUL bytes"),
        ("Police detained 40 protesters.".encode("utf-16"), "UTF-16 text; save it as UTF-8"),
        (b"\xfe\xff" + "Police detained 40 protesters.".encode("utf-16-be"), "UTF-16 text; save it as UTF-8"),
    ],
)
def test_unreadable_text_is_a_one_line_error(tmp_path, content, message):
    p = tmp_path / "x.txt"
    p.write_bytes(content)
    with pytest.raises(InvalidInput, match=message) as err:
        read_document(p)
    assert str(err.value).startswith(str(p)) and "\n" not in str(err.value)


PAGE = """<html><head>{meta}<title>Ministère : sanctions</title></head><body><article><h1>Sanctions</h1>
<p>The Council of the European Union imposed an asset freeze on Colonel Dmitry Balaba, head of the Minsk riot police, for the “violent” repression of demonstrators.</p>
<p>Le ministère a confirmé les sanctions contre l’unité de Balaba, which beat and detained hundreds of protesters in August 2020.</p>
</article></body></html>"""


@pytest.mark.parametrize("meta", ['<meta charset="windows-1252">', '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'])
def test_html_in_the_legacy_charset_its_meta_declares_is_read_by_it(tmp_path, meta):
    p = tmp_path / "page.html"
    p.write_bytes(PAGE.format(meta=meta).encode("cp1252"))
    doc = read_document(p)
    assert "the “violent” repression" in doc.text and "Le ministère a confirmé" in doc.text and "l’unité" in doc.text


@pytest.mark.parametrize("meta,message", [
    ("", "not valid UTF-8 (byte"),
    ('<meta charset="shift_jis">', "not valid UTF-8, nor the 'shift_jis' its <meta> declares"),
    ('<meta charset="utf-16">', "not valid UTF-8, nor the 'utf-16' its <meta> declares"),
])
def test_html_in_a_charset_it_does_not_declare_is_refused(tmp_path, meta, message):
    p = tmp_path / "page.html"
    p.write_bytes(PAGE.format(meta=meta).encode("cp1252"))
    with pytest.raises(InvalidInput, match=re.escape(f"{p}: {message}")):
        read_document(p)


def test_html_with_entity_declarations_is_refused(tmp_path):
    p = tmp_path / "x.html"
    p.write_text('<!DOCTYPE html [<!ENTITY a "aaaa">]><html><body>&a;</body></html>')
    with pytest.raises(InvalidInput, match="DTD declarations"):
        read_document(p)


def test_oversized_document_is_refused(tmp_path):
    p = tmp_path / "big.txt"
    p.write_bytes(b"a" * 2000)
    with pytest.raises(InvalidInput, match="over the 1,000-byte limit"):
        read_document(p, max_bytes=1000)


def test_directories_are_walked_in_order(tmp_path):
    for name in ("b.txt", "a.txt", "c.html", "notes.md", "a.source.json"):
        (tmp_path / name).write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "d.txt").write_text("x")
    assert [p.name for p in iter_paths([tmp_path])] == ["a.txt", "b.txt", "c.html", "d.txt"]


@settings(max_examples=200)
@given(st.text())
def test_any_utf8_text_decodes_to_itself(text):
    data = text.encode("utf-8", errors="surrogatepass")
    try:
        decoded = decode_text(data, path="t.txt")
    except InvalidInput as exc:
        assert "\x00" in text or any(0xD800 <= ord(c) <= 0xDFFF for c in text), exc
        return
    assert decoded == (text[1:] if text.startswith("\ufeff") else text)


def test_an_html_page_without_main_text_is_one_line_on_stderr(tmp_path):
    """Run as a user runs it (a fresh process, logging as the CLI sets it up), not through CliRunner."""
    import subprocess
    import sys

    page = tmp_path / "empty.html"
    page.write_text("<html><body></body></html>", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "kg.cli", "claims", str(page)], capture_output=True, text=True, timeout=120)
    assert run.returncode == 1 and run.stdout == ""
    assert run.stderr == f"Error: {page}: no main text found in the HTML\n0 documents, 0 claims, 1 failed\n"
