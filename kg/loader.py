"""Loading RDF files users already have, safely: parse completely first, write only if it all parses (or, into
a store created for the load, write and remove it all again if a file does not parse).

pyoxigraph parses every format here (Turtle, N-Triples, N-Quads, TriG,
RDF/XML, JSON-LD). Its JSON-LD parser has no document loader, so remote or
``file:`` contexts are refused rather than fetched; XML DTDs are refused
before parsing because its RDF/XML parser would expand entity declarations.
Nesting depth is capped before parsing too: pyoxigraph's JSON-LD parser needs
memory quadratic in the depth (1.7 GB at depth 3,000, a stack overflow that
kills the process at 10,000) and its RDF/XML parser time quadratic in it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox

from kg.errors import InvalidInput
from kg.store import Store

FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "rdfxml": ox.RdfFormat.RDF_XML,
    "jsonld": ox.RdfFormat.JSON_LD,
    "n3": ox.RdfFormat.N3,
}
# The extensions each format usually travels under (.owl and .xml files are nearly always RDF/XML).
_EXTENSIONS = {
    ".ttl": "turtle", ".turtle": "turtle",
    ".nt": "ntriples", ".ntriples": "ntriples",
    ".nq": "nquads", ".nquads": "nquads",
    ".trig": "trig",
    ".rdf": "rdfxml", ".owl": "rdfxml", ".xml": "rdfxml",
    ".jsonld": "jsonld", ".json-ld": "jsonld", ".json": "jsonld",
    ".n3": "n3",
}
_XML_DECL = re.compile(rb"<!(DOCTYPE|ENTITY)", re.IGNORECASE)
MAX_DEPTH = 256  # nesting of JSON arrays/objects or XML elements; real data stays far below
_JSON_TOKEN = re.compile(rb'\\.|["\[\]{}]', re.DOTALL)


def format_of(path: Path) -> str | None:
    """The RDF format a file name announces, or None; ``kg export -o`` reads it too, so that a
    file it writes loads back under the same name."""
    return _EXTENSIONS.get(path.suffix.lower())


def guess_format(path: Path) -> str:
    fmt = format_of(path)
    if fmt is None:
        raise InvalidInput(f"{path}: cannot tell the RDF format from {path.suffix!r}; pass --format ({', '.join(FORMATS)})")
    return fmt


def refuse_dtd(path: Path) -> None:
    """Refuse XML with a DOCTYPE or ENTITY declaration (entity bombs, external entities)."""
    with path.open("rb") as fh:
        tail = b""
        while chunk := fh.read(1 << 20):
            if _XML_DECL.search(tail + chunk):
                raise InvalidInput(f"{path}: XML DOCTYPE/ENTITY declarations are not accepted (entity expansion is unsafe)")
            tail = chunk[-16:]


def _too_deep(path: Path, max_depth: int) -> InvalidInput:
    return InvalidInput(f"{path}: nested more than {max_depth} levels deep; refused (parsing it would need unbounded memory)")


def check_json_depth(path: Path, max_depth: int = MAX_DEPTH) -> None:
    """Refuse JSON nested deeper than ``max_depth``, reading in chunks without building the tree."""
    depth, in_string, carry = 0, False, b""
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            data = carry + chunk
            trailing = len(data) - len(data.rstrip(b"\\"))
            data, carry = (data[:-1], b"\\") if trailing % 2 else (data, b"")  # an escape split across chunks
            for m in _JSON_TOKEN.finditer(data):
                tok = m.group()
                if tok == b'"':
                    in_string = not in_string
                elif in_string:
                    continue
                elif tok in (b"[", b"{"):
                    depth += 1
                    if depth > max_depth:
                        raise _too_deep(path, max_depth)
                elif tok in (b"]", b"}"):
                    depth -= 1


def check_xml_depth(path: Path, max_depth: int = MAX_DEPTH) -> None:
    """Refuse XML nested deeper than ``max_depth`` (expat, streaming; DTDs refused here too)."""
    from xml.parsers import expat

    parser = expat.ParserCreate()
    depth = 0

    def start(_name, _attrs):
        nonlocal depth
        depth += 1
        if depth > max_depth:
            raise _too_deep(path, max_depth)

    def end(_name):
        nonlocal depth
        depth -= 1

    def no_dtd(*_args):
        raise InvalidInput(f"{path}: XML DOCTYPE/ENTITY declarations are not accepted (entity expansion is unsafe)")

    parser.StartElementHandler, parser.EndElementHandler = start, end
    parser.StartDoctypeDeclHandler = parser.EntityDeclHandler = no_dtd
    try:
        with path.open("rb") as fh:
            parser.ParseFile(fh)
    except expat.ExpatError:
        pass  # malformed XML: pyoxigraph's parser reports it with a better message


def check_parses(path: Path, fmt: str) -> int:
    """Parse the whole file without storing it; return its quad count or raise InvalidInput."""
    if fmt == "rdfxml":
        refuse_dtd(path)
        check_xml_depth(path)
    elif fmt == "jsonld":
        check_json_depth(path)
    count = 0
    try:
        for _ in ox.parse(path=str(path), format=FORMATS[fmt]):
            count += 1
    except (SyntaxError, UnicodeDecodeError) as exc:
        raise _not_parsed(path, fmt, exc) from None
    except OSError as exc:
        raise InvalidInput(f"{path}: cannot read ({exc.strerror or exc})") from None
    return count


def _not_parsed(path: Path, fmt: str, exc: SyntaxError | UnicodeDecodeError) -> InvalidInput:
    """The one-line error for a file the parser refused, however it was read (checked first or bulk-loaded)."""
    if isinstance(exc, UnicodeDecodeError):
        return InvalidInput(f"{path}: not valid UTF-8 ({exc.reason})")
    return InvalidInput(f"{path}: not valid {fmt} ({str(exc).splitlines()[0]})")


BULK_THRESHOLD = 16 * 1024 * 1024


# Line formats: one statement a line, so a file's statements are counted without parsing it.
_LINE_FORMATS = ("nquads", "ntriples")


def count_statements(path: Path) -> int:
    """The statements of an N-Quads or N-Triples file: its lines that are neither blank nor a comment."""
    n = 0
    with path.open("rb") as fh:
        for line in fh:
            s = line.lstrip()
            if s and not s.startswith(b"#"):
                n += 1
    return n


def load(store: Store, paths, *, fmt: str | None = None, graph: str | None = None, bulk: bool | None = None,
         fresh: bool = False) -> dict[str, int]:
    """Check every file parses, then load them; returns quads per file. Nothing is written if any file fails.

    ``bulk=None`` picks per file: small files go in one transaction, files over
    16 MB through Oxigraph's bulk loader (about 3x faster, 5x smaller on disk,
    but not atomic: a crash mid-load can leave part of that file, never a
    parse error, since every file was parsed completely first).

    ``fresh`` says the store was created for this load and holds nothing of the
    user's: then an N-Quads or N-Triples file bound for the bulk loader is not
    parsed first (a quarter of the load's time), since on a parse error the
    store is emptied instead, which leaves it as it was. Its count is its
    statement lines, what the parse would have counted.
    """
    if graph is not None:
        try:
            ox.NamedNode(graph)
        except ValueError as exc:
            raise InvalidInput(f"--graph {graph!r} is not an IRI ({exc})") from None
    plan = []
    for p in map(Path, paths):
        if p.is_dir():
            raise InvalidInput(f"{p}: is a folder; name the RDF files in it (e.g. {p / '*.ttl'})")
        if not p.is_file():
            raise InvalidInput(f"{p}: no such file")
        f = fmt or guess_format(p)
        use_bulk = (bulk if bulk is not None else p.stat().st_size > BULK_THRESHOLD) and hasattr(store, "bulk_load")
        unchecked = fresh and use_bulk and f in _LINE_FORMATS and hasattr(store, "clear")
        plan.append((p, f, use_bulk, unchecked, None if unchecked else check_parses(p, f)))
    counts = {}
    for p, f, use_bulk, unchecked, n in plan:
        if unchecked:
            n = _load_unchecked(store, p, f, graph)
        elif use_bulk:
            store.bulk_load(p, FORMATS[f], graph=graph)
        else:
            store.load_file(p, FORMATS[f], graph=graph)
        counts[str(p)] = n
    return counts


def _load_unchecked(store: Store, path: Path, fmt: str, graph: str | None) -> int:
    """Bulk-load a line-format file into a fresh store without parsing it first; a file that does not parse
    empties the store again (it held nothing of the user's) and is reported as ``check_parses`` reports it."""
    try:
        store.bulk_load(path, FORMATS[fmt], graph=graph, raw_errors=True)
    except BaseException as exc:
        store.clear()
        if isinstance(exc, (SyntaxError, UnicodeDecodeError)):
            raise _not_parsed(path, fmt, exc) from None
        raise
    return count_statements(path)
