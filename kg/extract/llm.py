"""An optional extractor that asks any OpenAI-compatible chat endpoint for claims.

The model gets the document (in paragraph chunks when long) and a system prompt
generated from the ontology (claim types, roles, codes). It answers with claims
whose roles name entities and whose evidence is *quoted*, never located: every
quote is re-anchored to offsets of ``doc.text`` here (:mod:`kg.extract.anchor`)
and everything the text does not support is dropped:

- a quote that cannot be found in the text; a claim left with no evidence;
- an entity whose name is not in the text (and no gazetteer alias of it is):
  the role goes, and the claim too when that was a key role;
- a code that is not a notation of the role's SKOS scheme, a date that is not
  an ISO 8601 prefix, a role the claim type does not have.

HTTP goes through :class:`ChatClient`: stdlib ``urllib``, a timeout, retries
with exponential back-off (honouring ``Retry-After``) on 429, 5xx, timeouts and
connection errors, a disk cache keyed by the SHA-256 of the request body
(without the URL), and an offline mode that answers only from that cache.
"""

from __future__ import annotations

import email.utils
import hashlib
import json
import logging
import os
import re
import socket
import time
import urllib.error
import urllib.request
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from string import Template

from rdflib import RDFS, URIRef

from kg import __version__, ontology
from kg.errors import KGError, SourceAbort, SourceError
from kg.extract import gazetteer as gz
from kg.extract.anchor import Anchorer
from kg.extract.base import Extractor
from kg.model import Claim, Document, Entity, Extraction, Span

log = logging.getLogger(__name__)

RETRY_STATUS = {408, 409, 425, 429, 500, 502, 503, 504}
DATE_RE = re.compile(r"^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$")
OFFLINE_URL = "http://offline.invalid/v1"  # stands in for a URL in offline mode; never contacted
USER_AGENT = f"rightsgraph/{__version__} (kg llm extractor)"
# Abstract classes an LLM may name; each maps to the concrete type used instead.
ABSTRACT_TYPES = {"Entity": "Organization", "Agent": "Organization", "LegalInstrument": "Statute"}


def _truthy(value: str | None) -> bool:
    return (value or "").strip().lower() in ("1", "true", "yes", "on")


def default_cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("rightsgraph", appauthor=False)) / "llm"


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.casefold()).strip("_") or "x"


# --- what the ontology allows --------------------------------------------------------------


@dataclass(frozen=True)
class Schema:
    """Claim types, their roles and codes, and entity types: all read from the ontology."""

    types: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]  # type -> (key roles, other roles)
    kinds: dict[str, str]  # role -> entity | code | date | text
    codes: dict[str, tuple[str, ...]]  # code role -> notations
    entity_types: tuple[str, ...]
    statuses: tuple[str, ...]


@cache
def schema() -> Schema:
    onto = ontology.get()
    g = onto.graph
    event = ontology.KGN.Event
    types = {}
    for ctype, cls in sorted(onto.claim_types.items()):
        keys = onto.key_roles[ctype]
        others = []
        for name, role in sorted(onto.roles.items()):
            if name in keys or name == "status":
                continue
            domains = set(g.objects(role.property, RDFS.domain))
            if cls in domains or event in domains:
                others.append(name)
        types[ctype] = (keys, tuple(others))
    kinds = {name: r.kind for name, r in onto.roles.items()}
    codes = {name: tuple(sorted(onto.concept_labels(str(r.scheme).rsplit("#", 1)[-1]))) for name, r in onto.roles.items() if r.kind == "code"}
    entity_root = ontology.KGN.Entity
    sub = {s for s in g.transitive_subjects(RDFS.subClassOf, entity_root) if isinstance(s, URIRef) and str(s).startswith(ontology.KG_NS)}
    etypes = tuple(sorted(str(s)[len(ontology.KG_NS):] for s in sub if str(s)[len(ontology.KG_NS):] not in ABSTRACT_TYPES))
    return Schema(types, kinds, {k: v for k, v in codes.items() if k != "status"}, etypes, codes.get("status", ()))


@cache
def system_prompt() -> str:
    sc = schema()
    lines = []
    for ctype, (keys, others) in sc.types.items():
        lines.append(f"- {ctype}: key roles {', '.join(keys)}; other roles {', '.join(others) or '-'}")
    codes = [f"- {role}: {', '.join(values)}" for role, values in sorted(sc.codes.items())]
    codes.append(f"- status (a claim field, not a role): {', '.join(sc.statuses)}")
    template = Template(resources.files("kg.extract").joinpath("llm_prompt.md").read_text(encoding="utf-8"))
    return template.substitute(
        types="\n".join(lines),
        entity_types=", ".join(sc.entity_types),
        codes="\n".join(codes),
        date_roles=", ".join(sorted(r for r, k in sc.kinds.items() if k == "date")),
    )


# --- HTTP ----------------------------------------------------------------------------------


class _Retryable(Exception):
    def __init__(self, message: str, retry_after: float | None = None):
        super().__init__(message)
        self.retry_after = retry_after


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


class ChatClient:
    """POST {url}/chat/completions with a timeout, retries, a disk cache and an offline mode.

    ``backoff`` seconds before the first retry, doubled each time, capped at
    ``max_backoff``; a ``Retry-After`` header (seconds or HTTP date) replaces
    the computed wait, also capped. ``requests_made`` counts HTTP requests.
    """

    backoff = 1.0
    max_backoff = 60.0

    def __init__(self, url: str, *, api_key: str | None = None, timeout: float = 60, retries: int = 3,
                 cache_dir: Path | str | None = None, offline: bool = False, backoff: float | None = None,
                 max_backoff: float | None = None):
        url = url.rstrip("/")
        if url.endswith("/chat/completions"):
            url = url[: -len("/chat/completions")]
        if not url.endswith("/v1"):
            url += "/v1"
        self.base = url
        self.endpoint = url + "/chat/completions"
        self.api_key = api_key
        self.timeout = timeout
        self.retries = retries
        self.cache_dir = Path(cache_dir) if cache_dir else default_cache_dir()
        self.offline = offline
        if backoff is not None:
            self.backoff = backoff
        if max_backoff is not None:
            self.max_backoff = max_backoff
        self.json_mode = True  # send response_format until the server refuses it
        self.requests_made = 0
        self.sleeps: list[float] = []

    # cache: keyed by the request body without URL or response_format, so the
    # same question asked of another host or without JSON mode is still a hit
    def cache_path(self, body: dict) -> Path:
        key = {k: v for k, v in body.items() if k != "response_format"}
        digest = hashlib.sha256(json.dumps(key, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()
        return self.cache_dir / digest[:2] / f"{digest}.json"

    def _cached(self, path: Path) -> dict | None:
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def store(self, body: dict, answer: dict) -> None:
        path = self.cache_path(body)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.part")
            tmp.write_text(json.dumps(answer, ensure_ascii=False), encoding="utf-8")
            tmp.replace(path)
        except OSError as exc:  # a cache that cannot be written only costs time and money
            log.warning("cannot write LLM cache %s: %s", path, exc)

    def cached(self, body: dict) -> dict | None:
        return self._cached(self.cache_path(body))

    def complete(self, body: dict, what: str) -> tuple[dict, bool]:
        """The parsed JSON answer to ``body`` and whether it came from the cache.

        ``what`` names the document in error messages. The caller stores the
        answer with :meth:`store` once it is known to be usable.
        """
        hit = self.cached(body)
        if hit is not None:
            return hit, True
        if self.offline:
            where = "the endpoint" if self.base == OFFLINE_URL else self.base
            raise KGError(
                f"{what}: no cached LLM answer and offline mode is on (KG_LLM_OFFLINE / offline=True); "
                f"run once online against {where} to fill the cache in {self.cache_dir}"
            )
        attempts = self.retries + 1
        last = ""
        for attempt in range(attempts):
            try:
                return self._post(body, what), False
            except _Retryable as exc:
                last = str(exc)
                if attempt + 1 >= attempts:
                    break
                wait = exc.retry_after if exc.retry_after is not None else self.backoff * 2**attempt
                wait = min(wait, self.max_backoff)
                log.info("%s: %s; retry %d/%d in %.1fs", what, last, attempt + 1, self.retries, wait)
                self.sleeps.append(wait)
                time.sleep(wait)
        raise SourceError(f"{what}: LLM endpoint {self.endpoint} failed after {attempts} attempts ({last})")

    def _post(self, body: dict, what: str) -> dict:
        send = dict(body)
        if self.json_mode:
            send["response_format"] = {"type": "json_object"}
        headers = {"Content-Type": "application/json", "Accept": "application/json", "User-Agent": USER_AGENT}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        req = urllib.request.Request(self.endpoint, data=json.dumps(send).encode("utf-8"), headers=headers, method="POST")
        self.requests_made += 1
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                raw = resp.read()
        except urllib.error.HTTPError as exc:
            detail = _error_detail(exc)
            if exc.code in (401, 403):
                raise SourceAbort(f"LLM endpoint {self.endpoint}: HTTP {exc.code} {exc.reason} (check KG_LLM_API_KEY){detail}") from None
            if exc.code == 400 and self.json_mode:
                # an older server that does not know response_format: ask again without it
                log.info("%s: %s refused response_format (HTTP 400); retrying without JSON mode", what, self.endpoint)
                self.json_mode = False
                return self._post(body, what)
            if exc.code in RETRY_STATUS:
                raise _Retryable(f"HTTP {exc.code} {exc.reason}", _retry_after(exc.headers.get("Retry-After"))) from None
            raise SourceError(f"{what}: LLM endpoint {self.endpoint}: HTTP {exc.code} {exc.reason}{detail}") from None
        except (TimeoutError, socket.timeout):
            raise _Retryable(f"timed out after {self.timeout:g}s") from None
        except urllib.error.URLError as exc:
            if isinstance(exc.reason, (TimeoutError, socket.timeout)):
                raise _Retryable(f"timed out after {self.timeout:g}s") from None
            raise _Retryable(f"cannot connect: {exc.reason}") from None
        except (ConnectionError, OSError) as exc:
            raise _Retryable(f"connection failed: {exc}") from None
        try:
            return json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise _Retryable("answer is not JSON") from None


def _error_detail(exc: urllib.error.HTTPError) -> str:
    try:
        text = exc.read(300).decode("utf-8", "replace")
    except Exception:  # the body is only decoration for the message
        return ""
    text = " ".join(text.split())
    return f": {text[:200]}" if text else ""


# --- parsing the model's answer ------------------------------------------------------------

_FENCE = re.compile(r"```(?:json|JSON)?\s*(.*?)```", re.S)


def parse_claims(content: str) -> list[dict] | None:
    """The list of claim objects in a model's answer, or ``None`` when it holds no JSON.

    Accepts ``{"claims": [...]}``, a bare list, JSON inside a code fence, and
    prose before or after the JSON.
    """
    if not isinstance(content, str):
        return None
    candidates = [m.group(1) for m in _FENCE.finditer(content)] + [content]
    decoder = json.JSONDecoder()
    for cand in candidates:
        for i, ch in enumerate(cand):
            if ch not in "{[":
                continue
            try:
                value, _ = decoder.raw_decode(cand, i)
            except ValueError:
                continue
            if isinstance(value, dict):
                value = value.get("claims", [value] if "type" in value else None)
            if isinstance(value, list):
                return [c for c in value if isinstance(c, dict)]
    return None


def chunk_paragraphs(text: str, max_chars: int) -> list[tuple[int, int]]:
    """``(start, end)`` ranges covering ``text``, split at blank lines (or lines), each at most about ``max_chars``."""
    if len(text) <= max_chars:
        return [(0, len(text))]
    cuts = [m.end() for m in re.finditer(r"\n\s*\n", text)] or [m.end() for m in re.finditer(r"\n", text)]
    out: list[tuple[int, int]] = []
    start = 0
    last = 0
    for cut in [*cuts, len(text)]:
        if cut - start > max_chars and last > start:
            out.append((start, last))
            start = last
        while cut - start > max_chars * 2:  # one giant paragraph: cut at a space
            end = text.rfind(" ", start + 1, start + max_chars) + 1 or start + max_chars
            out.append((start, end))
            start = end
        last = cut
    if start < len(text):
        out.append((start, len(text)))
    return out


# --- the extractor -------------------------------------------------------------------------


class LlmExtractor(Extractor):
    """Claims from an OpenAI-compatible chat endpoint, every quote verified against the text.

    Options fall back to the environment: ``KG_LLM_URL``, ``KG_LLM_MODEL``,
    ``KG_LLM_API_KEY``, ``KG_LLM_OFFLINE=1``, ``KG_LLM_CACHE``.
    """

    NAME = "llm.v1"

    def __init__(self, url: str | None = None, model: str | None = None, api_key: str | None = None, timeout: float = 60,
                 retries: int = 3, cache_dir: Path | str | None = None, offline: bool | None = None, max_chars: int = 6000,
                 backoff: float | None = None, max_backoff: float | None = None):
        url = url or os.environ.get("KG_LLM_URL")
        self.model = model or os.environ.get("KG_LLM_MODEL")
        api_key = api_key or os.environ.get("KG_LLM_API_KEY") or None
        offline = _truthy(os.environ.get("KG_LLM_OFFLINE")) if offline is None else offline
        cache_dir = cache_dir or os.environ.get("KG_LLM_CACHE") or None
        if not self.model:
            raise KGError("the llm extractor needs a model: --llm-model or KG_LLM_MODEL")
        if not url:
            if not offline:
                raise KGError("the llm extractor needs an endpoint: --llm-url or KG_LLM_URL (e.g. http://127.0.0.1:8080/v1)")
            url = OFFLINE_URL
        if not re.match(r"^https?://", url):
            raise KGError(f"--llm-url {url!r}: expected an http:// or https:// URL")
        self.client = ChatClient(url, api_key=api_key, timeout=timeout, retries=retries, cache_dir=cache_dir,
                                 offline=offline, backoff=backoff, max_backoff=max_backoff)
        self.max_chars = max_chars
        self.schema = schema()
        self.prompt = system_prompt()
        self.gaz = gz.get()

    def request_body(self, chunk: str) -> dict:
        return {
            "model": self.model,
            "temperature": 0,
            "messages": [
                {"role": "system", "content": self.prompt},
                {"role": "user", "content": chunk},
            ],
        }

    def extract(self, doc: Document) -> Extraction:
        ex = Extraction(doc=doc, extractor=self.NAME)
        reader = _Reader(self, doc, ex)
        what = f"{doc.path or doc.id}"
        for lo, hi in chunk_paragraphs(doc.text, self.max_chars):
            if not doc.text[lo:hi].strip():
                continue
            body = self.request_body(doc.text[lo:hi].strip())
            answer, from_cache = self.client.complete(body, what)
            try:
                content = answer["choices"][0]["message"]["content"]
            except (KeyError, IndexError, TypeError):
                raise SourceError(f"{what}: LLM answer has no choices[0].message.content") from None
            items = parse_claims(content)
            if items is None:
                raise SourceError(f"{what}: LLM answer is not JSON claims: {' '.join(str(content).split())[:80]!r}")
            if not from_cache:
                self.client.store(body, answer)
            for item in items:
                reader.add(item, lo, hi)
        reader.finish()
        return ex


class _Reader:
    """Turns the model's claim objects for one document into verified entities and claims."""

    def __init__(self, ext: LlmExtractor, doc: Document, ex: Extraction):
        self.ext = ext
        self.sc = ext.schema
        self.doc = doc
        self.ex = ex
        self.text = doc.text
        self.anchor = Anchorer(doc.text)
        self.stats: Counter = Counter()
        self.merged: dict[tuple, Claim] = {}

    # entities ------------------------------------------------------------------------------

    def entity(self, value, role: str, lo: int, hi: int, context: str) -> str | None:
        if isinstance(value, str):
            name, typ = value, None
        elif isinstance(value, dict):
            name, typ = value.get("name"), value.get("type")
        else:
            return None
        if not isinstance(name, str) or not name.strip():
            return None
        name = " ".join(name.split())
        found = self.anchor.find(name, lo=lo, hi=hi, casefold=True)
        stripped = re.sub(r"^(?:the)\s+", "", name, flags=re.I)
        if found is None and stripped != name:
            name = stripped
            found = self.anchor.find(name, lo=lo, hi=hi, casefold=True)
        # gazetteer: the statute or known body the name means, if one of its labels is in the text
        inst = self.ext.gaz.instrument_for(name, context) if role == "legal_basis" or typ in ("Statute", "SanctionsProgram") else None
        known = None if inst else self.ext.gaz.known_by_label.get(gz.normal(name))
        if found is None:
            labels = inst.labels if inst else ([known.name, *known.aliases] if known else [])
            for label in labels:
                if len(label.split()) < 2 and not re.search(r"\d", label):
                    continue  # a lone word ("Department") grounds nothing
                found = self.anchor.find(label, lo=lo, hi=hi, casefold=True)
                if found:
                    break
        if found is None:
            return None
        surface = self.text[found[0]:found[1]]
        if inst is not None:
            key = "statute:" + (inst.program.lower() if inst.program else inst.iri.rsplit("/", 1)[-1])
            name, typ, wikidata, iri = inst.name, inst.type, None, inst.iri
        elif known is not None:
            key = f"{known.type.lower()}:{slug(known.name)}"
            name, typ, wikidata, iri = known.name, known.type, known.wikidata, None
        else:
            if typ not in self.sc.entity_types:
                typ = ABSTRACT_TYPES.get(typ) or ("Statute" if role == "legal_basis" else "Organization")
            if typ == "Person":
                name = self._full_person(name)
            wikidata = iri = None
            if typ in ("Statute", "SanctionsProgram"):
                iri = self.ext.gaz.mint_instrument(name).iri
                key = "statute:" + iri.rsplit("/", 1)[-1]
            else:
                key = f"{typ.lower()}:{slug(name)}"
        ent = self.ex.entities.get(key)
        if ent is None:
            ent = self.ex.entities[key] = Entity(key=key, name=name, type=typ, wikidata=wikidata, iri=iri)
            for s, e in self.anchor.find_all(surface):
                ent.mentions.append(Span.of(self.text, s, e))
            if not ent.mentions:
                ent.mentions.append(Span.of(self.text, *found))
        ent.aliases.add(surface)
        return key

    def _full_person(self, name: str) -> str:
        """A lone surname joins the full name already seen ("Kadyrov" -> "Ramzan Kadyrov")."""
        if " " in name:
            return name
        for ent in self.ex.entities.values():
            if ent.type == "Person" and ent.name.split()[-1] == name:
                return ent.name
        return name

    # claims --------------------------------------------------------------------------------

    def add(self, item: dict, lo: int, hi: int) -> None:
        st = self.stats
        st["proposed"] += 1
        ctype = item.get("type")
        if ctype not in self.sc.types:
            st["unknown type"] += 1
            return
        keys, others = self.sc.types[ctype]
        raw_roles = item.get("roles") if isinstance(item.get("roles"), dict) else {k: v for k, v in item.items() if k in keys or k in others}
        # evidence first: it places the claim in the text and gives context for names
        quotes = item.get("evidence") or []
        if isinstance(quotes, str):
            quotes = [quotes]
        spans: list[Span] = []
        near = lo
        for q in quotes:
            if isinstance(q, dict):
                q = q.get("text") or q.get("quote")
            found = self.anchor.find(q, lo=lo, hi=hi, near=near) if isinstance(q, str) else None
            if found is None:
                st["quotes not found"] += 1
                continue
            spans.append(Span.of(self.text, *found))
            near = found[0]
        if not spans:
            st["claims without evidence"] += 1
            return
        context = " ".join(s.text for s in spans)
        roles: dict[str, str] = {}
        for role, value in raw_roles.items():
            if role not in keys and role not in others or value is None:
                if value is not None:
                    st["roles not of the type"] += 1
                continue
            kind = self.sc.kinds.get(role)
            if kind == "entity":
                key = self.entity(value, role, lo, hi, context)
                if key is None:
                    st["ungrounded entities"] += 1
                    continue
                roles[role] = key
            elif kind == "code":
                if isinstance(value, str) and value in self.sc.codes.get(role, ()):
                    roles[role] = value
                else:
                    st["invalid codes"] += 1
            elif kind == "date":
                if isinstance(value, str) and DATE_RE.match(value.strip()):
                    roles[role] = value.strip()
                else:
                    st["invalid dates"] += 1
            elif kind == "text":
                found = self.anchor.find(value, lo=lo, hi=hi, casefold=True) if isinstance(value, str) else None
                if found:
                    roles[role] = self.text[found[0]:found[1]]
                else:
                    st["ungrounded text roles"] += 1
        if any(k not in roles for k in keys):
            st["claims missing a key role"] += 1
            return
        status = item.get("status")
        status = status if isinstance(status, str) and status in self.sc.statuses else None
        try:
            confidence = min(1.0, max(0.0, float(item.get("confidence", 0.7))))
        except (TypeError, ValueError):
            confidence = 0.7
        ident = (ctype, tuple(roles[k] for k in keys))
        prev = self.merged.get(ident)
        if prev is None:
            claim = Claim(ctype, roles, spans, status=status, confidence=confidence)
            self.merged[ident] = claim
            self.ex.claims.append(claim)
        else:
            for role, value in roles.items():
                prev.roles.setdefault(role, value)
            prev.evidence.extend(s for s in spans if s not in prev.evidence)
            prev.status = prev.status or status
            prev.confidence = max(prev.confidence, confidence)
            st["merged"] += 1
        st["kept"] += 1

    def finish(self) -> None:
        for claim in self.ex.claims:
            claim.evidence.sort()
        dropped = {k: v for k, v in sorted(self.stats.items()) if k not in ("proposed", "kept", "merged")}
        log.info(
            "%s: %d claims proposed, %d kept (%d merged), %d final; dropped: %s",
            self.doc.id, self.stats["proposed"], self.stats["kept"], self.stats["merged"], len(self.ex.claims),
            ", ".join(f"{v} {k}" for k, v in dropped.items()) or "nothing",
        )
