"""The last stage: one fact per figure across the article, one event per (kind, subject, date).

A total equal to the sum of its country breakdown is worldwide; the same figure stated twice is
kept once (the first statement, or the one that says where); a rounded headline figure gives way
to the precise one below it.
"""

from __future__ import annotations

import re

from store.ingest.another_person import another_group, another_person
from store.ingest.extraction import ExtractedFact
from store.ingest.haul_towns import other_town
from store.ingest.lexicon import RECALL
from store.ingest.lone import is_lone
from store.ingest.parts import drug_kind, kind_named_before
from store.model import ARRESTS, SEIZED_DRUGS, SEIZED_MONEY


def settle_facts(facts: list[ExtractedFact]) -> list[ExtractedFact]:
    """One fact per figure: a total equal to the sum of its country breakdown is worldwide,
    the same figure stated twice is kept once (first statement, or the one with a country)."""
    stated = facts
    facts = _dedupe(facts)
    settled = []
    for f in facts:
        if f.metric == ARRESTS and f.country is not None:
            # ("… In a separate phase, Swedish police arrested a 44-year-old man": one person held, named not counted,
            # is no item of a breakdown that would add up to another country's count)
            parts = [g for g in facts if g is not f and g.metric == ARRESTS and g.operation == f.operation and g.country
                     and not (g.value == 1 and is_lone(g.text or ""))]
            # "Нидерланды – 23, Германия – 14, Франция – 9": a peer in one list is no total of the others
            peers = f.attached and all(g.quote_start == f.quote_start for g in parts)
            peers = peers or (f.attached and f.country not in {g.country for g in parts})  # its own country, not theirs
            if len({g.country for g in parts}) >= 2 and sum(g.value or 0 for g in parts) == f.value and not peers:
                f = ExtractedFact(**{**_as_dict(f), "country": None})
            elif _sentence_breakdown(f, parts):
                f = ExtractedFact(**{**_as_dict(f), "country": None})
        settled.append(f)
    settled = _dedupe(settled, stated)
    settled = [f for f in settled if not _rounded_headline(f, settled)]
    # The same figure with and without a country ("Eleven arrested" in the headline, "Eleven people
    # arrested across England" below) is one figure: keep the statement that says where.
    placed: dict[tuple, set[str]] = {}
    for f in settled:
        if f.country is not None and not _further(f):  # "another 20 kilos" in Bundoora places no other 20 kilos
            placed.setdefault(_figure(f), set()).add(f.country)
    # "three … were detained in Spain and Italy, and four more … in Canada": two figures of one
    # sentence, not one figure stated twice
    beside = {(*_figure(f), f.quote_start) for f in settled if f.country is not None}
    return [f for f in settled if not _pronoun_restates(f, settled) and (
            f.country is not None or len(placed.get(_figure(f), ())) != 1
            or (*_figure(f), f.quote_start) in beside or _further(f)
            or (f.metric == ARRESTS and f.value == 1 and _other_people(f, settled, stated))
            or (f.metric == ARRESTS and (f.value or 0) > 1 and _other_group(f, settled)))]


def _other_group(f: ExtractedFact, facts: list[ExtractedFact]) -> bool:
    """``f``, a count of people held with no place, is a group besides the placed equal count before it
    («задержаны двое местных жителей» in a district, then «также задержаны ещё двое подозреваемых»), not it restated."""
    same = [g for g in facts if g is not f and g.country is not None and _figure(g) == _figure(f)
            and (g.quote_start, g.start) < (f.quote_start, f.start)]
    return bool(same) and another_group(f, same)


def drop_unplaced_money_twins(facts: list[ExtractedFact]) -> list[ExtractedFact]:
    """After the bare "$" became the local dollar: "AUD1.5 million" placed in Australia and "$1.5million"
    in a later quote are one figure (settle_facts could not see it while the second was still USD)."""
    placed = {(*_figure(f), f.country) for f in facts if f.metric == SEIZED_MONEY and f.country is not None}
    twins = {key[:-1] for key in placed}
    countries = {key[-1] for key in placed}
    return [f for f in facts if not (f.metric == SEIZED_MONEY and f.country is None and len(countries) == 1
                                     and _figure(f) in twins and not _further(f))]


_PRONOUN = re.compile(r"(?:he|she|him|her)", re.IGNORECASE)


def _pronoun_restates(f: ExtractedFact, facts: list[ExtractedFact]) -> bool:
    """"… when he was arrested": a pronoun with no place of its own is a person an earlier sentence
    already held (the one arrested in Portugal), never one more, whichever of several it is."""
    return (f.metric == ARRESTS and f.value == 1 and f.country is None and bool(_PRONOUN.fullmatch((f.text or "").strip()))
            and any(g is not f and g.metric == ARRESTS and g.value == 1 and (g.quote_start, g.start) < (f.quote_start, f.start)
                    for g in facts))


def _other_people(f: ExtractedFact, facts: list[ExtractedFact], stated: list[ExtractedFact]) -> bool:
    """``f``, one person held, is not the placed equal figure's person restated (see ``another_person``);
    a headline's person is the body's first one, so ``f`` is weighed against every body statement before it."""
    same = [g for g in facts if g is not f and g.country is not None and _figure(g) == _figure(f)]
    before = [g for g in stated if g is not f and g.quote_start != 0 and (g.quote_start, g.start) < (f.quote_start, f.start)
              and _figure(g) == _figure(f)]
    return bool(same) and all(another_person(g, [f]) if g.start > f.start else another_person(f, [g, *before]) for g in same)


def _figure(f: ExtractedFact) -> tuple:
    """What makes two statements one figure, whatever their country (an earlier case's body figure is its own)."""
    return f.metric, f.value, f.unit, f.operation, f.quote_start != 0 and _recalled(f)


def _sentence_breakdown(f: ExtractedFact, parts: list[ExtractedFact]) -> bool:
    """"Seven of the suspects were arrested in the United States and two in Canada": another
    sentence splitting ``f`` between two or more countries, each written next to its figure,
    makes ``f`` a total even when other places' arrests are reported elsewhere."""
    by_sentence: dict[int, list[ExtractedFact]] = {}
    for g in parts:
        if g.quote_start != f.quote_start and g.attached:
            by_sentence.setdefault(g.quote_start, []).append(g)
    # "most suspects (130) come from the United States. Also, 42 Germans, … and 3 Brazilians": a figure
    # written next to its own country is a peer of other countries' figures, not their total.
    return any(len({g.country for g in gs}) == len(gs) >= 2 and sum(g.value or 0 for g in gs) == f.value
               and not (f.attached and f.country not in {g.country for g in gs})
               for gs in by_sentence.values())


def _rounded_headline(f: ExtractedFact, facts: list[ExtractedFact]) -> bool:
    """A qualified round figure opening the article ("более двухсот арестов", "over 200 arrests")
    that a figure below states precisely (204) is the same figure, rounded."""
    if f.quote_start != 0 or f.qualifier == "exact" or not f.value:
        return False
    for g in facts:
        if g is f or g.quote_start == 0 or (g.metric, g.unit, g.country) != (f.metric, f.unit, f.country) or not g.value:
            continue
        ratio = g.value / f.value
        # "over 1,000 pounds of drugs" over a body's 500 kg: a headline converted into another unit rounds more
        slack = 0.15 if _in_pounds(f) != _in_pounds(g) else 0.1
        if ((f.qualifier == "at_least" and 1 < ratio <= 1 + slack) or (f.qualifier == "at_most" and 1 - slack <= ratio < 1)
                or (f.qualifier == "approximate" and 1 - slack <= ratio <= 1 + slack and ratio != 1)):
            return True
    return False


def _in_pounds(f: ExtractedFact) -> bool:
    """The figure was stated in pounds (its own wording, not a bracketed conversion)."""
    return bool(re.match(r"^[^(\[]*?\b(?:pounds?|lbs?)\b|^[^(\[]*?фунт", f.detail or "", re.IGNORECASE))


def _dedupe(facts: list[ExtractedFact], stated: list[ExtractedFact] | None = None) -> list[ExtractedFact]:
    """``facts`` with each figure stated twice kept once; ``stated``, every statement the article made
    (one person held is compared with all earlier ones, also those already folded away)."""
    seen: dict[tuple, list[str | None]] = {}
    out: list[ExtractedFact] = []
    for f in facts:
        # «Ранее … в 2024 году были задержаны два его курьера» beside today's «задержана супружеская пара»: an
        # earlier case's figure in the body is no restatement of today's (a headline restates either)
        key = (*_figure(f), f.country)
        # («героин массой 4 грамма, кокаин массой 4 грамма»: the drug may be named before the weight)
        kind = (drug_kind(f.detail or "") or kind_named_before(f)) if f.metric == SEIZED_DRUGS else None
        kinds = seen.get(key)
        # «пять килограммов мефедрона, более пяти килограммов амфетамина»: two drugs of equal weight are two figures
        earlier = [g for g in (stated or facts) if g is not f and (g.quote_start, g.start) < (f.quote_start, f.start)
                   and (*_figure(g), g.country) == key]
        if kinds is None or (kind is not None and None not in kinds and kind not in kinds) or _further(f) \
                or (f.country is not None and other_town(f, earlier)) \
                or (f.metric == ARRESTS and (another_person if f.value == 1 else another_group)(f, earlier)):
            seen.setdefault(key, []).append(kind)
            out.append(f)
    return out


# "found another 20 kilos", "located a further three kilograms": a second haul of the same size, not a restatement
_FURTHER = re.compile(r"(?<![\w-])(?:another|a\s+further|an\s+additional|a\s+second)\s+(?:(?:about|around|some|nearly|almost|more\s+than|over)\s+)?$",
                      re.IGNORECASE)


def _further(f: ExtractedFact) -> bool:
    return f.metric != ARRESTS and f.quote_start != 0 and bool(_FURTHER.search(f.quote[:f.start - f.quote_start]))


def _recalled(f: ExtractedFact) -> bool:
    """The figure's sentence looks back in time before it («в 2024 году», «ранее», "last year")."""
    return RECALL.search(f.quote[:f.start - f.quote_start]) is not None


def settle_events(events: list[ExtractedFact]) -> list[ExtractedFact]:
    """One event per (kind, subject, date); an undated one only when no dated one says the same."""
    dated = {(e.metric, e.operation) for e in events if e.date}
    seen: set[tuple] = set()
    out = []
    for e in events:
        key = (e.metric, e.operation, e.date)
        if key in seen or (e.date is None and (e.metric, e.operation) in dated):
            continue
        seen.add(key)
        out.append(e)
    return out


def _as_dict(f: ExtractedFact) -> dict:
    return {name: getattr(f, name) for name in ExtractedFact.__slots__}
