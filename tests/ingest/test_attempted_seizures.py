"""A seizure or an arrest that was tried and failed is not counted as made (#16).

"Agents tried to seize …", "attempted to seize", "failed to seize", «пытались изъять», «не удалось
изъять», "tried to arrest three more": the figure is what police went after, not what they took or
held. What suspects tried to do with a haul («пытались забрать из тайника 9,4 кг») stays a seizure."""

from tests.ingest.phrases import facts


def test_an_attempted_or_failed_seizure_is_no_seizure_in_english():
    text = ("Officers attempted to seize a further £250,000 held in cryptocurrency, but the wallets had been emptied. "
            "The agency failed to seize another 140 BTC. Agents tried to seize 25 kilograms of cocaine at the port. "
            "Police did seize 8 kilograms of heroin.")
    assert facts(text) == [("seized_drugs", 8, "kg", None)]


def test_an_attempted_or_failed_seizure_is_no_seizure_in_russian():
    text = ("Полицейские также пытались изъять криптовалюту на сумму 4 млн рублей, однако средства были выведены. "
            "Сотрудникам не удалось изъять 30 кг гашиша. У организатора изъяли 9 млн рублей.")
    assert facts(text) == [("seized_money", 9000000, "RUB", None)]


def test_an_attempted_arrest_is_no_arrest():
    assert facts("Police tried to arrest two more suspects, who escaped. Officers arrested six people.") == [
        ("arrests", 6, "people", None)]
    assert facts("Полицейские пытались задержать ещё троих, но они скрылись. Задержаны семь человек.") == [
        ("arrests", 7, "people", None)]


def test_what_suspects_tried_to_do_with_a_haul_leaves_it_seized():
    assert facts("Задержанные пытались забрать из тайника 6,2 кг гашиша.") == [("seized_drugs", 6.2, "kg", None)]


def test_a_seizure_police_could_not_make_is_no_seizure():
    assert facts("Investigators were unable to seize 260 BTC that had been moved.") == []
    assert facts("Police could not seize the 18 kg of cocaine, which had been shipped on.") == []
    assert facts("Попытка изъять 18 кг кокаина не удалась.") == []
    assert facts("Police were able to seize 18 kg of cocaine.") == [("seized_drugs", 18, "kg", None)]
