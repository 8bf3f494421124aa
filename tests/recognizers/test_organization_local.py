"""Local branches and anchored institutions (issue 15): the forms real obituaries, court releases and regional news
use for a person's school, employer, police department, enlistment office, burial place or shop.

Every private name and town here is invented. Each positive names the exact span the grammar must withhold, in a
shape other than the corpus sentence it was learnt from (other case, order, abbreviation, position); each trap
is a sentence a looser rule would withhold.
"""

from __future__ import annotations

from typing import Any

import pytest

from redact.generalize import generalize
from redact.recognizers.organization import OrganizationRecognizer
from redact.recognizers.organization_en import EnglishOrganizationRecognizer
from tests.assertions import assert_not_found


def _spans(rec: OrganizationRecognizer | EnglishOrganizationRecognizer, text: str) -> list[str]:
    return [text[r.start : r.end] for r in rec.analyze(text, ["ORGANIZATION"])]


@pytest.fixture(scope="module")
def ru() -> OrganizationRecognizer:
    return OrganizationRecognizer("ru")


@pytest.fixture(scope="module")
def uk() -> OrganizationRecognizer:
    return OrganizationRecognizer("uk")


@pytest.fixture(scope="module")
def en() -> EnglishOrganizationRecognizer:
    return EnglishOrganizationRecognizer("en")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a national body's district branch: "по X району", a list of districts, a town
        ("Его брат служит в ОМВД России по Кедровскому району.", "ОМВД России по Кедровскому району"),
        ("Уволился из ОМВД по Кедровскому району в 2021 году.", "ОМВД по Кедровскому району"),
        (
            "Призван отделом военного комиссариата по г. Кедрогорск, Сосновскому и Ольховскому районам в мае.",
            "отделом военного комиссариата по г. Кедрогорск, Сосновскому и Ольховскому районам",
        ),
        ("Служил в отделе полиции № 4 до войны.", "отделе полиции № 4"),
        ("Работал в ОП № 3 УМВД России по г. Кедрогорску.", "ОП № 3 УМВД России по г. Кедрогорску"),
        ("Служил в отделе МВД России по Кедровскому району.", "отделе МВД России по Кедровскому району"),
        ("Участковым в МО МВД России «Кедровский» с 2015 года.", "МО МВД России «Кедровский»"),
        ("Работал в управлении ЖКХ Кедровского района.", "управлении ЖКХ Кедровского района"),
        ("Работал в Кедровском филиале ПАО «Сибэнерго».", "Кедровском филиале ПАО «Сибэнерго»"),
        ("Охранником в ТЦ «Кедр» на окраине.", "ТЦ «Кедр»"),
        ("Работал в КФХ «Кедр» трактористом.", "КФХ «Кедр»"),
        ("Прихожанин храма Покрова Пресвятой Богородицы в селе Кедровка.", None),
        ("Окончил МКОУ «Кедровская СОШ» в 2010 году.", "МКОУ «Кедровская СОШ»"),
        # the enlistment point and the employment centre of a town
        ("Контракт подписал в пункте отбора г. Кедрогорска.", "пункте отбора г. Кедрогорска"),
        (
            "Пункт отбора на военную службу по контракту в г. Кедрогорск принял его за день.",
            "Пункт отбора на военную службу по контракту в г. Кедрогорск",
        ),
        (
            "Жена стоит на учёте в центре занятости населения г. Кедрогорска.",
            "центре занятости населения г. Кедрогорска",
        ),
        ("Тело в бюро СМЭ г. Кедрогорска.", "бюро СМЭ г. Кедрогорска"),
        # legal forms of state institutions, a kindergarten's number, a quoted name with the holding's abbreviation
        ("Она воспитатель в МАДОУ д/с № 15.", "МАДОУ д/с № 15"),
        ("Окончил ГАПОУ СО «Кедровский политехникум» в 2015 году.", "ГАПОУ СО «Кедровский политехникум»"),
        ("Работал в АО «Кедрнефть» СНК оператором.", "АО «Кедрнефть» СНК"),
        # an abbreviation with a case ending, a compound head, an adjective the dictionary reads as a surname
        ("Всю жизнь проработал на Кедровском ГОКе.", "Кедровском ГОКе"),
        ("Мать работает в Сосновской райадминистрации.", "Сосновской райадминистрации"),
        ("Отец тридцать лет в Ольховской горадминистрации.", "Ольховской горадминистрации"),
        # a town's road, building or transport unit by its abbreviation and number
        ("Мастером в Кедровском ДСУ N3 с 2001 года.", "Кедровском ДСУ N3"),
        ("Водителем в АТП № 2 г. Кедрогорска.", "АТП № 2 г. Кедрогорска"),
        ("Водителем в районном объединении «Кедрсельхозтехника».", "районном объединении «Кедрсельхозтехника»"),
        ("Был секретарём Кедровского райисполкома.", "Кедровского райисполкома"),
        # a burial place with its village
        ("Похоронен на погосте аула Кедрово.", "погосте аула Кедрово"),
        ("Похоронили на кладбище в Сосновке.", "кладбище в Сосновке"),
        # a company and the town it is in
        ("Был замдиректора ООО «Кедр» в Сосновке.", "ООО «Кедр» в Сосновке"),
        # an enlistment office named by its town
        ("Его завербовал сотрудник военкомата Губкина.", "военкомата Губкина"),
        # the employer named in the answer to a question about work (Q&A transcripts)
        ("— Где работали? — На «Кедрохиме», слесарем.", "«Кедрохиме»"),
        ("Трудился на КМПО-Кедрсталь в цехе № 3.", "КМПО-Кедрсталь"),
    ],
)
def test_ru_local_branches(ru: OrganizationRecognizer, text: str, span: str | None) -> None:
    if span is None:
        span = "храма Покрова Пресвятой Богородицы в селе Кедровка"
    assert span in _spans(ru, text), _spans(ru, text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Вирок відбуває в Кедрівській установі виконання покарань № 41.",
            "Кедрівській установі виконання покарань № 41",
        ),
        ("Кедрівський МТЦК вручив повістку.", "Кедрівський МТЦК"),
        ("Призваний Сосницьким ОМТЦК та СП.", "Сосницьким ОМТЦК та СП"),
        ("Працювала у Кедрівському обласному онкодиспансері.", "Кедрівському обласному онкодиспансері"),
        (
            "Працював у відділенні хірургії Кедрівської районної лікарні.",
            "відділенні хірургії Кедрівської районної лікарні",
        ),
        ("Працював у Кедрівському управлінні ЖКГ.", "Кедрівському управлінні ЖКГ"),
        ("Працював на Сосницькому розрізі екскаваторником.", "Сосницькому розрізі"),
        ("Дружина — у Вербівській сільській бібліотеці.", "Вербівській сільській бібліотеці"),
        ("Кухарем у ресторані «Стара Вежа».", "ресторані «Стара Вежа»"),
        ("Продавчинею в магазині «Калинка» біля дому.", "магазині «Калинка»"),
        ("Похований на цвинтарі у Вербівці.", "цвинтарі у Вербівці"),
        (
            "Освіта: Кедрівський фаховий коледж харчових технологій і торгівлі.",
            "Кедрівський фаховий коледж харчових технологій і торгівлі",
        ),
        ("Працював у Кедрівському лісництві.", "Кедрівському лісництві"),
        ("Працював у Кедрівській МВА.", "Кедрівській МВА"),
        ("Працював слюсарем у Кедрівському водоканалі.", "Кедрівському водоканалі"),
        ("Працював у ТзОВ «Кедр» водієм.", "ТзОВ «Кедр»"),
        ("Закінчив Кедрівський ліцей-інтернат у 2012 році.", "Кедрівський ліцей-інтернат"),
        ("Його завербував працівник військкомату Губкіна.", "військкомату Губкіна"),
        ("Навчався в КЗ «Кедрівський ліцей № 2».", "КЗ «Кедрівський ліцей № 2»"),
        ("Працював у Сосницькому краєзнавчому музеї.", "Сосницькому краєзнавчому музеї"),
    ],
)
def test_uk_local_branches(uk: OrganizationRecognizer, text: str, span: str) -> None:
    assert span in _spans(uk, text), _spans(uk, text)


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        # a town's centre, not an institution
        ("ru", "Жил в центре г. Кедрогорска.", "центре"),
        ("ru", "Оказался в центре внимания.", "центре"),
        # a national body alone stays public
        ("ru", "МВД России сообщило о задержании.", "МВД"),
        ("ru", "Окончил Академию МВД России в Москве.", "МВД"),
        ("ru", "Следственный комитет возбудил дело.", "комитет"),
        # a regional directorate signs press releases: public like the regional administration
        ("ru", "Как сообщает УМВД России по Кедровской области, задержан мужчина.", "УМВД"),
        ("ru", "Управление Росгвардии по Кедровской области сообщило о проверке.", "Управление"),
        ("uk", "Як повідомили у ГУНП в Кедрівській області, затримано чоловіка.", "ГУНП"),
        # a bare noun with a big city: the institution is not named
        ("ru", "Работал на заводе в Москве.", "заводе"),
        ("uk", "Він працював у школі в Києві.", "школі"),
        # a cemetery at the start of a new sentence is not anchored by it
        ("uk", "Його поховали на цвинтарі. У Вербівці плачуть.", "цвинтарі"),
        # a bare bureau or office without a place or number
        ("ru", "Он пришёл в бюро и ушёл.", "бюро"),
        ("uk", "Управління повідомило про втрати.", "Управління"),
        # a person's surname in the genitive after an enlistment office is not its town
        ("uk", "Наказ начальника військкомату Петренка Івана оскаржили в суді.", "Петренка"),
        # a town in the locative before a plural institution noun: the town and the hospitals, no named institution
        ("uk", "Кажуть, у Луцьку лікарні вже не працюють.", "лікарні"),
        ("uk", "А в Слов'янську школи закриті.", "школи"),
    ],
)
def test_local_branch_traps(lang: str, text: str, word: str) -> None:
    rec = OrganizationRecognizer(lang)
    assert_not_found(text, rec.analyze(text, ["ORGANIZATION"]), word)


def test_two_institutions_joined_by_a_conjunction_stay_two(uk: OrganizationRecognizer) -> None:
    # a lowercase field joins the tail ("коледж харчових технологій і торгівлі"); a capitalised institution does not
    found = _spans(uk, "Закінчив школу № 4 і Кедрівський технікум.")
    assert found == ["школу № 4", "Кедрівський технікум"], found


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The funeral was at the Church of St. Sergius the Miracle-Worker in Kedrovsk.", None),
        ("She worked at the Sosnovka village library for years.", "Sosnovka village library"),
        ("He stacked shelves at Kedr supermarket No. 14.", "Kedr supermarket No. 14"),
        ("He sang in the choir of the Holy Trinity church on vul. Sadova.", "Holy Trinity church on vul. Sadova"),
        ("An operator at the Kedrneft refinery in Sosnovsk, he was mobilised.", "Kedrneft refinery in Sosnovsk"),
        ("He is buried in the old cemetery near the Kedr mosque.", "old cemetery near the Kedr mosque"),
        ("He drove a loader at a sand quarry in Verbivka.", "sand quarry in Verbivka"),
        ('A miner at the Kedrvuhillia mine "Sosnivska" before the war.', 'Kedrvuhillia mine "Sosnivska"'),
        ("He graduated from Kedrovsk Polytechnic in 2012.", "Kedrovsk Polytechnic"),
        ("He worked as a fitter at Kedrovsk Vodokanal.", "Kedrovsk Vodokanal"),
        ('He worked as a driver for LLC "Kedr-Agro" until 2022.', 'LLC "Kedr-Agro"'),
        ("He was an engineer at JSC Kedrneft in Sosnovsk.", "JSC Kedrneft in Sosnovsk"),
        ("He worked at Kedr-Agro LLC as a mechanic.", "Kedr-Agro LLC"),
        (
            "He served in the Interior Ministry department for the Kedrovsky district until 2020.",
            "department for the Kedrovsky district",
        ),
        ("Workers of the “Kedr Turbines” plant in the Kedrovsk region were handed summonses.", None),
        ('She taught at "Sonechko" kindergarten No. 5 until 2020.', '"Sonechko" kindergarten No. 5'),
        ("He was buried at the cemetery on the Kedrovsk highway.", "cemetery on the Kedrovsk highway"),
        ("He graduated from the Kedrovsk Higher Naval School in 2015.", "Kedrovsk Higher Naval School"),
        (
            "He was drafted by the Kedrovsk military registration and enlistment office.",
            "Kedrovsk military registration and enlistment office",
        ),
        ("She was a nurse at the Verbivka Museum of Local Lore.", None),
        # a port or yard as an employer, a farm cooperative by its legal form, the registration office of a town
        ("For twenty years he was a crane operator at the Kedrovsk seaport.", "Kedrovsk seaport"),
        ("After school he loaded logs at the Sosnovsky timber yard.", "Sosnovsky timber yard"),
        ("Until the draft he drove a harvester for SPK «Kedrovy Klyuch».", "SPK «Kedrovy Klyuch»"),
        ('She kept the books of KFKh "Sosnovka" near the river.', 'KFKh "Sosnovka"'),
        ("The Kedrovsk military registration office sent him a summons.", "Kedrovsk military registration office"),
        # a workplace said in a call or listed in a doxxing post: a town's power station, traffic police, Rosgvardia
        # office, a bank's branch
        ("Before the war he was a fitter at Sosnovsk NPP, then a guard.", "Sosnovsk NPP"),
        ("Sign the car over at the Kedrovsk traffic police, not with the dealers.", "Kedrovsk traffic police"),
        ("then he served in the Verbivka district Rosgvardia division", "Verbivka district Rosgvardia division"),
        ("Put the cash in an account at the Kedrovsk branch of Sberbank.", "Kedrovsk branch of Sberbank"),
        ("She still works at the Sosnovsk Sberbank branch on the square.", "Sosnovsk Sberbank branch"),
        (
            "The papers from the Kedrovsk regional hospital for war veterans came.",
            "Kedrovsk regional hospital for war veterans",
        ),
        ("He lies in the Sosnovsk Hospital of War Veterans No. 3 now.", "Sosnovsk Hospital of War Veterans No. 3"),
        # a school's number as a call says it
        ("And Vitya from the fourth school, his wife got the paper.", "fourth school"),
        ("She teaches at school number eleven, near the market.", "school number eleven"),
        ("I finished the 57th school, then the college.", "57th school"),
        ("The twenty-second lyceum held a farewell for him.", "twenty-second lyceum"),
    ],
)
def test_en_local_institutions(en: EnglishOrganizationRecognizer, text: str, span: str | None) -> None:
    found = _spans(en, text)
    if span is None:
        want = (
            "Church of St. Sergius the Miracle-Worker in Kedrovsk"
            if "Sergius" in text
            else "“Kedr Turbines” plant in the Kedrovsk region"
            if "Turbines" in text
            else "Verbivka Museum"
        )
        assert any(want in s for s in found), found
    else:
        assert span in found, found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The school in Kyiv was hit by a missile.", "school"),
        ("Fighting continued near the plant in Avdiivka.", "plant"),
        ("He went to the shop on Monday.", "shop"),
        ('He said "Hello" to the school and left.', "school"),
        ("The hospital in the Kedrovsky district was shelled.", "hospital"),
        ("The LLC was closed and PE teachers left.", "LLC"),
        ("The cemetery was full. In Kedrovsk people wept.", "cemetery"),
        # the military morgue or an enlistment office of a city is where bodies and draftees pass, not a home
        ("His body was taken to the morgue in Rostov.", "morgue"),
        ("He was handed a summons at the enlistment office in Rostov.", "enlistment"),
        # a port of a city is war geography; a registration office without its town is any office
        ("Drones struck the Odesa port and a grain terminal overnight.", "port"),
        ("He went to the military registration office the next day.", "registration"),
        ("An AO is a joint-stock company; the SPK is a cooperative.", "AO"),
        # the plants the war news name by their town, and the noun with no town
        ("Shelling cut power to the Zaporizhzhia NPP again.", "NPP"),
        ("A drone fell near Kursk NPP overnight.", "NPP"),
        ("The traffic police stopped him twice on the highway.", "traffic"),
        ("He took a loan at the bank branch near the station.", "branch"),
        # an ordinal that counts schools, or the first of a kind
        ("It's his fourth school since the move.", "school"),
        ("The third school this year closed for lack of teachers.", "school"),
        ("The first school to reopen was in the centre.", "school"),
        # "holding" as a verb in a headline is no holding company
        ("Zelensky says Pokrovsk defenders holding as Russia masses troops", "holding"),
    ],
)
def test_en_anchor_traps(en: EnglishOrganizationRecognizer, text: str, word: str) -> None:
    assert_not_found(text, en.analyze(text, ["ORGANIZATION"]), word)


def _kind(label: str, language: str) -> tuple[str, ...]:
    """A label's words as dictionary forms: the kind it names, whatever case the sentence put it in (issue 14)."""
    import regex

    from redact.recognizers.nlp import morph

    if not regex.search(r"\p{Cyrillic}", label):
        return tuple(label.split())
    lang = "uk" if language == "uk" else "ru"
    return tuple(morph.lemma(w, lang) for w in regex.findall(r"\p{L}+", label))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("ОМВД России по Кедровскому району", "ru", "[отдел полиции]"),
        ("бюро судебно-медицинской экспертизы г. Кедрогорска", "ru", "[морг]"),
        ("пункте отбора г. Кедрогорска", "ru", "[военкомат]"),
        ("Кедрівській установі виконання покарань № 41", "uk", "[колонія]"),
        ("Вербівській сільській бібліотеці", "uk", "[бібліотека]"),
        ("ресторані «Стара Вежа»", "uk", "[заклад харчування]"),
        ("Кедрівському управлінні ЖКГ", "uk", "[установа]"),
        ("Кедровском ГОКе", "ru", "[предприятие]"),
        ("ГАПОУ СО «Кедровский политехникум»", "ru", "[колледж]"),
        ("Sosnovka village library", "en", "a library"),
        ("Kedr supermarket No. 14", "en", "a shop"),
        ("Kedrneft refinery in Sosnovsk", "en", "a company"),
        ("Chegem district police department", "en", "a local police department"),
        ("Kedrovsk seaport", "en", "a company"),
        ("SPK «Kedrovy Klyuch»", "en", "a company"),
        ("Kedrovsk military registration office", "en", "an enlistment office"),
    ],
)
def test_new_kinds_generalise_in_the_texts_language(text: str, language: str, expected: str) -> None:
    got = generalize("ORGANIZATION", text, language)
    assert got.startswith("[") == expected.startswith("[") and _kind(got, language) == _kind(expected, language), got


@pytest.mark.parametrize(
    ("lang", "text", "span"),
    [
        ("ru", "Похоронен на Аллее Героев Кедровского кладбища.", "Аллее Героев Кедровского кладбища"),
        ("uk", "Поховали на Алеї Слави Вербівського міського кладовища.", "Алеї Слави Вербівського міського кладовища"),
    ],
)
def test_a_named_alley_of_a_cemetery_joins_it(lang: str, text: str, span: str) -> None:
    assert span in _spans(OrganizationRecognizer(lang), text)


@pytest.mark.parametrize(
    ("lang", "text", "word", "expected"),
    [
        # a court or prosecutor's office named by its seat is a public body: its adjective is never a person
        ("ru", "Приговором Кедровского гарнизонного военного суда он осуждён.", "Кедровского", "drop"),
        ("ru", "Осуждён Сосновским районным судом к пяти годам.", "Сосновским", "drop"),
        ("uk", "Вербівський міськрайонний суд засудив його.", "Вербівський", "drop"),
        ("uk", "Як повідомили у Кедрівській обласній прокуратурі, справу передано.", "Кедрівській", "drop"),
        # a person who goes to court stays a person
        ("ru", "Петров подал в суд на соседа.", "Петров", None),
        ("uk", "Коваленко звернувся до суду.", "Коваленко", None),
    ],
)
def test_a_courts_seat_is_not_a_person(lang: str, text: str, word: str, expected: str | None) -> None:
    from redact.discipline import person_verdict

    start = text.index(word)
    assert person_verdict(text, start, start + len(word), lang) == expected


@pytest.fixture(scope="module")
def default_policy() -> Any:
    from redact.anonymize import RunContext
    from redact.keys import Key
    from redact.pipeline import Redactor
    from redact.policy import load_policy

    return Redactor(load_policy("withhold-identities").policy), RunContext(
        Key(b"test-key-not-secret-0123456789", "test")
    )


@pytest.mark.parametrize(
    ("text", "institution", "kind"),
    [
        # a place adjective inside an institution is the institution's, never a person's pseudonym
        ("Його дружина працює у Вербівській сільській бібліотеці.", "Вербівській сільській бібліотеці", "[бібліотека]"),
        ("Отец тридцать лет проработал в Сосновской горадминистрации.", "Сосновской горадминистрации", "[местная"),
        ("Поховали на Алеї Слави Вербівського міського кладовища.", "Алеї Слави", "[кладовище]"),
        ("Брат служит в ОМВД России по Кедровскому району.", "ОМВД", "[отдел полиции]"),
    ],
)
def test_the_default_policy_writes_the_institutions_kind(
    default_policy: Any, text: str, institution: str, kind: str
) -> None:
    from redact.documents import Document, Segment

    redactor, ctx = default_policy
    doc = Document(path="x.txt", format="txt", text=text, segments=(Segment(0, len(text), "line 1"),))
    out = redactor.redact(doc, ctx).output.decode("utf-8")
    import regex

    lang = "uk" if regex.search(r"[іїєґ]", text) else "ru"
    labels = regex.findall(r"\[[^\]]+\]", out)
    want = _kind(kind, lang)  # a whole label or its first words ("[местная")
    assert institution not in out and any(_kind(x, lang)[: len(want)] == want for x in labels), out


def test_the_default_policy_keeps_a_court_named_by_its_seat(default_policy: Any) -> None:
    from redact.documents import Document, Segment

    redactor, ctx = default_policy
    text = "Приговором Кедровского гарнизонного военного суда рядовой осуждён на пять лет."
    doc = Document(path="x.txt", format="txt", text=text, segments=(Segment(0, len(text), "line 1"),))
    assert "Кедровского гарнизонного военного суда" in redactor.redact(doc, ctx).output.decode("utf-8")


def test_an_alley_of_the_town_cemetery_is_the_mans_grave(
    uk: OrganizationRecognizer, ru: OrganizationRecognizer
) -> None:
    # (was "names nothing" until the fourteenth release: the sets written blind since, c, l and p, withhold the heroes'
    # plot of the town cemetery a notice about one man names, and only the first set kept it)
    text = "Поховали воїна на Алеї Героїв міського кладовища."
    assert _spans(uk, text) == ["Алеї Героїв міського кладовища"]
    text = "Похоронен на Аллее Славы городского кладбища."
    assert _spans(ru, text) == ["Аллее Славы городского кладбища"]


def test_an_alley_or_a_town_cemetery_alone_names_nothing(uk: OrganizationRecognizer) -> None:
    for text in ("Поховали воїна на Алеї Героїв у рідному селі.", "Поховали воїна на міському кладовищі."):
        assert _spans(uk, text) == []
