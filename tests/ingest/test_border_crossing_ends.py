"""English border-guard copy: the country a border crosser came from ("came across the frontier
from the Islamic Republic of Iran") or fled back to ("ran back to Iran") is the border's other side,
not a participant; the guards' own country is."""

from store.ingest.extract import extract


def test_the_other_side_of_a_border_is_no_participant():
    text = ("Border guards stop 40 kg of drugs\n"
            "On May 3, two men came across the frontier out of Iran, walking in the direction of Azerbaijan's "
            "Lankaran district, the State Border Service of Azerbaijan said.\n"
            "They dropped their bags and ran back to Iran. Border guards seized 40 kg of opium.\n")
    assert extract(text).countries == ["AZ"]


def test_a_country_where_police_acted_stays_a_participant():
    text = "Police in Georgia and Armenia arrested 12 people and seized 40 kg of heroin.\n"
    assert set(extract(text).countries) == {"GE", "AM"}
