"""The llm extractor against a real OpenAI-compatible HTTP server on 127.0.0.1 (tests/extract/llm_server.py)."""

from __future__ import annotations

import json
import logging

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import KGError, SourceAbort, SourceError
from kg.extract.anchor import Anchorer, normalise
from kg.extract.llm import LlmExtractor, chunk_paragraphs, parse_claims, system_prompt
from kg.model import Document

from .llm_server import LlmServer

pytestmark = pytest.mark.server

DOC = (
    "WASHINGTON \u2014 The U.S. Department of State on Monday designated Ramzan Kadyrov, head of the Chechen Republic, "
    "under Section 7031(c), barring him from entering the United States.\n\n"
    "Kadyrov has been accused of torture and\n  extrajudicial killings of \u201cpeople he regards as enemies,\u201d "
    "according to rights groups.\n\n"
    "A Kremlin spokesman denied the allegations on Tuesday.\n"
)
S1 = DOC.split("\n\n")[0]


def claim(ctype, roles, evidence, **extra):
    return {"type": ctype, "roles": roles, "evidence": evidence, **extra}


GOOD = [
    claim(
        "sanction",
        {
            "target": {"name": "Ramzan Kadyrov", "type": "Person"},
            "legal_basis": {"name": "Section 7031(c)", "type": "Statute"},
            "authority": {"name": "U.S. Department of State", "type": "GovernmentBody"},
            "measure": "entry_ban",
            "date": "2020-07-20",
        },
        [S1],
        status="designated",
        confidence=0.9,
    ),
    # straight quotes and collapsed whitespace where the text has curly quotes and a line break
    claim(
        "abuse",
        {"perpetrator": {"name": "Kadyrov", "type": "Person"}, "abuse_type": "torture"},
        ['Kadyrov has been accused of torture and extrajudicial killings of "people he regards as enemies," according to rights groups.'],
        status="alleged",
    ),
    claim("denial", {"denier": {"name": "Kremlin spokesman", "type": "Person"}, "date": "on Tuesday"}, ["A Kremlin spokesman denied the allegations"]),
]
BAD = [
    # invented quote: the only evidence cannot be found
    claim("abuse", {"perpetrator": {"name": "Kadyrov", "type": "Person"}, "abuse_type": "sexual_violence"}, ["Kadyrov was convicted in The Hague."]),
    # invented entity in a key role
    claim("sanction", {"target": {"name": "Vladimir Putin", "type": "Person"}, "legal_basis": {"name": "Section 7031(c)"}}, [S1]),
    # invented entity in another role: the role goes, the claim stays (merged with the first sanction)
    claim("sanction", {"target": {"name": "Ramzan Kadyrov", "type": "Person"}, "legal_basis": {"name": "Section 7031(c)"},
                       "location": {"name": "Grozny", "type": "Region"}}, ["barring him from entering the United States"]),
    # a code that is not in the ontology, in a key role
    claim("abuse", {"perpetrator": {"name": "Kadyrov", "type": "Person"}, "abuse_type": "beating"}, [S1]),
    # a type that does not exist
    claim("sanctionz", {"target": {"name": "Ramzan Kadyrov"}}, [S1]),
]


def content(items) -> str:
    return json.dumps({"claims": items})


@pytest.fixture
def server():
    with LlmServer() as state:
        yield state


@pytest.fixture
def make(server, tmp_path):
    def _make(**kw):
        opts = {"url": server.url, "model": "test", "cache_dir": tmp_path / "cache", "timeout": 5, "retries": 2, "backoff": 0.01}
        opts.update(kw)
        return LlmExtractor(**opts)

    return _make


def doc(text=DOC, id="d1"):
    return Document(id=id, text=text)


def assert_exact(ex):
    for c in ex.claims:
        assert c.evidence
        for s in c.evidence:
            assert s.text == ex.doc.text[s.start:s.end]
    for e in ex.entities.values():
        for m in e.mentions:
            assert m.text == ex.doc.text[m.start:m.end]


def by_type(ex):
    return {c.type: c for c in ex.claims}


def test_good_answer_gives_claims_with_exact_evidence(server, make):
    server.canned["WASHINGTON"] = content(GOOD)
    ex = make().extract(doc())
    assert_exact(ex)
    assert ex.extractor == "llm.v1"
    claims = by_type(ex)
    assert set(claims) == {"sanction", "abuse", "denial"}
    s = claims["sanction"]
    assert s.evidence[0].text == S1 and s.evidence[0].start == 0
    ents = {k: ex.entities[v] for k, v in s.roles.items() if v in ex.entities}
    assert ents["target"].name == "Ramzan Kadyrov" and ents["target"].type == "Person"
    # the statute gets its gazetteer IRI, the department its Wikidata ID
    assert ents["legal_basis"].iri == "https://w3id.org/rightsgraph/id/statute/us-sfops-7031c"
    assert ents["authority"].wikidata == "Q789915"
    assert s.roles["measure"] == "entry_ban" and s.roles["date"] == "2020-07-20"
    assert s.status == "designated" and s.confidence == 0.9
    # a lone surname joins the full name seen before
    assert claims["abuse"].roles["perpetrator"] == s.roles["target"]
    # an invalid date is dropped, the claim kept
    assert "date" not in claims["denial"].roles
    req = server.requests[0]
    assert req.path == "/v1/chat/completions"
    assert req.body["temperature"] == 0 and req.body["model"] == "test"
    assert req.body["response_format"] == {"type": "json_object"}
    assert req.body["messages"][0]["role"] == "system" and req.body["messages"][1]["content"] == DOC.strip()
    assert "Authorization" not in req.headers


def test_quotes_with_other_quote_marks_and_whitespace_are_reanchored(server, make):
    server.canned["WASHINGTON"] = content(GOOD)
    ex = make().extract(doc())
    ev = by_type(ex)["abuse"].evidence[0]
    assert ev.text.startswith("Kadyrov has been accused of torture and\n  extrajudicial")
    assert "\u201cpeople he regards as enemies,\u201d" in ev.text
    assert ev.text.endswith("rights groups.")
    assert DOC[ev.start:ev.end] == ev.text


def test_invented_quotes_entities_codes_are_dropped(server, make, caplog):
    server.canned["WASHINGTON"] = content(GOOD + BAD)
    with caplog.at_level(logging.INFO, logger="kg.extract.llm"):
        ex = make().extract(doc())
    assert_exact(ex)
    assert sorted(c.type for c in ex.claims) == ["abuse", "denial", "sanction"]
    assert by_type(ex)["abuse"].roles["abuse_type"] == "torture"
    assert not any(e.name in ("Vladimir Putin", "Grozny") for e in ex.entities.values())
    sanction = by_type(ex)["sanction"]
    assert "location" not in sanction.roles
    assert len(sanction.evidence) == 2  # merged: one claim per (type, key roles)
    msg = " ".join(r.getMessage() for r in caplog.records)
    assert "8 claims proposed" in msg
    assert "1 quotes not found" in msg and "1 claims without evidence" in msg
    assert "2 ungrounded entities" in msg and "1 invalid codes" in msg and "1 unknown type" in msg


def test_answer_in_code_fence_with_prose(server, make):
    server.canned["WASHINGTON"] = "Sure! Here are the claims:\n```json\n" + content(GOOD[:1]) + "\n```\nLet me know if you need more."
    ex = make().extract(doc())
    assert [c.type for c in ex.claims] == ["sanction"]


def test_parse_claims_variants():
    assert parse_claims('[{"type": "denial"}] trailing') == [{"type": "denial"}]
    assert parse_claims('{"type": "denial", "roles": {}}') == [{"type": "denial", "roles": {}}]
    assert parse_claims('noise {"claims": [{"type": "x"}, 3]} more {') == [{"type": "x"}]
    assert parse_claims("I cannot help with that.") is None
    assert parse_claims('{"claims": [') is None


def test_content_that_is_not_json_is_a_source_error_naming_the_document(server, make, tmp_path):
    server.canned["WASHINGTON"] = "I am sorry, I cannot do that."
    with pytest.raises(SourceError, match=r"^d1: LLM answer is not JSON claims"):
        make().extract(doc())
    assert not list((tmp_path / "cache").rglob("*.json"))  # a useless answer is not cached


def test_malformed_http_body_is_retried(server, make):
    server.canned["WASHINGTON"] = content(GOOD)
    server.script[:] = ["malformed", "ok"]
    ex = make().extract(doc())
    assert len(ex.claims) == 3 and len(server.requests) == 2


def test_429_then_success_honours_retry_after(server, make):
    server.canned["WASHINGTON"] = content(GOOD)
    server.script[:] = ["429:0.3", "ok"]
    ext = make(backoff=10)  # without Retry-After the wait would be 10 s
    ex = ext.extract(doc())
    assert len(ex.claims) == 3
    assert len(server.requests) == 2
    assert ext.client.sleeps == [0.3]
    gap = server.requests[1].at - server.requests[0].at
    assert 0.3 <= gap < 3


def test_5xx_forever_is_a_source_error_after_retries(server, make):
    server.mode = "500"
    ext = make(retries=2, backoff=0.01)
    with pytest.raises(SourceError, match=r"^d1: LLM endpoint .* failed after 3 attempts \(HTTP 500"):
        ext.extract(doc())
    assert len(server.requests) == 3
    assert ext.client.sleeps == [0.01, 0.02]  # exponential back-off


def test_401_aborts_the_run(server, make):
    server.mode = "401"
    with pytest.raises(SourceAbort, match="HTTP 401") as err:
        make(api_key="wrong").extract(doc())
    assert "\n" not in str(err.value)
    assert len(server.requests) == 1
    assert server.requests[0].headers["Authorization"] == "Bearer wrong"


def test_timeout_is_retried_then_fails(server, make, tmp_path):
    server.canned["WASHINGTON"] = content(GOOD)
    server.script[:] = ["sleep:1", "ok"]
    ex = make(timeout=0.3).extract(doc())
    assert len(ex.claims) == 3 and len(server.requests) == 2
    server.script[:] = ["sleep:1"] * 2
    with pytest.raises(SourceError, match="timed out after 0.3s"):
        make(timeout=0.3, retries=1, cache_dir=tmp_path / "fresh").extract(doc(id="d2"))


def test_cache_hit_makes_no_request(server, make, tmp_path):
    server.canned["WASHINGTON"] = content(GOOD)
    first = make().extract(doc())
    assert len(server.requests) == 1
    # a new extractor, another spelling of the URL: the cache key has no URL in it
    again = make(url=server.url.removesuffix("/v1")).extract(doc())
    assert len(server.requests) == 1
    assert [(c.type, c.roles, c.evidence) for c in again.claims] == [(c.type, c.roles, c.evidence) for c in first.claims]
    # offline mode answers from the cache without a URL at all
    off = LlmExtractor(model="test", cache_dir=tmp_path / "cache", offline=True).extract(doc())
    assert len(off.claims) == 3 and len(server.requests) == 1


def test_offline_miss_is_a_clear_error(server, tmp_path, monkeypatch):
    monkeypatch.setenv("KG_LLM_OFFLINE", "1")
    ext = LlmExtractor(url=server.url, model="test", cache_dir=tmp_path / "empty")
    with pytest.raises(KGError, match=r"^d1: no cached LLM answer and offline mode is on") as err:
        ext.extract(doc())
    assert "\n" not in str(err.value)
    assert server.requests == []


def test_json_mode_refused_falls_back(server, make):
    server.canned["WASHINGTON"] = content(GOOD)
    server.reject_json_mode = True
    ex = make().extract(doc())
    assert len(ex.claims) == 3
    assert [("response_format" in r.body) for r in server.requests] == [True, False]


def test_options_from_environment_and_missing_options(server, tmp_path, monkeypatch):
    monkeypatch.delenv("KG_LLM_URL", raising=False)
    monkeypatch.delenv("KG_LLM_MODEL", raising=False)
    with pytest.raises(KGError, match="needs a model"):
        LlmExtractor(url=server.url)
    with pytest.raises(KGError, match="needs an endpoint"):
        LlmExtractor(model="m")
    monkeypatch.setenv("KG_LLM_URL", server.url.removesuffix("/v1") + "/")
    monkeypatch.setenv("KG_LLM_MODEL", "envmodel")
    monkeypatch.setenv("KG_LLM_API_KEY", "sekrit")
    server.canned["WASHINGTON"] = content(GOOD)
    LlmExtractor(cache_dir=tmp_path / "c").extract(doc())
    req = server.requests[0]
    assert req.path == "/v1/chat/completions" and req.body["model"] == "envmodel"
    assert req.headers["Authorization"] == "Bearer sekrit"


def test_long_documents_are_sent_in_paragraph_chunks(server, make):
    para = "The Treasury designated Ramzan Kadyrov under Section 7031(c). " * 3
    text = "\n\n".join([para.strip(), "Filler paragraph. " * 10, para.strip()])
    chunks = chunk_paragraphs(text, 250)
    assert len(chunks) == 3 and chunks[0][0] == 0 and chunks[-1][1] == len(text)
    assert "".join(text[a:b] for a, b in chunks) == text
    quote = "The Treasury designated Ramzan Kadyrov under Section 7031(c)."
    server.default = content([claim("sanction", {"target": {"name": "Ramzan Kadyrov", "type": "Person"},
                                                  "legal_basis": {"name": "Section 7031(c)"}}, [quote])])
    ex = make(max_chars=250).extract(doc(text=text))
    assert len(server.requests) == 2  # the filler is sent too; the repeated paragraph is a cache hit
    assert len(ex.claims) == 1
    starts = [s.start for s in ex.claims[0].evidence]
    # each chunk's quote anchored inside that chunk: one in the first paragraph, one in the last
    assert starts[0] < chunks[0][1] and starts[-1] >= chunks[-1][0]
    assert_exact(ex)


def test_prompt_is_derived_from_the_ontology():
    from kg import ontology

    onto = ontology.get()
    prompt = system_prompt()
    for ctype, keys in onto.key_roles.items():
        assert f"- {ctype}: key roles {', '.join(keys)}" in prompt
    for notation in onto.concept_labels("AbuseTypes"):
        assert notation in prompt
    assert "Person" in prompt and "Statute" in prompt


def test_cli_claims_with_llm_extractor(server, invoke, tmp_path, monkeypatch):
    monkeypatch.setenv("KG_LLM_CACHE", str(tmp_path / "cache"))
    server.canned["WASHINGTON"] = content(GOOD + BAD)
    path = tmp_path / "seed.txt"
    path.write_bytes(DOC.encode("utf-8"))
    result = invoke("claims", path, "--extractor", "llm", "--llm-url", server.url, "--llm-model", "test")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert sorted(r["type"] for r in rows) == ["abuse", "denial", "sanction"]
    for r in rows:
        assert r["doc"] == "seed"
        for e in r["evidence"]:
            assert DOC[e["start"]:e["end"]] == e["text"]
    sanction = next(r for r in rows if r["type"] == "sanction")
    assert sanction["target"] == "Ramzan Kadyrov" and sanction["legal_basis"] == "Section 7031(c)"
    assert sanction["authority"] == {"name": "Department of State", "wikidata": "Q789915"}


def test_cli_claims_skips_a_failing_document_and_aborts_on_401(server, invoke, tmp_path, monkeypatch):
    monkeypatch.setenv("KG_LLM_CACHE", str(tmp_path / "cache"))
    (tmp_path / "a.txt").write_text("First document.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Second document.", encoding="utf-8")
    server.canned["First"] = "not json at all"
    result = invoke("claims", tmp_path, "--extractor", "llm", "--llm-url", server.url, "--llm-model", "test")
    assert result.exit_code == 1
    assert "a.txt: LLM answer is not JSON" in result.stderr
    assert len(server.requests) == 2  # b.txt was still done
    server.mode = "401"
    (tmp_path / "c.txt").write_text("Third document.", encoding="utf-8")
    result = invoke("claims", tmp_path / "c.txt", tmp_path / "b.txt", "--extractor", "llm", "--llm-url", server.url, "--llm-model", "test")
    assert result.exit_code != 0 and "HTTP 401" in result.stderr


def test_cli_ingest_with_llm_extractor(server, invoke, tmp_path, store_dir, monkeypatch):
    monkeypatch.setenv("KG_LLM_CACHE", str(tmp_path / "cache"))
    for var in ("KG_LLM_URL", "KG_LLM_MODEL"):
        monkeypatch.delenv(var, raising=False)
    server.canned["WASHINGTON"] = content(GOOD)
    path = tmp_path / "seed.txt"
    path.write_text(DOC, encoding="utf-8")
    result = invoke("ingest", path, "--store", store_dir, "--extractor", "llm", "--llm-url", server.url, "--llm-model", "test")
    assert result.exit_code == 0, result.output
    assert "1 ingested (3 events)" in result.stderr
    assert len(server.requests) == 1


# --- the anchoring function, for any text ---------------------------------------------------

VARIANTS = {"'": "\u2019", '"': "\u201c", "\u201c": '"', "\u2019": "'", " ": "\n  ", "\n": " ", "-": "\u2013"}
alphabet = st.sampled_from(list("ab c\n\t'\"\u2019\u201c\u201d-\u2013.xyz") + ["  "])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(alphabet, min_size=1, max_size=60).map("".join), st.data())
def test_anchor_property(text, data):
    i = data.draw(st.integers(0, len(text) - 1))
    j = data.draw(st.integers(i + 1, len(text)))
    sub = text[i:j]
    vary = data.draw(st.booleans())
    quote = "".join(VARIANTS.get(ch, ch) if vary else ch for ch in sub)
    found = Anchorer(text).find(quote)
    if not normalise(quote):
        assert found is None
        return
    assert found is not None  # the quote is in the text, up to normalisation
    start, end = found
    assert 0 <= start < end <= len(text)
    span_text = text[start:end]
    assert normalise(span_text) == normalise(quote)
    if not vary and sub == sub.strip():
        assert span_text == sub  # an exact quote is found exactly


@given(st.text(max_size=80), st.text(min_size=1, max_size=20))
def test_anchor_never_invents(text, quote):
    found = Anchorer(text).find(quote)
    if found is not None:
        assert normalise(text[found[0]:found[1]]) == normalise(quote)


def test_cli_ingest_stops_the_run_on_401(server, invoke, tmp_path, store_dir, monkeypatch):
    """An endpoint refusing our credentials stops the whole run instead of failing every document."""
    monkeypatch.setenv("KG_LLM_CACHE", str(tmp_path / "cache"))
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text(f"Document {name}.", encoding="utf-8")
    server.mode = "401"
    result = invoke("ingest", tmp_path, "--store", store_dir, "--extractor", "llm", "--llm-url", server.url, "--llm-model", "test")
    assert result.exit_code == 1
    assert "HTTP 401" in result.stderr and result.stderr.count("HTTP 401") == 1
    assert len(server.requests) == 1
