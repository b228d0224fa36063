"""Elliptic clauses: a figure whose verb, unit or actor is left out because the clause before
gives it — "Во Франции изъято 22 единицы оружия, в Бельгии – 5", "Германские полицейские
задержали 14, французские – 9", "Italian police seized 3.2 tonnes, Greek officers 1.9 tonnes"."""

from __future__ import annotations

import re
from dataclasses import replace

from store.ingest.attachment import attached_place, bare_place, opening_place
from store.ingest.places import Mention
from store.ingest.quantities import Quantity
from store.model import SEIZED_DRUGS, SEIZED_FIREARMS

# The text between an earlier figure and the place of an elided one: "…, в", "… and in the".
_ELLIPTIC_COUNT = re.compile(r"^[^\d.;]{0,40}?(?:,|\sи|\sа|\sand|\swhile)\s+(?:(?:ещё|еще|also)\s+)?(?:в|во|in)\s+(?:the\s+)?$",
                             re.IGNORECASE)
# Seizures whose amount a bare number after another place can repeat, unit and all ("22 firearms
# …, in Belgium 5", "300 kg of cocaine … and in Portugal 120"); not money, whose scale
# ("€3m") a bare number leaves open.
_ELIDED_COUNT_METRICS = {SEIZED_FIREARMS, SEIZED_DRUGS}
# The clause before an elliptic figure: "..., французские – 9", "..., while French police held twelve",
# "... 18 and Italian authorities another eleven".
_ELLIPSIS_LEAD = re.compile(
    r"^(?:[^\d]*?(?:[,;]|\bwhile\b|\bwhereas\b|\bbut\b))?\s*(?:and|и|а|но|while|whereas|but)?\s*(?:the\s+)?$", re.IGNORECASE)
ELLIPSIS_GAP = re.compile(
    r"^\s*(?:[a-zа-яё]+\s+){0,2}(?:[–—:-]\s*)?(?:ещё|еще|also|another|a\s+further|further)?\s*$", re.IGNORECASE)
# Where a clause with its own subject starts: "..., while Portuguese police detained five".
_CLAUSE_START = re.compile(r"[,;]|\bwhile\b|\bwhereas\b|\bbut\b|\sа\s|\sно\s|\sтогда\s+как\s", re.IGNORECASE)


def elided_count(sentence: str, q: Quantity, picked: list[tuple[Quantity, Mention | None]],
                 mentions: list[Mention]) -> tuple[Quantity, Mention, Mention] | None:
    """A bare number after a place repeating the count the clause before gave for another place:
    "Во Франции изъято 22 единицы оружия, в Бельгии – 5", "In France, officers seized 22 firearms
    and in Belgium 5".  Gives the figure read with the earlier one's metric and unit, its place,
    and the earlier figure's place; None when ``q`` is no such figure."""
    prev, prev_place = picked[-1]
    place = attached_place(sentence, q, mentions) or bare_place(sentence, q, mentions)
    if prev_place is None and place is not None and prev.metric in _ELIDED_COUNT_METRICS:
        prev_place = opening_place(sentence, prev, mentions)
    if (prev.metric in _ELIDED_COUNT_METRICS and prev_place is not None and place is not None
            and prev_place.code != place.code and re.match(r"^\s*(?:[–—:-]\s*)?$", sentence[place.end:q.start])
            and _ELLIPTIC_COUNT.match(sentence[prev.end:place.start])):
        return replace(q, metric=prev.metric, unit=prev.unit, bare=False), place, prev_place
    return None


def elliptic_actor(sentence: str, q: Quantity, mentions: list[Mention], after: int) -> Mention | None:
    """The nationality heading an elliptic clause after an earlier arrest figure: "Германские
    полицейские задержали 14, французские – 9, а итальянская полиция – ещё семерых"."""
    # also a country's name: "14 in Germany, and France another 6"
    here = [m for m in mentions if (m.kind == "adj" or (m.kind == "name" and not m.origin))
            and after <= m.start and m.end <= q.start]
    if not here:
        return None
    m = here[-1]
    if _ELLIPSIS_LEAD.match(sentence[after:m.start]) and ELLIPSIS_GAP.match(sentence[m.end:q.start]):
        return m
    return None


def clause_actor(sentence: str, q: Quantity, mentions: list[Mention]) -> str | None:
    """The one agency acting in the figure's clause, before the figure ("The Spanish police
    arrested eight suspects, while Portuguese police detained five more")."""
    start = max((m.end() for m in _CLAUSE_START.finditer(sentence, 0, q.start)), default=0)
    here = [m for m in mentions if start <= m.start and m.end <= q.start]
    codes = {m.code for m in here}
    if len(codes) == 1 and all(m.agency for m in here):
        return here[0].code
    # "Italian police seized 3.2 tonnes, Greek officers 1.9 tonnes and Croatian police 300 kg":
    # the last of several agencies, heading an elliptic list item right before the figure.
    if len(codes) > 1 and here[-1].agency and ELLIPSIS_GAP.match(sentence[here[-1].end:q.start]):
        lead = sentence[start:here[-1].start]
        if re.search(r"\d", lead) and re.search(r"(?:\band|\bи|\bа)\s+(?:the\s+)?$", lead, re.IGNORECASE):
            return here[-1].code
    return None
