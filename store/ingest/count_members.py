"""People "also arrested" who are members of a count the article already gave, not more of them.

Dutch and local copy open with the total ("Three people were arrested on Tuesday"), describe the
main suspect, then the others ("A 29-year-old woman and a 31-year-old man were also arrested") and
close the group with a summing-up ("All three remain in custody").  The "also" there is beside the
main suspect, not beside the three: the listed people are two of the three.  Without such a
summing-up "also arrested" keeps its reading of more people (see :mod:`store.ingest.lone`).
"""

from __future__ import annotations

import re

from store.ingest.extraction import ExtractedFact
from store.ingest.lone import is_lone
from store.ingest.numbers import find_figures
from store.model import ARRESTS

_WORDS = {2: "two|both", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten",
          11: "eleven", 12: "twelve"}
_REACH = 300  # how far after the listed people the summing-up may stand (the same paragraph)


def _summing_up(n: int) -> re.Pattern[str]:
    words = _WORDS.get(n, "") + ("|" if n in _WORDS else "") + str(n)
    # "All three remain in custody", "The three suspects", "both men", «Все трое»
    return re.compile(rf"(?<![\w-])(?:all\s+(?:of\s+the\s+)?(?:{words})|the\s+(?:{words})\s+(?:suspects|men|women|people|of\s+them)"
                      rf"|both(?=\s+(?:men|women|suspects|of\s+them|remain|are|were|have))|все\s+трое|все\s+четверо|оба|обе)(?![\w-])",
                      re.IGNORECASE)


_AGES = re.compile(r"\d{1,2}\s*-?\s*years?\s*-?\s*old|aged\s+\d{1,2}|\(\d{1,2}\)|,\s*\d{1,2}\s*,", re.IGNORECASE)


def _people_named(f: ExtractedFact) -> bool:
    """The figure is people written one by one ("a 29-year-old woman and a 31-year-old man"), no count."""
    words = _AGES.sub(" ", f.text or "")
    return is_lone(f.text) or not any(not g.lone for g in find_figures(words, "en"))


def drop_count_members(text: str, facts: list[ExtractedFact]) -> list[ExtractedFact]:
    """``facts`` without lone arrests that an earlier count and a later summing-up of it hold."""
    counts = [(f, int(f.value)) for f in facts if f.metric == ARRESTS and f.value and not _people_named(f)]
    out = []
    for f in facts:
        if f.metric == ARRESTS and f.value and _people_named(f):
            end = text.find("\n", f.quote_end)
            window = text[f.end:min(f.end + _REACH, end if end >= 0 else len(text))]
            if any(c.quote_end <= f.quote_start and n > f.value and _summing_up(n).search(window) for c, n in counts):
                continue  # "… were also arrested. All three remain in custody": two of the three
        out.append(f)
    return out
