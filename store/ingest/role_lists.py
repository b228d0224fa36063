"""People counted by naming them: "the CEO, financial director, and marketing director of the
exchange were arrested in Spain" is three arrests, though no number is written.

Only a list of two or more singular role nouns (staff of a market or gang), joined by commas and
"and", that is the subject of a plural arrest verb right after it, counts; the figure spans the
list and its value is the number of roles.  One role alone ("the administrator was arrested") is
left to the article's own count, since wire copy usually repeats it inside a total.
"""

from __future__ import annotations

import re

from store.ingest.word_classes import ARRESTED_EN, TRADE_ROLE_EN

ROLE = (r"(?:(?:[a-z]+-)?(?:main|chief|alleged|suspected|financial|marketing|technical|lead|head|senior|top|former|co-?)\s*)?"
         r"(?:CEO|CFO|CTO|COO|chief\s+executive|director|founder|co-founder|administrator|admin|moderator|operator|owner"
         r"|manager|developer|programmer|head|leader|ringleader|organi[sz]er|vendor|seller|courier|accountant|president|treasurer"
         r"|cashier|launderer|chemist|supplier|distributor|webmaster|driver|packer|recruiter|dealer|trafficker|smuggler"
         r"|" + TRADE_ROLE_EN + r")")
_ROLE = ROLE
_ITEM = rf"(?:(?:its|the|their|his|her)\s+)?{_ROLE}"
_LIST = re.compile(
    rf"\b(?:the|its|their|(?:[\w-]+['’]s))\s+(?P<items>{_ROLE}(?:\s*,\s*{_ITEM})*\s*,?\s+and\s+{_ITEM})"
    r"(?=(?:\s+of\s+(?:the\s+)?[\w\s'’-]{1,40}?)?\s+(?:were|have\s+been|had\s+been|are\s+being)\s+"
    + ARRESTED_EN + r"\b)",
    re.IGNORECASE,
)


def listed_people(text: str) -> list[tuple[int, int, int]]:
    """(start, end, count) of each list of roles arrested together in ``text`` (a sentence)."""
    out = []
    for m in _LIST.finditer(text):
        count = len(re.findall(r",|\band\b", m.group("items"))) + 1
        if re.search(r",\s*and\b", m.group("items")):
            count -= 1  # the Oxford comma and "and" join the same two items
        if count >= 2:
            out.append((m.start("items"), m.end("items"), count))
    return out
