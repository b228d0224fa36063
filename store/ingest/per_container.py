"""An amount stated per container: "two boxes with £1,500 cash in each", "three bags each
containing 2kg of cocaine", "1kg in each of four holdalls".

Court and police copy often counts the containers and gives one container's content.  The haul
is the content times the count; reading the content alone under-states the seizure by the count.
Only containers (boxes, bags, parcels …) are multiplied — "two men with £500 each" is no
container, and a "1kg each" after a list of drugs is a share, not a content.
"""

from __future__ import annotations

import re

_CONTAINER = (r"(?:boxes|bags|holdalls|suitcases|packages|parcels|envelopes|packets|containers|tins|jars|bricks|blocks"
              r"|crates|sacks|rucksacks|backpacks|safes|pouches|cases)")
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                "eleven": 11, "twelve": 12}
_COUNT = r"(?P<n>\d{1,3}|" + "|".join(_COUNT_WORDS) + r")"
# "Two were DVD boxes with", "three bags each containing", "four parcels, each holding": the count, the containers,
# then what joins them to the amount
_BEFORE = re.compile(
    rf"(?<![\w-]){_COUNT}\s+(?:(?:of\s+(?:them|which|these)\s+)?(?:were|was)\s+)?(?:[\w-]+\s+){{0,3}}?{_CONTAINER}\s*,?\s+"
    r"(?P<each>each\s+)?(?:with|containing|holding|contained|held|filled\s+with)\s+(?:about\s+|around\s+|some\s+|roughly\s+)?$",
    re.IGNORECASE)
# what says the amount is one container's: "… in each", "… each"
_EACH_AFTER = re.compile(r"^\s*(?:(?:of\s+)?(?:cash|money|banknotes|notes|[\w-]+)\s+)?(?:in\s+)?each\b(?!\s+of\b)", re.IGNORECASE)
# "1kg in each of four holdalls": the count after the amount
_IN_EACH_OF = re.compile(rf"^\s*(?:(?:of\s+)?[\w-]+\s+)?in\s+each\s+of\s+(?:the\s+)?{_COUNT}\s+(?:[\w-]+\s+){{0,2}}?{_CONTAINER}\b",
                         re.IGNORECASE)


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _COUNT_WORDS[word.lower()]


def container_count(sentence: str, start: int, end: int) -> int | None:
    """How many containers the amount at ``start:end`` of ``sentence`` is the content of each of, or None."""
    after = sentence[end:]
    m = _IN_EACH_OF.match(after)
    if m:
        n = _count(m.group("n"))
        return n if n > 1 else None
    m = _BEFORE.search(sentence[max(0, start - 120):start])
    if m and (m.group("each") or _EACH_AFTER.match(after)):
        n = _count(m.group("n"))
        return n if n > 1 else None
    return None
