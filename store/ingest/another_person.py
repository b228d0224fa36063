"""One more person held, not the same one restated: «Также … был задержан 47-летний мужчина»,
«Позже задержали ещё одного гражданина», «задержан житель, 1963 года рождения» after one born in 1974.

Domestic releases (MVD, GKNB, KNB) often list several single arrests, each in its own sentence and none
with a number.  Two lone arrests of one article are one person restated (the headline's «задержан
наркокурьер» and the body's «задержан 25-летний житель») unless the later sentence says it is another
person: an "also / another" word before the noun, or an age or a year of birth unlike the earlier one's.
"""

from __future__ import annotations

import re

from store.ingest.also_held import ALSO, ALSO_HELD, ONE_ALSO_HELD
from store.ingest.episodes import opens_episode
from store.ingest.extraction import ExtractedFact

_AGE = re.compile(r"(\d{1,3})\s*-\s*летн|(?<!\d)((?:19|20)\d\d)\s+(?:года|г\.)\s+рождения|\baged\s+(\d{1,3})\b|\b(\d{1,3})\s*-\s*year\s*-\s*old\b",
                  re.IGNORECASE)


def _ages(f: ExtractedFact) -> set[str]:
    return {next(g for g in m.groups() if g) for m in _AGE.finditer(f.quote)}


def _headline(e: ExtractedFact) -> bool:
    """``e`` is the article's headline: its first line, not a lead sentence ending on a full stop (a page
    excerpt that opens on the story's first paragraph has no headline)."""
    return e.quote_start == 0 and not e.quote.rstrip().endswith(".")


def another_person(f: ExtractedFact, earlier: list[ExtractedFact]) -> bool:
    """``f``, a lone arrest in the body, is a person besides the equal lone arrests ``earlier``."""
    body = [e for e in earlier if not _headline(e)]
    if f.quote_start == 0 or not body or any(e.quote_start == f.quote_start for e in body):
        return False  # the headline's person is the body's first one; one sentence's people are read there
    after = f.quote[f.end - f.quote_start:]  # "A 31-year-old woman was also arrested": the verb says "also"
    # "Another suspect was held in Dunedin": the wording itself opens on "another"
    if (ALSO.search(f.quote[:f.start - f.quote_start]) or ALSO.match(f.text) or ALSO_HELD.match(after)
            or ONE_ALSO_HELD.match(after)):
        return True
    if opens_episode(f.quote):
        return True  # "In a separate incident, a resident of Jalilabad … was detained": a person of another case
    mine = _ages(f)
    aged = [e for e in body if _ages(e)]  # ("The man was arrested at the scene" gives no age to weigh)
    return bool(mine) and bool(aged) and all(not (_ages(e) & mine) for e in aged)


def another_group(f: ExtractedFact, earlier: list[ExtractedFact]) -> bool:
    """``f``, a count of people held in the body, is a group besides the equal counts ``earlier``:
    «Также оперативники задержали двух жителей Тобольска» after «задержаны два гражданина Эстонии» is two
    more people, not the two restated (an "also / another" word before the count says so)."""
    body = [e for e in earlier if not _headline(e)]
    if f.quote_start == 0 or not body or any(e.quote_start == f.quote_start for e in body):
        return False
    # "In addition to the 61 arrests, agents shut down 50 accounts": the count "in addition to" governs is the one
    # already known, what comes after it is the addition
    lead = _ADDED_TO.sub("", f.quote[:f.start - f.quote_start])
    if ALSO.search(lead):
        return True
    # «в Московской области задержали двух обвиняемых …» then «в Нижегородской области задержали двух мужчин»:
    # equal counts each held in a town or region of its own are two groups
    if _DEFINITE.search(f.quote[:f.start - f.quote_start]):
        return False  # "The five arrested … were picked up from Thane, Pune …", «Все трое»: the same people again
    mine = _towns(f.quote)
    return bool(mine) and all(_towns(e.quote) and not (_towns(e.quote) & mine) for e in body)


_DEFINITE = re.compile(r"(?:\b(?:the|these|those|all|both)|(?<![\w-])(?:все|эти|этих|оба|обе|обоих))\s+$", re.IGNORECASE)


def _towns(sentence: str) -> set[str]:
    """Stems of the towns and regions ``sentence`` places something in («Самаре», «Нижегородской области»)."""
    from store.ingest.places import find_mentions

    return {sentence[m.start:m.end].lower()[:5] for m in find_mentions(sentence) if m.kind == "city" and m.is_place_or_actor}


_ADDED_TO = re.compile(r"\b(?:in\s+addition\s+to|besides|on\s+top\s+of)\s+(?:(?:the|its|their|these|those)\s+)?"
                       r"(?:(?:arrests?|detentions?)\s+of\s+)?$", re.IGNORECASE)
