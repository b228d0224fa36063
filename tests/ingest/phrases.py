"""What the phenomenon tests look at: an article's facts, or one sentence's figures."""

from store.ingest.extract import extract
from store.ingest.facts import sentence_facts


def facts(text: str) -> list[tuple]:
    """(metric, value, unit, country) of every fact of an article, sorted."""
    return sorted((f.metric, f.value, f.unit, f.country) for f in extract(text).facts)


def sent(text: str, lang: str = "en") -> list[tuple]:
    """(metric, value, unit, country) of the figures one sentence states, in order."""
    return [(f.quantity.metric, f.quantity.value, f.quantity.unit, f.country) for f in sentence_facts(text, lang)[0]]
