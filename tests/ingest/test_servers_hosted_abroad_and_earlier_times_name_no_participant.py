"""Where a market's servers merely stood ("the servers, hosted in Sweden, were seized"), and the places of a
sentence about an earlier time ("Back in 2020 the site ran from Latvia", "the Treasury said at the time …"),
are no countries that acted in this operation; a year's tally of an agency ("During 2024, the unit arrested
610 people") is no figure of it."""

from store.ingest.extract import extract


def _countries(text: str) -> list[str]:
    return extract(text).countries


def test_servers_hosted_abroad_in_passing() -> None:
    assert _countries("Belgian police arrested four people. The servers, hosted in Sweden, were seized.") == ["BE"]
    assert _countries("Belgian police arrested four people. Servers located in Sweden and Norway were seized.") == ["BE"]


def test_servers_seized_by_that_countrys_police() -> None:
    assert _countries("Belgian police arrested four people. The servers, hosted in Sweden, were seized by Swedish police.") \
        == ["BE", "SE"]


def test_servers_seized_there_is_action_there() -> None:
    assert _countries("Belgian police arrested four people and seized servers in Sweden.") == ["BE", "SE"]


def test_a_sentence_about_an_earlier_time() -> None:
    assert _countries("Belgian police arrested four people. Back in 2020 the site ran from Latvia.") == ["BE"]
    assert _countries("Belgian police arrested four people. The Treasury said at the time that the mixer worked in Cyprus.") \
        == ["BE"]
    assert _countries("Belgian police arrested four people. In 2022, Latvian police had questioned the founder.") == ["BE"]


def test_a_years_tally_of_the_unit_is_no_figure() -> None:
    ex = extract("Belgian police arrested four people in the raids. During 2024, the unit arrested 610 people "
                 "and seized 75 kg of drugs.")
    assert [(f.metric, f.value) for f in ex.facts] == [("arrests", 4)]
