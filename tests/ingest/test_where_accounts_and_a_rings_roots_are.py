"""Where a suspect kept bank accounts, listed after another seizure, and where a ring "has its roots" are no
participants (#16, encourt)."""

from store.ingest.extract import extract


def test_bank_accounts_listed_after_a_small_seizure():
    story = ("Darknet vendor held in Cork\n\nGardaí arrested two men in Cork. A second search led to a small seizure of "
             "drugs and papers about bank accounts in Andorra, Panama and Latvia.")
    assert sorted(extract(story).countries) == ["IE"]


def test_a_syndicate_with_roots_abroad():
    story = ("Record MDMA haul in Perth\n\nPolice seized 410 kilograms of MDMA in Perth. The syndicate behind the "
             "shipment has its roots in the Netherlands.")
    assert sorted(extract(story).countries) == ["AU"]
