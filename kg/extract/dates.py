"""Dates in news text, resolved to ISO 8601 prefixes (``2017``, ``2020-07``, ``2020-07-20``).

Absolute forms ("20 July 2020", "July 20, 2020", "December 2017", "in 2017")
keep the precision the text gives. Relative forms ("today", "on Monday",
"yesterday", "last week", "earlier this month", "last month", "last year",
"last October", "two weeks ago", and days or months without a year: "Sept 6",
"7 December", "in June") are resolved against the document's publication date
and are dropped when it is unknown. A relative date keeps only the precision
the words give: "two weeks ago" is a month, "three days ago" a day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"], 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
NUMBERS = {w: i for i, w in enumerate(["a", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"], 1)}
NUMBERS.update({"an": 1, "one": 1})
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

_MON = r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
DATE_RE = re.compile(
    # (every form starts with a digit, a month's capital or the first letter of one of the words below: the lookahead
    # lets the engine skip other positions at once, which halves the time of a scan over a whole text)
    r"(?=[0-9ADEFJLMNOSTaeflnostuy])\b(?:"
    rf"(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON}\s*,?\s+(?P<y1>(?:19|20)\d\d)"  # 20 July 2020
    rf"|{_MON.replace('mon', 'mon2')}\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>(?:19|20)\d\d)"  # July 20, 2020
    rf"|{_MON.replace('mon', 'mon3')}\s+(?:of\s+)?(?P<y3>(?:19|20)\d\d)"  # December 2017
    rf"|{_MON.replace('mon', 'mon4')}\s+(?P<d4>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:]|,?\s+(?:19|20)\d\d)"  # Sept 6 (year of the document)
    rf"|(?<![\d:.,])(?P<d5>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON.replace('mon', 'mon5')}(?!\s*,?\s+(?:19|20)\d\d)"  # 7 December
    rf"|{_MON.replace('mon', 'mon8')}\s+(?:of\s+)?(?P<yrel>last|this|next)\s+year"  # October last year
    rf"|(?:(?<=\bin )|(?<=\bIn )|(?<=\bsince )|(?<=\bSince )|(?<=\buntil )|(?<=\bearly )|(?<=\blate )|(?<=\bmid-)){_MON.replace('mon', 'mon6')}(?!\s*,?\s+(?:(?:19|20)\d\d|\d))"  # in June
    r"|(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)"
    r"|(?:(?<=\bin )|(?<=\bIn )|(?<=\bsince )|(?<=\bSince )|(?<=\bof )|(?<=\buntil )|(?<=\bfrom )|(?<=\bFrom )|(?<=\bby )|(?<=\bearly )|(?<=\blate )|(?<=\bmid-))(?P<y4>(?:19|20)\d\d)(?!\d|-\d)"  # in 2017
    rf"|(?:(?<=\blast )|(?<=\bLast )|(?<=\bpast )|(?<=\bthis past )){_MON.replace('mon', 'mon7')}(?!\s*,?\s+(?:(?:19|20)\d\d|\d))"  # last October
    r"|(?P<ago>\d{1,2}|(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s+(?P<unit>day|week|month|year)s?\s+ago"  # two weeks ago
    r"|(?P<rel>today|yesterday|tonight|(?:earlier\s+)?this\s+week|last\s+week|last\s+weekend|(?:earlier\s+)?this\s+month|last\s+month|"
    r"(?:late\s+|early\s+|earlier\s+)?last\s+year|this\s+year|earlier\s+this\s+year)"
    # "on Monday", "last Friday", "early Sunday", "in the early hours of Sunday", "since Tuesday", "overnight Saturday"
    r"|(?:on|last|this|of|since|until|early|late|overnight|On|Last|This|Since|Early|Late|Overnight)\s+(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r")\b",
)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    value: str
    relative: bool


def parse_day(value: str | None) -> date | None:
    """The day an ISO date string names, or None for anything else (a month, a year, a document's junk date)."""
    if not value:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def _month(text: str) -> int:
    return MONTHS[text.rstrip(".").casefold()]


def resolve(m: re.Match, ref: date | None) -> str | None:
    """The ISO prefix a date match stands for, or None when it cannot be resolved."""
    try:
        if m["y1"]:
            return date(int(m["y1"]), _month(m["mon"]), int(m["d1"])).isoformat()
        if m["y2"]:
            return date(int(m["y2"]), _month(m["mon2"]), int(m["d2"])).isoformat()
    except ValueError:
        return None
    if ref is not None and (m["d4"] or m["d5"]):
        # a day and month without a year: the latest such day not long after the publication date
        try:
            mon, day = _month(m["mon4"] or m["mon5"]), int(m["d4"] or m["d5"])
            d = date(ref.year, mon, day)
            if d > ref + timedelta(days=7):
                d = date(ref.year - 1, mon, day)
        except ValueError:
            return None
        return d.isoformat()
    if ref is not None and m["mon8"]:
        # "in October last year": the month of the year the text counts from its own
        return f"{ref.year + {'last': -1, 'this': 0, 'next': 1}[m['yrel']]:04d}-{_month(m['mon8']):02d}"
    if ref is not None and m["mon6"]:
        mon = _month(m["mon6"])
        return f"{ref.year if mon <= ref.month else ref.year - 1:04d}-{mon:02d}"
    if ref is not None and m["mon7"]:
        # "last October": the latest October before the publication month
        mon = _month(m["mon7"])
        return f"{ref.year if mon < ref.month else ref.year - 1:04d}-{mon:02d}"
    if ref is not None and m["ago"]:
        n = int(m["ago"]) if m["ago"].isdigit() else NUMBERS[m["ago"].casefold()]
        unit = m["unit"].casefold()
        if unit == "day":
            return (ref - timedelta(days=n)).isoformat()
        if unit == "week":
            return (ref - timedelta(days=7 * n)).isoformat()[:7]
        if unit == "month":
            y, mo = divmod(ref.year * 12 + ref.month - 1 - n, 12)
            return f"{y:04d}-{mo + 1:02d}"
        return str(ref.year - n)
    if m["y3"]:
        return f"{int(m['y3']):04d}-{_month(m['mon3']):02d}"
    if m["iso"]:
        return m["iso"] if parse_day(m["iso"]) else None
    if m["y4"]:
        return m["y4"]
    if ref is None:
        return None
    if m["rel"]:
        rel = " ".join(m["rel"].casefold().split())
        if rel in ("today", "tonight"):
            return ref.isoformat()
        if rel == "yesterday":
            return (ref - timedelta(days=1)).isoformat()
        if rel in ("this week", "earlier this week", "this month", "earlier this month"):
            return ref.isoformat()[:7]
        if rel in ("last week", "last weekend"):
            return (ref - timedelta(days=7)).isoformat()[:7]
        if rel == "last month":
            first = ref.replace(day=1) - timedelta(days=1)
            return first.isoformat()[:7]
        if rel.endswith("last year"):
            return str(ref.year - 1)
        return str(ref.year)
    if m["wd"]:
        # The most recent such weekday ("on Monday" in a Tuesday article is the day before); the
        # publication day itself for "on"/"this" (a Monday report of what happened "on Monday"),
        # a week before for "last".
        target = WEEKDAYS.index(m["wd"].casefold())
        delta = (ref.weekday() - target) % 7
        if m.group(0).casefold().startswith("last") and delta == 0:
            delta = 7
        return (ref - timedelta(days=delta)).isoformat()
    return None


def _relative(m: re.Match) -> bool:
    return bool(m["rel"] or m["wd"] or m["d4"] or m["d5"] or m["mon6"] or m["mon7"] or m["mon8"] or m["ago"])


def find_dates(text: str, doc_date: str | None, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Every resolvable date mention in ``text[start:end]``, with absolute offsets."""
    ref = parse_day(doc_date)
    out = []
    for m in DATE_RE.finditer(text, start, len(text) if end is None else end):
        value = resolve(m, ref)
        if value:
            out.append(DateMention(m.start(), m.end(), value, _relative(m)))
    return out


# How far into a document a dateline may stand: the headline, a kind line ("Press Statement"),
# a byline, then the date, or a dateline opening the first paragraph ("GENEVA (10 June 2022) -").
_HEAD_LINES = 8
_HEAD_CHARS = 80


def dateline(text: str) -> str | None:
    """The publication date a document states at its head, for texts that come without metadata.

    Press releases put it on a line of its own ("July 22, 2022", "Published 1 February 2021") and
    wire reports at the start of the first paragraph ("MINSK, August 27, 2020 -"). Only a full
    day-month-year date counts there: a year or month in a headline is what the story is about.
    """
    lines = [m for m in re.finditer(r"[^\n]*\S[^\n]*", text)][:_HEAD_LINES]
    sentences = 0  # full sentences passed: a standfirst under the headline ("Foreign Secretary announces ...") may come before the date line
    for line in lines[1:]:  # the first line is the headline
        words = line.group().strip()
        header = len(words) <= _HEAD_CHARS and not words.endswith((".", "!", "?", '"', "\u201d"))
        for d in find_dates(text, None, line.start(), line.end()):
            if len(d.value) == 10 and (header or not sentences and d.start - line.start() <= _HEAD_CHARS // 2):
                return d.value
        if not header:
            sentences += 1
            if sentences > 1 or len(words) > 2 * _HEAD_CHARS:  # the lede: a date further down the story is an event's
                break
    return None
