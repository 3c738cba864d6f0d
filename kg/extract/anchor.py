"""Re-anchor quotes to character offsets of the document text.

An LLM is asked for evidence as exact quotes, never offsets (it cannot count
characters). This module finds each quote in the text: an exact match first,
then a match of the *normalised* forms (curly and straight quotes, dashes and
every run of whitespace made equal) mapped back to offsets of the original
text. Among several occurrences the one inside the preferred range (the chunk
that was sent) and nearest to a preferred position (other evidence of the same
claim) wins. A quote that cannot be found gives ``None``: it is never guessed.

>>> a = Anchorer("He said \u201cno\u201d,\\n  twice.")
>>> a.find('said "no", twice.')
(3, 22)
>>> a.find("said nothing") is None
True
"""

from __future__ import annotations

import re

# One character in, one character out, so offsets map back position by position.
_CHAR_MAP = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'", "\u00b4": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
        "\u00a0": " ", "\u2007": " ", "\u202f": " ",
    }
)
_WS = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Quotes, dashes and whitespace runs made uniform; leading/trailing space removed."""
    return _WS.sub(" ", text.translate(_CHAR_MAP)).strip()


def normalise_with_map(text: str) -> tuple[str, list[int]]:
    """``normalise`` without the final strip, plus the original offset of every output character."""
    mapped = text.translate(_CHAR_MAP)
    out: list[str] = []
    where: list[int] = []
    pos = 0
    for m in _WS.finditer(mapped):
        out.append(mapped[pos:m.start()])
        where.extend(range(pos, m.start()))
        out.append(" ")
        where.append(m.start())
        pos = m.end()
    out.append(mapped[pos:])
    where.extend(range(pos, len(mapped)))
    return "".join(out), where


def _occurrences(haystack: str, needle: str) -> list[int]:
    out, i = [], haystack.find(needle)
    while i >= 0:
        out.append(i)
        i = haystack.find(needle, i + 1)
    return out


class Anchorer:
    """Finds quotes in one text; the normalised text is built once, on first need."""

    def __init__(self, text: str):
        self.text = text
        self._norm: tuple[str, list[int]] | None = None
        self._folded: str | None = None

    @property
    def norm(self) -> tuple[str, list[int]]:
        if self._norm is None:
            self._norm = normalise_with_map(self.text)
        return self._norm

    def find(self, quote: str, *, lo: int = 0, hi: int | None = None, near: int | None = None, casefold: bool = False) -> tuple[int, int] | None:
        """``(start, end)`` of ``quote`` in the text, or ``None`` when it does not occur.

        Occurrences within ``[lo, hi)`` are preferred, then the one whose start is
        nearest to ``near`` (default ``lo``). ``casefold`` also accepts a match that
        differs only in letter case (for entity names, never for evidence).
        """
        if not isinstance(quote, str):
            return None
        hi = len(self.text) if hi is None else hi
        near = lo if near is None else near
        stripped = quote.strip()
        if not stripped:
            return None
        cands = [(s, s + len(stripped)) for s in _occurrences(self.text, stripped)]
        if not cands:
            q = normalise(stripped)
            ntext, where = self.norm
            if casefold:
                # str.lower keeps length for nearly all text; fall back when it does not
                folded = ntext.lower()
                if len(folded) == len(ntext) and len(q.lower()) == len(q):
                    ntext, q = folded, q.lower()
            cands = [(where[i], where[i + len(q) - 1] + 1) for i in _occurrences(ntext, q)]
        if not cands:
            return None

        def rank(c: tuple[int, int]):
            inside = lo <= c[0] and c[1] <= hi
            return (not inside, abs(c[0] - near), c[0])

        return min(cands, key=rank)

    def find_all(self, quote: str, limit: int = 50) -> list[tuple[int, int]]:
        """Every exact occurrence of ``quote`` (up to ``limit``), for entity mentions."""
        q = quote.strip()
        if not q:
            return []
        return [(s, s + len(q)) for s in _occurrences(self.text, q)[:limit]]
