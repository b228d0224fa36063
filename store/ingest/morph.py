"""The one pymorphy3 analyser, loaded on first use (loading costs a fraction of a second)."""

from __future__ import annotations

import functools


@functools.cache
def analyzer():
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@functools.cache
def normal_forms(word: str) -> tuple[str, ...]:
    """The dictionary forms a Russian word may have, most likely first (lower case)."""
    return tuple(dict.fromkeys(p.normal_form for p in analyzer().parse(word.lower())))


@functools.cache
def top_normal_form(word: str) -> str:
    return analyzer().parse(word.lower())[0].normal_form


@functools.cache
def geo_normal_forms(word: str) -> tuple[str, ...]:
    """Dictionary forms of the parses pymorphy tags as place names (Geox)."""
    return tuple(dict.fromkeys(p.normal_form for p in analyzer().parse(word.lower()) if "Geox" in p.tag))
