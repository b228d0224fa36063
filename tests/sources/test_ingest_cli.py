"""``takedown ingest`` with files and URLs as a user runs it: exit codes, one-line errors, JSON."""

from __future__ import annotations

import json

import pytest

from tests.sources.conftest import FIXTURES
from tui.cli import main


def test_offline_refuses_the_url_and_takes_the_file(tmp_path, web, capsys):
    code = main(["ingest", "--db", str(tmp_path / "s.json"), "--offline", web.url("/wire"),
                 str(FIXTURES / "police_release.html")])
    captured = capsys.readouterr()
    assert code == 1 and captured.err.splitlines() == [f"{web.url('/wire')}: not fetched (--offline)"]
    assert "1 taken" in captured.out and "1 refused" in captured.out and web.requests == []


@pytest.mark.parametrize("path,reason", [("/missing", "HTTP 404 Not Found"), ("/image", "unsupported content type image/png")])
def test_a_failed_download_is_one_line_and_a_non_zero_exit(tmp_path, web, capsys, path, reason):
    assert main(["ingest", "--db", str(tmp_path / "s.json"), web.url(path)]) == 1
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith(f"{web.url(path)}: {reason}")
    assert not (tmp_path / "s.json").exists() or "meridianwire" not in (tmp_path / "s.json").read_text(encoding="utf-8")


@pytest.mark.parametrize("value", ["0", "-1", "soon", "601"])
def test_a_bad_timeout_is_a_usage_error(tmp_path, capsys, value):
    assert main(["ingest", "--db", str(tmp_path / "s.json"), "--timeout", value, str(FIXTURES / "blog_comments.html")]) == 2
    assert "--timeout" in capsys.readouterr().err


def test_json_reports_say_what_each_input_was(tmp_path, web, capsys):
    assert main(["ingest", "--dry-run", "--json", web.url("/ru"), str(FIXTURES / "prokuratura.pdf")]) == 0
    page, pdf = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert (page["kind"], page["encoding"], page["published"]) == ("html", "cp1251", "2024-03-14")
    assert page["origin"] == "https://vestnik-vechera.example/news/incident/2024/03/14/temnyj-bereg.html"
    assert page["title"] == "Полиция трёх стран закрыла даркнет-площадку «Тёмный берег»"
    assert (pdf["kind"], pdf["encoding"], pdf["origin"]) == ("pdf", None, "prokuratura.pdf")


def test_facts_json_shows_the_source_title_and_origin(tmp_path, capsys):
    store = str(tmp_path / "s.json")
    assert main(["ingest", "--db", store, str(FIXTURES / "blog_comments.html")]) == 0
    capsys.readouterr()
    assert main(["facts", "--db", store, "--operation", "tin-owl", "--json"]) == 0
    facts = json.loads(capsys.readouterr().out)
    assert facts and {f["source_title"] for f in facts} == {"Operation Tin Owl: what the Bramble Yard takedown tells us"}
    assert {f["source_origin"] for f in facts} == {"https://darkwatch-notes.example/2024/07/02/operation-tin-owl-bramble-yard/"}
