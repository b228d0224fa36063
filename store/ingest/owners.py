"""Which operation or market a figure or event belongs to.

The operation named in its sentence; else a market the article only recalls (every sentence
naming it looks back in time), whose own takedown the figure describes; else the article's main
operation (the one given, the first operation named, or the first market).  An event (launch,
shutdown) belongs to the market its sentence names nearest its cue, or to the last market named
when the sentence points back ("the site", "площадка").
"""

from __future__ import annotations

from store.ingest.events import refers_back
from store.ingest.lexicon import RECALL
from store.ingest.names import NameMention, Names
from store.ingest.sentences import Sentence
from store.text import fold


def main_operation(names: Names, operation: str | None) -> str | None:
    """The operation figures default to: the one asked for, else the first operation named, else the first market."""
    if operation:
        return next((n for n in [*names.operations, *names.markets] if fold(n) == fold(operation)), operation)
    first_op = min((m for m in names.mentions if m.kind == "operation"), key=lambda m: m.start, default=None)
    if first_op:
        return first_op.name
    return names.markets[0] if names.markets else None


def recalled_markets(names: Names, sentences: list[Sentence], main: str | None) -> set[str]:
    """Markets every mention of which sits in a sentence looking back in time."""
    out = set()
    for market in names.markets:
        if market == main:
            continue
        spans = [s for s in sentences if not s.noise and any(s.start <= m.start < s.end and m.name == market for m in names.mentions)]
        if spans and all(RECALL.search(s.text) for s in spans):
            out.add(market)
    return out


def owner(in_sentence: list[NameMention], recalled: set[str], main: str | None) -> str | None:
    """The operation a sentence's figures belong to."""
    ops = [n.name for n in in_sentence if n.kind == "operation"]
    if ops:
        return ops[0]
    old = [n.name for n in in_sentence if n.name in recalled]
    return old[0] if old else main


def event_subject(sent: Sentence, cue_start: int, markets_here: list[NameMention], last_market: str | None) -> str | None:
    """The market an event cue at ``cue_start`` in ``sent`` is about, or None."""
    if markets_here:
        return min(markets_here, key=lambda n: abs(n.start - sent.start - cue_start)).name
    if last_market and refers_back(sent.text):
        return last_market
    return None
