"""A paragraph opening on an earlier month than the story's own case is another, separate case.

A story about an October seizure may add a paragraph «В июле таможенники нашли 800 кг …» (or "In July,
customs officers found …") with no «Напомним» or «Ранее» before it: the month alone says it is an
earlier case, whose figures are not this article's.  The story's month is the first month named in a
sentence stating figures; only a line opening on a month before it counts, so a roundup walking forward
through the months («В январе … В феврале …») keeps every case.
"""

from __future__ import annotations

import re

_RU = ("январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр")
_EN = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december")
_MONTH = (r"(?:январ[еья]|феврал[еья]|марте?а?|апрел[еья]|ма[еяй]|июн[еья]|июл[еья]|август[еа]?|сентябр[еья]|октябр[еья]|ноябр[еья]"
          r"|декабр[еья]|January|February|March|April|May|June|July|August|September|October|November|December)")
# a month named as a time: «в октябре», «12 октября», "in October", "on 12 October", "October 12"
_NAMED = re.compile(r"(?:\b(?:в|in)\s+(?:early\s+|late\s+|mid-?)?|\b\d{1,2}\s+)(" + _MONTH + r")\b"
                    r"|\b(" + _MONTH + r")\s+\d{1,2}\b", re.IGNORECASE)
# a line opening on a month: «В июле таможенники …», "In July, officers …" (not «в июле этого года» of a plan)
_LEAD = re.compile(r"^\W{0,3}(?:в|in)\s+(?:early\s+|late\s+|mid-?)?(" + _MONTH + r")\b(?!\s+(?:следующего|next|будущего))",
                   re.IGNORECASE)


def _number(word: str) -> int | None:
    w = word.lower()
    for i, en in enumerate(_EN):
        if w == en:
            return i + 1
    for i, ru in enumerate(_RU):
        if w.startswith(ru) and (ru != "ма" or w in ("мае", "мая", "май")) and (ru != "март" or w.startswith("март")):
            return i + 1
    return None


def month_named(sentence: str) -> int | None:
    """The first month a sentence names as a time (1–12), if any."""
    m = _NAMED.search(sentence)
    return _number(m.group(1) or m.group(2)) if m else None


def earlier_month_lead(text: str, start: int, sentence: str, story_month: int | None) -> bool:
    """The sentence opens a line on a month before the story's own month."""
    if story_month is None or text[text.rfind("\n", 0, start) + 1:start].strip():
        return False
    m = _LEAD.match(sentence)
    month = _number(m.group(1)) if m else None
    return month is not None and month < story_month
