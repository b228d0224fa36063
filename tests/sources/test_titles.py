"""A plain-text source's title: its headline line, else its first sentence cut at a word — never
a paragraph (the bundled seed's source included)."""

from __future__ import annotations

import json
from importlib.resources import files

import pytest

from store.ingest.reading import read_article
from store.ingest.titles import TITLE_CHARS, shorten, text_title

LEAD = ("Police in Portugal, Spain, France and Italy have arrested 38 people suspected of selling drugs on "
        "a darknet market, Europol said on Thursday. Officers also seized 118 kilograms of drugs.")


def test_a_headline_line_is_the_title():
    assert text_title("Operation Reef: police arrested 45 people\nOfficers seized €3m.\n", "a.txt") == \
        "Operation Reef: police arrested 45 people"


def test_a_paragraph_gives_its_first_sentence_cut_at_a_word_with_an_ellipsis():
    title = text_title(LEAD + "\nMore text.\n", "a.txt")
    assert title.endswith("…") and len(title) <= TITLE_CHARS + 1
    assert LEAD.startswith(title[:-1]) and LEAD[len(title) - 1] == " "  # cut between words
    assert "Europol said" not in title and "Officers" not in title


def test_a_short_first_sentence_of_a_paragraph_is_the_whole_title():
    text = "Аресты были произведены по всему миру, 155 из них – в США. В ходе операции изъято 850 кг наркотиков.\n"
    assert text_title(text, "a.txt") == "Аресты были произведены по всему миру, 155 из них – в США."


@pytest.mark.parametrize("top", ["FOR IMMEDIATE RELEASE", "Press release", "Tuesday, March 11, 2025", "Рига, 4 декабря 2025 года"])
def test_release_furniture_and_datelines_are_not_titles(top):
    assert text_title(f"{top}\nEleven charged in takedown of darknet market\nBody.\n", "a.txt") == \
        "Eleven charged in takedown of darknet market"


def test_a_word_longer_than_the_limit_is_cut_hard():
    assert shorten("x" * 200) == "x" * TITLE_CHARS + "…"
    assert text_title("\n\n  \n", "empty-looking.txt") == "empty-looking.txt"


def test_a_text_file_has_its_title_and_dateline_read(tmp_path):
    path = tmp_path / "release.txt"
    path.write_text("FOR IMMEDIATE RELEASE\nRiga, 4 December 2025\nPolice arrested 12 people in Latvia.\n", encoding="utf-8")
    article = read_article(path)
    assert article.title == "Police arrested 12 people in Latvia." and article.published == "2025-12-04"
    assert article.origin == "release.txt" and article.kind == "text"


def test_the_bundled_seed_source_has_a_sentence_for_a_title():
    document = json.loads(files("store.data").joinpath("bundled.json").read_text(encoding="utf-8"))
    seed = next(s for s in document["sources"].values() if s.get("origin") == "ru_00_spector.txt")
    assert seed["title"] == "Аресты были произведены по всему миру, 155 из них – в США."
