"""Institution nouns and abbreviations with their kind (school, employer, council, enlistment office ...).

Shared by the ORGANIZATION recognizer (which decides whether a mention names *one* institution) and the
generalisation that writes an institution as its kind ("a school", "[школа]", "[лікарня]"). Nouns are
matched through their pymorphy3 lemma, so every case form counts; abbreviations are case-sensitive.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from redact.recognizers.nlp import morph

__all__ = ["ABBREVIATIONS", "INSTITUTION_LEMMAS", "category", "institution_kind", "noun_category"]

_WORD = regex.compile(r"[\p{L}][\p{L}'’]*(?:-[\p{L}'’]+)*")

# Lemmas of institution nouns (ru and uk; pymorphy3 normal forms). Categories feed generalisation.
INSTITUTION_LEMMAS: dict[str, str] = {
    **dict.fromkeys(
        "школа гимназия гімназія лицей ліцей интернат інтернат школа-интернат школа-інтернат детсад садок "
        "сад заклад".split(),
        "school",
    ),
    **dict.fromkeys("колледж коледж техникум технікум училище профлицей профліцей".split(), "college"),
    **dict.fromkeys("университет університет институт інститут академия академія".split(), "university"),
    **dict.fromkeys(
        "завод комбинат комбінат фабрика шахта рудник разрез ферма хозяйство господарство агрофирма агрофірма "
        "предприятие підприємство совхоз колхоз колгосп радгосп депо лесхоз лісгосп леспромхоз элеватор елеватор "
        "цех рынок ринок агрохолдинг холдинг универмаг універмаг "
        "птицефабрика птахофабрика птахофабрика маслозавод молокозавод цукрозавод сахзавод автобаза автопарк".split(),
        "employer",
    ),
    **dict.fromkeys(
        "рада старостат администрация адміністрація райадминистрация райадміністрація дума совет сельсовет "
        "горсовет райсовет поссовет сільрада селищрада міськрада райрада мэрия мерія горисполком міськвиконком "
        "виконком исполком".split(),
        "council",
    ),
    **dict.fromkeys("военкомат військкомат комиссариат комісаріат райвоенкомат".split(), "enlistment"),
    **dict.fromkeys(
        "больница лікарня госпиталь госпіталь шпиталь поликлиника поліклініка медсанчасть амбулатория "
        "амбулаторія роддом пологовий диспансер".split(),
        "hospital",
    ),
    **dict.fromkeys("морг".split(), "morgue"),
    **dict.fromkeys("колония колонія изолятор ізолятор".split(), "colony"),
    **dict.fromkeys("кладбище кладовище цвинтар погост".split(), "cemetery"),
    **dict.fromkeys(
        "церковь церква храм собор монастырь монастир часовня каплиця мечеть приход парафія".split(), "church"
    ),
    **dict.fromkeys("сквер".split(), "square"),
}
# Abbreviations, written in capitals (case-sensitive), with their category.
ABBREVIATIONS: dict[str, str] = {
    **dict.fromkeys(
        "СШ СОШ ООШ НОШ МОУ МБОУ МКОУ МАОУ ГБОУ ГОУ ЗОШ ЗСШ НВК ЗЗСО ОЗЗСО ЗДО ДНЗ ЗНЗ СЗОШ ЗШ ДЮСШ".split(), "school"
    ),
    **dict.fromkeys("ПТУ ПТЛ ВПУ ПТК ПЛ ВПТУ ГПТУ СПТУ".split(), "college"),
    **dict.fromkeys(
        "ООО ОАО ЗАО АО ПАО ТОВ АТ ПАТ ПрАТ ПАТ ТДВ ФГ СФГ ПП ЧП ИП МУП ГУП КП ДП СПК СТОВ АПК ЖЭК ЖЕК".split(),
        "employer",
    ),
    **dict.fromkeys("ЦРБ ЦРЛ ЦМЛ КНП ЦПМСД ГБУЗ ГУЗ ОКБ".split(), "hospital"),
    **dict.fromkeys("ТЦК РТЦК МТЦК ОТЦК ТЦКтаСП".split(), "enlistment"),
    **dict.fromkeys("ИК ІК ИТК ЛИУ СИЗО СІЗО ЛТП КП ВК ПКТ".split(), "colony"),
    **dict.fromkeys("ДК".split(), "culture"),
    **dict.fromkeys("ГРЭС ТЭЦ РЭС ЛПК ГОК ЦБК ЛПУ ДОК ДСК РМЗ МТС НПЗ ГЗК ТЕЦ ТЕС ЛГЗ".split(), "employer"),
    **dict.fromkeys("РВК МВК ОВК ОМВК РВК".split(), "enlistment"),
    **dict.fromkeys("ЦЛ МЛ ОКЛ БСМП ЦМКЛ".split(), "hospital"),
    **dict.fromkeys("СМЕ БСМЕ".split(), "morgue"),
    **dict.fromkeys("ДПТНЗ ПТНЗ ДНЗ ЗВО".split(), "college"),
    **dict.fromkeys("ПУ".split(), "college"),
}
ABBREVIATIONS["КП"] = "employer"
ABBREVIATIONS["ВК"] = "enlistment"  # военный комиссариат; a juvenile colony (ВК) is rarer in these stories

_RECRUITMENT = regex.compile(r"\s+комплектуван|\s+комплектован")
_CULTURE = regex.compile(r"\s+(?:культур|творчеств|школьник|детск|дитяч)")
_UNI_ABBR = regex.compile(r"^[А-ЯІЇЄҐ][А-ЯІЇЄҐа-яіїєґ]{0,4}(?:НУ|ДУ|ТУ|ПУ|ГУ|НТУ|ДАУ|НАУ|АУ)$")


def category(word: str, language: str, follow: str | None = None) -> str | None:
    """The institution category of ``word`` (an abbreviation or a noun lemma), or None."""
    if word in ABBREVIATIONS:
        return ABBREVIATIONS[word]
    if _UNI_ABBR.match(word):
        return "university"  # КрНУ, ХНУ, ДонНТУ, ЧДТУ
    if not word[:1].islower() and not word[:1].isupper():
        return None
    if len(word) < 3:
        return None
    if follow is not None and word.lower().startswith("центр") and _RECRUITMENT.match(follow):
        return "enlistment"  # "територіальний центр комплектування", "районного ТЦК"
    if follow is not None and word.lower().startswith(("дом", "будин", "палац")) and _CULTURE.match(follow):
        return "culture"
    return noun_category(word, language)


@lru_cache(maxsize=100_000)
def noun_category(word: str, language: str) -> str | None:
    """The institution category of a noun through its pymorphy3 lemmas (cached: called for every word)."""
    for p in morph.parses(word, language):
        if p.tag.POS == "NOUN" and "Abbr" not in p.tag.grammemes:
            lem = str(p.normal_form)
            cat = INSTITUTION_LEMMAS.get(lem)
            if cat is not None:
                return cat
            for tail in _COMPOUND_TAILS:
                if lem.endswith(tail) and len(lem) > len(tail) + 2:
                    return INSTITUTION_LEMMAS[tail]  # пивзавод, райвоенкомат, птахофабрика
    return None


_COMPOUND_TAILS = ("завод", "комбинат", "фабрика", "военкомат", "військкомат", "больница", "лікарня", "хозяйство")


def institution_kind(text: str, language: str) -> str:
    """The category of the institution named in ``text`` (its first institution word), or "" when none."""
    for m in _WORD.finditer(text):
        cat = category(m.group(), language, text[m.end() : m.end() + 16])
        if cat is not None:
            return cat
    return ""
