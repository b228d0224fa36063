"""Resolvers: the ordered passes that give a sentence's figures what the sentence leaves to its
neighbours — mostly the country, when the sentence names none but points at one ("there",
"they", "back then", an answer to a question naming it), and dropping figures that are mere
background (a yearly world statistic).

Each resolver takes the :class:`Discourse` so far and the sentence's :class:`Reading` and gives
the sentence's facts back; :data:`RESOLVERS` is their order.  A resolver only fills a country a
fact lacks; it never moves a figure the sentence itself places.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from store.ingest.discourse import Discourse
from store.ingest.facts import SentenceFact
from store.ingest.lexicon import (
    OPERATION_WORD,
    PLACE_OPENING,
    RECALL_LEAD,
    SCENE_FOLLOW,
    THEN_LEAD,
    THERE_LEAD,
    TOTAL,
    WORLD_SCOPE,
    YEAR_SCOPE,
)
from store.ingest.names import NameMention
from store.ingest.places import Mention, find_mentions
from store.ingest.sentences import Sentence


@dataclass
class Reading:
    """One sentence as the resolvers see it."""

    text: str  # the whole article
    sent: Sentence
    facts: list[SentenceFact]  # what the sentence states, as the resolvers so far have it
    places: list[Mention]  # the places and nationalities the sentence names
    names: list[NameMention]  # the operations and markets the sentence names
    then_recall: bool = False  # "Back then, …" continuing a recall: its countries took no part in this operation

    @property
    def placed(self) -> bool:
        """The sentence names a place or actor of its own."""
        return any(p.is_place_or_actor for p in self.places)


def _unplaced_to(facts: list[SentenceFact], code: str) -> list[SentenceFact]:
    """The facts with ``code`` as the country of those that name none."""
    return [replace(sf, country=code) if sf.country is None else sf for sf in facts]


def _one_actor(text: str) -> str | None:
    """The one country ``text`` names as a place or actor, else None."""
    codes = {m.code for m in find_mentions(text) if m.is_place_or_actor}
    return next(iter(codes)) if len(codes) == 1 else None


def recalled_actor(d: Discourse, r: Reading) -> list[SentenceFact]:
    """"В 2021 году австрийские следователи закрыли предшественника. Тогда было задержано 6
    человек": a "Тогда …"/"Back then …" sentence after a recall takes the recall's one acting
    country where it names no place."""
    previous = d.previous
    r.then_recall = bool(previous is not None and THEN_LEAD.match(r.sent.text) and RECALL_LEAD.match(previous.text))
    if previous is None or not r.then_recall or r.placed:
        return r.facts
    actor = _one_actor(previous.text)
    return r.facts if actor is None else _unplaced_to(r.facts, actor)


# "… were also seized in the country", «изъяты в этой стране»: the one country of the sentence before.
_IN_THAT_COUNTRY = re.compile(r"\bin\s+(?:the|that|this)\s+country\b|\bв\s+(?:этой|той|этой\s+же)\s+стране\b", re.IGNORECASE)


def pointed_there(d: Discourse, r: Reading) -> list[SentenceFact]:
    """"Raids hit Lyon and Nice. Officers there arrested 12": a sentence opening with "there"
    that names no country takes the one the sentence before names."""
    if (len(d.previous_codes) != 1 or not (THERE_LEAD.match(r.sent.text) or _IN_THAT_COUNTRY.search(r.sent.text))
            or TOTAL.search(r.sent.text) or r.placed):
        return r.facts
    return _unplaced_to(r.facts, next(iter(d.previous_codes)))


def answered_question(d: Discourse, r: Reading) -> list[SentenceFact]:
    """"Austria led the case. What did your teams find?" — "We arrested 36 suspects": an answer
    that names no country is about the one its question line names."""
    question, sent = d.question, r.sent
    if question is None or sent.line != question.line + 1 or r.placed or TOTAL.search(sent.text):
        return r.facts
    line = r.text[r.text.rfind("\n", 0, question.start) + 1:question.end]
    if TOTAL.search(line):
        return r.facts
    actor = _one_actor(line)
    return r.facts if actor is None else _unplaced_to(r.facts, actor)


def paragraph_scene(d: Discourse, r: Reading) -> list[SentenceFact]:
    """"In Austria, the probe focused on Graz. Officers there detained six. They also seized 11 kg":
    a paragraph opening on one country lends it to the sentences after it whose subject points
    back to it; a total, another country or a plain subject ends the scene."""
    codes = {p.code for p in r.places if p.is_place_or_actor}
    scene, sent = d.scene, r.sent
    if scene is not None and sent.line == scene[1] and not codes:
        if SCENE_FOLLOW.match(sent.text) and not TOTAL.search(sent.text):
            return _unplaced_to(r.facts, scene[0])
        d.scene = None
        return r.facts
    opening = [p for p in r.places if p.kind == "name" and not p.origin and len(p.code) == 2
               and PLACE_OPENING.match(sent.text[:p.start])]
    if opening and len(codes) == 1 and not TOTAL.search(sent.text):
        d.scene = (opening[0].code, sent.line)
    else:
        d.scene = None
    return r.facts


_LABEL_OPENING = re.compile(r"^\W{0,3}$")


def labelled_line(d: Discourse, r: Reading) -> list[SentenceFact]:
    """"- Senegal: Eight individuals … were apprehended. Seized items included $11,000 in cash": a line
    opened by a country and a colon is about that country to its end, for sentences that name no place."""
    sent = r.sent
    if d.label is not None and d.label[1] == sent.line:
        return r.facts if r.placed or TOTAL.search(sent.text) else _unplaced_to(r.facts, d.label[0])
    d.label = None
    first = next((p for p in r.places if p.kind == "name" and not p.origin and len(p.code) == 2), None)
    if (first is not None and _LABEL_OPENING.match(sent.text[:first.start]) and sent.text[first.end:].lstrip().startswith(":")
            and r.text[r.text.rfind("\n", 0, sent.start) + 1:sent.start].strip(" \t-–—•*·") == ""):
        d.label = (first.code, sent.line)
    return r.facts


# "Argentinian authorities dismantled a cell. They seized … and arrested 72": the pronoun is that agency.
_THEY_LEAD = re.compile(r"^\W{0,3}(?:they|они)\b", re.IGNORECASE)


def same_agency(d: Discourse, r: Reading) -> list[SentenceFact]:
    """A sentence opening on "They" that names no place, right after a sentence of the same
    paragraph whose only country is one national agency, is that agency's."""
    previous = d.previous
    if (previous is None or previous.line != r.sent.line or r.placed or not _THEY_LEAD.match(r.sent.text)
            or TOTAL.search(r.sent.text)):
        return r.facts
    mentions = [m for m in find_mentions(previous.text) if m.is_place_or_actor]
    if not mentions or len({m.code for m in mentions}) != 1 or not all(m.agency for m in mentions):
        return r.facts
    return _unplaced_to(r.facts, mentions[0].code)


# «рекордный объём героина — 90 тонн — был изъят в 2019 году», «…, что на 3% меньше, чем годом ранее»,
# "a record 300 tonnes in 2022, up 8% on the year before": a year's seizures measured against others
_YEAR_MEASURED = re.compile(
    r"(?:больше|меньше|выше|ниже)\s*,?\s+чем\s+(?:годом\s+ранее|за\s+год\s+до\s+этого|в\s+(?:прошлом|предыдущем)\s+году|в\s+(?:19|20)\d\d)"
    r"|по\s+сравнению\s+с\s+(?:прошлым|предыдущим|(?:19|20)\d\d)\s+год\w*|рекордн\w*\s+(?:объ[её]м|количеств|показател)"
    r"|\b(?:up|down)\s+\d[\d.,]*\s*(?:%|per\s*cent|percent)\s+(?:on|from)\s+(?:the\s+)?(?:year|previous|last|(?:19|20)\d\d)"
    r"|\bthan\s+(?:a\s+year\s+(?:earlier|before)|the\s+(?:previous|year\s+before)|in\s+(?:19|20)\d\d)|\brecord\s+(?:amount|volume|quantity)",
    re.IGNORECASE)


def world_statistic(d: Discourse, r: Reading) -> list[SentenceFact]:
    """"в 2023 году в мире было изъято около 2700 тонн кокаина", «в 2019 году в Европе изъяли 90 тонн,
    что на 3% меньше, чем годом ранее»: a yearly statistic of the world, or a year measured against
    others, in a sentence naming no operation or market is background, not this operation's result."""
    text = r.sent.text
    if (not r.names and (WORLD_SCOPE.search(text) or _YEAR_MEASURED.search(text)) and YEAR_SCOPE.search(text)
            and not OPERATION_WORD.search(text)):
        return []
    return r.facts


Resolver = Callable[[Discourse, Reading], list[SentenceFact]]

RESOLVERS: tuple[Resolver, ...] = (recalled_actor, pointed_there, answered_question, paragraph_scene, same_agency,
                                   labelled_line, world_statistic)
