"""The whole extent of a local institution's name, in shapes met on real obituaries and school pages.

- a qualifier in brackets among the name's adjectives or before its number ("вечерняя (сменная) общеобразовательная
  школа", "закладі дошкільної освіти (ясла-садок) № 5");
- two or three named institutions sharing one plural noun ("на Кедровском и Сосновском элеваторах");
- a school's profile with its number after it ("СОШ с углублённым изучением отдельных предметов № 5") and a
  strengthened training ("ліцей з посиленою військово-фізичною підготовкою");
- a numbered military hospital or centre, its number written without an ending, its field listed with commas ("1062
  окружном военном клиническом госпитале", "1602 ВКГ", "522-й центр приема, обработки и отправки погибших");
- a compound head typeset with a dash ("интерната–лицея «Кедр»") and a teaching complex with its kind written out
  ("навчально-виховному комплексі");
- a municipality's administration by its form and quoted name ("администрацию МО «Кедровский улус»");
- a colony-settlement with its penal service and region ("КП-5 УФСИН по Кедровской области"), a settlement
  abbreviated "п." / "пос." ("кладбище п. Кедровый");
- the street a named place stands on, written with its adjective first ("СТО «Кедр» на Соснівському бульварі", "кафе
  «Лагуна» на Садовой улице"), or the numbered quarter of a town ("супермаркету «Кедр» на 95 кварталі");
- a chain of containers with their fields before a council or administration ("управлінні соціального захисту
  населення Кедрівської РДА", "відділі освіти управління гуманітарної політики Кедрівської міської ради");
- two eponyms sharing a school's name ("им. П.Н. и Н.Е. Кедровых", "імені Петра та Павла Соснових");
- traps: a bracket that is no qualifier, a count of hospitals, a town's centre, fronts and armies in the plural, a
  profile without a named school.

Every town, school and company is invented.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest


@pytest.mark.parametrize(
    ("language", "text", "span"),
    [
        # a bracketed qualifier among the adjectives, as the official names write an evening school
        (
            "ru",
            "Он учился в Липецкой вечерней (сменной) общеобразовательной школе № 2, потом служил.",
            "Липецкой вечерней (сменной) общеобразовательной школе № 2",
        ),
        ("ru", "Учился в Кедровской вечерней (сменной) школе, потом работал.", "Кедровской вечерней (сменной) школе"),
        (
            "uk",
            "Навчався у Кедрівській вечірній (змінній) школі, а згодом пішов на завод.",
            "Кедрівській вечірній (змінній) школі",
        ),
        # the kind in brackets between the name and its number
        (
            "uk",
            "Мати працювала в Соснівському закладі дошкільної освіти (ясла-садок) № 5 вихователькою.",
            "Соснівському закладі дошкільної освіти (ясла-садок) № 5",
        ),
        # several named institutions, one plural noun
        (
            "ru",
            "Работал на Металлургическом, Ферросплавном заводах и других предприятиях города.",
            "Металлургическом, Ферросплавном заводах",
        ),
        ("ru", "Трудился на Кедровском и Сосновском элеваторах до мобилизации.", "Кедровском и Сосновском элеваторах"),
        ("uk", "Працював на Кедрівському та Соснівському елеваторах.", "Кедрівському та Соснівському елеваторах"),
        ("uk", "Діти навчалися у Липівській і Дубівській гімназіях.", "Липівській і Дубівській гімназіях"),
        # a profile, then the number
        (
            "ru",
            "Учился в Кедровской СОШ с углубленным изучением отдельных предметов № 5, затем в колледже.",
            "Кедровской СОШ с углубленным изучением отдельных предметов № 5",
        ),
        (
            "uk",
            "Закінчив Кедрівську школу з поглибленим вивченням англійської мови № 3.",
            "Кедрівську школу з поглибленим вивченням англійської мови № 3",
        ),
        # a strengthened training
        (
            "uk",
            "Навчався у Кедрівському ліцеї з посиленою військово-фізичною підготовкою у Кедрові.",
            "Кедрівському ліцеї з посиленою військово-фізичною підготовкою",
        ),
        (
            "ru",
            "Окончил Кедровскую кадетскую школу с усиленной физической подготовкой и ушёл в армию.",
            "Кедровскую кадетскую школу с усиленной физической подготовкой",
        ),
        # a numbered military hospital or centre
        ("ru", "Тело привезли в 318-й центр, сказали ждать ДНК.", "318-й центр"),
        (
            "ru",
            "Тело доставили в 318-й центр приема, обработки и отправки погибших, там и опознали.",
            "318-й центр приема, обработки и отправки погибших",
        ),
        (
            "ru",
            "Он две недели лежал в 1187 окружном военном клиническом госпитале.",
            "1187 окружном военном клиническом госпитале",
        ),
        ("ru", "Его перевели в 1741 ВКГ, потом домой.", "1741 ВКГ"),
        # a compound head typeset with a dash, a teaching complex with its kind written out
        ("ru", "Доску открыли на фасаде интерната–лицея «Кедр» в Сосновске.", "интерната–лицея «Кедр» в Сосновске"),
        ("ru", "Он окончил Кедровскую школу–интернат № 2 и ушёл в армию.", "Кедровскую школу–интернат № 2"),
        (
            "uk",
            "Навчався в Липівському навчально-виховному комплексі «Загальноосвітня школа І-ІІІ ступенів – гімназія».",
            "Липівському навчально-виховному комплексі «Загальноосвітня школа І-ІІІ ступенів – гімназія»",
        ),
        (
            "uk",
            "Закінчив Кедрівський навчально-виховний комплекс і вступив до коледжу.",
            "Кедрівський навчально-виховний комплекс",
        ),
        # a municipality's administration by its form and quoted name
        ("ru", "Она пошла в администрацию МО «Кедровский улус», там помогли.", "администрацию МО «Кедровский улус»"),
        ("ru", "Глава администрации СП «Село Кедровка» выразил соболезнования.", "администрации СП «Село Кедровка»"),
        # a colony-settlement with its penal service and region, with or without "России"
        (
            "ru",
            "Наказание он отбудет в КП-5 УФСИН по Кедровской области, решил суд.",
            "КП-5 УФСИН по Кедровской области",
        ),
        (
            "ru",
            "Осуждённого этапировали в КП-12 ГУФСИН России по Пермскому краю.",
            "КП-12 ГУФСИН России по Пермскому краю",
        ),
        # a settlement abbreviated "п." or "пос." after a cemetery or school
        ("ru", "Прощание в 11:30, затем кладбище п. Кедровый.", "кладбище п. Кедровый"),
        ("ru", "Окончил МБОУ СОШ пос. Сосновый Бор, служил по контракту.", "МБОУ СОШ пос. Сосновый Бор"),
        # a named place and the street it stands on, the street's adjective before its type word
        (
            "uk",
            "Загинув 41-річний працівник СТО «Кедр-Авто» на Соснівському бульварі. Він жив поруч.",
            "СТО «Кедр-Авто» на Соснівському бульварі",
        ),
        ("ru", "Поминки пройдут в кафе «Лагуна» на Садовой улице в 14:00.", "кафе «Лагуна» на Садовой улице"),
        ("uk", "Навчався у школі № 5 на Соборній площі, потім у коледжі.", "школі № 5 на Соборній площі"),
        # a numbered quarter or microdistrict of a town
        (
            "uk",
            "Жінка працювала касиркою супермаркету «Кедр» на 95 кварталі, жила неподалік.",
            "супермаркету «Кедр» на 95 кварталі",
        ),
        ("ru", "Он работал в магазине «Кедр» в 5-м микрорайоне грузчиком.", "магазине «Кедр» в 5-м микрорайоне"),
        # a directorate or department with its field before the council or administration it belongs to, and a chain
        (
            "uk",
            "Працювала в управлінні соціального захисту населення Кедрівської РДА до мобілізації чоловіка.",
            "управлінні соціального захисту населення Кедрівської РДА",
        ),
        (
            "uk",
            "Працював у відділі освіти управління гуманітарної політики Кедрівської міської ради.",
            "відділі освіти управління гуманітарної політики Кедрівської міської ради",
        ),
        (
            "ru",
            "Работал в службе заказчика администрации Кедровского района, потом ушёл добровольцем.",
            "службе заказчика администрации Кедровского района",
        ),
        # two eponyms sharing the name: initials joined before the surname, or two full names
        (
            "ru",
            "Он окончил Кедровскую СОШ им. П.Н. и Н.Е. Сосновых, служил в армии.",
            "Кедровскую СОШ им. П.Н. и Н.Е. Сосновых",
        ),
        (
            "ru",
            "Учился в СОШ № 2 им. А. В. Кедрова и Б. С. Соснова, потом в техникуме.",
            "СОШ № 2 им. А. В. Кедрова и Б. С. Соснова",
        ),
        (
            "uk",
            "Закінчив Кедрівську школу імені Петра та Павла Соснових і пішов до армії.",
            "Кедрівську школу імені Петра та Павла Соснових",
        ),
    ],
)
def test_whole_name(org_spans: Callable[[str, str], list[str]], language: str, text: str, span: str) -> None:
    assert span in org_spans(language, text)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a bracket that is no qualifier of the name
        ("uk", "Він лежав у лікарні (хірургія) і думав про дім."),
        ("uk", "Працював у школі (вчителем) три роки."),
        # plural nouns after two capitalised adjectives that are no institutions
        ("ru", "Бои шли на Донецком и Запорожском направлениях всю весну."),
        ("uk", "Бої тривали на Донецькому та Запорізькому напрямках."),
        # a plural institution noun after common adjectives
        ("ru", "Дети учились в разных школах и в районных гимназиях."),
        # a profile without a named school
        ("ru", "Учился в школе с углубленным изучением математики, потом в техникуме."),
        # a count of hospitals, a year, the town's centre
        ("ru", "В 2023 году в 150 больницах области не хватало врачей."),
        ("ru", "Около 300 госпиталей работали в тылу, в 2022 ВКГ был переполнен."),
        ("ru", "Поехали в центр, там купим, а потом до центра города."),
        # a teaching complex not named, a dash that joins no institution nouns
        ("uk", "Навчався у навчально-виховному комплексі, потім працював."),
        ("ru", "Сообщение: школа—лучшее место, говорил он."),
        # the digits of a car's plate before a letter pair
        ("ru", "Машина АХ 4471 ВК стояла у дома, номер АО 7719 ВК записал."),
        # the ministry's abbreviation with no quoted name
        ("ru", "Документы в МО сдали, ответа нет."),
        ("uk", "Навчався у ліцеї з посиленою військово-фізичною підготовкою, а потім вступив до академії."),
        # "п." before a number is a clause of the law, no settlement
        ("ru", "Осуждён по п. 3 ч. 1 ст. 30 УК РФ, школа тут ни при чём."),
    ],
)
def test_not_an_institution(org_spans: Callable[[str, str], list[str]], language: str, text: str) -> None:
    assert org_spans(language, text) == []


@pytest.mark.parametrize(
    ("language", "text", "span"),
    [
        # a front after a named school is no street: the adjective's own noun is a direction
        ("uk", "Школа № 5 на Донецькому напрямку постраждала від обстрілу.", "Школа № 5"),
        # a company's КП with a region after it: no penal service, the region stays out
        ("ru", "Он работал в КП «Кедр» по Кедровской области водителем.", "КП «Кедр»"),
        # a sentence after a named place opens with a capitalised adjective: no street
        ("ru", "Он работал в кафе «Лагуна» на Садовой. Новой улице дали имя.", "кафе «Лагуна» на Садовой"),
        # a genitive noun that is no container before a council
        ("uk", "У нього було багато роботи Кедрівської міської ради.", "Кедрівської міської ради"),
        # after an eponym, "и" and a place adjective open another phrase
        (
            "ru",
            "Учился в СОШ № 2 им. А. В. Кедрова и Сосновский район гордится им.",
            "СОШ № 2 им. А. В. Кедрова",
        ),
    ],
)
def test_name_ends(org_spans: Callable[[str, str], list[str]], language: str, text: str, span: str) -> None:
    assert span in org_spans(language, text)
    assert not any(len(s) > len(span) and span in s for s in org_spans(language, text))
