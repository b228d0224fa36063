"""Where parcels came from or went and how far a ring reached are no participants (#16, encourt)."""

from store.ingest.extract import extract


def _countries(story: str) -> list[str]:
    return sorted(extract(story).countries)


def test_parcels_that_originated_abroad():
    story = ("Cannabis found at Cork depot\n\nRevenue seized 22kg of herbal cannabis at a depot in Cork. "
             "The boxes originated in Belgium and Portugal.")
    assert _countries(story) == ["IE"]


def test_a_town_is_not_read_in_an_origin_country():
    story = ("Couple held in Galway\n\nGardaí arrested a man and a woman in Galway. "
             "The parcels originated in Spain and the United States.")
    assert _countries(story) == ["IE"]


def test_a_network_spread_across_countries():
    story = ("Ring busted in Pune\n\nThe bureau arrested four people in Pune. The network was spread across Germany, "
             "Thailand, Maharashtra and Goa, officials said.")
    assert _countries(story) == ["IN"]


def test_smuggled_into_a_country_from_abroad():
    story = ("Parcels of weed seized in Chennai\n\nOfficers arrested two men in Chennai after weed was smuggled into "
             "India from Oregon in the US and Canada by courier.")
    assert _countries(story) == ["IN"]


def test_sending_drugs_to_a_country():
    story = ("Couple held in Munnar\n\nThe bureau arrested a couple in Munnar who were sending small packets of "
             "ketamine, bought on the darknet, to Japan.")
    assert _countries(story) == ["IN"]
