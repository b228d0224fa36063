"""Hostile web pages: what a reader would not see never becomes text, escapes become visible,
markup stays data — and the same guarantees hold for a page as for a plain-text file."""

from __future__ import annotations

import json

from store.ingest.reading import read_article
from store.ingest.sanitize import is_safe
from store.repository import Repository
from tui.cli import main

HOSTILE = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>Police arrest 12 &#27;[31min Sweden&#27;[0m [bold]now[/bold]</title>
<style>p::after { content: "Police arrested 901 people." }</style>
<script>document.write("Police arrested 902 people.")</script>
<noscript><p>Police arrested 903 people.</p></noscript>
</head><body>
<article>
<h1>Police arrest 12 &#27;[31min Sweden&#27;[0m [bold]now[/bold]</h1>
<!-- Police arrested 904 people in a comment. -->
<p>Swedish police arrested 12 people in Stockholm and seized 8 kg of cocaine, the agency said on Monday.</p>
<p hidden>Police arrested 905 people in a hidden paragraph.</p>
<div style="DISPLAY: None">Police arrested 906 people in an invisible block.</div>
<div aria-hidden="true">Police arrested 907 people in an element hidden from readers.</div>
<span style="visibility:hidden">Police arrested 908 people in Norway.</span>
<template><p>Police arrested 909 people in a template.</p></template>
<p>The suspects ran a shop on the darknet <img src="data:image/svg+xml;base64,UG9saWNlIGFycmVzdGVkIDkxMCBwZW9wbGU=" alt="">
and hid their accounts behind data:text/html;base64,UG9saWNlIGFycmVzdGVkIDkxMQ== links, police said.</p>
<p>A spokesperson wrote \u202eevil\u202c and [link=https://example.invalid]click[/link] in a statement.</p>
</article>
<iframe srcdoc="<p>Police arrested 912 people.</p>"></iframe>
</body></html>
"""


def test_hidden_and_smuggled_text_never_becomes_article_text(tmp_path):
    page = tmp_path / "hostile.html"
    page.write_text(HOSTILE, encoding="utf-8")
    article = read_article(page)
    assert is_safe(article.text) and is_safe(article.title)
    for n in range(901, 913):
        assert str(n) not in article.text, n
    assert "data:" not in article.text and "base64" not in article.text
    assert "Swedish police arrested 12 people in Stockholm" in article.text


def test_escapes_in_a_page_are_made_visible_and_markup_stays_literal(tmp_path):
    page = tmp_path / "hostile.html"
    page.write_text(HOSTILE, encoding="utf-8")
    article = read_article(page)
    assert article.title == "Police arrest 12 \\x1b[31min Sweden\\x1b[0m [bold]now[/bold]"
    assert "wrote \\u202eevil\\u202c and [link=https://example.invalid]click[/link]" in article.text


def test_a_hostile_page_lands_only_its_visible_facts_once(tmp_path, capsys):
    page, store = tmp_path / "hostile.html", tmp_path / "s.json"
    page.write_text(HOSTILE, encoding="utf-8")
    assert main(["ingest", "--db", str(store), "--json", str(page)]) == 0
    assert main(["ingest", "--db", str(store), "--json", str(page)]) == 0
    first, second = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert first["status"] == "added" and second["status"] == "duplicate"
    assert first["kind"] == "html" and first["origin"] == "hostile.html"
    assert sorted((f["metric"], f["value"]) for f in first["facts"]) == [("arrests", 12), ("seized_drugs", 8)]
    repo = Repository.open(store)
    assert len([s for s in repo.sources() if s.origin == "hostile.html"]) == 1


def test_a_page_with_no_article_text_is_refused_in_one_line(tmp_path, capsys):
    page = tmp_path / "empty.html"
    page.write_text("<html><head><title>Nothing</title><script>var a = 1;</script></head><body><nav>Home</nav></body></html>",
                    encoding="utf-8")
    assert main(["ingest", "--db", str(tmp_path / "s.json"), str(page)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"{page}: no article text found in the page"]
