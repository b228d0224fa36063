"""The resolver stage on its own: each resolver, fed the discourse state a real article leaves,
fills the country a sentence leaves out — and never moves a figure its sentence places."""

from __future__ import annotations

import pytest

from store.ingest.discourse import Discourse
from store.ingest.facts import sentence_facts
from store.ingest.resolvers import (
    RESOLVERS,
    Reading,
    answered_question,
    paragraph_scene,
    pointed_there,
    recalled_actor,
    world_statistic,
)
from store.ingest.sentences import split_sentences


def _after(text: str, lang: str = "en", **state) -> tuple[Discourse, Reading]:
    """The discourse after every sentence of ``text`` but the last, and the last one's reading."""
    *before, last = [s for s in split_sentences(text) if not s.noise]
    d = Discourse(previous=before[-1] if before else None, **state)
    facts, places = sentence_facts(last.text, lang)
    return d, Reading(text, last, facts, places, [])


def _countries(facts) -> list:
    return [(sf.quantity.metric, sf.quantity.value, sf.country) for sf in facts]


def test_the_resolvers_run_in_a_fixed_documented_order():
    assert [r.__name__ for r in RESOLVERS] == [
        "recalled_actor", "pointed_there", "answered_question", "paragraph_scene", "same_agency", "labelled_line", "world_statistic"]
    assert all(r.__doc__ for r in RESOLVERS)


def test_recalled_actor_fills_a_back_then_sentence_and_marks_it():
    d, r = _after("Headline\nIn 2021, Austrian police closed its predecessor. Back then, 11 people were arrested.")
    assert _countries(recalled_actor(d, r)) == [("arrests", 11, "AT")]
    assert r.then_recall  # its countries are the recall's, not this operation's participants
    d, r = _after("Headline\nAustrian police closed it. Back then, 11 people were arrested.")
    assert _countries(recalled_actor(d, r)) == [("arrests", 11, None)] and not r.then_recall


def test_pointed_there_takes_the_one_country_of_the_sentence_before():
    d, r = _after("Headline\nRaids hit Lyon and Nice. Officers there arrested 12 people.", previous_codes={"FR"})
    assert _countries(pointed_there(d, r)) == [("arrests", 12, "FR")]
    d.previous_codes = {"FR", "BE"}  # two countries before: no one to point at
    assert _countries(pointed_there(d, r)) == [("arrests", 12, None)]


def test_answered_question_takes_the_country_its_question_line_names():
    text = "Headline\nAustria led the case. What did your teams find?\nWe arrested 36 suspects.\n"
    sents = split_sentences(text)
    d, r = _after(text, question=sents[2])
    assert _countries(answered_question(d, r)) == [("arrests", 36, "AT")]
    d.question = None
    assert _countries(answered_question(d, r)) == [("arrests", 36, None)]


def test_paragraph_scene_opens_carries_and_ends():
    text = "Headline\nIn Austria, the probe focused on Graz. Officers there detained six people. Police seized 4 kg.\n"
    sents = split_sentences(text)
    d = Discourse()
    opening = Reading(text, sents[1], *sentence_facts(sents[1].text, "en"), [])
    paragraph_scene(d, opening)
    assert d.scene == ("AT", sents[1].line)
    follow = Reading(text, sents[2], *sentence_facts(sents[2].text, "en"), [])
    assert _countries(paragraph_scene(d, follow)) == [("arrests", 6, "AT")]
    plain = Reading(text, sents[3], *sentence_facts(sents[3].text, "en"), [])
    assert _countries(paragraph_scene(d, plain)) == [("seized_drugs", 4, None)] and d.scene is None


def test_world_statistic_drops_background_figures_only():
    d, r = _after("Headline\nGlobally, 2,700 tonnes of cocaine were seized in 2023.")
    assert world_statistic(d, r) == []
    d, r = _after("Headline\nGlobally, the operation seized 27 kg of cocaine in 2023.")
    assert _countries(world_statistic(d, r)) == [("seized_drugs", 27, None)]


@pytest.mark.parametrize("resolver", RESOLVERS, ids=lambda r: r.__name__)
def test_no_resolver_moves_a_figure_its_sentence_places(resolver):
    text = "Headline\nIn 2021, Austrian police acted. Back then, officers there arrested 12 people in Spain.\n"
    sents = split_sentences(text)
    d, r = _after(text, previous_codes={"AT"}, scene=("AT", sents[-1].line), question=sents[0])
    assert _countries(resolver(d, r)) == [("arrests", 12, "ES")]
