""""The parcels were posted to an address in Rotterdam": a place after an address the goods were
sent to is where they went, not a participant (#16, r2en); an address the police raided is."""

from store.ingest.extract import extract


def test_an_address_goods_were_sent_to_is_a_destination():
    story = "Police in Austria arrested nine people. The parcels were posted to an address in Rotterdam."
    assert extract(story).countries == ["AT"]


def test_an_address_the_police_raided_is_the_scene():
    ex = extract("Officers raided an address in Rotterdam and arrested four people.")
    assert ex.countries == ["NL"]
    assert [(f.value, f.country) for f in ex.facts] == [(4, "NL")]
