"""Outlet and tier names that tell two sources of the same figure apart."""

from __future__ import annotations

from store.model import Source
from store.outlets import fact_date, outlet, tier_label


def _source(**kw) -> Source:
    return Source(id="s", title=kw.pop("title", "A title"), **kw)


def test_outlet_is_the_site_without_www():
    assert outlet(_source(origin="https://www.theguardian.com/technology/2014/nov/07/x")) == "theguardian.com"
    assert outlet(_source(origin="http://eng.lsm.lv/article/a")) == "eng.lsm.lv"


def test_outlet_of_a_file_is_its_name_and_else_the_title():
    assert outlet(_source(origin="/home/me/articles/ru_00_spector.txt")) == "ru_00_spector.txt"
    assert outlet(_source(title="Europol  press\nrelease")) == "Europol press release"
    assert outlet(None) == ""


def test_tier_words():
    assert tier_label(_source(tier="trade_news")) == "trade"
    assert tier_label(_source(tier="official")) == "official"
    assert tier_label(_source()) == "—"


def test_date_falls_back_to_the_publication_day():
    assert fact_date("2023-05", _source(published="2023-05-02")) == "2023-05"
    assert fact_date(None, _source(published="2023-05-02")) == "2023-05-02"
    assert fact_date(None, _source()) == ""
