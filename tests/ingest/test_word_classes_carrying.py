"""Every verb of carrying or sending reads alike (store.ingest.word_classes CARRY_EN / CARRY_RU): a haul
stopped in transit or caught being sent is a seizure, and where it was going is not where police acted."""

from phrases import sent, sent_ru


def test_a_shipment_stopped_by_its_sending():
    assert sent_ru("Пограничники пресекли пересылку 3 кг мефедрона.") == [("seized_drugs", 3, "kg", None)]


def test_held_while_sending_a_haul():
    assert sent_ru("Пограничники задержали мужчину при пересылке 3 кг мефедрона.") == [
        ("arrests", 1, "people", None), ("seized_drugs", 3, "kg", None)]


def test_an_attempt_to_deliver_abroad_is_a_seizure_where_the_courier_was():
    assert sent_ru("В Минске задержан курьер, который пытался доставить в Польшу 5 кг героина.") == [
        ("arrests", 1, "people", "BY"), ("seized_drugs", 5, "kg", "BY")]


def test_a_haul_being_transported_abroad_is_seized_where_police_acted():
    assert sent("Police in Antwerp arrested three people and seized 200 kg of cocaine that was being "
                "transported to France.") == [("arrests", 3, "people", "BE"), ("seized_drugs", 200, "kg", "BE")]
