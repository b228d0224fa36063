"""A country named only as where a suspect lives, where a firm is registered, whose national a founder is,
or as a background war is no participant (#16)."""

from store.ingest.extract import extract
from tests.ingest.phrases import facts


def test_a_resident_of_a_city_and_country_arrested_elsewhere():
    story = ("Vendor held in Ohio\n\nA 41-year-old resident of Wuxi, China, was arrested in Ohio after agents "
             "seized 6 kilograms of fentanyl.")
    assert extract(story).countries == ["US"]


def test_a_shell_company_registered_abroad():
    story = ("Market admins charged\n\nProsecutors in Vermont said the shop was run through a shell company "
             "registered in Hong Kong. Agents arrested five people and seized $3 million.")
    assert extract(story).countries == ["US"]


def test_a_founders_nationality_by_possessive_or_adjective():
    for who in ("Russia's founder of the mixer", "The Russian founder of the mixer"):
        story = ("Mixer shut\n\nDutch police shut down the mixer and seized €7 million in cryptocurrency. "
                 f"{who} remains at large.")
        ex = extract(story)
        assert ex.countries == ["NL"], who
        assert facts(story) == [("seized_money", 7000000, "EUR", "NL")]


def test_a_background_war_names_no_participant():
    story = ("Exchange shut\n\nGerman police seized €4 million from the exchange, whose trade had soared "
             "since the invasion of Ukraine.")
    assert extract(story).countries == ["DE"]
    ru = ("Биржа закрыта\n\nНемецкая полиция изъяла 4 млн евро у биржи, оборот которой вырос после вторжения России в Украину.")
    assert extract(ru).countries == ["DE"]


def test_a_trailing_attribution_is_no_police_of_the_roots_country():
    story = ("Record MDMA haul\n\nPolice seized 390 kilograms of MDMA in Adelaide. The syndicate has its roots in "
             "Belgium, detectives said.")
    assert extract(story).countries == ["AU"]


def test_a_country_then_its_own_police_still_takes_part():
    story = "Raids\n\nThe ring was broken up in Belgium. Belgian police arrested six people in Antwerp."
    assert extract(story).countries == ["BE"]
    assert facts(story) == [("arrests", 6, "people", "BE")]


def test_an_invading_country_and_a_fugitive_owners_home():
    for tail in ("Its turnover rose after Russia invaded Ukraine.", "Its owner lives in Turkey and remains at large."):
        story = f"Exchange shut\n\nDutch police seized €6 million from the exchange. {tail}"
        assert extract(story).countries == ["NL"], tail


def test_where_a_suspect_lived_gives_way_to_the_arrest_there():
    story = "Courier held\n\nThe suspect, who lives in Portugal, was arrested with 4 kg of cocaine."
    assert extract(story).countries == ["PT"]
