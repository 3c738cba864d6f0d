"""Reading a JSON file a user brings (a gold file, a document's metadata sidecar) into one clear error or a value.

Every way such a file can be broken - not UTF-8, not JSON, nested deeper than
Python's recursion limit, unreadable - ends as :class:`kg.errors.InvalidInput`
naming the file and the problem on one line, never as a traceback. The two
readers had each written this; one place keeps their messages the same.

>>> parse_json(b'{"a": [1, 2]}', "x.json")
{'a': [1, 2]}
>>> parse_json(b'{"a": ', "x.json")
Traceback (most recent call last):
kg.errors.InvalidInput: x.json: not valid JSON (Expecting value at line 1, column 7)
"""

from __future__ import annotations

import json
from pathlib import Path

from kg.errors import InvalidInput


def parse_json(raw: bytes, where: str | Path) -> object:
    """The JSON value of ``raw`` (strict UTF-8), or :class:`InvalidInput` saying what is wrong with ``where``."""
    try:
        return json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise InvalidInput(f"{where}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise InvalidInput(f"{where}: not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})") from None
    except RecursionError:  # json recurses per nesting level: "[[[[..." would escape as a traceback
        raise InvalidInput(f"{where}: not valid JSON (nested too deeply)") from None


def read_json(path: Path) -> object:
    """The JSON value of the file at ``path``; every failure, reading included, as one :class:`InvalidInput` line."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"{path}: cannot be read ({exc.strerror or exc})") from None
    return parse_json(raw, path)
