"""A year naming an event ("since his June 2021 arrest", "their 2019 arrest") counts no one (#16, encourt)."""

from tests.ingest.phrases import facts


def test_a_month_and_year_before_arrest_is_a_date():
    story = "Vendor watched\n\nThe vendor had been watched by the bureau since his June 2021 arrest in an earlier case."
    assert facts(story) == []


def test_a_possessive_year_before_arrest_is_a_date():
    story = "Pair pleaded guilty\n\nProsecutors called the two the busiest sellers on the site at the time of their 2019 arrest."
    assert facts(story) == []


def test_a_count_that_looks_like_a_year_still_counts():
    story = "Sweep results\n\nOfficers made 2019 arrests in the sweep across the state."
    assert [f[:2] for f in facts(story)] == [("arrests", 2019)]
