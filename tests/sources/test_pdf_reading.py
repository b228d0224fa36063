"""PDFs: lines rejoined the way they were written, and a clear refusal for what is not readable."""

from __future__ import annotations

import pytest

from store.ingest.errors import IngestError
from store.ingest.pdf import join_lines
from store.ingest.reading import read_article
from tests.sources.conftest import FIXTURES


@pytest.mark.parametrize("left,right,vocabulary,joined", [
    ("organising drug traf-", "ficking on a scale", set(), "organising drug trafficking on a scale"),
    ("seized 62 kilo-", "grams of drugs", set(), "seized 62 kilograms of drugs"),
    ("a cross-", "border case", {"cross-border"}, "a cross-border case"),  # the text hyphenates it elsewhere
    ("the market-", "place was", {"marketplace"}, "the marketplace was"),  # the text writes it whole elsewhere
    ("the Euro-", "Atlantic area", set(), "the Euro-Atlantic area"),  # a capital after the break: a compound
    ("soft\u00ad", "hyphen", {"soft-hyphen"}, "softhyphen"),  # a soft hyphen never stays
    ("задержаны 6 че-", "ловек", set(), "задержаны 6 человек"),
    ("через тайники-", "закладки", set(), "через тайники-закладки"),  # both words, the whole is none
    ("line one", "line two", set(), "line one line two"),
    ("ends with a dash -", "next", set(), "ends with a dash - next"),
])
def test_lines_are_joined_and_line_end_hyphens_repaired(left, right, vocabulary, joined):
    assert join_lines(left, right, vocabulary) == joined


def test_every_figure_points_into_the_stored_text():
    article = read_article(FIXTURES / "prosecutor_release.pdf")
    assert article.kind == "pdf" and article.encoding is None
    lines = article.text.splitlines()
    assert lines[0] == "Four men charged with running the Moonwell darknet market"
    assert lines[1] == "The Hague, 3 September 2024"
    assert "Press office: +31 00 000 0000 (not a real number)" in lines  # kept: a line of the release


@pytest.mark.parametrize("name,reason", [
    ("scan.pdf", "no text in the PDF (a scan needs OCR first)"),
    ("locked.pdf", "encrypted PDF (it needs a password)"),
])
def test_unreadable_pdfs_are_refused_in_one_line(name, reason):
    with pytest.raises(IngestError) as info:
        read_article(FIXTURES / name)
    assert str(info.value) == f"{FIXTURES / name}: {reason}"


def test_a_damaged_pdf_and_a_pdf_that_is_not_one(tmp_path):
    damaged = tmp_path / "cut.pdf"
    damaged.write_bytes((FIXTURES / "prosecutor_release.pdf").read_bytes()[:1500])
    with pytest.raises(IngestError, match=r"cut\.pdf: damaged PDF \(") as info:
        read_article(damaged)
    assert "\n" not in str(info.value)
    fake = tmp_path / "fake.pdf"
    fake.write_text("Police arrested 3 people in Spain.", encoding="utf-8")
    with pytest.raises(IngestError, match=r"fake\.pdf: not a PDF \(no %PDF header\)"):
        read_article(fake)


def test_a_pdf_saved_under_another_name_is_still_read_as_a_pdf(tmp_path):
    renamed = tmp_path / "download"
    renamed.write_bytes((FIXTURES / "prosecutor_release.pdf").read_bytes())
    assert read_article(renamed).kind == "pdf"
