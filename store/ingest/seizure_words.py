"""The words that say a figure was seized, and the words that say it was not.

A money, drug or firearm figure is a seizure only in a sentence with a seizure cue (``SEIZURE_CUE``:
«изъяли», "seized", "recovered", «при себе», "the parcels contained" …) and, by :func:`seized_here`,
outside a clause about sales, turnover, revenue, theft, what could have been made, what goods were
worth or what a vessel could carry.  :mod:`store.ingest.facts` reads both.
"""

from __future__ import annotations

import re
from dataclasses import replace

from store.ingest.quantities import Quantity
from store.ingest.word_classes import CARRY_RU, HEDGE, SEIZE_STEM, SEIZED_EN
from store.ingest.worth import goods_worth, price_goes_on
from store.model import SEIZED_DRUGS, SEIZED_MONEY

# A sentence that says something was seized, found, intercepted or taken.
SEIZURE_CUE = re.compile(
    SEIZE_STEM + r"|\bfind\b"
    r"|turned\s+up|uncover|discover|netted|yielded|resulted\s+in|\bhaul|\binterdict|\bstopp(?:ed|ing)\s+(?:(?:" + HEDGE + r")\s+)?\d|\b(?:bust|raids?|sting|takedown)\s+(?:also\s+)?(?:involved|included|produced|brought\s+in)\b|\b(?:took|taken)\s+[^.;]{0,40}\boff\s+the\s+streets?\b"
    r"|перехват|арестовал\w*\s+(?:активы|имущество|счета|средства)"
    r"|вывел\w*\s+из\s+(?:незаконного\s+)?оборота|выведен\w*\s+из\s+(?:незаконного\s+)?оборота"  # «вывели из оборота 12 кг»
    # "They also took almost $13 million in cash …" (the police as subject), a headline's "operation nets 154 arrests, 62 guns"
    r"|\b(?:police|officers|agents|investigators|authorities|detectives|they)\s+(?:also\s+)?took\s+(?:(?:" + HEDGE + r")\s+)?(?:[$€£]\s?)?\d"
    r"|\bnets\s+(?:(?:" + HEDGE + r")\s+)?\d"
    # "with its wrapping, the total weight of the bundles amounted to just over 9 kilos": the weight of what was found
    r"|\btotal\s+weight\b[^.;]{0,50}?\b(?:amounted\s+to|was|reached|exceeded|came\s+to)\b"
    # "a courier was detained with about 3 kg of mephedrone", "caught with over 1 kg": held with the haul on him
    r"|\b(?:detained|arrested|caught|stopped|apprehended|held)\s+(?:[a-z-]+\s+){0,3}?with\s+(?:(?:" + HEDGE + r")\s+)?\d"
    # "The combined value of the assets taken in the raids …": what the police took
    r"|\b(?:assets|cash|money|funds|property|properties)\s+(?:(?:were|was)\s+)?taken\b(?!\s+(?:part|place))"
    # "arrested a man for importing five kilograms of methamphetamine", "charged … with attempting to import 16kg": the
    # border copy's charge names the haul it was caught with
    r"|\b(?:arrested|charged|detained)\b[^.;]{0,80}?\b(?:for|with|who|suspected\s+of)\s+(?:allegedly\s+)?(?:importing|imported|attempting\s+to\s+import|attempted\s+to\s+import)\b"
    # "Inside were 1.8 kilograms of cocaine …", "the parcels contained 46kg of cannabis": what an intercepted parcel held
    r"|^\W*inside\s+(?:were|was)\b|\b(?:we|police|officers|they)\s+(?:also\s+)?located\b"
    # "It contained 20 kilograms of methamphetamine": what the parcel just reported held
    r"|^\W*(?:it|they)\s+(?:also\s+)?contained\b"
    # "They include 1.2kg of herbal cannabis, 30g of heroin …": the haul just reported, item by item
    # "… both in arrests and in seizures made. The latter included 117 firearms …": the noun pointed back at
    r"|^\W*(?:they|these|this|it|those|the\s+(?:latter|former)|the\s+(?:haul|seizures?|drugs|finds?))\s+(?:also\s+)?includ(?:e|es|ed)\b"
    # "The results included $31.6 million in cash and 234 kilograms of drugs": an operation's results are its haul
    r"|^\W*(?:the\s+)?(?:(?:operation|action|sweep|crackdown|investigation)(?:'s|’s)\s+)?(?:(?:final|overall|total)\s+)?results?\s+(?:also\s+)?includ(?:e|es|ed)\b"
    # "the parcel was stuffed full of …": what an intercepted parcel held
    r"|\b(?:parcels?|packages?|consignments?|envelopes?|boxes)\b[^.;]{0,30}?\b(?:stuffed|filled|packed)\s+(?:full\s+)?(?:of|with)\b|\b(?:parcels?|packages?|consignments?|envelopes?|boxes|bags?|suitcases?)\s+(?:also\s+)?contain(?:ed|ing)\b"
    # "at least 17 packages, which in total contained around 46 kilograms": what the packages held between them
    r"|\b(?:parcels|packages|consignments|envelopes|boxes|bags|suitcases)\s*,?\s+(?:which|that)\s+(?:(?:in\s+total|together|between\s+them|altogether)\s+)?contained\b"
    # "Two were DVD boxes with £1,500 cash in each", "holdalls holding 4kg": the packages just seized, by their content
    r"|\b(?:parcels?|packages?|boxes|bags?|holdalls?|suitcases?|envelopes?|packets?|containers?|tins?|safes?|rucksacks?)\s+"
    r"(?:each\s+)?(?:with|holding|containing)\s+(?:(?:" + HEDGE + r")\s+)?(?:[$€£]\s?)?\d"
    # "The package, delivered under police control, weighed 22g": what an intercepted parcel held, by its weight
    r"|\b(?:parcels?|packages?|consignments?|envelopes?)\b[^.;]{0,60}?\bweigh(?:ed|ing)\b"
    # "where they located cannabis plants, $3755 in cash …", "2kg of cocaine was located in the boot": a find
    r"|\b(?:police|officers|detectives|investigators|agents|authorities|deputies|they|who|also|had|have|has)\s+located\b|\b(?:were|was|been)\s+located\b"
    # «Арестовано $44,7 тыс., 8 млн сумов», «наложен арест на 3 млн тенге»: money placed under arrest is seized
    r"|(?:арестован[оаы]?|наложен\s+арест\s+на)\s+(?:(?:также|ещё|еще|и)\s+)?(?:(?:денежн\w+\s+)?средств\w*\s+|деньги\s+)?(?:(?:" + HEDGE + r")\s+)?"
    r"(?:[$€£₽₸]|\d[\d\s.,]*\s*(?:тыс\.?|млн\.?|млрд\.?)?\s*(?:[$€£₽₸]|рубл|долл|евро|тенге|сом|сум|гривен|гривн|лари|драм|манат|ле[йяеи]))"
    # «наложен арест на автомобиль «Хенде Солярис» и денежные средства на сумму 10 млн рублей»: the money among the
    # property placed under arrest
    r"|наложен\w*\s+арест\w*\s+на\s+[^.;]{0,80}?(?:денежн\w+\s+средств\w*|деньги|наличн\w+)\s+(?:на\s+(?:общую\s+)?сумму\s+|в\s+размере\s+)?"
    r"(?:(?:" + HEDGE + r")\s+)?(?=[$€£₽₸\d])"
    # «полицейским удалось захватить свыше 31,4 млн евро»: taken by the police
    r"|захват(?:ил|ила|или|ить|ено|ены|ен|ена)\b"
    # «Всего из незаконного оборота вывели 260 кг», «выведено из оборота 60 кг»: taken out of circulation
    r"|(?<![\w-])(?:вывел[аио]?|выведен[аоы]?|вывести)\b(?=[^.;]{0,60}?\bоборот)|\bоборота\s+(?:был[аои]?\s+)?(?:вывел[аио]?|выведен[аоы]?)\b"
    # «У подозреваемых забрали 740 кг наркотиков»: taken from the suspects
    r"|(?<![\w-])у\s+(?:[^\W\d]+\s+){1,2}?забрал(?:и|а)?\b"
    # «арестовано криптовалюты на 4 млн долларов», «заблокированы 57 криптокошельков с активами на 2,6 млн»: funds frozen
    r"|арестован\w*\s+(?:[^\W\d]+\s+)?(?:криптовалют|актив|средств|денежн|счет|счёт)|арестован[оы]\s+(?=[$€£₽₸\d])"
    r"|заблокирова\w*\s+(?:[^\W\d]+\s+|\d+\s+){0,2}?(?:криптокошел|кошел|криптовалют|актив|средств|счет|счёт|банковск)"
    # «получен доступ к криптоактивам в размере 1909 BTC», "took control of wallets holding …": coins taken over
    r"|получ\w+\s+доступ\s+к\s+(?:крипт|кошельк|биткоин|биткойн|средств|актив|счет)|\b(?:gained|obtained|took)\s+(?:access\s+to|control\s+of)\s+(?:the\s+)?(?:crypto|wallets?|bitcoin|funds|assets|accounts)"
    # «не допустили попадания на «черный» рынок более 20 кг», "kept 40 kg from reaching the streets": taken before sale
    r"|не\s+допусти\w*\s+(?:попадани|поступлени|распространени|сбыт)\w*|\b(?:prevent|stopp|kept|keep)\w*\b[^.;]{0,60}?\bfrom\s+(?:reaching|hitting|entering|getting\s+(?:on|onto|to))\b"
    # "Four administrators were arrested along with $4.17 million in cryptocurrency": taken with them
    r"|\b(?:arrested|detained|apprehended)\b[^.;]{0,60}?\balong\s+with\s+(?:(?:" + HEDGE + r")\s+)?[$€£\d]"
    # «В здании находилось более 40 кг готового наркотика»: what the raided place held
    r"|находил(?:ось|ся|ась|ись)|хранил(?:ось|ся|ась|ись)|(?:было|были)\s+спрятан"
    # «Общий вес составил более 3500 килограммов», «Общая масса наркотиков — 11 кг»: the weight of what was found
    r"|общ(?:ий|ая|его|ей|им)\s+(?:вес\w*|масс(?:а|ы|ой|у))|оказал(?:ось|ся|ась|ись)"
    # «Экспертиза показала, что это 11 кг марихуаны», «по заключению экспертов, в свёртках 2 кг»: what was found, tested
    r"|(?:экспертиз|исследовани)\w*\s+(?:[^\W\d]+\s+)?(?:показал|установил|подтвердил)\w*|заключени\w*\s+эксперт"
    # «это гашиш массой 960 граммов», «свёртки весом 300 г»: a found thing described by its weight
    r"|(?<![\w-])(?:массой|весом)\s+(?:(?:" + HEDGE + r")\s+)?\d"
    # "opium weighing 5 kilograms 873 grams", "substances with a total weight of 11 kilograms": the English of «массой»
    # "has prevented the smuggling of over 70 kg of drugs", "foiled an attempt to sell 3 kilograms": the English of
    # «пресекли контрабанду 62 кг» — the haul was stopped, so taken
    r"|\b(?:prevent|foil|thwart|intercept|stopp|block|suppress)(?:ed|s)?\s+(?:an?\s+|the\s+)?(?:(?:attempt(?:ed)?|bid)\s+(?:to\s+)?)?"
    r"(?:smuggl|traffick|import|export|sell|sale|deliver|transport)\w*"
    # "The detainee sought to smuggle 34,800 grams of drugs": caught in the act, like «пытался провезти»
    # ("suspected of trying to bring 30 pounds": what a charge says, no haul)
    r"|(?<!suspected\sof\s)(?<!accused\sof\s)(?<!charged\swith\s)\b(?:sought|tried|trying|attempt(?:ed|ing)?)\s+to\s+(?:smuggle|import|bring|carry|transport|sell|collect|receive)\b"
    # "the stashes where another 458 grams of drugs were hidden": the English of «были спрятаны»
    r"|\b(?:were|was|had\s+been)\s+hidden\b"
    r"|\b(?:weighing|with\s+a\s+(?:total\s+|combined\s+)?weight\s+of)\s+(?:(?:" + HEDGE + r")\s+)?\d"
    # «пытались забрать из тайника 9,4 кг гашиша», «пытался провезти 63 кг»: caught in the act, the haul is seized
    r"|задержа\w*\s+(?:[^\W\d]+\s+){0,3}?(?:парти\w*|груз\w*|автомобил\w*|автомашин\w*|машин\w*|фур\w*|посылк\w*|контейнер\w*)"
    # «задержан 40-летний Иван Петров с почти 15 кг героина»: held with the haul on him
    r"|задержа\w*\s+(?:(?:[^\W\d]+|\d+-\w+)[\s,]+){0,5}?с\s+(?:(?:" + HEDGE + r")\s+)?\d"
    r"|перевозивш\w*|перевозил(?:и|а)?\b|провозивш\w*|вез(?:ли|ла|ший|шего|шие|ших)\b"
    r"|(?:пытал(?:ся|ась|ись)|при\s+попытке)\s+(?:[^\W\d]+\s+){0,2}?(?:забрать|сбыть|передать|продать|спрятать|пронести|" + CARRY_RU + r"\w*)"
    # «приговорил … за попытку сбыть 312 килограммов кокаина», «за покушение на сбыт 2 кг»: a court's attempted
    # sale or carriage — stopped, so the haul was taken
    r"|(?:за\s+)?(?:попытк[уиое]|покушени[еия])\s+(?:на\s+)?(?:[^\W\d]+\s+){0,2}?(?:сбыт|сбыть|продать|продажу|перевезти|перевозку|" + CARRY_RU + r"\w*)"
    # «задержаны лица, хранившие более 9 кг наркотиков»: what the held people kept is what was found
    r"|хранивш\w*"
    # «отследили посылку с 11 граммами героина», «чемодан с 4 кг», «накрыли склад с 48 кг»: a parcel, bag or store
    # with its weight was intercepted
    r"|(?:посылк|бандерол|коробк|св[её]рт|пакет|сумк|чемодан|рюкзак|контейнер|склад|тайник|схрон)\w*\s+с\s+(?:(?:" + HEDGE + r")\s+)?\d"
    # «накрыли склад», «при себе у закладчика был 31 грамм»: raided, or carried by the one held
    r"|накрыл\w*|при\s+себе|(?<![\w-])при\s+(?:н[её]м|ней|них)(?![\w-])"
    # «пресекли перевозку почти двух килограммов наркотиков», «пресечены попытки ввоза 38 кг»: the shipment stopped
    r"|пресе[кч]\w*\s+(?:[^\W\d]+\s+){0,2}?(?:попыт|" + CARRY_RU + r")\w*"
    # «на ОПК было задержано почти 4 кг героина»: a shipment held is seized
    # «речь идет о задержании 235 килограммов наркотика», «задержали 40 кг героина»: the haul itself held
    r"|задержа(?:н[оаы]?|ни[еяию]|ли|л[аи]?)\s+(?:(?:" + HEDGE + r")\s+)?\d[\d\s,.]*\s*(?:кг|килограмм|тонн|т\b|грамм|г\b)"
    # «в селе Ленинское с 25 кг марихуаны задержан житель»: the haul fronted before the arrest verb
    r"|(?<![\w-])с\s+(?:(?:" + HEDGE + r")\s+)?\d[\d\s,.]*\s*(?:кг|килограмм\w*|грамм\w*|г)(?![\w-])"
    r"(?:\s+[^\s.,;:!?]+){0,5}?\s+(?:был[аи]?\s+)?задержа"
    # «Полиция нашла 20 кг наркотиков»: found by the police
    r"|(?<![\w-])наш(?:л[аи]|[её]л)\b"
    # «задержали в Алматы со ста килограммами героина», «при перевозке свыше 100 кг»
    r"|задержа\w*\s+(?:(?:[^\W\d]+|\d+-\w+)[\s,]+){0,5}?со?\s+(?:(?:" + HEDGE + r")\s+)?[а-яё]*(?:мя|ью|ока|ста|тора)\s+(?:килограмм|кило|тонн|грамм)"
    r"|при\s+(?:сбыте|передаче|" + CARRY_RU + r"\w*)\s+(?:(?:" + HEDGE + r")\s+)?\d",
    re.IGNORECASE,
)
# A sales word in quotation marks names the cash the police found ("revenue", «выручка»), not a sales figure
_QUOTED_TAKINGS = re.compile(r"[\"“«„]\s*(?:revenue|proceeds|profits?|earnings|takings|выручк\w*|доход\w*|прибыл\w*)\s*[\"”»“]", re.IGNORECASE)
_NOT_SEIZED = re.compile(
    # «изъяли из незаконного оборота» is the seizure's own wording, not turnover; so is the trade in drugs or
    # arms itself («Управление по борьбе с незаконным оборотом наркотиков», «по подозрению в обороте наркотиков»)
    r"(?<!незаконного\s)(?<!из\s)оборот(?!\w*\s+(?:наркот|психотроп|оружи|боеприпас|сильнодейств|запрещ))|стоимост\w*\s+котор|продаж|продал|выручк|прибыл|доход|принос|заработ|отмы|похити|похищ|украл|украден|ущерб|штраф|залог"
    r"|в\s+месяц|в\s+год|в\s+сутки|в\s+неделю|ежемесячн|ежегодн|ежесуточн|ежедневн|еженедельн|торговал|sales|\bsold\b|(?-i:revenue)|(?-i:Revenues?)(?!\s+(?:officers?|Commissioners|said|seized|found|has|have|had|and\s+gardaí)|['’]s)|turnover|profit|earn|launder|stole"
    # ("1,909.4 Bitcoin in 55 transactions amounting to …": a count of transfers is how the seizure was made, not a volume)
    # "causing losses in excess of €12 million", "victims lost $3 million": what the victims lost
    r"|\blosses\b|\blost\b(?!\s+(?:track|contact|touch))"
    r"|damage|\bfines?\b|\bfined\b|bail|\bcost(?:s|ing)?\b|\bspen[dt]\w*|auction\w*|\bresold\b|(?<!\d\s)transactions|processed|per\s+month|a\s+month|per\s+year|a\s+year|annual"
    # «из которых преступники собирались изготовить 300 кг», "could have made 90 kg": what was planned, not seized
    r"|собирал\w*\s+(?:\w+\s+)?(?:изготовить|произвести|получить|сделать|сбыть|продать|перевезти|ввезти)"
    r"|(?:мог(?:ли|ла|ло)?|можно(?:\s+было)?)\s+(?:бы\s+)?(?:\w+\s+)?(?:получить|изготовить|произвести|сделать)|планировал\w*\s+(?:\w+\s+)?(?:изготовить|произвести|сбыть|продать)"
    r"|could\s+have\s+(?:made|produced|yielded)|were\s+going\s+to\s+(?:make|produce)"
    # «реактивов для изготовления ещё около двухсот килограммов мефедрона»: what could have been made
    r"|для\s+(?:изготовления|производства|получения|синтеза)\s+(?:ещ[её]\s+)?(?:(?:" + HEDGE + r"|до)\s+)?$"
    r"|\bсто(?:ит|ят|ил[аио]?)\b|(?:сумм|стоимост)\w*\s+(?:всех\s+)?изъят\w*\s+(?:наркот|веществ|партии|товара|препарат|зелья|синтетик)"
    # "DOJ to Seize $24M", "requesting approval of the seizure of 4,000 BTC": a seizure asked for, not made
    # ("managed to seize almost a ton", "searches which led them to seize 27 kilograms" are the seizure itself)
    # "The commercial quantity of LSD is 0.1 gram": a legal threshold, not a haul
    r"|commercial\s+quantity|\bthreshold\b|lethal\s+dose"
    # «пытались изъять криптовалюту», «не удалось изъять»: a seizure tried, not made ("tried to seize" below)
    r"|(?:пыта(?:л|ют|ет|вш)\w*|попытк\w*)\s+(?:[^\W\d]+\s+){0,2}?(?:изъять|конфисковать|заморозить|арестовать|перехватить)"
    r"|\b(?:could\s+not|couldn['’]t|cannot|can['’]t|unable\s+to|failed\s+to)\s+(?:[a-z]+\s+)?(?:seize|confiscate|recover|freeze)\b"
    r"|не\s+(?:удалось|смогли|смог|сумели)\s+(?:[^\W\d]+\s+){0,1}?(?:изъять|конфисковать|заморозить|перехватить)"
    r"|\b(?:attempted|failed|unsuccessful)\s+(?:seizure|attempt)|\battempt(?:s|ed)?\s+(?:[a-z]+\s+){0,2}?seiz"
    r"|(?<!managed\s)(?<!\bable\s)(?<!helped\s)(?<!on\s)(?<!led\sthem\s)(?<!led\spolice\s)(?<!led\sofficers\s)(?<!allowed\sthem\s)\bto\s+seize\b|\bseek\w*\s+to\s+seize|\bapproval\s+of\s+the\s+seizure|\bwants?\s+to\s+seize"
    r"|bounty|reward|вознагражд|трансакц|транзакц|добива\w*\s+конфискац|стоимост\w*\s+изъят\w*\s+(?!биткоин|крипт|средств|валют|монет|денег)|seek\w*\s+(?:the\s+)?forfeiture|sought\s+forfeiture"
    # «стоимость на «черном рынке» изъятого героина оценивается …»: what the haul is worth, not money seized
    r"|стоимост\w*\s+(?:на\s+)?[«\"„]?ч[её]рно\w*\s+рынк\w*[»\"“]?",
    re.IGNORECASE,
)
# "до 50 кг наркотиков в месяц", "2 tonnes of drugs a year": a rate (output, sales), not a haul.
_PER_PERIOD_AFTER = re.compile(
    r"^\s*(?:[^\W\d]+\s+){1,2}(?:в\s+(?:месяц|год|сутки|день|неделю)|ежемесячно|ежегодно|ежедневно"
    r"|(?:a|per|each|every)\s+(?:month|year|day|week))\b(?!\s+[^\W\d])", re.IGNORECASE)
_GOODS_WORTH = re.compile(r"^\s*(?:\([^()]{0,40}\)\s*)?worth\s+(?:of\s+)?(?!(?:of\s+)?(?:[\w-]+\s+){0,3}(?:cash|crypto|bitcoin|money|currenc|coins|monero|tokens|assets))",
                          re.IGNORECASE)
# "$3.1 million in servers and other hardware", "€2m in sports cars": what goods were worth
_GOODS_IN = re.compile(r"^\s*(?:\([^()]{0,40}\)\s*)?(?:in|of)\s+(?:(?!cash\b|money\b|crypto|currenc)[\w-]+\s+){0,2}(?:computers?|electronics|equipment|vehicles|cars|jewel\w*|watches|real\s+estate"
                       r"|propert(?:y|ies)|houses|homes|goods|merchandise|devices|artwork|art|luxury\s+items"
                       # "seizure of $0.9 billion of illicit narcotics, precursors": what the haul is worth
                       r"|drugs|narcotics|medicines|pharmaceuticals|precursors|chemicals|cocaine|heroin|cannabis|methamphetamine"
                       # "$1.2 million in counterfeit bills": fake money is goods, not money seized
                       r"|(?:counterfeit|fake|forged)\s+(?:bills|banknotes|notes|currency|money|cash|dollars|euros))\b"
                       # "180,000 euros (£140,000) of drugs", "£6,000 of herbal cannabis": what a haul of drugs was worth
                       r"|^\s*(?:\([^()]{1,25}\)\s*|\)\s*)?of\s+(?:(?!cash|money|crypto)[\w-]+\s+)?(?:drugs|narcotics|cocaine|heroin|cannabis"
                       r"|marijuana|MDMA|ecstasy|LSD|ketamine|methamphetamine|amphetamines?)\b"
                       # "Rs 3-crore drugs seizure", "$2m drug haul": the money names what the haul was worth
                       r"|^\s*(?:drugs?|narcotics?|cocaine|cannabis|heroin|meth\w*)\s+(?:seizures?|hauls?|busts?|stash\w*|consignments?)\b"
                       # "€528,000 Cannabis seized", "£2.5m cocaine stashed in car": money right before the drug's name
                       r"|^\s*(?:cocaine|cannabis|heroin|MDMA|ecstasy|LSD|ketamine|methamphetamine|marijuana)\b"
                       # "a $288-million drug haul", "a $288-million stash of meth": what the haul is worth
                       r"|^\s*(?:[\w-]+\s+){0,2}?(?:drugs?|meth|methamphetamine|ice|cocaine|heroin|cannabis|narcotics?)\s+"
                       r"(?:haul|stash|shipment|consignment|importation|bust)\b"
                       r"|^\s*(?:haul|stash|shipment|consignment)\s+of\s+(?:[\w-]+\s+){0,2}?"
                       r"(?:drugs|meth|methamphetamine|ice|cocaine|heroin|cannabis|narcotics)\b"
                       # a headline's "seize £1m drugs", "$400K Ferrari", "$5.4M street value:": the money names a worth
                       r"|^\s*(?:drugs|narcotics|Ferrari|Lamborghini|Porsche|Bentley|Rolex|car|cars|watch|watches|mansion|house|home)\b"
                       r"|^\s*(?:in\s+)?(?:street|estimated|black[- ]market|retail|wholesale|resale)\s+value\b",
                       re.IGNORECASE)
_VALUE_ESTIMATE = re.compile(r"\bvalue\s+of\s+(?:the\s+)?(?:seized\s+|recovered\s+)?(?:contraband|drugs|haul|narcotics|substances|goods|seizure)\s+"
                             r"(?:is|was|stood|has\s+been)\s+(?:put\s+|estimated\s+|pegged\s+)?(?:at\s+)?(?:(?:about|around|over|nearly|more\s+than)\s+)?$"
                             # "police said its market value might reach Rs 7 crore"
                             r"|\b(?:market|street|estimated|potential|retail|black[- ]market)\s+value\s+(?:could|would|may|might|is|was)\b[^.;\d]{0,30}$|"
                             r"стоимост\w*(?:\s+[\w-]+){0,3}(?:,[^,.;]{1,40},)?\s+(?:оценива\w+|составля\w+|достига\w+|превыша\w+)\s+(?:в\s+)?"
                             r"(?:(?:" + HEDGE + r")\s+)?$|\b(?:street|estimated|retail)\s+value\s+of\s+$"
                             # «Стоимость изъятого на черном рынке — свыше 1 млрд рублей»: a dash as the verb
                             r"|стоимост\w*(?:\s+[\w«»\"-]+){0,5}\s*[—–:-]\s*(?:(?:" + HEDGE + r")\s+)?$"
                             # "the value of the cannabis in the package was between £40 and £60"
                             # "Investigators estimate the black-market value of the haul at over 2.5 billion tenge"
                             r"|\b(?:estimat\w*|put|puts|placed?)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?value\s+of\s+(?:the\s+)?(?:[\w-]+\s+){1,4}?at\s+"
                             r"(?:(?:" + HEDGE + r")\s+)?$"
                             r"|\bvalue\s+of\s+(?:the\s+)?(?:[\w-]+\s+){1,6}?(?:was|were|is|are)\s+(?:estimated\s+(?:at|to\s+(?:exceed|be|top|reach))\s+|put\s+at\s+)?"
                             r"(?:(?:" + HEDGE + r"|between|under)\s+)?"
                             r"(?:[£$€][\d.,]+\s*(?:and|to|-)\s*)?$", re.IGNORECASE)
# «Рыночная стоимость героина весом около 210 кг (вместе с упаковкой) составляет примерно 30 млн долларов»: the
# drugs' worth, with their weight between the noun and the verb
_DRUG_VALUE = re.compile(r"стоимост\w*\s+(?:[^\W\d]+\s+){0,2}?(?:героин|кокаин|наркот|гашиш|марихуан|опи|мефедрон|амфетамин|метамфетамин"
                         # («Розничная стоимость изъятого, по оценке ведомства, превышает 40 млн рублей»: of what was seized)
                         r"|синтетик|психотроп|груз|партии|посылк"
                         r"|изъят(?:ого|ой|ых|ое)(?![\w-])(?!\s+(?:биткоин|биткойн|крипт|средств|валют|монет|денег|наличн)))\w*[^.;!?]{0,90}?(?:составля\w+|оценива\w+|достига\w+|превыша\w+)"
                         r"\s+(?:в\s+)?(?:(?:около|более|свыше|почти|порядка|примерно)\s+)?\W?$", re.IGNORECASE)
_SEIZED_AFTER = re.compile(r"^\s*(?:in\s+cash\s+)?(?:(?:allegedly|that\s+was|which\s+was|later)\s+)?" + SEIZED_EN + r"\b",
                           re.IGNORECASE)
_VALUED_NOW = re.compile(r"^\s*(?:today|now|at\s+(?:today['’]s|current)\s+(?:prices|rates|values?))\b", re.IGNORECASE)
_AT_THE_TIME = re.compile(r"\bat\s+the\s+time\b|\bthen\s+worth\b", re.IGNORECASE)
# «на общую сумму по ценам «чёрного рынка» около …», "worth, at street prices, about …": what goods are worth.
_PRICES = r"(?:,?\s*(?:по\s+(?:\w+\s+)?ценам\s+\W?(?:ч[её]рного|нелегального)\s+рынка\W?|at\s+(?:street|black[\s-]market)\s+(?:prices|value)),?)?"
# "worth an estimated USD 500,000", "valued on the street at about €1.1m": what goods are worth
_VALUE_OF = re.compile(r"(?:worth|valued(?:\s+[\w-]+){0,3}?\s+at|value\s+of|total(?:l)?ing|на\s+(?:общую\s+)?сумму|стоимостью|оценочной\s+стоимостью)" + _PRICES
                       + r"\s+(?:\S+\s+){0,2}$", re.IGNORECASE)
# "оборудование на 2 млн долларов": a bare "на" before a money figure gives what goods are worth.
_VALUE_OF_NA = re.compile(r"(?<![\w-])на\s+(?:(?:" + HEDGE + r")\s+)?$", re.IGNORECASE)
# «наркотического средства» is a drug, «денежных средств» money
# ("87 bank accounts worth more than €1.3 million": the money in them)
_MONEY_NOUN = re.compile(r"\b(?:BTC|ВТС|XMR|ETH|USDT)\b|биткоин|биткойн|bitcoin|крипт|crypto|валют|currenc|(?<!ческого\s)(?<!ческих\s)(?<!ческое\s)средств|денег|деньг|наличн|cash|funds|assets|актив(?:ы|ами|ах|ов)\b|монет|coins"
                         r"|\b(?:bank\s+)?accounts\b", re.IGNORECASE)
# (a comma between digits, "4,000" or «1909,4», groups or decimals a number and breaks no clause)
_CLAUSE_BREAK = re.compile(r"(?<!\d),|,(?!\d)|[;:()—]|\s–\s|\sа\s|\sbut\s|\swhile\s|\swhich\s|\sthat\s|\sкоторы", re.IGNORECASE)


def _worth_of(window: str) -> str:
    """What "worth" is said of: after another figure in the window, only the last item of the list
    ("£100,000 in cash and a Rolex watch" gives "a Rolex watch"; "312 bitcoin," gives "bitcoin");
    with no figure before, the whole phrase ("cash and other property")."""
    window = re.sub(r"\b(?:then|now|currently|today|at\s+the\s+time)\s*$", "", window, flags=re.IGNORECASE)  # "bitcoin, then worth"
    last = max((m.end() for m in re.finditer(r"\d", window)), default=-1)
    if last < 0:
        return window
    pieces = [p for p in re.split(r",|;|\band\b|\bas\s+well\s+as\b|\bplus\b", window[last:]) if p.strip()]
    return pieces[-1] if pieces else window[last:]


_CASH_NOUN = re.compile(r"cash|crypto|bitcoin|currenc|funds|money|наличн|крипт", re.IGNORECASE)
_GOODS_LISTED = re.compile(r"^[^.;]{0,40}?\bincluding\s+(?:[\w-]+\s+){0,2}?(?:real\s+estate|propert(?:y|ies)|vehicles|cars|jewel\w*"
                           r"|houses|homes|villas|watches|luxury\s+\w+)", re.IGNORECASE)
# «Наркотики были спрятаны среди 78 тонн бананов», "hidden among 20 tonnes of bananas": the cover cargo, not the haul.
# The batch the drugs were found in, weighed: «в партии весом 9 тонн, заявленной как мука», "inside a consignment
# weighing 18 tonnes", "in a shipment of 20 tonnes of" — the weight of what carried the drugs, not of the drugs.
_COVER_CARGO = re.compile(r"(?:\bсреди|\bamong|спрятан\w*\s+(?:в|во)|(?:hidden|concealed|stashed)\s+(?:in|among|inside)"
                          r"|(?:\b(?:в|во)|\b(?:in|inside|within)(?:\s+(?:a|an|the))?)\s+(?:\w+\s+)?"
                          r"(?:парти\w*|груз\w*|контейнер\w*|фур\w*|вагон\w*|consignment|shipment|cargo|container|load|lorry|truck)"
                          r"\s+(?:(?:общим|общей|total)\s+)?(?:весом|массой|weighing|of))\s+"
                          r"(?:(?:" + HEDGE + r")\s+)?$", re.IGNORECASE)


_CAPACITY = re.compile(r"\b(?:to\s+(?:transport|carry|move|hold|ship|produce|make|manufacture)|capable\s+of\s+(?:carrying|transporting|"
                       r"holding|producing|making)|capacity\s+(?:of|to\s+\w+))\s+(?:up\s+to\s+|as\s+much\s+as\s+|some\s+)?$", re.IGNORECASE)


# «по 1– 3 кг», «партиями по 5 кг»: distributive «по» before a weight gives each portion's size, not a haul
_BY_PORTIONS = re.compile(r"(?<![\w-])по\s+(?:(?:от|около|примерно)\s+)?(?:\d[\d.,]*\s*(?:[–—-]|до)\s*)?$", re.IGNORECASE)
_PER_ITEM = re.compile(r"^\s*(?:of\s+[\w-]+\s+)?(?:each|apiece|per\s+(?:bag|parcel|package|packet|pack|box|envelope|block|brick))\b", re.IGNORECASE)
# A money figure just before the bracket that holds ``q``: ``q`` is its conversion
# ("44.2 million euros ($46 million)": the currency may follow the figure)
_CONVERSION_OF = re.compile(r"(?:(?:[$€£¥₹]|\b(?:[A-Z]{2}\$|US\$|S\$|EUR|USD|GBP|AUD|CAD|NZD))\s?\d[\d.,]*(?:\s*(?:million|m|bn|billion|k))?"
                            r"|\b\d[\d.,]*(?:\s*(?:million|m|bn|billion|k))?\s*(?:euros?|dollars|pounds|francs|rubles|roubles|EUR|USD|GBP|CHF))"
                            r"\s*\(\s*(?:about|around|approx\w*\.?|or|roughly|some|nearly|almost)?\s*$", re.IGNORECASE)
# a bracket holding only money right after an item weighed or counted: that item's worth
_ITEM_WORTH_BRACKET = re.compile(r"\d[\d.,]*\s*(?:[a-z]+\s+){0,2}?(?:kgs?|g|grams?|grammes?|kilos?|kilograms?|kilogrammes?|tablets|pills|blots|tabs"
                                 r"|litres?|liters?|plants|ml)\b[^()\d$€£¥₹]{0,40}\(\s*(?:about|around|approx\.?|worth|valued\s+at)?\s*$",
                                 re.IGNORECASE)


# "$58,000 in counterfeit Canadian currency", "£4,000 in fake notes": forged money is contraband, not money seized
_FORGED_AFTER = re.compile(r"^\s*(?:in|of|worth\s+of)\s+(?:[\w-]+\s+){0,1}?(?:counterfeit|fake|forged|bogus|phony|phoney)\b", re.IGNORECASE)
_FORGED_BEFORE = re.compile(r"\b(?:counterfeit|fake|forged|bogus)\s+(?:[\w-]+\s+){0,1}?$", re.IGNORECASE)


def seized_here(sentence: str, q: Quantity) -> bool:
    """Not a sale, turnover, revenue or theft figure; "worth" only of money-like things."""
    if q.metric == SEIZED_MONEY and (_FORGED_AFTER.match(sentence[q.end:]) or _FORGED_BEFORE.search(sentence[:q.start])):
        return False
    outer = _CONVERSION_OF.search(sentence[:q.start]) if q.metric == SEIZED_MONEY else None
    if outer:  # "a watch valued at €120,000 ($131,000)": a bracketed conversion is judged as the figure it converts
        return seized_here(sentence, replace(q, start=outer.start()))
    clause_start = max((m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, q.start)), default=0)
    before = sentence[clause_start:q.start]
    after = sentence[q.end:q.end + 45]  # room for "of anonymous online drug sales"
    if q.metric != SEIZED_MONEY and _COVER_CARGO.search(before):
        return False
    if q.metric in (SEIZED_DRUGS, SEIZED_MONEY) and _PER_ITEM.match(after):
        return False  # "three bags weighing 250 grams each", "42 parcels of around 20 kg each": a per-item figure, no haul
    if q.metric == SEIZED_DRUGS and _BY_PORTIONS.search(before):
        return False  # «фасовал товар по 1– 3 кг», «размещал партии по 100-200 граммов»: the size of each portion
    if _CAPACITY.search(before):
        return False  # "semi-submersibles built to carry as much as 5 tonnes of cocaine": what it could carry
    # "a laundering count over €47,000 in cash allegedly seized at her flat": seized, whatever the charge
    laundering_seized = q.metric == SEIZED_MONEY and _SEIZED_AFTER.match(after)
    if q.metric == SEIZED_MONEY:  # «изъята "выручка"», '"revenue" of more than UAH 2 million': the cash found, nicknamed
        before = _QUOTED_TAKINGS.sub(lambda m: " " * len(m.group()), before)
    if (_NOT_SEIZED.search(before) and not laundering_seized) or re.match(r"^\s*(?:(?:in|of)\s+(?:\w+\s+){0,3}?(?:sales|transactions|turnover|revenues?|payments|proceeds|profits?|trades|stolen|losses|damages?|harm)\b"  # "NZ$2 million in harm"
        r"|(?:(?:allegedly|reportedly|were|was|had\s+been|been)\s+){0,2}(?:laundered|stolen|processed|washed)\b"  # "after $2.88B allegedly laundered"
        r"|в\s+(?:[\w-]+\s+)?(?:трансакц|транзакц|сделках|платежах|продажах|обороте)"  # «96 млрд долларов в криптовалютных трансакциях»
        r"|в\s+месяц|в\s+год|в\s+сутки|в\s+неделю|a\s+month|a\s+year|a\s+day|a\s+week|per\s+\w+)", after, re.IGNORECASE) or _PER_PERIOD_AFTER.match(after):
        return False
    estimate = _VALUE_ESTIMATE.search(sentence[max(0, q.start - 80):q.start]) if q.metric == SEIZED_MONEY else None
    if estimate and not _MONEY_NOUN.search(estimate.group()):
        return False  # «…, стоимость которых оценивается в 650 млн рублей»: what the haul is worth (not «стоимость биткоинов»)
    if q.metric == SEIZED_MONEY and _DRUG_VALUE.search(sentence[:q.start]):
        return False
    if q.metric == SEIZED_MONEY and price_goes_on(sentence, q.start, q.end):
        return False  # «…, оптовая цена партии — 2 млрд рублей, а розничная может превысить 7 млрд»: the price goes on
    if q.metric == SEIZED_MONEY and _VALUED_NOW.match(after) and _AT_THE_TIME.search(before):
        return False  # "24,518 bitcoins - under $10 million at the time and just under $200 million today": a re-valuation
    listed = _GOODS_LISTED.search(sentence[q.end:]) if q.metric == SEIZED_MONEY else None
    if listed and not _CASH_NOUN.search(sentence[q.end:q.end + 25]) and not _CASH_NOUN.search(sentence[q.end:].split(".")[0]):
        return False  # "further assets worth more than USD 85 million were seized, including property, luxury cars"
    if q.metric == SEIZED_MONEY and goods_worth(sentence, q.start, q.end):
        return False  # "- two vehicles valued at €80,000 (about $86,000)": what goods were worth, and its conversion
    wide = sentence[q.end:q.end + 80]  # room for a conversion in brackets before "of cocaine"
    wide = re.sub(r"^\s*\)", "", wide)  # "£90,000 ($117,000) worth of …" judged from the pound figure: past the bracket
    if re.search(r"\(\s*(?:\w+\s+)?$", sentence[max(0, q.start - 12):q.start]):
        wide = re.sub(r"^[^()]{0,20}\)", "", wide)  # "$2.2 billion (two billion euros) of heroin": the conversion too
    if q.metric == SEIZED_MONEY and _ITEM_WORTH_BRACKET.search(sentence[max(0, q.start - 80):q.start]):
        return False  # "18g of heroin (€2,500), 140 ecstasy pills (€1,400)": each item's worth, not cash
    if q.metric == SEIZED_MONEY and (_GOODS_WORTH.match(wide) or _GOODS_IN.match(wide)):
        return False  # "€180,000 worth of MDMA and LSD": what goods were worth, not money seized
    value_of = _VALUE_OF.search(before)
    if value_of:
        if q.metric != SEIZED_MONEY:
            return True
        at = clause_start + value_of.start()  # "312 bitcoin, worth about $19.5 million": the coins before the comma
        if _NOT_SEIZED.search(sentence[max(0, at - 80):at]):
            return False  # "requesting approval of the seizure of 4,000 BTC, valued at $24 million": coins only sought
        return bool(_MONEY_NOUN.search(_worth_of(sentence[max(0, at - 40):at])))
    value_of = _VALUE_OF_NA.search(before) if q.metric == SEIZED_MONEY else None
    if value_of:
        at = clause_start + value_of.start()  # «криптоактивам … 1909 BTC, примерно на 44 млн евро»: the coins before the comma
        return bool(_MONEY_NOUN.search(sentence[max(0, at - 40):at])
                    or _MONEY_NOUN.match(re.sub(r"^\s+", "", sentence[q.end:q.end + 20])))
    return True
