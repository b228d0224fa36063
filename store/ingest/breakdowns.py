"""Country breakdowns of a total: "Germany – 15, Austria – 10", "twelve in Germany and the rest
in Austria", "37 из них – в Испании. Остальные арестованы в Португалии"."""

from __future__ import annotations

import re

from store.ingest.extraction import ExtractedFact
from store.ingest.lexicon import REST_OF_TOTAL
from store.ingest.places import Mention, find_mentions
from store.ingest.quantities import Quantity
from store.ingest.sentences import Sentence
from store.model import ARRESTS


def breakdown_only(sentence: str) -> bool:
    """The sentence is nothing but places and their numbers ("Germany – 15, Austria – 10 and
    Italy – 4.", "США (38), Германия (12)"): a breakdown of the figure in the sentence before it."""
    mentions = [m for m in find_mentions(sentence) if m.kind != "adj"]
    if len(mentions) < 2:
        return False
    # "Britain accounted for 48, Germany 41 and the Netherlands 13, with the rest spread across five other countries."
    rest = re.split(r",\s*(?:with\s+)?the\s+(?:rest|remaining|others)\b|,?\s*(?:а\s+)?остальн", sentence, maxsplit=1)[0]
    mentions = [m for m in mentions if m.end <= len(rest)]
    if len(mentions) < 2:
        return False
    for m in reversed(mentions):
        rest = rest[:m.start] + " " + rest[m.end:]
    pairs = len(re.findall(r"\d+", rest))
    rest = re.sub(r"\d+|\b(?:and|и|the|accounted\s+for|with|had|each|respectively|alone|another|a\s+further|по|ещё|еще"
                  r"|соответственно|people|persons|suspects|человек)\b|[\s,;:.()–—-]", "", rest, flags=re.IGNORECASE)
    return not rest and pairs >= 2


def _rest_place(m: Mention) -> bool:
    """A country's own name, the only place "the rest" can be sent to."""
    return not (m.kind == "adj" or m.origin or len(m.code) != 2)


def _shared_rest(sentence: str, m: Mention, mentions: list[Mention]) -> bool:
    """"the rest were held in Germany and Sweden": a remainder spread over several countries is no one's."""
    return any(n.start >= m.end and n.code != m.code and n.kind != "adj"
               and re.fullmatch(r"\s*(?:,|and|or|&|и|или)\s*(?:the\s+)?", sentence[m.end:n.start]) for n in mentions)


# "Belgian officers detained 23": a figure its own clause gives to a national agency is a part, not the total.
_AGENCY_CLAUSE = re.compile(r"^[^,;.\d]{0,40}$")


def remainder(sentence: str, picked: list[tuple[Quantity, Mention | None]],
              mentions: list[Mention]) -> list[tuple[Quantity, Mention]]:
    """"14 were detained: twelve in Germany and the rest in Austria": the remainder is the total
    less the parts placed between it and "the rest", and it happened in the place after "the rest"."""
    out = []
    for m in mentions:
        if not _rest_place(m) or _shared_rest(sentence, m, mentions):
            continue
        rest = REST_OF_TOTAL.search(sentence[:m.start])
        if rest is None:
            continue
        totals = [q for q, p in picked if q.metric == ARRESTS and p is None and not q.bare and not q.subset
                  and q.end <= rest.start()
                  and not any(a.agency and a.end <= q.start and _AGENCY_CLAUSE.match(sentence[a.end:q.start]) for a in mentions)]
        if not totals:
            continue
        total = totals[0]
        parts = [q for q, p in picked if q.metric == ARRESTS and p is not None and total.end <= q.start
                 and q.end <= rest.start()]
        value = total.value - sum(q.value for q in parts)
        if parts and value > 0:
            out.append((Quantity(ARRESTS, value, "people", rest.start(), m.end, "exact"), m))
    return out


def rest_elsewhere(sent: Sentence, places: list[Mention], recent: list[ExtractedFact]) -> ExtractedFact | None:
    """"Задержаны 52 человека. 37 из них – в Испании. Остальные арестованы в Португалии.": a
    sentence opening with "the rest" that places them is the last total of the two sentences
    before it less the parts placed after that total."""
    for m in places:
        if not _rest_place(m) or _shared_rest(sent.text, m, places):
            continue
        lead = REST_OF_TOTAL.search(sent.text[:m.start])
        if lead is None or sent.text[:lead.start()].strip(" \t-–—•*"):
            return None
        arrests = [f for f in recent if f.metric == ARRESTS and f.value]
        totals = [k for k, f in enumerate(arrests) if f.country is None]
        if not totals:
            return None
        total = arrests[totals[-1]]
        parts = [f for f in arrests[totals[-1] + 1:] if f.country is not None]
        value = (total.value or 0) - sum(f.value or 0 for f in parts)
        if not parts or value <= 0 or any(f.country == m.code for f in parts):
            return None
        start, end = sent.start + lead.start(), sent.start + m.end
        return ExtractedFact(ARRESTS, value, "people", "exact", m.code, None, total.operation, sent.text,
                             start, end, None, sent.text[lead.start():m.end], sent.start, sent.end, True)
    return None
