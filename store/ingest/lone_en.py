"""One person (or a pair) arrested with no number written, in English copy: "Police in Poland
arrested a 38-year-old", "the arrest of a 29-year-old man in Warsaw", "a Dutch national was
detained", "Ukrainian police apprehended a father and son".

Wire copy about a small part of a bigger case often counts people this way.  The person noun
must be governed by an arrest word right beside it — the active verb before it, the passive after
it, or "the arrest of" — and is read as a figure of one (two for a pair such as "a father and
son"), spanning the noun phrase.  Like the Russian :mod:`lone` nouns, it is the article's arrests
figure only where nothing else counts the arrests (``lone.drop_counted_lone``).
"""

from __future__ import annotations

import re

# What may stand between the article and the person noun: an age, a hedge, a nationality or role word.
_MODIFIERS = r"(?:(?:\d{1,2}-year-old|alleged|suspected|key|young|local|foreign|[A-Z][a-z]+(?:-born)?)\s+){0,3}"
_NOUN_WORDS = ("man|woman|suspect|person|individual|teenager|teen|youth|national|citizen|resident|administrator|admin"
               "|operator|vendor|developer|hacker|courier|dealer|trafficker|member|affiliate|ringleader|leader|moderator|boss")
_NOUNS = rf"(?:{_NOUN_WORDS})\b"
# "a 38-year-old" standing alone for the person (not "a 38-year-old man", read whole above)
_AGE_ALONE = rf"\d{{1,2}}-year-old\b(?!\s+(?:[A-Za-z-]+\s+){{0,2}}(?:{_NOUN_WORDS})\b)"
_ONE = rf"(?:[Aa]n?|[Oo]ne)\s+(?:{_MODIFIERS}{_NOUNS}|{_AGE_ALONE})"
_KIN = "father|mother|husband|wife|brother|sister|son|daughter"
_PAIR = (rf"(?:[Aa]n?\s+)?(?:[Ff]ather|[Mm]other|[Hh]usband|[Ww]ife|[Bb]rother|[Ss]ister)(?:\s+and\s+|-)(?:{_KIN})"
         r"(?:\s+(?:duo|pair|team))?\b|[Aa]\s+(?:married\s+)?couple\b")
_PERSON = rf"(?P<who>{_PAIR}|{_ONE})"
_ACTIVE = r"\b(?:arrested|detained|apprehended|nabbed|caught|took\s+into\s+custody)\s+"
_NOMINAL = r"\b(?:arrest|detention|apprehension)\s+of\s+"
_PASSIVE = (r"\s+(?:[^\s,.;:]+\s+){0,4}?(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+)?"
            r"(?:arrested|detained|apprehended|taken\s+into\s+custody)\b")
_FORWARD = re.compile(rf"(?:{_ACTIVE}|{_NOMINAL}){_PERSON}")
_BACKWARD = re.compile(rf"(?<![\w-]){_PERSON}(?={_PASSIVE})")
_WHOLE = re.compile(rf"(?:{_PAIR}|{_ONE})")


def lone_people_en(text: str) -> list[tuple[int, int, int]]:
    """(start, end, count) of each person or pair an arrest word governs in ``text`` (a sentence)."""
    out = []
    for pattern in (_FORWARD, _BACKWARD):
        for m in pattern.finditer(text):
            who = m.group("who")
            count = 2 if re.match(_PAIR, who) else 1
            out.append((m.start("who"), m.end("who"), count))
    return sorted(set(out))


def is_lone_en(wording: str) -> bool:
    """The wording is one person or a pair written without a number ("a 38-year-old man")."""
    return bool(_WHOLE.fullmatch(wording.strip()))
