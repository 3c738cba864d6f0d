"""Reading source documents: plain text, HTML, directories, and their metadata sidecars.

A ``NAME.txt`` may have a ``NAME.source.json`` beside it with ``url``,
``title``, ``publisher`` and ``date`` (other keys are ignored). HTML goes
through trafilatura's main-text extraction; its metadata comes from the page.
Text is decoded as strict UTF-8 with no newline translation, because evidence
offsets index into exactly this string; an HTML page that is not UTF-8 may be
in the legacy charset its ``<meta>`` declares (offsets index the extracted
main text, not the page's bytes).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path

from kg.errors import InvalidInput
from kg.jsonfile import parse_json
from kg.model import Document, is_calendar_date

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
MAX_BYTES = 20 * 1024 * 1024
MAX_SIDECAR_BYTES = 1024 * 1024
# trafilatura's time grows quadratically with inline elements (8,000 <span>s in one
# paragraph: 21 s; 20,000: minutes), so an HTML page is capped by element count too.
MAX_HTML_ELEMENTS = 20_000
SIDECAR_KEYS = ("url", "title", "publisher", "date")
_DECL = re.compile(rb"<!(ENTITY|ATTLIST|ELEMENT)\b", re.IGNORECASE)


def is_document(path: Path) -> bool:
    return path.suffix.lower() in TEXT_SUFFIXES + HTML_SUFFIXES


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files to read, in a stable order: files as given, directories walked and sorted."""
    for p in map(Path, paths):
        if p.is_dir():
            yield from sorted(f for f in p.rglob("*") if f.is_file() and is_document(f))
        elif p.exists():
            yield p
        else:
            raise InvalidInput(f"{p}: no such file or directory")


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InvalidInput(f"{path}: {size:,} bytes is over the {max_bytes:,}-byte limit for one document")
        return path.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"{path}: cannot read ({exc.strerror or exc})") from exc


def decode_text(data: bytes, path: Path) -> str:
    """Strict UTF-8 (a BOM is dropped); binary data and NUL bytes are refused."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # what Windows editors save as "Unicode"
        raise InvalidInput(f"{path}: UTF-16 text; save it as UTF-8")
    if b"\x00" in data:
        raise InvalidInput(f"{path}: contains NUL bytes; not a text file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidInput(f"{path}: not valid UTF-8 (byte {exc.start}: {data[exc.start:exc.start + 1]!r})") from None
    return text.removeprefix("\ufeff")


def read_sidecar(path: Path) -> dict:
    """Metadata from ``NAME.source.json`` beside ``NAME.txt``; {} when there is none."""
    sidecar = path.with_name(path.stem + ".source.json")
    if not sidecar.exists():
        return {}
    raw = _read_bytes(sidecar, MAX_SIDECAR_BYTES)
    data = parse_json(raw, sidecar)
    if not isinstance(data, dict):
        raise InvalidInput(f"{sidecar}: expected a JSON object")
    for key in sorted(data.keys() - set(SIDECAR_KEYS)):
        # other keys are the user's own notes, but 'URL' or 'publised' would drop the metadata without a word
        if near := difflib.get_close_matches(key.casefold(), SIDECAR_KEYS, 1, 0.75):
            raise InvalidInput(f"{sidecar}: {key!r} is not a sidecar key; did you mean {near[0]!r}? (the keys are {', '.join(SIDECAR_KEYS)})")
    meta = {}
    for key in SIDECAR_KEYS:
        value = data.get(key)
        if value is not None and not isinstance(value, str):
            raise InvalidInput(f"{sidecar}: {key!r} must be a string")
        if value and not _encodable(value):  # "\ud800" escapes decode to lone surrogates
            raise InvalidInput(f"{sidecar}: {key!r} is not valid Unicode (lone surrogate escape)")
        meta[key] = value or None
    if meta.get("date"):
        meta["date"] = _iso_date(meta["date"], sidecar)
    return meta


def _iso_date(value: str, sidecar: Path) -> str:
    """The date of an ISO 8601 date or date-time, as YYYY, YYYY-MM or YYYY-MM-DD.

    The extractor dates a document's undated claims with it, and the claims
    contract allows only ISO dates there: "last Tuesday" or 2024-02-30 would
    pass straight into the graph's events.
    """
    value = value.strip()
    day = value[:10] if len(value) > 10 and value[10] in "T " else value
    try:
        if day != value:
            datetime.fromisoformat(value.replace("Z", "+00:00"))  # the time part must be a time too
    except ValueError:
        day = ""
    if is_calendar_date(day):
        return day
    raise InvalidInput(f"{sidecar}: 'date' must be an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD), not {value!r}")


def _encodable(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def _decode_html(data: bytes, path: Path) -> str:
    """UTF-8, else the charset the page declares in a ``<meta>`` near its top.

    Older official sites still serve windows-1252 or ISO-8859-1 pages that say
    so; evidence offsets index the main text extracted from the decoded page,
    never the bytes, so decoding by the declared charset keeps them exact.
    """
    try:
        return decode_text(data, path)
    except InvalidInput:
        found = _CHARSET.search(data[:4096])
        if found is None or b"\x00" in data:
            raise
        import codecs

        try:
            name = codecs.lookup(found.group(1).decode("ascii")).name
            if name in ("iso8859-1", "ascii"):  # as browsers do (WHATWG): these labels mean windows-1252
                name = "cp1252" if _decodes(data, "cp1252") else name
            text = data.decode(name)
            if name == "utf-8" or found.group(0).decode("ascii") not in text:  # a <meta> can only name an ASCII-compatible charset
                raise LookupError
            return text.removeprefix("\ufeff")
        except (LookupError, ValueError):  # UnicodeError, from any codec, is a ValueError
            raise InvalidInput(f"{path}: not valid UTF-8, nor the {found.group(1).decode('ascii')!r} its <meta> declares") from None


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def _html_document(path: Path, data: bytes) -> Document:
    if _DECL.search(data):
        raise InvalidInput(f"{path}: DTD declarations (<!ENTITY ...>) are not accepted in HTML")
    elements = data.count(b"<") - data.count(b"</")
    if elements > MAX_HTML_ELEMENTS:
        raise InvalidInput(f"{path}: about {elements:,} HTML elements is over the {MAX_HTML_ELEMENTS:,}-element limit for one page")
    html = _decode_html(data, path)
    import trafilatura  # heavy; only for HTML input

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not text:
        raise InvalidInput(f"{path}: no main text found in the HTML")
    meta = trafilatura.extract_metadata(html)
    get = (lambda k: getattr(meta, k, None) or None) if meta is not None else (lambda k: None)
    return Document(id=path.stem, text=text, url=get("url"), title=get("title"), publisher=get("sitename"), date=get("date"), path=str(path))


def read_document(path: str | Path, *, max_bytes: int = MAX_BYTES) -> Document:
    """Read one ``.txt`` or ``.html`` file into a :class:`Document`."""
    path = Path(path)
    if not is_document(path):
        raise InvalidInput(f"{path}: unsupported document type {path.suffix!r} (expected .txt, .html or .htm)")
    data = _read_bytes(path, max_bytes)
    if path.suffix.lower() in HTML_SUFFIXES:
        return _html_document(path, data)
    text = decode_text(data, path)
    if not text.strip():
        raise InvalidInput(f"{path}: empty document")
    meta = read_sidecar(path)
    return Document(id=path.stem, text=text, path=str(path), **meta)


def read_documents(paths: Iterable[str | Path], *, max_bytes: int = MAX_BYTES) -> Iterator[Document]:
    for path in iter_paths(paths):
        yield read_document(path, max_bytes=max_bytes)
