"""A register figure's surname standing alone: the passage decides (issue 14, redact/public_acts.py).

The register marks surnames private people share ``surname_alone: false`` (Gerasimov, Lavrov, Kovalenko). Such a
surname alone is kept when it governs a public act, is the source of a report or stands in a clause about the
screen; any register surname alone is withheld after a rank below colonel, with kin in apposition, as an address,
or where the passage ties it to a private person. Sentences are invented; private people in them are invented.
"""

from __future__ import annotations

import pytest

from tests.assertions import touched


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        # a public act the surname governs, a few words on
        ("Вечером Лавров в интервью телеканалу заявил, что диалог возможен.", "Лавров", "ru"),
        ("На брифінгу Коваленко заявив, що ворог поширює нові фейки про мобілізацію.", "Коваленко", "uk"),
        ("At a meeting in Moscow, Gerasimov claimed the front had been stabilised.", "Gerasimov", "en"),
        ("Afterwards Lavrov told reporters in Ankara that no deal was close.", "Lavrov", "en"),
        ("Окремо Коваленко наголосив, що російські канали поширюють підроблені відео.", "Коваленко", "uk"),
        # the source of a report
        ("Наступ, за словами Герасимова, йде за планом, хоча карти кажуть інше.", "Герасимова", "uk"),
        ("По словам Лаврова, Москва готова к переговорам без условий.", "Лаврова", "ru"),
        ("The offensive, according to Gerasimov, is ahead of schedule.", "Gerasimov", "en"),
        # a clause about the screen
        ("— А вчера по телику Соловьёв опять Одессу брал, ты смотрел?", "Соловьёв", "ru"),
        ("— Мам, не дивись ти той ефір, там Соловйов тільки кричить.", "Соловйов", "uk"),
        # a noun of a public act the surname belongs to
        ("Вчерашнее заявление Лаврова в Женеве обсуждали весь день.", "Лаврова", "ru"),
        ("Gerasimov's remarks were replayed on state television all evening.", "Gerasimov", "en"),
        # listed with another register figure
        ("— Та Путін і Герасимов знову всіх обдурили.", "Герасимов", "uk"),
        # a plain "said" beside another public figure of the register
        ("— Gerasimov says they are winning, and Peskov says the same thing every week.", "Gerasimov", "en"),
        # a visit of the command or an inspection: a verb of coming with a word of the command's visit, or a verb
        # of inspecting alone
        ("— Кажуть, Герасимов особисто приїжджав, нарада була до ночі.\n— І що?", "Герасимов", "uk"),
        ("— К нам в бригаду приезжал Герасимов со свитой, траву красили.\n— Ну.", "Герасимов", "ru"),
        ("SOLDIER: Gerasimov came to the HQ yesterday, everyone ran around.\nWIFE: And?", "Gerasimov", "en"),
        ("Накануне Лавров посетил командный пункт группировки.", "Лавров", "ru"),
        ("Вчора Герасимов проінспектував війська на запорізькому напрямку.", "Герасимов", "uk"),
        # the soldiers' taunt: let the figure come here himself
        ("— Вот пусть Лавров сюда приедет и посидит денёк в окопе.\n— Тихо ты.", "Лавров", "ru"),
        ("(1): Gerasimov should come here and walk this road. Just once.\n(2): Sure.", "Gerasimov", "en"),
        # the addressee of an appeal or a letter
        ("Девочки, кто не писал, пишите все Лаврову обращение, образец в закрепе.", "Лаврову", "ru"),
        ("«Жалобы губернатору Гладкову ничего не дадут», — говорит она.", "Гладкову", "ru"),
        ('"They told me to write to Gerasimov," she says.', "Gerasimov", "en"),
        ("Жінки вирішили звернутися до Коваленка ще раз.", "Коваленка", "uk"),
        # a general's rank or a national office before it
        ("У розмові солдат кілька разів згадує «генерала Герасимова», який гонить їх на убій.", "Герасимова", "uk"),
    ],
)
def test_register_surname_in_a_public_act_is_kept(text: str, word: str, language: str, redactor) -> None:  # noqa: ANN001
    assert not touched(text, word, language, redactor)


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        # a rank below colonel
        ("Рядовой Лавров заявил командиру, что дальше не пойдёт.", "Лавров", "ru"),
        ("Молодший сержант Коваленко повідомив, що група вийшла.", "Коваленко", "uk"),
        ("Corporal Gerasimov announced he would not sign again.", "Gerasimov", "en"),
        # kin in apposition, before or after the surname (a surname the register keeps alone, too)
        ("At the wedding his cousin Shoigu announced the couple's plans.", "Shoigu", "en"),
        ("Мой двоюродный брат Лавров заявил, что больше не поедет.", "Лавров", "ru"),
        ("Коваленко, мій дядько, заявив, що його не відпустять.", "Коваленко", "uk"),
        # an address
        ("— Товарищ Лавров, вы обещали отпуск ещё в мае!", "Лавров", "ru"),
        ("— Gerasimov, you there? Gerasimov announced nothing to us.", "Gerasimov", "en"),
        # a first name or initial in the passage that is not the figure's
        ("Вчера Андрей Лавров вернулся из госпиталя. Лавров заявил, что больше не поедет.", "Лавров заявил", "ru"),
        (
            "Сергій Коваленко, 1990 р.н., зник безвісти. Коваленко повідомив рідним про полон.",
            "Коваленко повідомив",
            "uk",
        ),
        (
            "Nadia Gerasimov wrote to us in March. Gerasimov announced the appeal on Telegram.",
            "Gerasimov announced",
            "en",
        ),
        ("П. Шойгу, 1987 г.р., пропал под Кременной. Шойгу обещал позвонить.", "Шойгу обещал", "ru"),
        # no public act: a plain verb of a private comrade, a visit, an order
        ("— Приказ Лаврова простой: в шесть выходим на штурм.", "Лаврова", "ru"),
        ("— Лавров сказал, что завтра выезжаем на точку.", "Лавров", "ru"),
        ("Gerasimov said we move out at dawn, bring the water.", "Gerasimov", "en"),
        # a comrade who comes: no word of the command's visit, or a rank below colonel
        ("— Лавров приехал, привёз воду и сигареты.\n— Хорошо.", "Лавров", "ru"),
        ("— Лавров вчера на позицию приехал, говорит, там тихо.\n— Понял.", "Лавров", "ru"),
        ("Рядовой Лавров приехал в штаб за документами.", "Лавров", "ru"),
        ("Sergeant Gerasimov came to the HQ for his papers.", "Gerasimov", "en"),
        ("— Пусть Лавров завтра приедет, привезёт воду.\n— Ладно.", "Лавров", "ru"),
        # an appeal to a private man: a rank below colonel
        ("Рядовому Лаврову пишите в личку, он на связи.", "Лаврову", "ru"),
    ],
)
def test_private_surname_is_withheld(text: str, word: str, language: str, redactor) -> None:  # noqa: ANN001
    from redact.pipeline import analyze_text

    # the mention tested is the one ``word`` starts with (the later one where the passage names two)
    i = text.index(word)
    found = analyze_text(text, language, redactor.engines, redactor.policy)
    assert any(f.start <= i < f.end for f in found), f"the surname at {i} was kept"


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        # a register surname that is also an oblique form of a place ("Песков" of the village Пески)
        ("Днём Песков снова отказался комментировать обмен пленными.", "Песков", "ru"),
        # a woman's surname in an oblique Russian case (the dictionary gives the man's lemma)
        ("Письмо передали Захаровой ещё в понедельник.", "Захаровой", "ru"),
        ("Родные пленных обратились к Москальковой с открытым письмом.", "Москальковой", "ru"),
        # a typographic apostrophe: the dictionaries' forms still meet ("Куп’янська" is Kupiansk's genitive)
        ("Колону помітили на південь від Куп’янська вранці.", "Куп’янська", "uk"),
        ("Бої тривають біля Слов’янська й Краматорська.", "Слов’янська", "uk"),
    ],
)
def test_register_forms_are_kept(text: str, word: str, language: str, redactor) -> None:  # noqa: ANN001
    assert not touched(text, word, language, redactor)


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        # a wartime administration named in English after its place (any public place, or a district's "military")
        (
            "Ukrinform cited the Zaporizhzhia Regional Military Administration as saying two people died.",
            "Zaporizhzhia",
            "en",
        ),
        ("Two houses burned overnight, the Kupiansk District Military Administration reported.", "Kupiansk", "en"),
        ("Officials of the Odesa city military administration said the port was hit.", "Odesa", "en"),
        # a grouping of forces named before its noun, alone or in a list
        ("Western analysts say the Zapad and Yug groupings lost most of their armour.", "Yug", "en"),
        # a region's adjective before its governor
        ("Днём Воронежский губернатор сообщил о сбитых беспилотниках.", "Воронежский", "ru"),
        # a woman's office and a regional head's office introduce an official
        ("Очільниця Полтавської ОВА Ірина Мельничук повідомила про відключення світла.", "Мельничук", "uk"),
        ("Алдар Сугдеров, глава республики, выразил соболезнования семьям.", "Сугдеров", "ru"),
        # national banks a card transfer names
        ("— Перекинь мені на Приватбанк до вечора, бо карта заблокована.", "Приватбанк", "uk"),
        ("— Скинь на Альфа-Банк, я потом верну.", "Альфа-Банк", "ru"),
        # the European Union in full in its case forms
        ("Європейський Союз ухвалив новий пакет санкцій проти рф.", "Європейський", "uk"),
    ],
)
def test_public_bodies_by_form_are_kept(text: str, word: str, language: str, redactor) -> None:  # noqa: ANN001
    assert not touched(text, word, language, redactor)


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        # a village's administration is local: whoever works there may be found by it
        ("She worked at the Hlynske village military administration until March.", "Hlynske", "en"),
        # a city's peacetime administration may be the home town's
        ("Born in Tula, he was buried on Monday, the Tula city administration said.", "Tula city", "en"),
        # a district head is no public office by this grammar
        ("Глава района Пётр Скворцов приехал на похороны.", "Скворцов", "ru"),
    ],
)
def test_local_bodies_and_offices_are_withheld(text: str, word: str, language: str, redactor) -> None:  # noqa: ANN001
    assert touched(text, word, language, redactor)


@pytest.mark.parametrize(
    ("text", "body", "name", "language"),
    [
        ("Погиб военнослужащий Росгвардии Сергей Иванович Петухов, сообщили родные.", "Росгвардии", "Петухов", "ru"),
        ("Полонений боєць ЗСУ Іван Петренко розповів про катування.", "ЗСУ", "Петренко", "uk"),
        ("Корреспондент Медузы Анна Лисицына поговорила с матерью солдата.", "Медузы", "Лисицына", "ru"),
    ],
)
def test_public_body_run_into_a_name_stays(text: str, body: str, name: str, language: str, redactor) -> None:  # noqa: ANN001
    assert not touched(text, body, language, redactor)
    assert touched(text, name, language, redactor)


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        ("Суд заарештував 52-річну мешканку Ізмаїла, яка знімала колони техніки.", "Ізмаїла", "uk"),
        ("Задержанным оказался 40-летний уроженец Рыльска, работавший водителем.", "Рыльска", "ru"),
    ],
)
def test_home_town_after_a_resident_noun_is_withheld_as_a_place(text: str, word: str, language: str, redactor) -> None:  # noqa: ANN001
    from redact.pipeline import analyze_text

    i = text.index(word)
    found = analyze_text(text, language, redactor.engines, redactor.policy)
    assert {f.entity_type for f in found if f.start <= i < f.end} == {"LOCATION"}
