"""The date an article carries at its top ("The Hague, 3 September 2024", "Москва, 18 октября
2024 года", "Published: 12 May 2024"): its publication date when nothing else gives one.

Only a full day date counts, on one of the first lines, with at most a place or a "published"
label before it — a date further into a sentence is an event's date, not the article's.
"""

from __future__ import annotations

import re

from store.ingest.dates import find_dates

_LINES = 4  # the headline and the lines just under it
_BEFORE = re.compile(
    r"^(?:[^\W\d][\w.'’ -]{0,40},\s*|(?:published|updated|posted|date|dated|опубликовано|обновлено|дата)\b[\s:.-]*|)$",
    re.IGNORECASE)
_AFTER = re.compile(r"^(?:\s*(?:г\.|года|год))?\s*(?:$|[.,;–—-]|\(|\d{1,2}:\d\d)")


def dateline_date(text: str) -> str | None:
    """``YYYY-MM-DD`` from a dateline near the top of ``text``, else None."""
    lines = [line.strip() for line in text.split("\n") if line.strip()][:_LINES]
    return next((found for found in map(line_date, lines) if found), None)


def line_date(line: str) -> str | None:
    """The day date ``line`` opens with, after at most a place or a label, else None."""
    for mention in find_dates(line, None):
        if mention.relative or mention.since or not mention.value or len(mention.value) != 10:
            continue
        if _BEFORE.match(line[:mention.start]) and _AFTER.match(line[mention.end:]):
            return mention.value
        break  # only the first date of a line can be its dateline
    return None


def is_dateline(line: str) -> bool:
    """The line is a dateline and nothing more ("Rīga, 4 December 2025"): no title."""
    return line_date(line) is not None and len(line) <= 60 and not any(ch in line for ch in ".!?")
