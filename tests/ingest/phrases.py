"""What the phenomenon tests look at: an article's facts, or one sentence's figures."""

from store.ingest.extract import extract
from store.ingest.facts import sentence_facts
from store.ingest.numbers import find_figures


def facts(text: str) -> list[tuple]:
    """(metric, value, unit, country) of every fact of an article, sorted."""
    return sorted(((f.metric, f.value, f.unit, f.country) for f in extract(text).facts),
                  key=lambda t: (t[0], t[1], t[2], t[3] or ""))  # an unplaced fact sorts before a placed equal one


def sent(text: str, lang: str = "en") -> list[tuple]:
    """(metric, value, unit, country) of the figures one sentence states, in order."""
    return [(f.quantity.metric, f.quantity.value, f.quantity.unit, f.country) for f in sentence_facts(text, lang)[0]]


def sent_ru(text: str, lang: str = "ru") -> list[tuple]:
    """:func:`sent` of a Russian sentence."""
    return sent(text, lang)


def placed(text: str, lang: str = "en") -> list[tuple]:
    """(metric, value, country) of the figures one sentence states, in order."""
    return [(f.quantity.metric, f.quantity.value, f.country) for f in sentence_facts(text, lang)[0]]


def figures(text: str, lang: str) -> list[tuple]:
    """(value, wording) of the numbers ``find_figures`` reads in ``text``."""
    return [(f.value, f.text) for f in find_figures(text, lang)]


def values(text: str, metric: str) -> list:
    """The sorted values of an article's facts of one metric."""
    return sorted(v for m, v, _, _ in facts(text) if m == metric)
