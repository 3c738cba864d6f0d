"""The page writer's escaping rules, without a browser."""

from __future__ import annotations

import doctest
import json

import pytest

from kg.viz.render import json_for_script, safe_url


def test_json_for_script_cannot_close_its_element():
    hostile = {"q": "</script><script>alert(1)</script><!-- & \u2028\u2029"}
    text = json_for_script(hostile)
    assert not any(ch in text for ch in "<>&\u2028\u2029")
    assert json.loads(text) == hostile


@pytest.mark.parametrize("url,ok", [
    ("https://example.org/a?b=1", True),
    ("http://example.org", True),
    ("javascript:alert(1)", False),
    ("JAVASCRIPT:alert(1)", False),
    ("data:text/html,<script>", False),
    ("https://example.org/\"onmouseover=alert(1)", False),
    ("//example.org", False),
    ("", False),
])
def test_only_http_urls_become_links(url, ok):
    assert (bool(safe_url(url)) and safe_url(url) == url) is ok


def test_docstring_examples():
    import kg.graph
    import kg.viz.render

    for module in (kg.graph, kg.viz.render):
        result = doctest.testmod(module)
        assert result.attempted > 0 and result.failed == 0, module.__name__
