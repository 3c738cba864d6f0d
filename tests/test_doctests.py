"""Docstring examples are tests too."""

import doctest

import kg.ids


def test_ids_doctests():
    result = doctest.testmod(kg.ids)
    assert result.attempted > 0 and result.failed == 0
