"""Local institutions in Russian and Ukrainian, forms of the thirteenth release (obituaries, verdicts, chats).

- an office serving two towns named undeclined after a plural marker ("военным комиссариатом городов Кедровск и
  Сосновск") and a municipality by its kind and own name ("Администрация городского округа Кедровск");
- a church's dedication opened by a shortened saint's title, then its village ("храмі Св. Покрови с. Кедрівка");
- the settlement in brackets after an institution ("ИК-11 (с. Кедрівське)");
- a village's outpatient clinic by its village ("амбулаторію в Кедрівці"), a railway depot by its station
  ("локомотивному депо Фастів");
- a street after "на" named after a man whose surname does not decline ("поликлинику на Шевченко"), or by its
  adjective in the Ukrainian feminine locative ("кладовища на Кедровій"), with the cemetery's alley before it;
- a plant by its town's and its industry's adjectives, the noun understood ("на Кедровском металлургическом"), and
  a hospital by its number and its town's word after a hospital was named ("в больнице, в третьей городской");
- a Ukrainian house of culture abbreviated, by its village ("БК станиці Кедрової"; "БК" alone is ammunition).

Traps: the same words without what makes them one institution, a front after "на", a hospital in a town or by a big
city's name alone ("в морге Ростова"), a court, a date after an office, a weekday after a school.
Every village, town, street and plant is invented; Fastiv is a real town named as a railway station.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


@pytest.mark.parametrize(
    ("language", "text", "span"),
    [
        # two towns an enlistment office serves, undeclined after "городов"
        (
            "ru",
            "Призван военным комиссариатом городов Кедровск и Сосновск в октябре 2022 года.",
            "военным комиссариатом городов Кедровск и Сосновск",
        ),
        ("uk", "Мобілізований військкоматом міст Кедрів та Сосниця навесні.", "військкоматом міст Кедрів та Сосниця"),
        # a municipality by its kind and its own name in the nominative
        (
            "ru",
            "Администрация городского округа Кедровск с прискорбием сообщает о гибели земляка.",
            "Администрация городского округа Кедровск",
        ),
        (
            "ru",
            "Об этом сообщили в администрации сельского поселения Кедровка.",
            "администрации сельского поселения Кедровка",
        ),
        # a saint's title shortened, then the village
        ("uk", "Відспівали воїна у храмі Св. Покрови с. Кедрівка в суботу.", "храмі Св. Покрови с. Кедрівка"),
        ("ru", "Отпевание прошло в церкви св. Николая с. Кедровка.", "церкви св. Николая с. Кедровка"),
        # the settlement in brackets after the institution
        ("uk", "Він відбував покарання в ИК-11 (с. Кедрівське) до обміну.", "ИК-11 (с. Кедрівське)"),
        ("ru", "Учился в школе № 2 (г. Кедровск), потом в техникуме.", "школе № 2 (г. Кедровск)"),
        # a village's outpatient clinic by its village
        ("uk", "Матір повезли в амбулаторію в Кедрівці, там їй допомогли.", "амбулаторію в Кедрівці"),
        ("ru", "Фельдшер амбулатории в Кедровке подтвердила его слова.", "амбулатории в Кедровке"),
        # a railway depot by its station, undeclined
        ("uk", "Батько сорок років працював у локомотивному депо Фастів.", "локомотивному депо Фастів"),
        # a street named after a man whose surname does not decline
        ("ru", "Мама ходила в поликлинику на Шевченко за справкой.", "поликлинику на Шевченко"),
        ("ru", "Сдал кровь в поликлинике на Короленко утром.", "поликлинике на Короленко"),
        # a cemetery's alley and the street by its adjective
        ("uk", "Поховали на Алеї Героїв кладовища на Кедровій у четвер.", "Алеї Героїв кладовища на Кедровій"),
        # a plant by its town's and industry's adjectives, the noun understood
        (
            "ru",
            "Отец всю жизнь проработал на Кедровском металлургическом, потом вышел на пенсию.",
            "Кедровском металлургическом",
        ),
        ("ru", "Мать работала на Сосновском стекольном до закрытия.", "Сосновском стекольном"),
        ("uk", "Батько працював на Кедрівському цукровому, мати в школі.", "Кедрівському цукровому"),
        # a hospital by its number and its town's word, the noun said a moment before
        ("ru", "Мама в больнице, в третьей городской, с сердцем.", "третьей городской"),
        ("uk", "Мати в лікарні, лежить у другій міській.", "другій міській"),
        # a Ukrainian house of culture by its village
        ("uk", "Прощання відбудеться в БК станиці Кедрової о 10:00.", "БК станиці Кедрової"),
        # a small town's hospital by its town, a big city's by its number
        ("ru", "Лежит в больнице Кедровска, в хирургии.", "больнице Кедровска"),
        ("ru", "Лежит в больнице № 3 Ростова с осколками.", "больнице № 3 Ростова"),
    ],
)
def test_local_institution_forms(
    org_spans: Callable[[str, str], list[str]], language: str, text: str, span: str
) -> None:
    found = org_spans(language, text)
    assert span in found, found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # the plural marker without two names, the kind of municipality without its name
        ("ru", "Военные комиссариаты городов и районов области объявили набор."),
        ("ru", "Администрация городского округа сообщила о ремонте дорог."),
        # a front after "на", a court by its seat, a region's adjective with its own noun
        ("uk", "Бої тривають на Донецькому напрямку, на Прилуцькій трасі затори."),
        ("ru", "На Курском направлении без перемен, на Донецком тяжело."),
        ("ru", "В Московском областном суде дело рассмотрели в срок."),
        # a hospital in a town: the town is news
        ("ru", "Раненых доставили в больницу в Белгороде."),
        # a depot with no station after it
        ("ru", "Его отправили в депо. Москва встретила дождём."),
        # the plant's adjectives with their noun said: the grammar of the head, not this form
        ("ru", "Говорили о Кедровском металлургическом кризисе в газетах."),
        # a district's number without a hospital named, a masculine ordinal
        ("ru", "Он лежал в госпитале, а жил в третьем городском районе."),
        ("ru", "Он учился в третьей городской, потом служил."),
        # a big city's morgue or hospital by the city alone: it has many
        ("ru", "Тело лежит в морге Ростова, опознание завтра."),
        ("uk", "Пораненого повезли до лікарні Харкова."),
        # "БК" is the ammunition load as often as a house of culture
        ("uk", "БК закінчився, БК-2 підвезли до обіду."),
        ("ru", "Подвезите БК роты, БК нет совсем."),
    ],
)
def test_not_one_institution(org_spans: Callable[[str, str], list[str]], language: str, text: str) -> None:
    assert org_spans(language, text) == []


@pytest.mark.parametrize(
    ("language", "text", "span"),
    [
        # a date after a named office is no number of it
        ("uk", "Мобілізований Кедрівським РТЦК 12.03.2023, служив у піхоті.", "Кедрівським РТЦК"),
        ("ru", "Призван Кедровским военкоматом 29.09.2022 по мобилизации.", "Кедровским военкоматом"),
        # the service a man was called up for is no container of the office ("по" ends a field)
        (
            "ru",
            "Призванный на военную службу по мобилизации военным комиссариатом г. Кедровск, не явился.",
            "военным комиссариатом г. Кедровск",
        ),
    ],
)
def test_what_is_said_around_an_office_stays_out(
    org_spans: Callable[[str, str], list[str]], language: str, text: str, span: str
) -> None:
    found = org_spans(language, text)
    assert span in found and not any(len(s) > len(span) and span in s for s in found), found


@pytest.mark.parametrize(
    ("language", "text", "word"),
    [
        # a noun of an ordinal's stem after a school is named: a weekday, a count, not the school's number
        ("uk", "Попрощалися з випускником гімназії № 3. У п'ятницю його провели в останню путь.", "п'ятницю"),
        ("ru", "Он учился в школе, а ущерб оценивают в десятки тысяч.", "десятки"),
    ],
)
def test_a_noun_of_an_ordinals_stem_is_no_school(
    org_spans: Callable[[str, str], list[str]], language: str, text: str, word: str
) -> None:
    assert not any(word in s for s in org_spans(language, text))


def test_the_default_policy_withholds_the_towns_of_an_office(redactor: Any) -> None:
    from redact.anonymize import RunContext
    from redact.documents import Document, Segment
    from redact.keys import Key

    text = "Призван военным комиссариатом городов Кедровск и Сосновск, служил в Запорожской области."
    doc = Document(path="x.txt", format="txt", text=text, segments=(Segment(0, len(text), "line 1"),))
    ctx = RunContext(Key(b"test-key-not-secret-0123456789", "test"))
    out = redactor.redact(doc, ctx).output.decode("utf-8")
    assert "Кедровск" not in out and "Сосновск" not in out, out
    assert "Запорожской области" in out, out
