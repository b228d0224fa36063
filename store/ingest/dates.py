"""Dates written in a sentence: absolute (``в марте 2024 года``, ``14 May 2024``, ``in 2021``)
and relative (``в прошлом году``, ``last month``), resolved against the publication date.

A relative date without a publication date stays a mention with no value: the event is known
to have a date, the text just does not say which.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_RU_MONTHS = ("январ", "феврал", "март", "апрел", "ма[йяе]", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр")
_EN_MONTHS = ("jan(?:uary)?", "feb(?:ruary)?", "mar(?:ch)?", "apr(?:il)?", "may", "june?", "july?", "aug(?:ust)?",
              "sep(?:t(?:ember)?)?", "oct(?:ober)?", "nov(?:ember)?", "dec(?:ember)?")
_RU_MONTH = "|".join(f"(?P<rm{i}>{stem}[а-я]*)" for i, stem in enumerate(_RU_MONTHS))
_EN_MONTH = "|".join(f"(?P<em{i}>{stem})" for i, stem in enumerate(_EN_MONTHS))
_YEAR = r"(?P<year>(?:19|20)\d\d)"

_SINCE = r"(?P<since>\b(?:с|со|since|from)\s+)?"
_ABSOLUTE = tuple(
    re.compile(_SINCE + pattern, re.IGNORECASE)
    for pattern in (
        rf"(?:(?P<day>\d{{1,2}})\s+)?(?:{_RU_MONTH})\s+{_YEAR}(?:\s*(?:года|году|г\.))?",
        rf"(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+)?\b(?:{_EN_MONTH})\.?(?:\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?,?)?\s+{_YEAR}",
        rf"\b{_YEAR}\s*(?:года|году|год|г\.)",
        rf"(?<=\b(?:in|by|of)\s){_YEAR}\b",
        rf"(?<=\bduring\s){_YEAR}\b",
        rf"(?<=\bsince\s){_YEAR}\b",
        rf"(?:(?:early|late|mid-?|spring|summer|autumn|fall|winter|весны|лета|осени|зимы|начала|конца|середины)\s+(?:of\s+)?){_YEAR}\b(?:\s*(?:года|г\.))?",
        rf"\b{_YEAR}(?=\s*[-–—]\s*(?:19|20)\d\d)",
    )
)
_RELATIVE: tuple[tuple[re.Pattern[str], str, int], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), unit, delta)
    for pattern, unit, delta in (
        (r"\bв\s+позапрошлом\s+году\b|\btwo\s+years\s+ago\b", "year", -2),
        (r"\bв\s+прошлом\s+году\b|\bгодом\s+ранее\b|\blast\s+year\b|\ba\s+year\s+ago\b|\bгод\s+назад\b", "year", -1),
        (r"\bв\s+этом\s+году\b|\bв\s+текущем\s+году\b|\bthis\s+year\b", "year", 0),
        (r"\bв\s+прошлом\s+месяце\b|\blast\s+month\b|\ba\s+month\s+ago\b|\bмесяц\s+назад\b", "month", -1),
        (r"\bв\s+этом\s+месяце\b|\bthis\s+month\b", "month", 0),
    )
)


# "were shut down on 28 November", "on November 28", «28 ноября»: a day and month with no year, the
# publication's year (the year before when that month is still to come) — never the publication date itself.
_YEARLESS = re.compile(
    rf"(?<![\d.])(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_RU_MONTH.replace('?P<rm', '?P<xm')}|{_EN_MONTH.replace('?P<em', '?P<ym')})\b"
    rf"|\b(?:{_EN_MONTH.replace('?P<em', '?P<zm')})\.?\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\b(?![.,]?\d))",
    re.IGNORECASE,
)


def _yearless_value(m: re.Match[str], published: str | None) -> str | None:
    """The ISO date of a day and month read in the publication's year; None without a publication date."""
    groups = m.groupdict()
    month = next((i + 1 for i in range(12) for g in ("xm", "ym", "zm") if groups.get(f"{g}{i}")), None)
    day = int(groups.get("day") or groups.get("day2") or 0)
    if not published or month is None or not 1 <= day <= 31:
        return None
    year = int(published[:4])
    if len(published) >= 7 and month > int(published[5:7]):
        year -= 1  # "on 28 December" in a story of 4 January: last year's
    return f"{year:04d}-{month:02d}-{day:02d}"


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    value: str | None  # partial ISO date, None for an unresolved relative date
    since: bool = False  # "с 2019 года", "since 2021": the start of something
    relative: bool = False


def find_dates(text: str, published: str | None) -> list[DateMention]:
    """Dates in ``text`` (offsets relative to it), left to right."""
    found: list[DateMention] = []
    for pattern in _ABSOLUTE:
        for m in pattern.finditer(text):
            if any(d.start <= m.start() < d.end or m.start() <= d.start < m.end() for d in found):
                continue
            found.append(DateMention(m.start(), m.end(), _absolute_value(m), since=bool(m.group("since")) or text[:m.start()].lower().endswith("since ")))
    for m in _YEARLESS.finditer(text):
        if not any(d.start <= m.start() < d.end or m.start() <= d.start < m.end() for d in found):
            found.append(DateMention(m.start(), m.end(), _yearless_value(m, published), relative=True))
    for pattern, unit, delta in _RELATIVE:
        for m in pattern.finditer(text):
            if not any(d.start <= m.start() < d.end for d in found):
                found.append(DateMention(m.start(), m.end(), resolve_relative(unit, delta, published), relative=True))
    return sorted(found, key=lambda d: d.start)


def resolve_relative(unit: str, delta: int, published: str | None) -> str | None:
    """``last year`` published 2023-05-02 is ``2022``; ``last month`` is ``2023-04``."""
    if not published:
        return None
    year = int(published[:4])
    if unit == "year":
        return f"{year + delta:04d}"
    if len(published) < 7:
        return None
    month = int(published[5:7]) + delta
    year += (month - 1) // 12
    month = (month - 1) % 12 + 1
    return f"{year:04d}-{month:02d}"


def _absolute_value(m: re.Match[str]) -> str:
    groups = m.groupdict()
    year = groups["year"]
    month = next((i + 1 for i in range(12) if groups.get(f"rm{i}") or groups.get(f"em{i}")), None)
    if month is None:
        return year
    day = groups.get("day") or groups.get("day2")
    if day and 1 <= int(day) <= 31:
        return f"{year}-{month:02d}-{int(day):02d}"
    return f"{year}-{month:02d}"
