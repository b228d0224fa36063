"""Counts of people held as security and international press words them: "arrested a total of 14 suspects",
"the arrest in Latvia of three ransomware operators", "at least 31 group members", "five "high-value" targets
were arrested" — each a count of people held, not a denominator, another noun or a bare number."""

from store.ingest.extract import extract

HEAD = "Crackdown on fraud ring\n"


def _arrests(body: str) -> list[tuple[float | None, str | None]]:
    return [(f.value, f.country) for f in extract(HEAD + body).facts if f.metric == "arrests"]


def test_a_total_of_n_is_the_count() -> None:
    assert _arrests("Agencies from six countries have arrested a total of 14 suspects.") == [(14, None)]
    assert _arrests("Officers detained a group of nine people.") == [(9, None)]


def test_the_arrest_in_a_country_of_n() -> None:
    assert _arrests("Europol coordinated the arrest in Latvia of three ransomware operators.") == [(3, "LV")]


def test_a_denominator_is_still_no_count() -> None:
    assert _arrests("Police arrested four of the 11 suspects.") == [(4, None)]


def test_group_members_are_people() -> None:
    assert _arrests("The operation led to the arrest of at least 31 group members.") == [(31, None)]


def test_any_noun_before_a_passive_arrest() -> None:
    assert _arrests('Five "high-value" targets were arrested in Doha.') == [(5, "QA")]
    assert _arrests("Two lorry drivers were detained at the border.") == [(2, None)]


def test_the_others_stay_as_they_were_read() -> None:
    got = _arrests("Most suspects were held in Italy (40) and Spain (12), while 6 others were detained in Malta and Greece.")
    assert (6, None) not in got
