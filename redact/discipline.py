"""Type discipline: what is never replaced as a person, and what never spreads out of a known name.

Applied to every PERSON finding whatever recognizer made it (one hook in the pipeline), so spaCy, natasha,
the surname and unknown-name recognizers and name propagation all obey the same rules:

* a span that names a known place (the settlement/region gazetteer in any case form, or a place of the public
  register) is a LOCATION, not a PERSON, unless the word is a common given name ("Vladimir", "Артём");
* a span that names a known organisation (a media outlet or state body of the register) or carries an
  organisation cue word (Times, Gazette, Radio, Agency, Ministry; газета, агентство, служба, радио) in it
  or right after it is not a person: it is dropped;
* a span made only of speaker roles and kinship words (SOLDIER, MOTHER, МАТЬ, ВОЇН, СОЛДАТ, СИН) is dropped, and so
  is a weapon's name (КАБами, Іскандер-М, Шахеди, Баба-Яга) and a verb of the other Cyrillic language that the
  run's dictionary does not know ("Представтеся" in a Russian run);
* a capitalised common word at the start of a line, a sentence or a line of dialogue ("Intercepted call.",
  "Concussion", "Перехват", "… року. Родом з …", ". — Семья ждёт"), that the text never writes capitalised
  mid-sentence, is dropped; inside a line the word must read first as a common word (a pronoun, a verb, an
  inanimate noun), not as a name, a surname or a person's noun (Коваль, Baker);
* a capitalised Cyrillic word before lowercase adjectives and an organisation's or a place's head noun ("Сил
  оборони", "Троїцького кладовища", "Кедровском районе") is that ORGANIZATION or LOCATION (a national body's
  adjective, "Генерального прокурора", is dropped), and a home-place demonym ("Вологжанин Глеб") a LOCATION.

* a name called out after a speaker label ("MOTHER: Samson!") is a person, a word the text names as a call sign
  (cue and quotes) a call sign, and a word with a toponym suffix (-івка, -ovka, -orsk) a place, whatever type a
  recognizer gave them (:func:`location_verdict` for LOCATION findings);
* a demonym of a public place (россиян, українці, москвичи), a country's adjective before a noun ("German
  counterpart"), an adjective agreeing with its noun ("Женевські конвенції") and a dotted outlet name
  ("Idel.Realii") are no finding;
* the person a state award is named after, right after the award's noun ("медалью Суворова", "орденом Богдана
  Хмельницького", "орден княгині Ольги"; the table ``data/award_eponyms.tsv``), is no person and no place.

Words are read in the run's dictionary unless none is in it and all are in the other Cyrillic one (Ukrainian frame lines
and questions in a Russian run, Russian answers in a Ukrainian one: :func:`reading_language`); a kinship or role word
opening a person's finding in apposition ("Дружина Віра Степанівна") stays in the text (:func:`role_before_name`), and
the adjective of an office's title before a person's noun ("Верховним представником") is no place or name.

:func:`inside_known_name` tells name propagation not to spread a token found inside a known multi-word name
("York" of New York, "Vladimir" of Vladimir Putin).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Literal

import regex

from redact.words import (
    _cyrillic_common,
    _english_common,
    _given_names,
    _lemmas,
    common_word,
    english_noun,
    english_noun_only,
)

if TYPE_CHECKING:
    from redact.public import PublicRegister

__all__ = [
    "ORG_CUES",
    "ROLES",
    "common_word",
    "inside_known_name",
    "known_name_around",
    "demonym",
    "location_verdict",
    "named_as_call_sign",
    "person_verdict",
    "role_before_name",
]

Verdict = Literal["keep", "drop", "LOCATION", "ORGANIZATION", "CALL_SIGN"]

_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’ʼ-]*")
_CYR = regex.compile(r"\p{Script=Cyrillic}")
_LAST_WORD = regex.compile(r"(\p{L}+)\s+$")

# Organisation cue words (lemmas, lower case): a span holding one, or followed by one, is not a person.
ORG_CUES = frozenset(
    """
    times gazette post journal herald tribune telegraph news radio agency ministry service television tv channel
    press media network committee council office department directorate bureau institute university corporation
    company inc ltd llc group fund foundation bank
    газета агентство служба радио радіо телеканал канал министерство міністерство ведомство відомство комитет
    комітет управление управління штаб пресс-служба пресслужба издание видання информагентство інформагентство
    телевидение телебачення корпорация корпорація компания компанія фонд банк университет університет институт
    інститут ова ода ога вца адміністрація администрация ставка радбез совбез сили силы сила мерія мэрия міськрада
    горсовет офіс офис
    """.split()
)
# Lowercase heads after a capitalised Cyrillic word that make it part of an organisation's or a place's name
# ("Сил оборони", "Сухопутних військ", "Генерального прокурора", "Троїцького кладовища", "Шевченківський район"):
# lemmas, as pymorphy3 gives them in either language.
_ORG_HEADS = ORG_CUES | frozenset(
    """
    рада совет штаб військо войско оборона прокурор прокуратура суд водоканал міськводоканал управління управління
    управление служба комісаріат комиссариат військкомат военкомат тцк поліція полиция госпиталь госпіталь шпиталь
    лікарня больница училище ліцей лицей гімназія гимназия школа коледж колледж академія академия завод фабрика
    комбінат комбинат бригада полк батальйон батальон дивізія дивизия армія армия флот гвардія гвардия
    """.split()
)
_PLACE_HEADS = frozenset(
    """
    район область округ громада край поселение селище кладовище кладбище цвинтар погост сільрада сельсовет
    """.split()
)
# A territorial unit's noun written with a capital before its name: the span it opens is that unit.
_UNIT_NOUNS = frozenset("республика республіка область край округ автономия автономія".split())
# Heads of national bodies (the first five letters of any case form): their adjectives are no place's.
_NATIONAL_HEADS = frozenset("війсь войск оборо проку суду суда суд".split())
_PLACE_ADJECTIVE_CYR = regex.compile(r"(?:[сц]к|[сцз]ьк)\p{Ll}{1,3}$")
_LOWER_WORD = regex.compile(r"[ \t]+(\p{Ll}[\p{Ll}'’ʼ-]*)")
# A capitalised adjective (any case, either gender) and the lowercase adjectives and the court or prosecutor's office
# after it (organization.py finds local institutions; courts and prosecutors are public bodies and stay as written).
_SEAT_ADJECTIVE = regex.compile(
    r"^\p{Lu}[\p{L}'’-]*(?:[сц]к|[сцз]ьк|н)(?:ий|ый|ой|ого|ому|им|ым|ом|ій|ім|ая|ой|ую|ої|ою|ій)$"
)
_COURT_AFTER = regex.compile(
    r"\G(?:[ \t]+\p{Ll}[\p{Ll}-]*(?:ий|ый|ой|ого|ому|им|ым|ом|ій|ім|ая|ую|ої|ою|ей))*[ \t]+"
    r"(?:суд|суда|суду|судом|суде|суді|прокуратур\p{Ll}*)(?!\p{L})"
)
# Speaker roles and kinship words that label a transcript line, never a name on their own (lemmas).
ROLES = frozenset(
    """
    soldier mother father son daughter wife husband brother sister grandma grandpa grandmother grandfather
    interviewer man woman voice commander operator caller officer friend girlfriend boyfriend mom mum dad
    speaker unknown reporter journalist papa mama mamma granny nana auntie aunt uncle lord god sonny mommy daddy
    мать мама отец папа сын дочь жена муж брат сестра солдат боец воин командир собеседник голос мужчина женщина
    бабушка дедушка друг подруга оператор военный журналист неизвестный админ администратор модератор
    замкомандир замполит
    мати батько тато донька дочка дружина чоловік боєць воїн співрозмовник жінка бабуся дідусь військовий
    невідомий журналіст журналістка журналистка староста governor mayor
    """.split()
)


# Things Russian and Ukrainian writing capitalises that NER and the name grammars take for a person or a place:
# weapons by their model names, in any case form (guided and glide bombs: КАБами, ФАБ-500; missiles: Іскандер-М,
# Калібрами, Кинджалів; strike drones: Шахеди, Герань-2, Гербера, Ланцет, Орлан-10, the bomber drone Баба-Яга;
# Мавик, Хаймарс, Байрактар, Джавелин), vehicles and services (Камаз, Старлинк, "на Сбер", Госуслуги), and the Arabic
# formulae of Muslim obituaries and speech ("Альхамдулиллах", "Иншаллах", "Инна лиллахи ва инна илайхи раджиун").
# A stem with a given name's reading (Искандер) is a thing only in the plural or with a model's suffix; "Инна" only
# before "лиллахи". Never a call sign's screen: a call sign may be any word ("Шахед").
_THING_STEMS = (
    "шахед|мавик|ланцет|хаймарс|химарс|байрактар|джавелин|старлинк|камаз|сбер|сбербанк|тинькофф|госуслуг|"
    "вайлдберриз|авито|кал[іи]бр|кин(?:д)?жал|геран|гербер"
)
_THING = regex.compile(
    r"(?:КАБ|ФАБ|УМПК)\p{Ll}{0,3}(?:-\d+)?"
    rf"|(?i:(?:{_THING_STEMS})(?:а|у|ом|е|ы|и|ов|ам|ами|ах|і|ів|ь|ю|ью|ями)?(?:-\p{{L}}{{0,3}}\d{{0,3}})?"
    r"|[іи]скандер(?:ы|и|ов|ів|ам|ами|ах|\p{Ll}{0,3}-\p{L}{1,2}\d{0,2})"
    r"|орлан\p{Ll}{0,3}-\d+|баб\p{Ll}{1,3}-яг\p{Ll}{1,3}"
    r"|альхамдулил+[ая]х|инш?а+л+[ая]х|маша+л+[ая]х|бисмил+[ая]х\p{L}*|субханал+[ая]х|астагфирул+[ая]х)",
    regex.V1,
)
_FORMULA_AFTER = regex.compile(r"[ \t]+(?i:ли-?л+[ая]хи)(?!\p{L})")
# The same formulae and the Muslim greeting as English transcripts spell them ("Alhamdulillah!", "Inshallah",
# "Salam, Aslan", "Wa alaikum salam", "Assalamu alaikum"), and the greeting in Cyrillic ("Салам алейкум").
_LATIN_FORMULA = regex.compile(
    r"(?i:al-?hamdu-?lil+ah|in-?sh[a']*-?al+ah|ma-?sh[a']*-?al+ah|bismil+ah\p{L}*|subhan-?al+ah|astaghfirul+ah)",
    regex.V1,
)
_GREETING = regex.compile(
    r"(?i:wa|ва|u?-?alai?ku[mn]|aleikum|alaykum|алейкум|алейкуму|(?:ас-?)?сал[ая]му?|(?:(?:a|as|ass)-?)?salamu?|salaam)",
    regex.V1,
)
_GREETING_WORD = regex.compile(r"(?i:(?:a|as|ass)?-?salamu?|salaam|(?:ас-?)?сал[ая]му?)")
_CLOSE_AFTER = regex.compile(r"[ \t]*(?:[,!.?]|$)", regex.M)


def thing_word(text: str, start: int, end: int) -> bool:
    """Whether a finding is a thing's model name (every word of it) or an Arabic formula or greeting, not a person
    or a place. The greeting alone ("Salam") only where a comma, a stop or the line's end closes it: "Salam Aliev"
    is a man."""
    surface = text[start:end].strip()
    if surface and all(_THING.fullmatch(w) is not None or _LATIN_FORMULA.fullmatch(w) for w in surface.split()):
        return True
    words = surface.split()
    if (
        words
        and all(_GREETING.fullmatch(w) is not None for w in words)
        and any(_GREETING_WORD.fullmatch(w) is not None for w in words)
        and (len(words) > 1 or _CLOSE_AFTER.match(text, end) is not None)
    ):
        return True  # "Salam, brother", "Wa alaikum salam", "Ассаламу алейкум!"
    return surface.lower() == "инна" and _FORMULA_AFTER.match(text, end) is not None


# The obituary's prayer for the dead: "Царствие Небесное", "Царство ему Небесное", "Царствия Небесного".
_AWARD_NOUN_LEMMAS = frozenset({"орден", "медаль", "крест", "хрест"})
_AND = frozenset({"и", "і", "й", "та"})
_WORDS_BEFORE = regex.compile(
    r"(\p{L}[\p{L}'’ʼ-]*)[ \t]+[«\"“„]?(?:(\p{L}[\p{L}'’ʼ-]*)[ \t]+)?(?:(\p{L}[\p{L}'’ʼ-]*)[ \t]+)?[«\"“„]?$"
)


@functools.cache
def _award_eponyms() -> dict[str, frozenset[str]]:
    """The table ``data/award_eponyms.tsv``: an eponym's lemma -> the given names and titles its award writes."""
    from redact.recognizers.nlp.gazetteer import read_tsv, split_cell

    table = {row["lemma"].strip(): frozenset(split_cell(row.get("given", ""))) for row in read_tsv("award_eponyms.tsv")}
    if not table:
        raise RuntimeError("data/award_eponyms.tsv is missing or empty")
    return table


def _award_eponym(text: str, start: int, end: int, ws: list[str], language: str) -> bool:
    """Whether a PERSON finding is the person an award is named after, right after the award's noun: "медалью
    Суворова", "орденом Богдана Хмельницкого III степени", "орден княгині Ольги", "медали «Жукова»". The eponym
    table decides, so a private name after an award's noun ("орден Андрея вручили матери") stays a person."""
    table = _award_eponyms()
    opening = len(ws) >= 2 and bool(_lemmas(ws[0], language) & _AWARD_NOUN_LEMMAS)  # "[Орденами Кутузова]"
    if opening:
        ws = ws[1:]
    eponyms = [e for e in _lemmas(ws[-1], language) if e in table]
    if not eponyms:
        follow = _FOLLOW_CAPITAL.match(text, end)  # "орденом [Богдана] Хмельницкого": the given name found alone
        if follow is None:
            return False
        eponyms = [e for e in _lemmas(follow.group(1), language) if e in table]
        ws = [*ws, follow.group(1)]
    if not eponyms or not _morph_tag(ws[-1], language, "gent"):
        return False  # "вручили медаль Александру Суворову": a recipient in the dative is a person
    given = table[eponyms[0]]
    if not all(_lemmas(w, language) & given for w in ws[:-1]):
        return False
    if opening:
        return True
    before = _WORDS_BEFORE.search(text, max(0, start - 80), start)
    if before is None:
        return False
    words = [w for w in before.groups() if w]  # "орденами Кутузова и [Жукова]": an eponym after another
    others = set(table).union(*table.values(), _AND)
    while words and _lemmas(words[-1], language) & others:
        words.pop()  # "орден княгині Ольги", "орденом Богдана [Хмельницького]" (the city's name found alone)
    return bool(words) and bool(_lemmas(words[-1], language) & _AWARD_NOUN_LEMMAS)


_HEAVENLY = regex.compile(r"(?i:царстви[еяю]|царств[оа])(?:[ \t]+\p{Ll}+)?[ \t]+Небесн\p{Ll}+$")
# Nouns of an office written with a capital inside a sentence ("лично Главе поселения", "Губернатору области").
_OFFICE_NOUNS = frozenset("глава голова губернатор мэр председатель руководитель директор начальник".split())


def _office_of_territory(ws: list[str], language: str) -> bool:
    """Whether two words are an office noun and the genitive of its territory ("Главе поселения", "Губернатору
    области"), which NER takes for a place."""
    if len(ws) != 2 or not ws[1].islower() or not _CYR.search(ws[0]):
        return False
    lang = "uk" if language == "uk" else "ru"
    if not _lemmas(ws[0], lang) & _OFFICE_NOUNS:
        return False
    from redact.recognizers.nlp import morph as _morph

    return any(p.tag.POS == "NOUN" and "gent" in p.tag for p in _morph.parses(ws[1], lang))


def _pronoun(word: str, language: str) -> bool:
    """Whether every dictionary reading of a Cyrillic word is a pronoun ("Своих", "Нашего", "Ему")."""
    if not _CYR.search(word) or word.lower() in _given_names():
        return False
    from redact.recognizers.nlp import morph as _morph

    lang = "uk" if language == "uk" else "ru"
    if not _morph.is_known(word, lang):
        return False
    ps = _morph.parses(word, lang)
    return bool(ps) and all(p.tag.POS == "NPRO" or "Apro" in p.tag.grammemes for p in ps)


# Closed-class parts of speech and adverbs (pymorphy3 tags): what opens a sentence as often as a name does.
# A town's adjective and the quoted name it opens: "Новомосковском «Азоте»", "донецкий «Шахтёр»", "Кедрівському
# «Титані»" (Cyrillic -ский/-цкий/-ський/-зький forms).
_TOWN_ADJ_FORM = regex.compile(
    r"(?i)\p{L}{3,}(?:[сц]к|[сцз]ьк)(?:ий|ой|ая|ое|ого|ому|им|ом|ую|ою|ей|ие|их|ій|ої|ім|а|е|у|і|ого|ому|ими)"
)
_QUOTE_AFTER = regex.compile(r"[ \t]+[«\"“„]\p{Lu}")
_OPEN_QUOTES = frozenset('«"“„')
_CLOSE_QUOTES = frozenset('»"”“')
_ADJ_BEFORE_QUOTE = regex.compile(r"(?<![\p{L}-])(\p{L}+)[ \t]+[«\"“„]\Z")


def town_quoted_name(text: str, start: int, end: int, language: str) -> Verdict | None:
    """What a one-word finding is when it is a town's adjective directly before a quoted name, or the quoted name
    after one, or a quoted name of two or three words opening with a town's adjective ("на «Кедровском Титане»"):
    part of that name, never a person or a place. A club among words of sport is public and stays as
    written ("болел за донецкий «Шахтёр»", "ростовский «СКА»": ``drop``); any other (a plant, a farm, a shop:
    "работал на Новомосковском «Азоте»") is an employer, withheld as an organisation (the organisation grammar
    takes the whole pair)."""
    from redact.recognizers.nlp import morph as _morph
    from redact.recognizers.nlp.sentences import sport_around

    ws = _WORD.findall(text[start:end])
    lang = "uk" if language == "uk" else "ru"
    if (
        2 <= len(ws) <= 3
        and _CYR.search(ws[0])
        and (text[start : start + 1] in _OPEN_QUOTES or (start > 0 and text[start - 1] in _OPEN_QUOTES))
        and (text[end - 1 : end] in _CLOSE_QUOTES or text[end : end + 1] in _CLOSE_QUOTES)
        and _TOWN_ADJ_FORM.fullmatch(ws[0])
        and any(p.tag.POS == "ADJF" for p in _morph.parses(ws[0], lang)[:3])
    ):
        # "на «Кедровском Титане»": a quoted name opening with its town's adjective is a plant's or a club's name
        from redact.entities import ENTITIES

        if sport_around(text, start, end):
            return "drop"
        return "ORGANIZATION" if "ORGANIZATION" in ENTITIES else None
    if len(ws) != 1 or not _CYR.search(ws[0]):
        return None
    if _TOWN_ADJ_FORM.fullmatch(ws[0]) and _QUOTE_AFTER.match(text, end):
        adjective, lo = ws[0], start
    else:
        m = _ADJ_BEFORE_QUOTE.search(text, max(0, start - 40), start)
        if m is None or not _TOWN_ADJ_FORM.fullmatch(m.group(1)):
            return None
        adjective, lo = m.group(1), m.start(1)
    if not any(p.tag.POS == "ADJF" for p in _morph.parses(adjective, lang)[:3]):
        return None
    from redact.entities import ENTITIES

    if sport_around(text, lo, end):
        return "drop"
    return "ORGANIZATION" if "ORGANIZATION" in ENTITIES else None


_FUNCTION_POS = frozenset({"NPRO", "PRCL", "CONJ", "PREP", "PRED", "INTJ", "ADVB"})


def _function_word(word: str, language: str) -> bool:
    """Whether a capitalised Cyrillic word reads as a pronoun, a particle, a conjunction, a preposition or an adverb in
    its text's dictionary or the Russian one, whatever name or surname shares the form: a Ukrainian post quotes Russian
    speech, and the Ukrainian dictionary reads "Только" as a name and "Меня" as a surname; "Далі" is an adverb before
    it is Dali. A word of the given-names gazetteer never is one."""
    if not _CYR.search(word) or word.lower() in _given_names():
        return False
    from redact.recognizers.nlp import morph as _morph

    for lang in dict.fromkeys(("uk" if language == "uk" else "ru", "ru")):
        if _morph.is_known(word, lang) and any(
            p.tag.POS in _FUNCTION_POS or "Apro" in p.tag.grammemes for p in _morph.parses(word, lang)
        ):
            return True
    return False


def _verb_list(text: str, end: int, word: str, language: str) -> bool:
    """Whether a capitalised word opens a list of verbs in its own person and number ("Любим, помним, скорбим"):
    a verb, not the town Любим."""
    m = regex.match(r"[ \t]*,[ \t]*(\p{Ll}+)", text[end : end + 40])
    if m is None or not _CYR.search(word) or word.lower() in _given_names():
        return False  # "Мариш, держись": a listed name or vocative called out before an imperative
    from redact.recognizers.nlp import morph as _morph

    lang = "uk" if language == "uk" else "ru"

    def persons(w: str) -> set[tuple[str, str]]:
        return {(str(p.tag.person), str(p.tag.number)) for p in _morph.parses(w, lang) if p.tag.POS == "VERB"}

    # a word the dictionary lacks is guessed a verb by its ending ("Комсомольской, помнишь" in a Ukrainian run): no list
    return _morph.is_known(word, lang) and bool(persons(word) & persons(m.group(1)))


_MOTHERLAND = frozenset({"родина", "батьківщина", "вітчизна", "отчизна", "отечество"})
_NAME_BEFORE = regex.compile(r"(\p{Lu}[\p{Ll}'’-]+\.?)[ \t]+$")


def _motherland(text: str, start: int, end: int, language: str) -> bool:
    """Whether a capitalised "Родина" (or Батьківщина, Отечество) is the motherland of obituaries ("погиб, защищая
    Родину", "за нашу Родину", "верность Родине"): no capitalised word of a name beside it ("Анна Родина",
    "Родина Анна Петровна", "И. Родина" are a woman's surname)."""
    if not _lemmas(text[start:end], language) & _MOTHERLAND:
        return False
    before = _NAME_BEFORE.search(text, max(0, start - 30), start)
    named_before = before is not None and (
        before.group(1).endswith(".") or before.group(1).lower() in _given_names()
    )  # "И. Родина", "Анна Родина"; not "За Родину!"
    after = _FOLLOW_CAPITAL.match(text[end : end + 40])
    return not named_before and after is None


# A transcript's speaker label before an utterance ("MOTHER: ", "СОЛДАТ: ", "ТАРАС: ", "(S): "): what follows starts
# a line.
_SPEAKER_LABEL = regex.compile(r"(?:^|[\n\r])[ \t]*\(?[\p{Lu}][\p{Lu}\p{M}'’ʼ .-]{0,30}\)?:[ \t]*$")


def _at_line_start(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t[(«\"'“*-—–#>":
        i -= 1
    if i >= 0 and text[i] == ":" and _SPEAKER_LABEL.search(text[max(0, i - 40) : start]) is not None:
        return True  # "МАТЬ: Старой больше нет", "ОКСАНА: Тобі посилку": the utterance starts here
    if i >= 0 and text[i].isdigit() and _TIME_STAMP_LINE.search(text, max(0, i - 24), i + 1) is not None:
        return True  # a live blog's entry after its time ("12:05 — Голова Запорізької ОВА ..."): the line starts here
    return i < 0 or text[i] in "\n\r"


# A time stamp or a span of time alone at the start of a line, as live blogs and chronicles open an entry.
_TIME_STAMP_LINE = regex.compile(r"(?:^|[\n\r])[ \t]*\d{1,2}[:.]\d{2}(?:[ \t]*[-–—][ \t]*\d{1,2}[:.]\d{2})?$")


# The end of a sentence before a word: "!", "?", "…", or a dot after a word of five letters or more (not "м. Бар",
# "х. Сладкий", "обл. ", "ул. ": abbreviations of a record line) or after an acronym of two to four capitals
# ("Перехоплення ГУР. Розмова …", "повідомили в СБУ. Мова …", "said the AFU. Contact …"; a record's abbreviations
# are lower-case, an initial is one letter), or a full stop after a closing quotation mark or bracket ("… (the
# project "I Want to Find My Own"). Transcript, abridged").
_SENTENCE_END = regex.compile(r"(?:[!?…]|(?<!\p{L})(?:\p{L}{5,}|\p{Lu}{2,4}|\d+)\.|\w[»\"”)]+\.)[\s»\"”)]*\s$")


_LATIN_END = regex.compile(r"(?<!\p{L})(\p{Latin}{3,4})\.[\s»\"”)]*\s$")
_ABBREVIATIONS = frozenset("gen col sgt mrs vul obl str per ave blvd dist apt bldg corp capt prof dept vol no".split())


def _after_sentence_end(text: str, start: int) -> bool:
    before = text[max(0, start - 40) : start]
    if _SENTENCE_END.search(before) is not None:
        return True
    m = _LATIN_END.search(before)  # "in May. ", "to him. ": a short English word ends a sentence too
    return m is not None and m.group(1).lower() not in _ABBREVIATIONS


# A call-sign cue and a quoted word: the word is a call sign wherever the text names it ("позивний «Чумак»",
# "call sign \"Vyatka\"", "по позывному «Дозор»"), even when it is also a village or a surname.
_CALL_SIGN_CUE = r"(?i:call[ -]?sign(?:ed)?|позывн\p{L}*|позивн\p{L}*|nicknamed|прозвали|кличуть|кличут)"


_CUE_QUOTE = regex.compile(_CALL_SIGN_CUE + r"[^\n«\"“„]{0,25}[«\"“„]([^»\"”“\n]{1,60})[»\"”“]")
_WORDISH = regex.compile(r"\p{L}[\p{L}'’ʼ-]*")
_LETTERS = regex.compile(r"\p{L}{0,3}")


@functools.lru_cache(maxsize=32)
def _quoted_after_cue(text: str) -> tuple[str, ...]:
    """What ``text`` quotes right after each call-sign cue (once per text, not once per finding)."""
    return tuple(m.group(1) for m in _CUE_QUOTE.finditer(text))


def named_as_call_sign(text: str, word: str) -> bool:
    """Whether ``text`` names ``word`` (any case ending) as a call sign: a cue, then the word in quotes."""
    if len(word) < 3 or not _WORDISH.fullmatch(word):
        return False
    stem = word[: max(3, len(word) - 2)]
    return any(q.startswith(stem) and _LETTERS.fullmatch(q, len(stem)) is not None for q in _quoted_after_cue(text))


# Toponym suffixes no given name or surname has: -івка/-овка (any case), -sk, -grad, -gorod, -pol in Latin
# transliteration ("з Ясенівки-Лісової", "back to Talnikovka", "Half of Severoozyorsk"). Short words are left out
# ("Вовка", "Левко" are names).
# A transliterated Russian adjective in the feminine or neuter, as place names begin ("Zolotaya", "Novoye",
# "Verkhnyaya"); a woman's adjectival surname (-skaya) is left out.
_PLACE_ADJECTIVE = regex.compile(r"\p{Lu}\p{Ll}{2,}(?:aya|oye|iye)")
_TOPONYM = regex.compile(
    r"(?i)\p{L}{3,}(?:[іїо]вк(?:а|и|у|ою|і|ой|е)|ovka|evka|ivka|yevka|orsk|insk|ensk|ansk|grad|gorod|opol)"
)


def _capitalised_mid_sentence(text: str, word: str, start: int) -> bool:
    """Whether ``word`` appears capitalised elsewhere in ``text`` not at a line or sentence start."""
    for at in whole_word_starts(text, word):
        if at != start and not _sentence_opening(text, at):
            return True
    return False


def whole_word_starts(text: str, word: str) -> Iterator[int]:
    """Where ``word`` stands as a whole word in ``text``: the starts of the matches of
    ``(?<!\\p{L})WORD(?!\\p{L})``, in order and not overlapping, found with ``str.find`` (no pattern per word)."""
    last_end = 0
    i = text.find(word)
    while i >= 0:
        end = i + len(word)
        if (
            i >= last_end
            and (i == 0 or _ONE_LETTER.match(text, i - 1) is None)
            and _ONE_LETTER.match(text, end) is None
        ):
            last_end = end
            yield i
        i = text.find(word, i + 1)


# A word right after a finding (lowercase, capitalised, any, a name's shape) and the word right before one.
_FOLLOW_LOWER = regex.compile(r"[ \t]+(\p{Ll}+)")
_FOLLOW_CAPITAL = regex.compile(r"[ \t]+(\p{Lu}[\p{L}'’ʼ-]+)")
_FOLLOW_WORD = regex.compile(r"[ \t]+(\p{L}[\p{L}-]*)")
_FOLLOW_NAME = regex.compile(r"[ \t]+(\p{Lu}\p{Ll}+)")
_WORD_BEFORE = regex.compile(r"(\p{L}+)\s+$")
_ONE_LETTER = regex.compile(r"\p{L}")
_ONE_SPACE = regex.compile(r"\s")
_ONE_LOWER = regex.compile(r"\p{Ll}")
_ONE_UPPER = regex.compile(r"\p{Lu}")
_ONE_DIGIT = regex.compile(r"\d")


# A colon and the opening quotation mark of what someone said: "дружині: «", "said: \"".
_QUOTE_AFTER_COLON = regex.compile(r":[ \t]*[«\"“„][ \t]*$")
# A dialogue dash after the end of a sentence: "…, — сказала она. — Родом из …", "«Жив». — Семья …".
_DASH_BEFORE = regex.compile(r"[ \t]+[—–][ \t]+$")


def _sentence_opening(text: str, start: int) -> bool:
    """Whether a word opens a line, a sentence ("… in May. Contact …") or a line of dialogue after one (". — …")."""
    if _at_line_start(text, start) or _after_sentence_end(text, start) or _after_short_word_end(text, start):
        return True
    if _QUOTE_AFTER_COLON.search(text, max(0, start - 8), start) is not None:
        return True  # "– дружині: «Меня в штурмовики перевели»": a quoted utterance after a colon opens a sentence
    dash = _DASH_BEFORE.search(text, max(0, start - 8), start)
    if dash is None:
        return False
    before = text[: dash.start()]
    if before.rstrip().endswith((",", "»", '"', "”")) and not before.rstrip().rstrip('»"”').endswith(
        (".", "!", "?", "…")
    ):
        return False  # "«Жив», — Семья": a quotation's attribution goes on the same sentence
    return _after_sentence_end(before + " ", len(before) + 1) or _after_short_word_end(before + " ", len(before) + 1)


_SHORT_END = regex.compile(r"(?<!\p{L})(\p{Cyrillic}{3,4})\.[\s»\"”)]*\s$")


def _after_short_word_end(text: str, start: int) -> bool:
    """A dot after a short Cyrillic dictionary word ("року.", "мать.", "года."), not an abbreviation ("обл.")."""
    m = _SHORT_END.search(text, max(0, start - 12), start)
    if m is None:
        return False
    from redact.recognizers.nlp import morph as _morph

    w = m.group(1)
    lang = "uk" if regex.search(r"[іїєґ]", w) else "ru"
    return _morph.is_known(w.lower(), lang) and not _morph.has_tag(w.lower(), lang, "Abbr")


def _adjective_of_noun(text: str, end: int, word: str, language: str) -> bool:
    """Whether a capitalised Cyrillic word is a plural adjective agreeing in case with a lowercase plural noun right
    after it ("Женевські конвенції", "Минские соглашения"): a noun phrase, not a family's name."""
    if not _CYR.search(word) or language not in {"ru", "uk"}:
        return False
    follow = _FOLLOW_LOWER.match(text[end : end + 30])
    if follow is None:
        return False
    from redact.recognizers.nlp import morph as _morph

    cases = ("nomn", "gent", "datv", "accs", "ablt", "loct")
    parses = _morph.parses(word, language)
    if any({"Poss", "Name", "Surn", "Patr"} & set(p.tag.grammemes) for p in parses):
        return False  # "Иркиных родителей": a family's or a person's possessive names them
    adj = {c for p in parses if p.tag.POS == "ADJF" and "plur" in p.tag for c in cases if c in p.tag}
    noun = {
        c
        for p in _morph.parses(follow.group(1), language)
        if p.tag.POS == "NOUN" and "plur" in p.tag
        for c in cases
        if c in p.tag
    }
    return bool(adj & noun)


def _name_possessive(word: str, language: str) -> bool:
    """A Cyrillic given name's possessive adjective ("Сашин", "Катину"): its bearer named, whatever adjective it is."""
    if not _CYR.search(word) or language not in {"ru", "uk"}:
        return False
    from redact.recognizers.nlp import morph as _morph

    return _morph.possessive_of_given_name(word, language)


def _title_adjective(text: str, end: int, word: str, language: str) -> bool:
    """Whether a capitalised Cyrillic word is an adjective of an office's title, agreeing with the lowercase person's
    noun right after it ("з Верховним представником ЄС", "Генеральный секретарь НАТО", "Головний редактор"): a title,
    no place and no one's name. A place's adjective (-ськ-, -ск-: "Луганский казак") is never one."""
    if not _CYR.search(word) or language not in {"ru", "uk"} or _PLACE_ADJECTIVE_CYR.search(word):
        return False
    follow = _FOLLOW_LOWER.match(text[end : end + 30])
    if follow is None:
        return False
    from redact.recognizers.nlp import morph as _morph

    parses = _morph.parses(word, language)
    if not parses or not _morph.is_known(word, language):
        return False
    if any(p.tag.POS != "ADJF" or {"Name", "Surn", "Patr", "Geox"} & set(p.tag.grammemes) for p in parses):
        return False
    if _name_possessive(word, language):
        return False  # "Сашин брат", "Катину маму": a given name's possessive, its bearer named
    forms = {(str(p.tag.case), str(p.tag.gender or "")) for p in parses}
    for n in _morph.parses(follow.group(1), language):
        if n.tag.POS != "NOUN" or "anim" not in n.tag or {"Name", "Surn", "Patr"} & set(n.tag.grammemes):
            continue
        gender = str(n.tag.gender or "")
        if any(c == str(n.tag.case) and (not g or not gender or g == gender) for c, g in forms):
            return True
    return False


def _noun_of_public_name(text: str, end: int, word: str, language: str, register: Any) -> bool:
    """Whether a Cyrillic word with a common-noun reading governs a public name in the genitive right after it
    ("Влада Казахстану", "Власти Москвы", "Уряд України"): a common noun, whatever name shares its form."""
    if register is None or not _CYR.search(word) or language not in {"ru", "uk"}:
        return False
    follow = _FOLLOW_CAPITAL.match(text[end : end + 40])
    if follow is None:
        return False
    from redact.recognizers.nlp import morph as _morph

    if not any(p.tag.POS == "NOUN" and "inan" in p.tag for p in _morph.parses(word, language)):
        return False
    name = follow.group(1)
    hit = register.match(name, language)
    if hit is None or hit.kind not in {"country", "region", "city", "body"}:
        return False
    return any("gent" in p.tag for p in _morph.parses(name, language))


def _country_adjective(text: str, start: int, end: int, word: str, register: Any) -> bool:
    """Whether a capitalised Latin word before a lowercase word is the adjective of a register country: its name is
    the word less an adjective suffix ("German" → Germany, "Russian" → Russia, "Ukrainian" → Ukraine, "Polish" →
    Poland, "Chinese" → China, "Turkish" → Turkey)."""
    if register is None or _CYR.search(word) or not word[:1].isupper() or len(word) < 4:
        return False
    follow = _FOLLOW_LOWER.match(text[end : end + 30])
    if follow is None or not english_noun(follow.group(1)):
        return False  # "German said" is a man named German
    w = word
    for cand in (w[:-1], w[:-3], w + "y", w[:-3] + "ne", w[:-3] + "and", w[:-4] + "a", w[:-3] + "ey"):
        if len(cand) >= 4:
            hit = register.match(cand, "en")
            if hit is not None and hit.kind == "country":
                return True
    return False


def _head_after(text: str, end: int, ws: list[str], language: str) -> tuple[Verdict, int] | None:
    """The kind of name (ORGANIZATION or LOCATION) a capitalised Cyrillic word begins when lowercase adjectives and
    then an organisation's or a place's head noun follow it, and where that head ends. A word that reads as a given
    name, a surname or a patronymic is left alone ("Іванова суд засудив": the court sentenced Ivanova)."""
    if not ws[0][:1].isupper() or any(w.lower() in _given_names() for w in ws):
        return None
    from redact.recognizers.nlp import morph as _morph

    lang = "uk" if language == "uk" else "ru"
    # A surname reading ("Кедровском" of Кедровский) yields only to an adjective agreeing with the head noun.
    named = any(_has_name_tag(w, language) for w in ws)
    pos = end
    for _ in range(3):
        m = _LOWER_WORD.match(text, pos)
        if m is None:
            return None
        word = m.group(1)
        lemmas = _lemmas(word, language) | {word}
        kind: Verdict | None = "LOCATION" if lemmas & _PLACE_HEADS else "ORGANIZATION" if lemmas & _ORG_HEADS else None
        if kind is not None:
            if named and not (_agrees(ws[-1], word, lang) and _FULL_ADJECTIVE.search(ws[-1])):
                return None
            return kind, m.end()
        if not any(p.tag.POS in {"ADJF", "PRTF"} for p in _morph.parses(word, lang)):
            return None
        pos = m.end()
    return None


_FULL_ADJECTIVE = regex.compile(
    r"(?:ий|ый|ой|ого|ому|им|ым|ом|ій|ім|ая|яя|ую|юю|ої|ою|ое|ые|ых|ими|ыми|их|іх|[сц]ька|[сц]ьке|[сц]ькі)$"
)
_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")


def _agrees(adjective: str, noun: str, lang: str) -> bool:
    """Whether ``adjective`` has an adjective reading in a case, number and gender that ``noun`` has."""
    from redact.recognizers.nlp import morph as _morph

    def forms(word: str, pos: str) -> set[tuple[str, str]]:
        out = set()
        for p in _morph.parses(word, lang):
            if p.tag.POS != pos:
                continue
            g = set(p.tag.grammemes)
            num = "plur" if "plur" in g else str(p.tag.gender or "")
            out |= {(c, num) for c in _CASES if c in g}
        return out

    adj = forms(adjective, "ADJF")
    nouns = forms(noun, "NOUN")
    return any((c, n) in adj or (c, "") in adj for c, n in nouns)


_NAME_TAGS = frozenset({"Name", "Surn", "Patr", "Geox"})

# Nouns of the texts a capitalised adjective names ("Женевську конвенцію", "Римський статут", "Мінські угоди",
# "Єдиному державному реєстрі"): a treaty, a law or a register identifies no one and stays as written (lemmas).
_DOCUMENT_HEADS = frozenset(
    """
    конвенція конвенция статут угода соглашение договір договор реєстр реестр кодекс закон декларація декларация
    протокол меморандум пакт хартія хартия резолюція резолюция конституція конституция
    """.split()
)
# Heads of a war's events and fronts named by a place's adjective ("Курської операції", "Курской битвы", "на Курской
# дуге", "Харківський контрнаступ", "Покровському напрямку"): history and war geography, no one's place or body.
_EVENT_HEADS = frozenset(
    """
    операція операция битва сражение бій бой дуга виступ выступ наступ наступление контрнаступ контрнаступление
    вторгнення вторжение напрямок направление котел котёл плацдарм оборона штурм прорив прорыв
    """.split()
)
_NEXT_WORD = regex.compile(r"[ \t]+(\p{L}[\p{L}'’ʼ-]*)")


_CAMEL_PART = regex.compile(r"(?<=\p{Ll})(?=\p{Lu})")
# Ukrainian spelling writes an apostrophe after a labial (or р) before я, ю, є, ї; a hashtag drops it ("Камянець").
_LOST_APOSTROPHE = regex.compile(r"(?<=[бпвмфрБПВМФР])(?=[яюєї])")


def _hashtag_place(text: str, start: int, word: str, language: str) -> bool:
    """Whether a camel-cased hashtag ("#КаміньКаширський", "#КамянецьПодільський", "#БілаЦерква") is a known place
    written without its hyphen, space or apostrophe: a hashtag of a town, not of a person's name."""
    if start == 0 or text[start - 1] != "#" or not _CYR.search(word):
        return False
    tag = regex.match(r"\p{L}+", text[start : start + 60])  # the whole tag, where a recognizer took one part
    parts = _CAMEL_PART.split(tag.group(0) if tag is not None else word)
    if len(parts) < 2:
        return False
    from redact.recognizers.nlp.places import is_known_place

    lang = "uk" if language == "uk" else "ru"
    for joined in ("-".join(parts), " ".join(parts)):
        for form in dict.fromkeys((joined, _LOST_APOSTROPHE.sub("'", joined))):
            if is_known_place(form, lang):
                return True
    return False


# The parts of speech that end a thing's name (a preposition, a conjunction, a particle, a pronoun); not
# :data:`_FUNCTION_POS` of a sentence opening, which also counts adverbs and predicatives.
_PHRASE_END_POS = frozenset({"PREP", "CONJ", "PRCL", "INTJ", "NPRO"})


def _thing_after(text: str, end: int, ws: list[str], language: str) -> tuple[frozenset[str], int] | None:
    """The head noun's lemmas and where it ends when the capitalised Cyrillic adjectives ``ws`` begin the name of a
    thing: at most two lowercase adjectives, then an inanimate noun in the case, number and gender of the last of
    them, lowercase or capitalised with a common reading only ("Української Гельсінської спілки", "Женевською
    Конвенцією", "Міжнародний Червоний Хрест", "Озерцівському лісництві"). A given name, a word with no adjective
    reading, or an animate noun after them ("Ковальського командира") is no such name."""
    from redact.recognizers.nlp import morph as _morph

    lang = "uk" if language == "uk" else "ru"
    if not all(w[:1].isupper() and _CYR.search(w) and w.lower() not in _given_names() for w in ws):
        return None
    if not all(any(p.tag.POS == "ADJF" for p in _morph.parses(w, lang)) for w in ws):
        return None
    pos = end
    for _ in range(3):
        m = _NEXT_WORD.match(text, pos)
        if m is None:
            return None
        word = m.group(1)
        parses = _morph.parses(word, lang)
        capital = word[:1].isupper()
        nouns = [p for p in parses if p.tag.POS == "NOUN" and "inan" in p.tag and not _NAME_TAGS & set(p.tag.grammemes)]
        if parses and parses[0].tag.POS in _PHRASE_END_POS:
            # "включить Белых в списки", "Черных на фронте": a preposition or conjunction (the dictionary's letter-name
            # readings of "в", "с", "и" aside) ends the phrase; an adjectival surname heads no thing
            return None
        if nouns and (not capital or (parses[0].tag.POS == "NOUN" and not _has_name_tag(word, lang))):
            if _agrees(ws[-1], word, lang):
                return frozenset(str(p.normal_form) for p in nouns), m.end()
        if capital or not any(p.tag.POS in {"ADJF", "PRTF"} for p in parses):
            return None
        pos = m.end()
    return None


@functools.cache
def _street_nouns() -> frozenset[str]:
    """The one-word Cyrillic street-type lemmas of the address grammar's table (recognizers/data/street_types.tsv:
    улица, вулиця, проспект, провулок…), as pymorphy3 lemmatises them."""
    from redact.recognizers.nlp.places import street_type_rows

    words = (
        w.strip()
        for kind, script, cell, *_ in street_type_rows()
        if (kind, script) == ("street", "cyr")
        for w in cell.split(",")
    )
    return frozenset(w for w in words if w and " " not in w)


def _street_named(ws: list[str], lang: str) -> bool:
    """Whether a finding is a street type and the capitalised name after it ("Улица Студенческая", "Вулиця
    Шкільна"): a street, however a sentence-opening rule reads its words."""
    return len(ws) >= 2 and ws[1][:1].isupper() and bool(_lemmas(ws[0], lang) & _street_nouns())


def _after_street_noun(text: str, start: int, ws: list[str], lang: str) -> bool:
    """Whether a one-word capitalised finding follows a street type ("Улица Студенческая, там с мамой жил" with only the
    name found, as a call sign): the street's name, a place."""
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return (
        len(ws) == 1
        and ws[0][:1].isupper()
        and before is not None
        and bool(_lemmas(before.group(1), lang) & _street_nouns())
    )


def reading_language(ws: list[str], language: str) -> str:
    """The dictionary a finding's words are read in: the run's own ("ru" for Cyrillic in a Latin run), unless none of
    its Cyrillic words is in that dictionary and all are in the other Cyrillic one. A Ukrainian post quotes Russian
    speech and keeps its own frame lines ("Мову оригіналу збережено", "Група у Viber …"); a prisoner's Russian
    answers follow a Ukrainian interviewer's questions ("– Військова частина?"); a Russian answer inside a Ukrainian
    run ("Улица Студенческая"). The language detector gives a mixed passage one run, and pymorphy3's guesser then reads
    an unknown common word as a surname or a place (Мову: Surn, Група: Geox)."""
    cyrillic = [w for w in ws if _CYR.search(w)]
    if not cyrillic:
        return language if language in {"ru", "uk"} else "en"
    own = "uk" if language == "uk" else "ru"
    other = "ru" if own == "uk" else "uk"
    from redact.recognizers.nlp import morph as _morph

    if all(not _morph.is_known(w, own) and _morph.is_known(w, other) for w in cyrillic):
        return other
    return own


def _sentence_common(word: str, language: str) -> bool:
    """Whether a Cyrillic word opening a sentence reads first as a common word in the text's dictionary or the
    Russian one: a pronoun, a verb or an inanimate noun ("Его", "Жил", "Семья", "Родом"). A person's noun (Коваль,
    Вовк, Сова: surnames), a place, and a word with any name or surname reading (Чугунов, Роману) are not."""
    if not _CYR.search(word) or word.lower() in _given_names():
        return False
    from redact.recognizers.nlp import morph as _morph

    for lang in dict.fromkeys(("uk" if language == "uk" else "ru", "ru")):
        if not _morph.is_known(word, lang):
            continue
        if any({"Name", "Surn", "Patr"} & set(p.tag.grammemes) for p in _morph.parses(word, lang)):
            return False  # "Роману", "Чугунов", "Кабана": a name or a surname in any reading, whatever noun shares it
        top = _morph.parses(word, lang)[0]
        grammemes = set(top.tag.grammemes)
        if grammemes & _NAME_TAGS or "anim" in grammemes:
            continue
        if top.tag.POS in {"NOUN", "NPRO", "VERB", "ADVB", "PREP", "CONJ", "PRCL", "PRED", "ADJF", "INFN", "GRND"}:
            return True
    return False


def _given_name_reading(word: str, language: str) -> bool:
    if not _CYR.search(word):
        return False
    from redact.recognizers.nlp import morph as _morph

    return _morph.has_tag(word, "uk" if language == "uk" else "ru", "Name")


def _given_name_reading_whole(word: str, language: str) -> bool:
    """:func:`_given_name_reading` of a word, a hyphenated one by its last part: the dictionary reads "Абу-Даби" by
    its first part and guesses a name for an unknown one ("Даби"), so a hyphenated word is a given name only when
    its last part is a given name of the list or of the dictionary itself ("Анна-Мария")."""
    if "-" not in word:
        return _given_name_reading(word, language)
    last = word.rsplit("-", 1)[-1]
    if last.lower() in _given_names():
        return True
    from redact.recognizers.nlp import morph as _morph

    return _morph.is_known(last, "uk" if language == "uk" else "ru") and _given_name_reading(last, language)


def _morph_tag(word: str, language: str, tag: str) -> bool:
    """Whether a Cyrillic word has a reading with ``tag`` in its language's dictionary."""
    from redact.recognizers.nlp import morph as _morph

    return bool(_CYR.search(word)) and _morph.has_tag(word, "uk" if language == "uk" else "ru", tag)


def _has_name_tag(word: str, language: str) -> bool:
    if not _CYR.search(word):
        return False
    from redact.recognizers.nlp import morph as _morph

    lang = "uk" if language == "uk" else "ru"
    return any(_morph.has_tag(word, lang, t) for t in ("Name", "Surn", "Patr"))


def _other_language_verb(word: str, language: str) -> bool:
    """A word this run's dictionary does not know and the other Cyrillic one reads only as a verb: the Ukrainian
    interviewer's "Представтеся" inside a Russian prisoner's answers, the Russian handler's "Сфоткай" analysed as
    Russian. pymorphy3's guesser makes a given name of an unknown capitalised word; it is an imperative."""
    if not _CYR.search(word) or language not in {"ru", "uk"}:
        return False
    from redact.recognizers.nlp import morph as _morph

    other = "uk" if language == "ru" else "ru"
    if _morph.is_known(word, language) or not _morph.is_known(word, other):
        return False
    ps = _morph.parses(word, other)
    return bool(ps) and all(p.tag.POS in {"VERB", "INFN"} for p in ps)


def _name_like(word: str, language: str) -> bool:
    """Whether a single word may be a person's name rather than a place ("Слава", "Иванова", "Лене")."""
    if word.lower() in _given_names():
        return True
    if _CYR.search(word):
        from redact.recognizers.nlp.places import place_beats_name

        return not place_beats_name(word, "uk" if language == "uk" else "ru")
    return False


_PLACE_PREPOSITIONS = frozenset(
    "in near outside around at в во под під біля около возле коло поблизу неподалеку неподалік".split()
)


# Words after which a public place that is also a name is the place: area nouns ("в районе Крынок") and verbs
# of visiting ("відвідав Пхеньян", "visited Pyongyang").
_AREA_NOUNS = frozenset(
    """
    area outskirts vicinity visited visit район окраина околица окрестность околиця окраїна посетить посещать
    відвідати відвідувати
    """.split()
)


def _coordinated_with_place(text: str, start: int, end: int, language: str, register: Any) -> bool:
    """Whether the word stands in a list with a known place ("до Казахстану і Грузії", "Kyiv and Lviv")."""
    before = regex.search(
        r"(\p{Lu}[\p{L}'’ʼ-]+)((?:,|\s+(?:і|и|й|та|and|or|или|або|чи))\s+)$", text[max(0, start - 40) : start]
    )
    after = regex.match(r"(?:,|\s+(?:і|и|й|та|and|or|или|або|чи))\s+(\p{Lu}[\p{L}'’ʼ-]+)", text[end : end + 40])
    for m in (before, after):
        if m is None:
            continue
        neighbour = m.group(1)
        hit = register.match(neighbour, language) if register is not None else None
        if (hit is not None and hit.kind in {"country", "region", "city", "front"}) or _is_place(
            [neighbour], neighbour, language
        ):
            return True
    return False


_CASED_PREPOSITIONS = frozenset("у з із зі из до від от од".split())


# A person said with a name that is also a place ("Morozov sent everyone", "Борисов приехал", "brother Morozov",
# "Morozov, come here"): the grammar of a person, not the gazetteer, decides. Verbs of a person's own doing (English
# forms; Russian and Ukrainian lemmas, read with pymorphy3): a town does not send, come, say, call or write.
_PERSON_VERB_FORMS_EN = frozenset(
    """
    said says told tells sent sends came comes wrote writes called calls brought brings asked asks answered answers
    replied replies shouted shouts yelled texted phoned rang promised promises laughed cried swore swears whispered
    went arrived ran walked drove took takes gave gives wants wanted knows knew thinks thought decided agreed refused
    complained explained admitted lied heard hears met meets ordered orders reported reports sat slept woke ate drank
    smokes smoked picked owes owed
    """.split()
)
_PERSON_VERB_LEMMAS_CYR = frozenset(
    """
    сказать говорить приехать прийти прийтить прибыть уехать уйти пойти позвонить звонить написать писать прислать
    присылать принести приносить спросить спрашивать ответить отвечать отправить отправлять послать передать
    кричать крикнуть обещать пообещать смеяться плакать взять дать знать думать хотеть решить согласиться
    отказаться объяснить соврать услышать встретить найти приказать доложить сидеть спать проснуться пить курить
    сказати говорити приїхати прийти прибути поїхати піти зателефонувати подзвонити дзвонити написати писати
    надіслати прислати принести питати запитати спитати відповісти відповідати відправити передати кричати
    крикнути обіцяти пообіцяти сміятися плакати взяти дати знати думати хотіти вирішити погодитися відмовитися
    пояснити збрехати почути зустріти знайти наказати доповісти сидіти спати прокинутися пити курити
    """.split()
)
# Adverbs between a subject and its verb ("Morozov then sent", "Борисов уже приехал").
_SUBJECT_ADVERBS = frozenset(
    """
    then just already also again never always finally still only even later first
    уже ещё еще тоже также потом сразу вчера сегодня опять снова только вже ще теж також потім одразу відразу
    вчора сьогодні знову лише
    """.split()
)
# Kinship and role words before a name ("brother Morozov", "командир Борисов"): a person's, not a place's.
_PERSON_ROLE_BEFORE = ROLES | frozenset(
    """
    comrade cousin mate buddy pal private sergeant lieutenant captain major colonel general corporal grandson nephew
    mr mrs ms dr товарищ кум сержант лейтенант капитан майор полковник рядовой ефрейтор старшина прапорщик
    племянник внук сосед товариш капітан рядовий старшина прапорщик племінник онук сусід пан пані
    """.split()
)
# What governs a name as a place: prepositions of place and the nouns of a settlement or an area.
_PLACE_GOVERNORS = _PLACE_PREPOSITIONS | frozenset(
    """
    from to into toward towards of via through outside across
    из изо з із зі до від от од к ко на через по за
    """.split()
)
_ADMIN_AFTER_ANY = regex.compile(
    r"[ \t]+(?i:district|region|oblast|raion|rayon|krai|province|hromada|район\p{L}*|област\p{L}*|облас\p{L}*|"
    r"громад\p{L}*|округ\p{L}*)(?!\p{L})"
)
# Verbs of speaking to or of someone right before a name ("tell Marat", "said Morozov", "передай Борисову",
# "сказав Борисов"): an addressee or a speaker, never a town ("called" is left out: "a village called Morozov").
_ADDRESS_VERBS_EN = frozenset(
    """
    said says told tell tells ask asks asked thank thanks thanked text texted phone phoned answered replied shouted
    warned warn remind reminded promised kiss hug greet greeted
    """.split()
)
# Of those, the English verbs that also take a clause ("officials said Morozov was shelled"): the name is their
# speaker only where the clause has ended (", said Morozov.").
_CLAUSE_VERBS_EN = frozenset("said says answered replied shouted warned warn promised".split())
_CLAUSE_ENDED = regex.compile(r"[ \t]*(?:[,.;:!?)»\"”]|$)", regex.MULTILINE)
_ADDRESS_LEMMAS_CYR = frozenset(
    """
    сказать говорить передать спросить ответить крикнуть пообещать попросить поблагодарить спрашивать отвечать
    сказати говорити передати спитати запитати відповісти крикнути пообіцяти попросити подякувати питати відповідати
    """.split()
)
# A self-introduction ("it's Gosha", "this is Morozov", "это Борисов", "це Борисов") and a possessive before a name
# ("her Vovka", "my Morozov"): a person.
_INTRODUCED_BEFORE = regex.compile(r"(?i:(?<!\p{L})(?:it['’]s|this\s+is|i['’]m|i\s+am|это|це)[ \t]+)$")
_POSSESSIVES_EN = frozenset("my your his her our their".split())
_POSSESSIVE_LEMMAS_CYR = frozenset("мой твой наш ваш свой мій твій свій".split())
# A word calling someone before the name's comma ("Listen, Mago, ...", "Слушай, Борисов, ...").
_CALL_WORDS = frozenset(
    """
    listen look hey hi hello yes no ok okay well thanks слушай слушайте смотри привет алло да нет ну спасибо слухай
    слухайте дивись привіт так ні дякую
    """.split()
)
_CALL_WORD_BEFORE = regex.compile(r"(\p{L}+)[ \t]*,[ \t]*$")
_SUBJECT_VERB_AFTER = regex.compile(r"[ \t]+(\p{L}+)(?:[ \t]+(\p{L}+))?")
_CALLED_AFTER = regex.compile(r"[ \t]*(?:,[ \t]*(\p{Ll}+)|!|\?)")
_NOT_VOCATIVE_AFTER = frozenset(
    "where which that who whose when and or a an the its located situated near some about home one two three four "
    "где куда откуда который которая которое которые де куди звідки який яка яке які и і й та или або чи в у на под "
    "під біля возле около".split()
)


def _apposition_word(word: str, language: str) -> bool:
    """Whether the word after a name's comma opens an apposition ("Morozov, village ...", "Борисов, город ..."): a
    noun and nothing else, so the name is described, not spoken to."""
    if word in _NOT_VOCATIVE_AFTER:
        return True
    if not _CYR.search(word):
        return english_noun_only(word)
    from redact.recognizers.nlp import morph as _morph

    ps = _morph.parses(word, "uk" if language == "uk" else "ru")
    return bool(ps) and all(p.tag.POS in {"NOUN", "ADJF", "NUMR"} for p in ps)


def _person_verb(word: str, language: str) -> bool:
    """Whether ``word`` is a finite verb of a person's own doing (English form, or a Russian or Ukrainian verb in the
    singular past or present)."""
    if not _CYR.search(word):
        return word.lower() in _PERSON_VERB_FORMS_EN
    from redact.recognizers.nlp import morph as _morph

    # both Cyrillic languages: a run read as Russian may quote Ukrainian speech ("Борисов сказав") and the reverse
    for p in (*_morph.parses(word, "ru"), *_morph.parses(word, "uk")):
        g = p.tag.grammemes
        # Ukrainian past forms carry a gender and no number ("сказав": masc,past): any but the plural
        if "VERB" in g and "plur" not in g and "infn" not in g and p.normal_form in _PERSON_VERB_LEMMAS_CYR:
            return True
    return False


def _address_verb(word: str) -> bool:
    """Whether ``word`` is a verb of speaking to or of someone (English form, or a Russian or Ukrainian verb)."""
    if not _CYR.search(word):
        return word.lower() in _ADDRESS_VERBS_EN
    from redact.recognizers.nlp import morph as _morph

    return any(
        "VERB" in p.tag.grammemes and p.normal_form in _ADDRESS_LEMMAS_CYR
        for p in (*_morph.parses(word, "ru"), *_morph.parses(word, "uk"))
    )


def _nominative(word: str, language: str) -> bool:
    if not _CYR.search(word):
        return True
    from redact.recognizers.nlp import morph as _morph

    return any("nomn" in p.tag.grammemes for lang in ("ru", "uk") for p in _morph.parses(word, lang))


def _place_reading(ws: list[str], surface: str, language: str, register: Any) -> bool:
    """Whether a one-word PERSON finding also reads as a place (the gazetteer, pymorphy3's Geox, the register)."""
    if _is_place(ws, surface, language) or _TOPONYM.fullmatch(ws[0].split("-")[0]):
        return True
    if register is None:
        return False
    from redact.public import PLACE_KINDS

    m = register.match(surface, language)
    return m is not None and m.kind in PLACE_KINDS


def person_by_grammar(text: str, start: int, end: int, language: str, register: Any = None) -> bool:
    """Whether one capitalised word that is also a place is said as a person: the subject of a verb of a person's
    doing ("Morozov sent everyone", "Борисов приехал", "Morozov then called"), a name called out ("Morozov, come
    here", "Come here, Morozov!"), or a name after a kinship or role word ("brother Morozov", "командир Борисов").
    Never when a place word governs it ("in Morozov", "из Борисова", "Borisov district") or when the register lists
    it as a public place (a capital said for its government: "Moscow said")."""
    word = text[start:end]
    if not word[:1].isupper() or word.isupper() or len(word) < 3 or not _ONE_LETTER.match(word):
        return False
    if _WORD.fullmatch(word) is None:
        return False
    if not _CYR.search(word) and _english_common(word):
        return False  # "Intercepted calls obtained ...": a word of the language opening a sentence, no name
    if register is not None:
        m = register.match(word, language)
        if m is not None and m.kind in {"country", "region", "city", "front", "media", "body"}:
            return False
    before = _WORD_BEFORE.search(text[max(0, start - 24) : start])
    prev = before.group(1).lower() if before is not None else ""
    if prev and (prev in _PLACE_GOVERNORS or _lemmas(prev, language) & _AREA_NOUNS):
        return False
    if _SETTLEMENT_BEFORE.search(text, max(0, start - 30), start) is not None:
        return False
    if _ADMIN_AFTER_ANY.match(text, end) is not None:
        return False
    if _coordinated_with_place(text, start, end, language, register):
        return False  # "з Фролова та Михайлівки пишуть": one of a list of places
    if prev and _lemmas(prev, language) & _PERSON_ROLE_BEFORE:
        return True  # "brother Morozov", "командир Борисов"
    if prev and before is not None and before.group(0)[len(prev) :].strip(" \t") == "":
        # the word right before, on the same line
        if _address_verb(before.group(1)) and (prev not in _CLAUSE_VERBS_EN or _CLAUSE_ENDED.match(text, end)):
            return True  # "tell Marat", "said Morozov", "передай Борисову", "сказав Борисов"
        if prev in _POSSESSIVES_EN or (_CYR.search(prev) and _lemmas(prev, language) & _POSSESSIVE_LEMMAS_CYR):
            return True  # "her Vovka", "мой Борисов"
    if _INTRODUCED_BEFORE.search(text, max(0, start - 12), start) is not None:
        return True  # "it's Gosha", "это Борисов"
    call_word = _CALL_WORD_BEFORE.search(text, max(0, start - 16), start)
    if call_word is not None and call_word.group(1).lower() in _CALL_WORDS and _VOCATIVE_AFTER.match(text, end):
        return True  # "Listen, Mago, my contract ...", "Слушай, Борисов, ..."
    follow = _SUBJECT_VERB_AFTER.match(text, end)
    if follow is not None and _nominative(word, language):
        first, second = follow.group(1), follow.group(2)
        if _person_verb(first, language):
            return True  # "Morozov sent", "Борисов приехал"
        if second is not None and first.lower() in _SUBJECT_ADVERBS and _person_verb(second, language):
            return True  # "Morozov then sent", "Борисов уже приехал"
    called = _CALLED_AFTER.match(text, end)
    if called is not None:
        after = called.group(1)
        opening = _at_line_start(text, start) or _after_sentence_end(text, start)
        if after is not None and opening and not _apposition_word(after, language):
            return True  # "Morozov, come here": called out, then spoken to
        if after is None and regex.search(r",[ \t]*$", text[max(0, start - 3) : start]):
            return True  # "Come here, Morozov!"
        if after is None and opening and text[called.end() - 1] == "!":
            return True  # "Morozov! Over here": called out
    return False


def _locative(text: str, start: int, word: str, language: str) -> bool:
    """Whether a place-or-name word follows a place preposition ("near Marinka", "под Угледаром", "у Львові")."""
    m = _WORD_BEFORE.search(text[max(0, start - 20) : start])
    if m is None:
        return False
    prep = m.group(1).lower()
    if prep in _PLACE_PREPOSITIONS or _lemmas(prep, language) & _AREA_NOUNS:
        return True  # "near Marinka", "в районе Крынок", "на околицях Бахмута"
    if prep in _CASED_PREPOSITIONS and _CYR.search(word):
        # у + locative is a place (у Львові), у + genitive may be a person; з/до/из + genitive: a noun reading
        # that is not a name (зі Львова, до Вашингтона)
        from redact.recognizers.nlp import morph as _morph

        lang = "uk" if language == "uk" else "ru"
        cases = {"loct", "loc2"} if prep == "у" else {"gent", "gen2", "loct", "loc2"}
        return any(
            cases & set(p.tag.grammemes) and not {"Name", "Surn", "Patr"} & set(p.tag.grammemes)
            for p in _morph.parses(word, lang)
        )
    return False


def _is_place(ws: list[str], surface: str, language: str) -> bool:
    from redact.recognizers.nlp.places import is_known_place, listed_place

    if len(ws) == 1 and ws[0].lower() in _given_names():
        return False
    if listed_place(surface):
        return True
    if len(ws) == 1 and _CYR.search(ws[0]):
        from redact.recognizers.nlp.places import place_beats_name

        return is_known_place(ws[0], language) and place_beats_name(ws[0], language)
    return False


# A settlement noun right before a name makes it the settlement's ("the village of Shenge-Tala", "town of Bor",
# "селі Станіслав", "місто Щастя"): what a recognizer took for a person is the place.
_SETTLEMENT_BEFORE = regex.compile(
    r"(?i:(?<!\p{L})(?:village|town|city|hamlet|settlement|township|stanitsa|khutor|село|села|селе|селу|селом|селі|"
    r"деревн[яиею]|посёлк[аеу]|поселк[аеу]|посёлок|поселок|селищ[еаі]|смт|пгт|міст[оаі]|город[ае]?|станиц[аеуы]|"
    r"хутор[аеі]?)(?:\s+of)?\s+)$"
)
# An employer named after a verb of working for it ("worked for Elvorti", "employed by Kyivstar"): a company.
_EMPLOYER_BEFORE = regex.compile(
    r"(?i:(?<!\p{L})(?:work(?:s|ed|ing)?|job|employed|employee|hired)\s+(?:for|at|by|of|with)\s+)$"
)
_FROM_PREPOSITIONS = frozenset("з із зі из изо".split())


def _from_place(text: str, start: int, word: str, language: str) -> bool:
    """Whether a known place's genitive follows "з/із/зі/из" ("з Губкіна", "из Рыльска") or a noun of a resident or
    native ("мешканка Ізмаїла", "уроженец Рыльска"): the place one comes from or lives in, whatever surname shares
    the form. With these prepositions a person stands in the instrumental ("з Губкіним")."""
    m = _LAST_WORD.search(text[max(0, start - 16) : start])
    if m is None or not _CYR.search(word):
        return False
    from redact.recognizers.nlp.places import resident_nouns

    if m.group(1).lower() not in _FROM_PREPOSITIONS and m.group(1).lower() not in resident_nouns():
        return False
    from redact.recognizers.nlp import morph as _morph
    from redact.recognizers.nlp.places import is_known_place

    lang = "uk" if language == "uk" else "ru"
    cases = {c for p in _morph.parses(word, lang) for c in p.tag.grammemes}
    return bool(cases & {"gent", "gen2"}) and "ablt" not in cases and is_known_place(word, lang)


def _in_list_of_places(text: str, start: int, end: int, language: str, register: Any) -> bool:
    """Whether a settlement's name that is also a given name ("Станіслав", "Артём") stands in a list between two
    places ("Антонівка, Станіслав, Кізомис"): a list of places names places."""
    from redact.recognizers.nlp.gazetteer import place_gazetteer

    if not place_gazetteer().get(text[start:end]):
        return False
    before = regex.search(r"(\p{Lu}[\p{L}'’ʼ-]+),\s+$", text[max(0, start - 40) : start])
    after = regex.match(r"(?:,|\s+(?:і|и|й|та|and|or|или|або|чи))\s+(\p{Lu}[\p{L}'’ʼ-]+)", text[end : end + 40])
    if before is None or after is None:
        return False
    for neighbour in (before.group(1), after.group(1)):
        hit = register.match(neighbour, language) if register is not None else None
        if not (
            (hit is not None and hit.kind in {"country", "region", "city", "front"})
            or _is_place([neighbour], neighbour, language)
            or _TOPONYM.fullmatch(neighbour) is not None
        ):
            return False
    return True


# Nouns of a territory or a community in the genitive after a sentence's first noun ("Влада міста", "Руководство
# области"): that first word heads a noun phrase, whatever given name shares its form. Lemmas, either language.
_TERRITORY_NOUNS = _PLACE_HEADS | frozenset(
    "місто город село країна страна держава государство регіон регион республіка республика".split()
)


def _common_noun_opening(text: str, start: int, end: int, word: str, language: str) -> bool:
    """Whether a capitalised Cyrillic word opening a sentence is the common noun it also reads as: it governs a
    territory's genitive ("Влада міста не коментує"), or, having no given-name reading, its inanimate noun reading
    agrees with the predicate after it ("Школа закрита", "Больница переполнена"; "Школа загинув" is a man)."""
    if not _CYR.search(word) or not _sentence_opening(text, start):
        return False
    follow = regex.match(r"[ \t]+(\p{Ll}[\p{Ll}'’ʼ-]*)", text[end : end + 40])
    if follow is None:
        return False
    from redact.recognizers.nlp import morph as _morph

    lang = "uk" if language == "uk" else "ru"
    ps = _morph.parses(word, lang)
    nouns = [p for p in ps if p.tag.POS == "NOUN" and {"inan", "nomn"} <= set(p.tag.grammemes)]
    if not nouns or any({"Name", "Surn", "Patr"} & set(p.tag.grammemes) for p in nouns):
        return False
    nxt = follow.group(1)
    fps = _morph.parses(nxt, lang)
    if any(p.tag.POS == "NOUN" and "gent" in p.tag for p in fps) and _lemmas(nxt, lang) & _TERRITORY_NOUNS:
        return True
    if any(p.tag.POS and "Name" in p.tag for p in ps):
        return False
    genders = {str(p.tag.gender) for p in nouns if p.tag.gender and "plur" not in p.tag} or {""}
    # A short adjective or participle ("закрита", "переполнена"), not a verb: "Школа сказала" may be a woman.
    predicate = [p for p in fps if p.tag.POS in {"ADJS", "PRTS"} or (p.tag.POS == "ADJF" and "nomn" in p.tag)]
    return any("plur" not in p.tag for p in predicate) and all(
        str(p.tag.gender) in genders for p in predicate if p.tag.gender
    )


# Two capitalised words joined by a dot with no space around the finding: the finding is one of them.
_DOTTED_BRAND = regex.compile(r"\p{Lu}\p{L}+\.\x00|\x00\.\p{L}{2,}(?![\p{L}@])")

# An English month's abbreviation (news style: "Sept 17", "Aug. 10", "Oct 2022") before a day or a year.
_MONTH_ABBREVIATION = regex.compile(r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?[ \t]+\d")
_ABSTRACT = regex.compile(r"(?i)\p{L}{3,}(?:sion|tion|ment|ness|ity|ance|ence|ism|ship|hood|ure)$")
_NOTE_OPEN = regex.compile(r"(?:^|\n)[ \t]*\[[ \t]*$")


# A digest's or live blog's heading: a substantivised neuter adjective opening a line before the span of time it sums up
# ("Головне за 21 грудня", "Главное за сутки", "Головне на ранок 5 березня", "Главное к этому часу", "Важливе станом
# на 18:00"). A village named so (Головне, Зелене) would be a sentence's subject, never followed by "за добу".
_DIGEST_SPAN = regex.compile(
    r"[ \t]+(?:за|на|к|до|станом[ \t]+на|по[ \t]+состоянию[ \t]+на|о|в)[ \t]+(?:этому[ \t]+|цю[ \t]+|эти[ \t]+|ці[ \t]+"
    r"|минул\p{L}+[ \t]+|прошедш\p{L}+[ \t]+|последн\p{L}+[ \t]+|останн\p{L}+[ \t]+)?(?:\d|день|дня|добу|сутки|суток"
    r"|тиждень|неделю|неділю|ніч|ночь|ранок|утро|вечір|вечер|годину|годин|час|часу|часам|місяць|месяц|рік|год|сьогодні"
    r"|сегодня|вчора|вчера|вихідні|выходные|\p{Ll}+(?:ня|ого|ая|ый|та|ад|ое|аря|ля|та|ту)(?=[ \t]*\d))(?!\p{L})",
    regex.IGNORECASE,
)


def _digest_heading(text: str, start: int, end: int, ws: list[str], lang: str) -> bool:
    """Whether a single Cyrillic word opening a line is a digest's heading word ("Головне за добу", "Главное за 3
    марта"): it reads as a neuter adjective or noun in the nominative and a span of time follows it."""
    if len(ws) != 1 or not _CYR.search(ws[0]) or not _at_line_start(text, start):
        return False
    if _DIGEST_SPAN.match(text, end) is None:
        return False
    from redact.recognizers.nlp import morph as _morph

    # Either Cyrillic dictionary: a short Ukrainian heading is often read as Russian ("Головне" is a Russian dative).
    return any(
        p.tag.POS in {"ADJF", "NOUN"} and {"neut", "nomn"} <= set(p.tag.grammemes) and "Geox" not in p.tag.grammemes
        for reading in dict.fromkeys((lang, "uk", "ru"))
        for p in _morph.parses(ws[0], reading)
    )


def person_verdict(
    text: str, start: int, end: int, language: str, register: PublicRegister | None = None, *, call_sign: bool = False
) -> Verdict | None:
    """What a PERSON finding really is: ``drop`` (not a name), ``LOCATION`` (a place or a private institution
    such as a school or an enlistment office), ``CALL_SIGN`` (a word the text names as a call sign), or None (a
    person).

    With ``call_sign`` the finding is a call sign: only the organisation and place rules apply (a call sign may
    well be an ordinary word or a kinship word: "Брат", "Зима").
    """
    from redact.recognizers.nlp.places import given_name_and_surname

    surface = text[start:end]
    ws = _WORD.findall(surface)
    if not ws:
        return None
    lang = reading_language(ws, language)
    if _digest_heading(text, start, end, ws, lang):
        return "drop"  # "Головне за 21 грудня": a live blog's heading, no village and no name
    lemmas = [_lemmas(w, lang) for w in ws]
    if call_sign and len(ws) == 1 and _quoted_subject(text, start, end, ws[0], lang):
        return (
            None  # "«Тайга» говорит, что...": a quoted name acting in speech stays a call sign, whatever town shares it
        )
    if len(ws) == 1 and _SEAT_ADJECTIVE.search(ws[0]) and _COURT_AFTER.match(text, end):
        # "Псковского гарнизонного военного суда", "Ізюмський міськрайонний суд", "Житомирської обласної
        # прокуратури": the adjective of a court's or prosecutor's seat, a public body's name, never a person.
        return "drop"
    follow = _FOLLOW_WORD.match(text[end : end + 40])
    if any(lem & ORG_CUES for lem in lemmas) or (
        follow is not None and follow.group(1)[:1].isupper() and _lemmas(follow.group(1), lang) & ORG_CUES
    ):
        # An organisation is no person. A public one (the register's media and bodies) stays; any other
        # (a school, an enlistment office, a plant) may identify someone and is withheld as a place.
        m = register.match(surface, language) if register is not None else None
        if m is not None and m.kind in {"media", "body"}:
            return "drop"
        from redact.entities import ENTITIES

        return "ORGANIZATION" if "ORGANIZATION" in ENTITIES else "LOCATION"
    if (
        len(ws) >= 2
        and _CYR.search(ws[0])
        and lemmas[0] & _UNIT_NOUNS
        and not _has_name_tag(ws[0], lang)
        and not any(w.lower() in _given_names() or _morph_tag(w, lang, "Patr") for w in ws[1:])
    ):
        return "LOCATION"  # "Республіки Саха", "Республике Тыва", "Области Войска Донского": a unit and its name
    if call_sign and len(ws) == 1 and _CYR.search(surface) and not named_as_call_sign(text, ws[0]):
        from redact.recognizers.nlp.places import locative_after_preposition

        quoted_name = start > 0 and text[start - 1] in '«"“„'
        if locative_after_preposition(text, start - int(quoted_name), ws[0], lang):
            # "в цеху на «Уралвагонзаводе»": a quoted name in the locative after на/в/у is an enterprise or a body;
            # "на Азовсталі", "на Дубравной": unquoted, a place or a street. Withheld as such, never a call sign.
            from redact.entities import ENTITIES

            return "ORGANIZATION" if quoted_name and "ORGANIZATION" in ENTITIES else "LOCATION"
    if not call_sign and all(lem & ROLES for lem in lemmas):
        return "drop"
    if not call_sign and len(ws) == 2 and _memorial_of_hero(ws, lang):
        return "drop"  # "Парту Героя", "Стіна Героїв": a memorial project named after the Hero, no one's name
    if not call_sign and len(ws) == 1 and _other_language_verb(ws[0], lang):
        return "drop"  # "– Представтеся." in a Russian run, "КУРАТОР: Сфоткай и скинь": a verb, not a name
    if not call_sign and thing_word(text, start, end):
        # "Шахеды прилетели", "ракетами Іскандер-М", "скинули два КАБи", "Альхамдулиллах, живой": a weapon's name or
        # a formula, no one's
        return "drop"
    if not call_sign and len(ws) == 1 and _motherland(text, start, end, lang):
        return "drop"  # "отдал жизнь за Родину", "верность Родине": the motherland, not a woman named Rodina
    if not call_sign and len(ws) <= 3 and _award_eponym(text, start, end, ws, lang):
        return "drop"  # "награждён медалью Суворова": the award's name, no one's
    if len(ws) == 1 and _HEAVENLY.search(text, max(0, start - 12), end) is not None:
        return "drop"  # "Царствие Небесное": the obituary's prayer, no call sign
    if len(ws) == 1 and _MONTH_ABBREVIATION.match(text, start) is not None:
        return "drop"  # "KYIV, Sept 17 (Reuters)", "on Aug. 10", "mobilised Oct 2022": a date, no one's name
    if not call_sign and len(ws) == 1 and _pronoun(ws[0], lang):
        return "drop"  # «Своих не бросаем», "Нашего": a pronoun names no one
    if (
        not call_sign
        and len(ws) == 1
        and _FOLLOW_LOWER.match(text, end) is not None
        and _sentence_opening(text, start)
        and _function_word(ws[0], lang)
    ):
        # "Только не говорите", "Далі військовий просить", "дружині: «Меня в штурмовики перевели»": a function word
        # or an adverb opening a sentence before a lowercase word, not the name or surname that shares its form
        return "drop"
    if not call_sign and len(ws) == 1 and _verb_list(text, end, ws[0], lang):
        return "drop"  # "Любим, помним, скорбим": verbs of the obituary's closing line
    if _DOTTED_BRAND.search(text[max(0, start - 30) : start] + "\x00" + text[end : end + 30]) is not None:
        return "drop"  # "Idel.Realii", "Siberia.Realities", "Liga.net": an outlet's name written with a dot
    if not call_sign and len(ws) <= 3 and any(lem & ROLES for lem in lemmas):
        # a kinship word with ordinary words ("Kiss Papa", "Tell Mama"): no name in it
        common = _cyrillic_common if _CYR.search(surface) else (lambda w, _lang: _english_common(w))
        if all(lem & ROLES or common(w, lang) for w, lem in zip(ws, lemmas, strict=True)):
            return "drop"
    if not call_sign and len(ws) == 1 and named_as_call_sign(text, ws[0]):
        return "CALL_SIGN"
    quoted = start > 0 and text[start - 1] in "«\"“„'"
    if len(ws) == 1 and _title_adjective(text, end, ws[0], lang) and not named_as_call_sign(text, ws[0]):
        # "з Верховним представником ЄС", "Генеральный секретарь НАТО": the adjective of an office's title, for a
        # person or a bare call sign alike (a call sign the text names with its cue stays one)
        return "drop"
    if len(ws) == 1 and not quoted and _adjective_of_noun(text, end, ws[0], lang):
        return "drop"  # "Женевські конвенції", "Минские соглашения": an adjective agreeing with the noun after it
    if not call_sign and len(ws) == 1 and _noun_of_public_name(text, end, ws[0], lang, register):
        return "drop"  # "Влада Казахстану заявила": the authorities of a country, not a woman named Vlada
    if not call_sign and len(ws) == 1 and _country_adjective(text, start, end, ws[0], register):
        return "drop"  # "his German counterpart", "a Polish court": a country's adjective before a noun
    if not call_sign and len(ws) == 1 and _common_noun_opening(text, start, end, ws[0], lang):
        return "drop"  # "Влада міста не коментує", "Школа закрита": the common noun opening the sentence
    if (
        len(ws) == 1
        and not _CYR.search(surface)
        and ws[0].lower() not in _given_names()
        and _EN_ADMIN_AFTER.match(text, end) is not None
    ):
        # "the Solomianskyi and Darnytskyi districts", "Darnytskyi district": a district's or region's name, no person
        return "LOCATION"
    head = _head_after(text, end, ws, lang) if _CYR.search(surface) and len(ws) <= 2 else None
    if head is not None:
        # "Сил оборони", "Сухопутних військ", "Троїцького кладовища": a word of an organisation's or a place's
        # name before its lowercase head, never a person or a call sign.
        kind, head_end = head
        m = register.match(text[start:head_end], language) if register is not None else None
        if m is not None and m.kind in {"media", "body"}:
            return "drop"
        if text[end:head_end].split()[-1].lower()[:5] in _NATIONAL_HEADS and not _PLACE_ADJECTIVE_CYR.search(ws[0]):
            return "drop"  # "Генерального прокурора", "Сухопутних військ": a national body stays as written
        from redact.entities import ENTITIES

        return kind if kind in ENTITIES else "LOCATION"
    if (
        not call_sign
        and len(ws) == 1
        and (ws[0][:1].islower() or _at_line_start(text, start) or _after_sentence_end(text, start))
        and demonym(ws[0], lang, register)
    ):
        return "drop"  # "Українці вважають", "россиян": the people of a country or a big city
    if call_sign and len(ws) == 1 and named_as_call_sign(text, ws[0]):
        return None  # a call sign the text names as one stays one, village or surname alike
    if not call_sign and len(ws) == 1 and _CYR.search(ws[0]) and ws[0].lower() not in _given_names():
        from redact.recognizers.nlp.demonyms import demonym_place

        # "Вологжанин Глеб …", "Тихоречане вышли проститься": someone from a home place, a place to withhold. Inside
        # a sentence a capitalised word is more often a surname (Петровец): there only before a given name
        # ("уроженец края вологжанин Глеб") and only from towns and cities.
        opening = _sentence_opening(text, start)
        nxt = _FOLLOW_NAME.match(text[end : end + 30])
        before_name = nxt is not None and nxt.group(1).lower() in _given_names()
        if (opening or before_name) and demonym_place(ws[0], lang, not opening):
            return "LOCATION"
    second = ws[1] if len(ws) == 2 else None
    if second is None and len(ws) == 1:
        nxt = _FOLLOW_NAME.match(text[end : end + 30])
        second = nxt.group(1) if nxt is not None else None
    if (
        second is not None
        and _PLACE_ADJECTIVE.fullmatch(ws[0])
        and not regex.search(r"(?i)(?:sk|tsk|ck)aya$", ws[0])
        and second.lower() not in _given_names()
    ):
        return "LOCATION"  # "Zolotaya Griva", "Novaya Shilka", "Krasnoye Pole": an adjective naming a place
    if len(ws) == 1 and _hashtag_place(text, start, ws[0], lang):
        return "LOCATION"  # "#КаміньКаширський": a town's hashtag, its hyphen dropped
    if (
        len(ws) <= 3
        and _SETTLEMENT_BEFORE.search(text, max(0, start - 30), start) is not None
        and not (len(ws) == 2 and given_name_and_surname(ws[0], ws[1], lang))
    ):
        return "LOCATION"  # "the village of Shenge-Tala", "селі Станіслав": the settlement the noun names
    if len(ws) == 1 and (_from_place(text, start, ws[0], lang) or _in_list_of_places(text, start, end, lang, register)):
        return "LOCATION"  # "з Губкіна", "Антонівка, Станіслав, Кізомис": a place by its preposition or its list
    if (
        not call_sign
        and len(ws) == 1
        and not _CYR.search(surface)
        and ws[0].lower() not in _given_names()
        and _EMPLOYER_BEFORE.search(text, max(0, start - 30), start) is not None
    ):
        from redact.entities import ENTITIES

        return "ORGANIZATION" if "ORGANIZATION" in ENTITIES else "LOCATION"  # "worked for Elvorti": an employer
    if (
        not call_sign
        and len(ws) == 1
        and _place_reading(ws, surface, lang, register)
        and person_by_grammar(text, start, end, lang, register)
    ):
        return None  # "Morozov sent everyone", "Борисов приехал", "brother Morozov": a person, whatever town shares it
    if (
        len(ws) <= 2
        and _TOPONYM.fullmatch(ws[0].split("-")[0])
        and ws[0].lower() not in _given_names()
        and not _has_name_tag(ws[0].split("-")[0], lang)
    ):
        return "LOCATION"
    if register is not None:
        from redact.public import PLACE_KINDS

        m = register.match(surface, language)
        if m is not None and m.kind in {"media", "body"}:
            return "drop"
        if (
            m is not None
            and len(ws) == 1
            and (m.kind == "country" or (m.kind in {"city", "region"} and not m.entry.note.endswith("(gazetteer)")))
            and ws[0].lower() not in _given_names()
            and not _given_name_reading_whole(ws[0], lang)
        ):
            # "Угорщини", "Вашингтона", "Донбасу": a country, a listed capital or a region the register lists by name
            # (not every region of the gazetteer), whatever surname shares it
            return "LOCATION"
        if (
            m is not None
            and m.kind in PLACE_KINDS
            and not (
                len(ws) == 1
                and _name_like(ws[0], lang)
                and not _locative(text, start, ws[0], lang)
                and not _coordinated_with_place(text, start, end, lang, register)
            )
        ):
            return "LOCATION"
    if _is_place(ws, surface.removesuffix("'s").removesuffix("’s"), lang):
        return "LOCATION"
    quoted_thing = start > 0 and text[start - 1] in "«\"“„'"
    thing = _thing_after(text, end, ws, lang) if _CYR.search(surface) and len(ws) <= 3 and not quoted_thing else None
    if thing is not None:
        # "Женевську конвенцію", "Української Гельсінської спілки": adjectives heading an inanimate noun name a thing,
        # never a person. A treaty, a law or a register (or a public body the register lists) stays as written; any
        # other (a forestry, a lyceum of a village) may place someone and is withheld as an organisation.
        heads, head_end = thing
        m = register.match(text[start:head_end], language) if register is not None else None
        if heads & (_DOCUMENT_HEADS | _EVENT_HEADS) or (m is not None and m.kind in {"media", "body"}):
            return "drop"  # a treaty or a register, a battle or an offensive, a public body
        from redact.entities import ENTITIES

        return "ORGANIZATION" if "ORGANIZATION" in ENTITIES else "LOCATION"
    if (
        not call_sign
        and len(ws) == 1
        and not _CYR.search(surface)
        and _ABSTRACT.search(ws[0])
        and _after_sentence_end(text, start)
        and _english_common(ws[0])
    ):
        return "drop"  # "Wounded. Concussion and shrapnel": an abstract noun opening a sentence is no name
    # A transcript's own note ("[Перехват. Оригинал на русском.]", "[Запис розмови]") is the editor's, not a
    # call sign: a common word opening a bracket at a line start is dropped as for a person.
    if _CYR.search(surface) and (_street_named(ws, lang) or _after_street_noun(text, start, ws, lang)):
        return "LOCATION"  # "Улица Студенческая, там с мамой жил": a home street opening a sentence
    heading = _NOTE_OPEN.search(text[max(0, start - 40) : start]) is not None
    line_start = _at_line_start(text, start)
    if (
        (not call_sign or heading)
        and len(ws) <= 2
        and (line_start or _sentence_opening(text, start))
        and not _capitalised_mid_sentence(text, ws[0], start)
        and not (len(ws) == 1 and _name_possessive(ws[0], lang))  # "Сашин брат?" opening a question
    ):
        common = _cyrillic_common if _CYR.search(surface) else (lambda w, _lang: _english_common(w))
        called = len(ws) == 1 and _VOCATIVE_AFTER.match(text, end) is not None
        # Inside a line a Latin word must read as more than a noun ("Contact", not "Baker", "Kuznets": surnames).
        noun_only = not _CYR.search(surface) and english_noun_only(ws[0])
        if (
            all(common(w, lang) for w in ws)
            and not (called and noun_only)
            and (line_start or not noun_only or len(ws) > 1)
            and (line_start or not _CYR.search(surface) or all(_sentence_common(w, lang) for w in ws))
        ):
            return "drop"  # but "Samson!" called out is a name, whatever noun the dictionary has
        if not line_start and len(ws) == 1 and not call_sign and _sentence_common(ws[0], lang):
            return "drop"  # "… в 1990 году. Родом из …", "Влада заявила": a word whose first reading is common
    return None


# A chat's roles that messengers' display names carry ("Админ Лена", "Адмін Роксолана"), and what follows such a name
# heading a line: a colon, or the message's time (see role_before_name).
_CHAT_ROLES = frozenset("админ администратор модератор адмін адміністратор admin moderator".split())
_CHAT_LABEL_AROUND = regex.compile(r"[ \t]*(?::(?=\s|$)|,?[ \t]+\[?\d{1,2}:\d{2}\b)")


def _memorial_of_hero(ws: list[str], lang: str) -> bool:
    """Whether two capitalised words are an inanimate common noun and an honorific in the genitive ("Парта Героя",
    "Аллея Героев", "Стіна Героїв"): the name of a memorial or a school project, no person's."""
    from redact.recognizers.nlp import morph as _morph
    from redact.recognizers.nlp.ranks import HONORIFIC_PERSON_LEMMAS

    if lang not in {"ru", "uk"} or _has_name_tag(ws[0], lang) or ws[0].lower() in _given_names():
        return False
    head = _morph.parses(ws[0], lang)[:2]
    if not head or not all(p.tag.POS == "NOUN" and "inan" in p.tag.grammemes for p in head):
        return False
    return any(
        str(p.normal_form) in HONORIFIC_PERSON_LEMMAS and "gent" in p.tag.grammemes for p in _morph.parses(ws[1], lang)
    )


def role_before_name(text: str, start: int, end: int, language: str) -> int:
    """Where the name of a PERSON finding starts when a kinship or role word opens it ("Дружина Віра Степанівна
    передала", "Мать Галина Петровна просит", "Командир Сидоров приказал", "Mother Olena Hnatiuk said"): right after
    that word, when one to three capitalised words follow and the word itself is no given name or surname; else
    ``start``. The kinship word is the sentence's, the name stays withheld. A capitalised chat role heading a line
    ("Админ Лена:", "Модератор Оксана 21:40") is part of the display name and stays in; a lower-case role badge
    ("админ | Светлана") is the messenger's and is cut."""
    ws = list(_WORD.finditer(text, start, end))
    if not 2 <= len(ws) <= 4 or not all(w.group(0)[:1].isupper() for w in ws[1:]):
        return start
    from redact.recognizers.nlp.ranks import HONORIFIC_PERSON_LEMMAS

    first = ws[0].group(0)
    lang = reading_language([first], language)
    if (
        lang in {"ru", "uk"}
        and len(ws) >= 3
        and first.lower() not in _given_names()
        and _lemmas(first, lang) & HONORIFIC_PERSON_LEMMAS
        and not _has_name_tag(first, lang)
    ):
        # "мама Героя Татьяна Викторовна", "родині Захисника Ганні Петрівні": the honorific of the man the phrase
        # before is about, in its own case, with the full name of someone else after it; the name starts after it
        return int(ws[1].start())
    if first.lower() in _given_names() or not (_lemmas(first, lang) & ROLES or _possessive_pronoun(first, lang)):
        return start
    if lang in {"ru", "uk"} and (
        (first[:1].isupper() and _has_name_tag(first, lang)) or not _same_case(first, ws[1].group(0), lang)
    ):
        # "Мама Даньки": the mother of someone named, one person's mention as a whole; a lowercase word is no name
        # whatever form it shares ("напишите жене Анастасии": not Женя's)
        return start
    if (
        first[:1].isupper()
        and _lemmas(first, lang) & _CHAT_ROLES
        and _CHAT_LABEL_AROUND.match(text, end)
        and not text[:start].rsplit("\n", 1)[-1].strip(" \t[]")
    ):
        return start  # "Админ Лена:" heading a chat line: her display name, role word and all
    return int(ws[1].start())


def _possessive_pronoun(word: str, lang: str) -> bool:
    """Whether a Cyrillic word reads as a possessive pronoun ("Мой Егор с 6 числа молчит", "Наша Оля", "Мій Андрій"):
    the sentence's, not a word of the name after it. The Russian dictionary tags it Apro, the Ukrainian one NPRO."""
    from redact.recognizers.nlp import morph as _morph

    return (
        lang in {"ru", "uk"}
        and _morph.is_known(word, lang)
        and any(p.tag.POS == "NPRO" or "Apro" in p.tag.grammemes for p in _morph.parses(word, lang))
    )


def _same_case(word: str, other: str, lang: str) -> bool:
    """Whether two Cyrillic words share a singular case reading (a noun and its apposition: "Дружина Віра")."""
    from redact.recognizers.nlp import morph as _morph

    def cases(w: str, tag: str | None = None) -> set[str]:
        ps = [p for p in _morph.parses(w, lang) if p.tag.case and "plur" not in p.tag]
        named = [p for p in ps if tag is not None and tag in p.tag.grammemes]
        return {str(p.tag.case) for p in named or ps}

    mine, theirs = cases(word), cases(other, "Name")  # a given name read as a given name ("Ганна", not Surn Ганн)
    if not mine:  # a dictionary entry without cases ("Дружина" in uk): the name must read as a nominative only
        return "nomn" in theirs and "gent" not in theirs
    return bool(mine & theirs)


def inside_known_name(
    text: str, start: int, end: int, language: str, register: Any = None, *, people: bool = True
) -> str | None:
    """Whether ``text[start:end]`` is one word of a longer known name around it (New York, Vladimir Putin).

    With ``people`` false only places, media and bodies count (a word of a public figure's name is still a name).
    Returns the kind of the name ("place", "person", "media", "body") or None.
    """
    around = known_name_around(text, start, end, language, register, people=people)
    return around[0] if around is not None else None


# Up to three words joined to a finding on its left and on its right, and each of them (known_name_around).
_LEFT_WORDS = regex.compile(r"((?:\p{L}[\p{L}'’-]*(?:[ -]|\.(?=\p{L}|$))){1,3})$")
_RIGHT_WORDS = regex.compile(r"((?:(?:[ -]|\.(?=\p{L}))\p{L}[\p{L}'’-]*){1,3})")
_LEFT_WORD = regex.compile(r"\p{L}[\p{L}'’-]*(?:[ -]|\.(?=\p{L}|$))")
_RIGHT_WORD = regex.compile(r"(?:[ -]|\.(?=\p{L}))\p{L}[\p{L}'’-]*")


def known_name_around(
    text: str, start: int, end: int, language: str, register: Any = None, *, people: bool = True
) -> tuple[str, int, int] | None:
    """The longest known name around ``text[start:end]`` (see :func:`inside_known_name`): its kind, start and end."""
    from redact.recognizers.nlp.places import listed_place

    # Words join by a space, a hyphen, or a dot with no space ("Siberia.Realities", "Idel.Realii", "Liga.net").
    left = _LEFT_WORDS.search(text[max(0, start - 60) : start])
    right = _RIGHT_WORDS.match(text[end : end + 60])
    lefts = [""]
    if left is not None:
        parts = _LEFT_WORD.findall(left.group(1))
        lefts += ["".join(parts[i:]) for i in range(len(parts))]
    rights = [""]
    if right is not None:
        parts = _RIGHT_WORD.findall(right.group(1))
        rights += ["".join(parts[: i + 1]) for i in range(len(parts))]
    from redact.public import PLACE_KINDS

    word = text[start:end]
    best: tuple[int, str, int, int] | None = None  # the longest known name wins: New York Times over New York
    for lpart in lefts:
        for rpart in rights:
            if not lpart and not rpart:
                continue
            name = lpart + word + rpart
            if best is not None and len(name) <= best[0]:
                continue
            bare = name.removesuffix("'s").removesuffix("’s")
            span = (start - len(lpart), end + len(rpart))
            if listed_place(bare):
                best = (len(name), "place", *span)
                continue
            if register is not None and register.town_around(bare, language):
                # a word of a town of the gazetteer in an oblique case ("Білій" of Білій Церкві): the register
                # judges the town whole (a place of events kept, a home withheld)
                best = (len(name), "place", *span)
                continue
            extra = _WORD.findall(lpart + " " + rpart)
            if register is None or not all(register.may_hold(w, language) for w in extra):
                continue  # cheap: a neighbour no register name has a stem of
            m = register.match(name, language)
            if m is not None and (people or m.kind != "person"):
                best = (len(name), "place" if m.kind in PLACE_KINDS else m.kind, *span)
    return best[1:] if best is not None else None


# A word on its own after a speaker label, then a comma, "!" or "?": someone addressed ("MOTHER: Deniska!",
# "ARTYOM: Katyusha, it's me", "ОКСАНА: Тарасику, де ти?"). A place is hardly ever called to like that.
_VOCATIVE_AFTER = regex.compile(r"[ \t]*(?:[,!?]|\.\.\.)")
# A wire dateline's tail: "GAI, Russia, March 9 (Reuters) -" files from a town, it addresses no one.
_DATELINE_AFTER = regex.compile(
    r"(?:,[ \t]+(?:Russia|Ukraine|Belarus|Kazakhstan|Crimea|Moldova|Georgia)\b"
    r"|[ \t]+\((?:Reuters|AP|AFP|dpa|Interfax)\))"
)


def demonym(word: str, language: str, register: Any) -> bool:
    """Whether a lowercase word is a demonym or adjective of a public place (россиян, українці, москвичи,
    харків'яни, українську): the people of a country or a big city, no one in particular.

    The suffix is stripped from the word and its lemmas and the stem completed into a place name the register
    keeps ("росси" → Россия, "москв" → Москва, "харків" → Харків)."""
    if register is None or not _CYR.search(word) or word.lower() in _given_names():
        return False
    # One resident of a city or region ("харків'янин", "москвичка", "одесит") is someone from there: a home.
    # Their people as a whole ("москвичи", "харків'яни") and a country's ("россиянин", "українці") are public.
    plural = _plural(word, language)
    for stem in _demonym_stems(word, language):
        for tail in _DEMONYM_TAILS:
            hit = register.match((stem + tail).capitalize(), language)
            if hit is not None and (hit.kind == "country" or (hit.kind == "city" and plural and _big(hit))):
                return True
    return False


_DEMONYM_TAILS = ("", "а", "я", "ия", "ія", "ь", "о", "и", "ки", "ка")


@functools.lru_cache(maxsize=65536)
def place_demonym(word: str, language: str) -> bool:
    """Whether a Cyrillic word is a demonym of any known place ("одесит", "Прилучани", "Ярославцы")."""
    if not _CYR.search(word):
        return False
    from redact.recognizers.nlp.places import is_known_place

    lang = "uk" if language == "uk" else "ru"
    return any(
        is_known_place((stem + tail).capitalize(), lang)
        for stem in _demonym_stems(word, language)
        for tail in _DEMONYM_TAILS
        if len(stem + tail) >= 4
    )


@functools.lru_cache(maxsize=65536)
def _demonym_stems(word: str, language: str) -> frozenset[str]:
    stems: set[str] = set()
    for form in {word.lower(), *_lemmas(word, language)}:
        form = form.replace("’", "'").replace("ʼ", "'")
        m = regex.match(
            r"(\p{L}{3,}?)'?(?:л?янин|л?анин|л?яни|л?яне|л?ян|л?янка|л?янки|чанин|чани|чане|ичка|ич|ичи|"
            r"ец|ець|цы|ці|цев|ців|ка|ки|ок|ських|ський|ська|ську|ське|ські|ский|ская|скую|ские|ских|"
            r"ское|ит|ита|иты|итов|ити)$",
            form,
        )
        if m:
            stems.add(m.group(1))
    return frozenset(stems)


def _big(hit: Any) -> bool:
    """A city of the register: listed by name, or a gazetteer city above the policy's size."""
    return not hit.entry.note.endswith("(gazetteer)") or "city of" in hit.entry.note


def _singular(word: str, language: str) -> bool:
    from redact.recognizers.nlp import morph as _morph

    return any("sing" in p.tag.grammemes for p in _morph.parses(word, "uk" if language == "uk" else "ru"))


def _plural(word: str, language: str) -> bool:
    from redact.recognizers.nlp import morph as _morph

    ps = _morph.parses(word, "uk" if language == "uk" else "ru")
    return any("plur" in p.tag.grammemes for p in ps)


# An English administrative noun after a Latin name, or after the last of a list ("the Solomianskyi and Darnytskyi
# districts", "Kyiv's Holosiivskyi, Dniprovskyi, and Shevchenkivskyi districts"): the names are of districts or regions.
_EN_ADMIN_AFTER = regex.compile(
    r"(?:(?:,[ \t]*\p{Lu}[\p{L}'’-]+)*,?[ \t]+(?:and|or)[ \t]+\p{Lu}[\p{L}'’-]+)?"
    r"[ \t]+(?:district|region|oblast|raion|rayon|krai|province)s?\b"
)
_KIN_AFTER = regex.compile(
    r"(?:'s|’s)\s+(?:mother|father|wife|husband|son|daughter|brother|sister|mom|mum|dad|widow|family|parents|"
    r"girlfriend|fiancée|fiancee|grandmother|grandfather|uncle|aunt|comrade|commander|unit|phone|call sign)\b"
)


def _named_as_person(text: str, end: int, word: str) -> bool:
    """Whether a capitalised Latin word the text names as a person elsewhere: after a given name ("Denis Korovin"),
    or before a kinship noun ("Korovin's mother"). A place is neither."""
    if _CYR.search(word) or not word[:1].isupper() or len(word) < 3:
        return False
    if _KIN_AFTER.match(text, end) is not None:
        return True
    for before in words_before(text, word):
        if before.lower() in _given_names() and not _is_place([before], before, "en"):
            return True
    return False


def _given_name_before_surname(text: str, end: int, word: str, language: str) -> bool:
    """Whether a common given name that is also a village ("Oleh", "Олег") stands before a capitalised word that is
    no place: "regional head Oleh Kiper" names a man, whatever settlement shares the given name."""
    if word.lower() not in _given_names() or not word[:1].isupper() or word.isupper():
        return False
    nxt = regex.match(r"[ \t]+(\p{Lu}\p{Ll}[\p{L}'’ʼ-]*)", text[end : end + 40])
    if nxt is None or _CYR.search(word) != _CYR.search(nxt.group(1)):
        return False
    follow = nxt.group(1)
    return follow.lower() not in _given_names() and not _is_place([follow], follow, language)


def words_before(text: str, word: str) -> Iterator[str]:
    """The capitalised words written just before ``word`` (a word not starting with a small letter or a space):
    group 1 of the matches of ``(\\p{Lu}\\p{Ll}+)\\s+WORD(?!\\p{L})``, in order and not overlapping, found with
    ``str.find`` and one-character tests instead of a pattern compiled for every word."""
    last_end = 0
    i = text.find(word)
    while i >= 0:
        end = i + len(word)
        if _ONE_LETTER.match(text, end) is None:
            gap = i
            while gap > 0 and _ONE_SPACE.match(text, gap - 1) is not None:
                gap -= 1
            low = gap
            while low > 0 and _ONE_LOWER.match(text, low - 1) is not None:
                low -= 1
            if (
                gap < i
                and low < gap
                and low > 0
                and _ONE_UPPER.match(text, low - 1) is not None
                and low - 1 >= last_end
            ):
                last_end = end
                yield text[low - 1 : gap]
        i = text.find(word, i + 1)


# A person's two initials after or before a surname ("Шилова Д. В.", "Ершова К.С.", "S. A. Tikhonov").
_INITIALS_AFTER = regex.compile(r"[ \t]+\p{Lu}\.[ \t]?\p{Lu}\.")
_INITIALS_BEFORE = regex.compile(r"(?<![\p{L}.])\p{Lu}\.[ \t]?\p{Lu}\.[ \t]*$")


_QUOTED_ACTOR_AFTER = regex.compile(
    r"[»\"”][ \t]+(?:со[ \t]+своими|с[ \t]+своими|зі[ \t]+своїми|з[ \t]+своїми"
    r"|\p{Ll}+(?:ет|ит|ут|ют|ат|ят|ёт|ал|ала|ало|али|ил|ила|или|ул|ула|ули))(?![\p{L}])"
)
_WORD_BEFORE_QUOTE = regex.compile(r"(\p{L}[\p{L}'’-]*)[ \t]+[«\"“„]\Z")
_PREP_BEFORE_QUOTE = regex.compile(
    r"(?i)(?<![\p{L}])(?:в|во|на|из|с|со|к|ко|у|под|над|за|до|от|по|о|об|при|через|з|із|зі|від|біля|під|про|для|без"
    r"|около|возле|між|между)[ \t]+[«\"“„]\Z"
)


def _quoted_subject(text: str, start: int, end: int, word: str, language: str) -> bool:
    """Whether a one-word place finding is a quoted name acting as a clause's subject, no preposition before it and
    a verb or "со своими" after it ("Пусть «Тайга» со своими идёт", "«Кедр» говорит, что..."): radio speech quotes a
    call sign so; a place in quotes stands after a preposition ("из «Алании»", "на «Азовстали»")."""
    if not (start > 0 and text[start - 1] in '«"“„' and text[end : end + 1] in '»"”'):
        return False
    if _PREP_BEFORE_QUOTE.search(text, max(0, start - 12), start):
        return False
    if not _QUOTED_ACTOR_AFTER.match(text, end):
        return False
    from redact.recognizers.nlp import morph as _morph
    from redact.recognizers.nlp.places import big_city

    lang = "uk" if language == "uk" else "ru"
    head = _WORD_BEFORE_QUOTE.search(text, max(0, start - 30), start)
    if head is not None and (
        head.group(1).isupper() or any(p.tag.POS == "NOUN" for p in _morph.parses(head.group(1), lang)[:1])
    ):
        return False  # "ОТУ «Харьков» сообщает", "завод «Кедр» работает": the name of the designation before it
    if big_city(word):
        return False
    return any("nomn" in p.tag.grammemes for p in _morph.parses(word, lang)[:3])


def location_verdict(text: str, start: int, end: int, language: str, register: Any = None) -> str | None:
    """What a LOCATION finding really is: ``PERSON`` (a name called out after a speaker label), ``CALL_SIGN`` (a
    word the text names as a call sign), ``drop`` (not a place: a file label such as "call-05", "500s", a common
    word opening an utterance, a demonym of a public place), or None (a place)."""
    surface = text[start:end]
    ws = _WORD.findall(surface)
    if _office_of_territory(ws, language):
        return "drop"  # "лично Главе поселения": an office of a territory, no place
    if len(ws) != 1:
        return None
    word = ws[0]
    if _verb_list(text, end, word, language) or _pronoun(word, language):
        return "drop"  # "Любим, помним, скорбим": verbs, not the town Любим
    lang = reading_language(ws, language)
    if _digest_heading(text, start, end, ws, lang):
        return "drop"  # "Головне за добу", "Главное за 3 марта": a digest's heading, not the village so named
    if not _ONE_UPPER.search(surface) and _ONE_DIGIT.search(surface):
        return "drop"  # "call-05", "500s": a label or a number, no place is written so
    if thing_word(text, start, end):
        return "drop"  # "деньги на Сбер", "Мавик": a bank's or a drone's name, no place
    if _SEAT_ADJECTIVE.search(word) and _COURT_AFTER.match(text, end):
        return "drop"  # "Київського апеляційного суду": a court's seat adjective, a public body's name
    if word[:1].isupper() and _award_eponym(text, start, end, ws, lang):
        return "drop"  # "орденом Богдана Хмельницького": an award's eponym, not the city
    if named_as_call_sign(text, word):
        return "CALL_SIGN"
    if _quoted_subject(text, start, end, word, language):
        return "CALL_SIGN"  # "Пусть «Тайга» со своими идёт": a quoted name acting in speech is a call sign
    if word[:1].isupper() and (
        _INITIALS_AFTER.match(text, end) is not None or _INITIALS_BEFORE.search(text, max(0, start - 12), start)
    ):
        # "в составе председательствующего Шилова Д. В.", "прокурора Ершова К.С.", "В. А. Зуев": a surname with a
        # person's two initials, not the village Шилово or Зуево
        return "PERSON"
    if (_named_as_person(text, end, word) or _given_name_before_surname(text, end, word, lang)) and not (
        # "Ukraine's commander-in-chief", "Russia's army": a country's or region's possessive is still the place
        register is not None
        and (public := register.match(word, language)) is not None
        and (public.kind in {"country", "region"} or (public.kind == "city" and word.lower() not in _given_names()))
    ):
        return "PERSON"
    if person_by_grammar(text, start, end, lang, register):
        return "PERSON"  # "Morozov sent everyone", "Борисов приехал": said as a person, not as the town sharing it
    thing = _thing_after(text, end, ws, lang) if _CYR.search(word) and word[:1].isupper() else None
    if thing is not None and (
        thing[0] & _DOCUMENT_HEADS
        or (register is not None and (m := register.match(text[start : thing[1]], language)) and m.kind == "body")
    ):
        return "drop"  # "Женевської конвенції", "в Єдиному державному реєстрі": a treaty, a register, no place
    if _title_adjective(text, end, word, lang):
        return "drop"  # "з Верховним представником ЄС", "Генеральный секретарь": an office's title, no place
    at_start = _at_line_start(text, start)
    sentence_start = at_start or _after_sentence_end(text, start)
    if (word[:1].islower() or sentence_start) and demonym(word, lang, register):
        return "drop"
    if place_demonym(word, lang):
        return None  # "Одесит Євген", "Прилучани провели", "Ярославцы, помогите": people of a place, withheld
    if (
        at_start
        and word[:1].isupper()
        and _VOCATIVE_AFTER.match(text, end) is not None
        and not (word.isupper() and _DATELINE_AFTER.match(text, end))
        and not (_CYR.search(word) and _plural(word, lang) and not _singular(word, lang))  # "Кияни, ...": a crowd
    ):
        from redact.recognizers.nlp.places import is_known_place

        public = register.match(word, language) if register is not None else None
        known = is_known_place(word, lang) if _CYR.search(word) else _is_place([word], word, lang)
        if public is None and (word.lower() in _given_names() or not known):
            return "PERSON"
    if sentence_start and _CYR.search(word) and not _capitalised_mid_sentence(text, word, start):
        from redact.recognizers.nlp import morph as _morph
        from redact.recognizers.nlp.places import is_known_place

        if (
            _cyrillic_common(word, lang)
            and not _morph.has_tag(word, lang, "Geox")
            and not _morph.has_tag(word, lang, "anim")  # "Прикарпатці": people of a place, not a word
            and not is_known_place(word, lang)
        ):
            return "drop"  # "Старой больше нет", "Влада заявила": an ordinary word opening a sentence
    return None
