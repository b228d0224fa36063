"""Border-agency and police-list copy (#16, enlocal batch 6): a customs manager's figures for a
period ("120 kilograms seized in the first three months of 2023", "in all of 2021") or a trend ("a
rise in heroin seizures at the border") are no figures of the case; a bulleted "2 x firearms" is a
count of firearms."""

from tests.ingest.phrases import facts


def test_period_figures_of_a_border_agency_are_no_case_figures():
    story = ("A 33-year-old man was arrested by customs officers in Wellington on Tuesday. "
             "The customs manager said there had been a steep rise in heroin seizures at the border, with 410 kilograms "
             "intercepted in 2022 and 120 kilograms seized in the first three months of 2023. "
             "That compared with 60 kilograms of heroin stopped in all of 2021.")
    assert [f for f in facts(story) if f[0] == "seized_drugs"] == []


def test_a_count_by_sign_before_firearms_is_a_firearms_count():
    story = ("Police seized the following during the searches:\n"
             "• More than $80,000 in cash\n"
             "• 2 x firearms\n"
             "• 1 x vehicle")
    assert ("seized_firearms", 2, "items", None) in facts(story)


def test_a_plain_year_still_allows_the_case_figure():
    assert [f[:3] for f in facts("In 2022 police seized 14 kilograms of cocaine from a warehouse in Leeds.")] == [
        ("seized_drugs", 14, "kg")]
