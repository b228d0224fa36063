"""Which country a place word is, read with the whole article in view (#16, fresh16)."""

from store.ingest.extract import extract
from store.ingest.places import find_mentions


def _codes(text: str) -> list[str]:
    return [m.code for m in find_mentions(text)]


def test_a_shared_town_name_goes_to_the_country_the_article_names():
    story = ("Detectives from the Australian force arrested a woman and a man on Thursday.\n"
             "Properties in Kinglake, Preston and South Yarra were raided.")
    assert extract(story).countries == ["AU"]
    assert extract("Properties in Preston were raided by Lancashire officers.").countries == ["GB"]


def test_the_usual_town_stays_when_its_country_is_named_too():
    story = "British and Australian police worked together. Officers in Preston arrested two men."
    assert set(extract(story).countries) == {"GB", "AU"}


def test_a_force_named_after_its_state_or_city_is_a_place():
    assert _codes("Victoria Police has seized $8.5 million in cryptocurrency.") == ["AU"]
    assert _codes("Australian Federal Police arrested two men.") == ["AU"]  # Federal is no Argentine town here
    assert _codes("Police said the site was closed.") == []


def test_agencies_of_a_list_of_countries_are_its_participants():
    text = ("Agencies in 20 nations, including Bosnia/Herzegovina, Romania, alongside factions from Sweden, "
            "the U.K., Cyprus, Australia and Denmark carried out the action.")
    assert extract(text).countries == ["BA", "RO", "SE", "GB", "CY", "AU", "DK"]


def test_long_country_names():
    assert _codes("authorities in the Democratic Republic of Congo confiscated 650 kg of pills") == ["CD"]
    assert _codes("officers in the Democratic Republic of the Congo and in Bosnia and Herzegovina") == ["CD", "BA"]


def test_a_hand_listed_city_name_also_follows_the_article():
    story = ("More than $4.2 million in cryptocurrency has been seized in one of the biggest busts in Australian history.\n"
             "Officers raided five homes in Newcastle and Maitland on Wednesday.")
    assert extract(story).countries == ["AU"]
    assert [f.unit for f in extract(story).facts] == ["AUD"]
    assert extract("Officers raided five homes in Newcastle on Wednesday.").countries == ["GB"]


def test_a_mid_sized_foreign_city_in_a_one_country_local_story_is_the_local_namesake():
    story = ("Detectives of the Australian force searched two homes in Glendale and Croydon on Friday.\n"
             "A 29-year-old man was taken to a local police station.")
    assert extract(story).countries == ["AU"]


def test_a_foreign_city_stays_foreign_outside_an_english_speaking_local_story():
    assert "US" in extract("Dutch police worked with officers in Glendale on the case.").countries
    assert extract("Officers searched a flat in Glendale.").countries == ["US"]
    assert set(extract("Australian police said a courier was held in Lyon.").countries) == {"AU", "FR"}
