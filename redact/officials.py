"""Public officials named with their office: a grammar over office words, not a list of people.

News names an official by the office first ("Governor Oleh Kiper", "UK Defence Secretary John Healey",
"пресс-секретарь Кремля Дмитрий Песков", "начальник Київської МВА Тимур Ткаченко") or in apposition after the
name ("Oleh Kiper, head of the Odesa regional military administration, said"; "Вячеслав Федорищев, губернатор
Самарской области,"). The register (redact/data/public/) cannot list every governor, spokesman and deputy of
a long war; this grammar keeps the ones the text itself introduces as holders of a public office.

An *office phrase* is an office head word (any grammatical case for Russian and Ukrainian, through pymorphy3
lemmas) with at most :data:`MAX_MODIFIERS` words between it and the name. It is public when the head is a
national office by itself (president, minister, governor, ambassador, ombudsman, senator, a judge
or a prosecutor acting in office: "в составе председательствующего X", "presiding judge X", "prosecutor X") or when the
words around the head carry a public anchor: a capitalised or abbreviated body or region ("Navy spokesman",
"голова Вінницької ОВА", "head of the Odesa regional administration") or a state-level adjective (regional,
national, обласний, державний, федеральный). A phrase naming a village, rural council, starosta district,
community, school or company is local and never public: such a person is withheld like any other.

The same document's later mentions of such an official by surname alone ("Kiper added") are public too: the
surnames introduced with an office are collected once per text (:func:`titled_surnames`).

A public commentator is named the same way, by a profession of public comment before the name ("Социолог Григорий
Юдин называет", "Політолог Руслан Бортник розповів", "statistician Dmitry Kobak", "demographers such as X
estimate"): an *expert head* (sociologist, political scientist, analyst, economist, demographer, statistician,
military expert, rights activist; in English also a journalist, correspondent, reporter, columnist or
commentator: "BBC journalist X", "said war correspondent X") is public with a body named around it, as an office
is ("Експерт Центру оборонних стратегій X"), or when the sentence quotes the person's view: a verb or noun of
saying, estimating or believing in it ("вважає", "в интервью", "по его оценкам", "estimates", "said"). A profession
that serves people rather than comments on the news (a social worker, a nurse, a teacher) is no expert head: such a
person stays private.
"""

from __future__ import annotations

import functools

import regex

from redact.recognizers.nlp import morph
from redact.recognizers.nlp.ranks import forms_for
from redact.words import dictionary_lemmas

__all__ = ["MAX_MODIFIERS", "public_official", "quoted_expert", "titled_surnames"]

MAX_MODIFIERS = 7
_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’ʼ-]*\.?|\d+")
# A sentence end, a line break, or a clause mark the office phrase never crosses.
_BREAK = regex.compile(r"[.!?;:]\s|[\n\r()\[\]]")
_CYR = regex.compile(r"\p{Script=Cyrillic}")

# English office heads. "national": public whatever the words around; the others need an anchor.
_EN_NATIONAL = frozenset(
    """president vice-president premier prime minister ministers secretary-general governor mayor ambassador
    envoy ombudsman ombudswoman chancellor senator lawmaker mp congressman congresswoman commander-in-chief
    prosecutor-general attorney-general spokesman spokeswoman spokesperson judge prosecutor""".split()
)
_EN_ANCHORED = frozenset(
    """secretary speaker chairman chairwoman chair head chief director adviser advisor aide
    commissioner deputy representative spokesmen official""".split()
)
_EN_ANCHOR_WORDS = frozenset(
    """regional oblast national state federal foreign defence defense interior justice presidential military
    parliamentary general armed forces navy army government administration ministry parliament
    republic region okrug krai territory province district garrison""".split()
)
# Russian and Ukrainian office heads, as lemmas. An official's reception office names its holder ("писала в
# приймальню Бочарова", "обратилась в приёмную Кадырова"): only a deputy, governor or minister keeps one.
_CYR_NATIONAL = frozenset(
    """президент премьер премьер-министр прем'єр прем'єр-міністр прем’єр-міністр министр міністр вице-премьер
    віце-прем'єр губернатор мэр мер посол омбудсмен омбудсман сенатор нардеп генпрокурор главком
    головнокомандувач пресс-секретарь прес-секретар речник речниця губернаторка міністерка президентка прем'єрка
    прем’єрка послиня сенаторка судья суддя председательствующий председательствовать головуючий прокурор
    обвинитель обвинувач прокурорка приёмная приемная приймальня""".split()
)
_CYR_ANCHORED = frozenset(
    """глава голова председатель спикер начальник очільник руководитель керівник командующий командувач
    секретарь секретар советник радник помощник помічник уполномоченный уповноважений депутат представитель
    представник заместитель заступник замминистра замглавы директор очільниця керівниця заступниця радниця
    помічниця представниця уповноважена секретарка директорка командувачка""".split()
)
# Professions of public comment (English words; Russian and Ukrainian lemmas): public with an anchor, as an anchored
# office is, or when the sentence quotes the person's view (:data:`_EN_VIEW`, :data:`_CYR_VIEW`).
_EN_EXPERT = frozenset(
    """sociologist sociologists analyst analysts economist economists demographer demographers statistician
    statisticians expert experts pollster pollsters political-scientist researcher researchers
    journalist journalists correspondent correspondents reporter reporters columnist columnists commentator
    commentators""".split()
)
_CYR_EXPERT = frozenset(
    """социолог соціолог соціологиня политолог політолог політологиня политтехнолог політтехнолог аналитик аналітик
    аналітикиня экономист економіст економістка демограф демографиня статистик эксперт експерт експертка
    правозащитник правозащитница правозахисник правозахисниця исследователь исследовательница дослідник
    дослідниця""".split()
)
# A two-word English expert head ("political scientist", "military expert", "rights activist").
_EN_EXPERT_PAIR = regex.compile(
    r"(?i)(?:political\s+scientists?|(?:human\s+)?rights\s+(?:activists?|defenders?|advocates?)|military\s+experts?)$"
)
# A view the sentence quotes: verbs and nouns of saying, estimating, believing, writing (English words, Russian and
# Ukrainian lemmas).
_EN_VIEW = frozenset(
    """say says said tell tells told estimate estimates estimated believe believes believed argue argues argued
    write writes wrote note notes noted warn warns warned think thinks call calls called explain explains
    explained according interview estimate reckon reckons reckoned""".split()
)
_CYR_VIEW = frozenset(
    """говорить сказать считать называть оценивать оценить полагать писать отмечать отметить заявлять заявить
    утверждать объяснять объяснить предупреждать предупредить интервью подсчёт подсчет оценка мнение слово
    казати сказати вважати називати оцінювати оцінити писати зазначати зазначити заявляти заявити стверджувати
    пояснювати пояснити попереджати попередити розповідати розповісти інтерв'ю інтерв’ю підрахунок оцінка думка
    слово""".split()
)
# Words that may stand between an expert head and the name ("demographers such as", "социолог, профессор").
_EN_EXPERT_LINK = frozenset("such as like".split())
# Words of a state body or level around an anchored head; "право" makes an ombudsman's office ("уповноважена з прав
# дитини", "уполномоченный по правам человека").
_CYR_ANCHOR_LEMMAS = frozenset(
    """областной обласний региональный регіональний федеральный федеральний государственный державний
    национальный національний военный військовий генеральный генеральний министерство міністерство
    правительство уряд администрация адміністрація кремль госдума дума рада парламент президент
    вооружённый вооруженный збройний сила генштаб штаб республика республіка регион регіон область край
    право""".split()
)
# Words that make an office local (a village head, a school director, the secretary of a court session, a clerk the
# verdict names, the head of an enlistment office that called a man up): never public by this grammar.
_LOCAL = frozenset(
    """village rural starosta hromada community school company farm plant factory firm college council
    село сельский сельсовет сільський селищний поселковый поселок посёлок селище старостат староста
    старостинський громада школа ліцей лицей компания компанія фирма фірма завод предприятие підприємство
    колледж коледж техникум технікум колхоз совхоз бригада батальон батальйон рота взвод полк platoon squad
    unit brigade battalion regiment detachment division ооо тов оао пао ао зао прат фоп кп llc чп ип го осбб пп фг
    сфг кфх тсж снт
    заседание засідання тцк ртцк військкомат военкомат комісаріат комиссариат військкомату военкомата
    enlistment recruitment recruiting draft conscription commissariat
    hospital clinic lyceum kindergarten library church parish cemetery mine shop store market""".split()
)
# Military ranks: capitalised before a name, but no public body ("Colonel", "Major", "генерал-майор"). English words
# and Russian/Ukrainian lemmas of data/ranks.tsv, read_by "officials".
_RANKS = frozenset(f.form for kind in ("word", "lemma") for f in forms_for("officials", kind))
# Lower-case words that may stand between an office head and the name or a body it belongs to.
_EN_LINK = frozenset("of the for and on in at".split())
_CYR_LINK = frozenset("по з із зі с со при и і й та".split())
# Lower-case words that may stand before the head in apposition ("Oleh Kiper, the acting governor of ...").
_EN_PRE = frozenset("the a an former acting then current interim first deputy new".split())
_CYR_PRE = frozenset(
    """бывший колишній временно тимчасово исполняющий виконувач обязанности обов'язки первый перший новый новий
    нынешний нинішній""".split()
)
# Words that end the phrase: a clause verb or conjunction between office and name means they are not one.
# A party to a case ends the phrase too: "помощника военного прокурора …, подсудимого X" names the defendant, not an
# official (English words; Russian and Ukrainian lemmas).
_EN_STOP = frozenset(
    """said says told who whom which that when while after before because with by from defendant accused convict
    counsel lawyer attorney victim witness""".split()
)
_CYR_STOP = frozenset(
    """сказал сказала заявил заявила сообщил сообщила сказав сказала заявив заявила повідомив повідомила
    который которая які який яка что що когда коли после після
    подсудимый підсудний обвиняемый обвинувачений осуждённый осужденный засуджений защитник захисник адвокат
    потерпевший потерпілий свидетель свідок""".split()
)


def _words(segment: str) -> list[str]:
    return [m.group(0) for m in _WORD.finditer(segment)]


@functools.lru_cache(maxsize=65536)
def _lemmas(word: str, language: str) -> frozenset[str]:
    w = word.rstrip(".").lower()
    if not _CYR.search(w):
        for suf in ("'s", "’s"):
            if w.endswith(suf):
                w = w[: -len(suf)]
        return frozenset({w})
    return dictionary_lemmas(w, language, other=language not in morph.MORPH_LANGUAGES)


def _kind(word: str, language: str) -> str | None:
    """``national`` or ``anchored`` for an office head word, else None. A possessive names a body, not its holder
    ("according to the Regional Prosecutor's Office, X, 52, agreed": X is no prosecutor)."""
    if word.endswith(("'s", "’s")):
        return None
    ls = _lemmas(word, language)
    if ls & _EN_NATIONAL or ls & _CYR_NATIONAL:
        return "national"
    if ls & _EN_ANCHORED or ls & _CYR_ANCHORED:
        return "anchored"
    if ls & _EN_EXPERT or ls & _CYR_EXPERT:
        return "expert"
    return None


def _stop(word: str, language: str) -> bool:
    ls = _lemmas(word, language)
    return bool(ls & _EN_STOP or ls & _CYR_STOP or word.lower() in _CYR_STOP)


def _local(words: list[str], language: str) -> bool:
    return any(_lemmas(w, language) & _LOCAL for w in words)


def _anchored(words: list[str], language: str) -> bool:
    for w in words:
        if _lemmas(w, language) & _RANKS:
            continue  # "The brigade commander, Colonel X": a rank is no public body
        bare = w.rstrip(".")
        if len(bare) == 1:
            continue  # "presiding judge Orlyk O. V., with secretary X": an initial of someone's name is no body
        if len(bare) >= 2 and bare.isupper():  # an abbreviation: ОВА, МВА, МИД, SBU, NSDC
            return True
        if bare[:1].isupper():  # a body or region by name: Navy, Kremlin, Odesa, Вінницької
            return True
        if _lemmas(w, language) & (_EN_ANCHOR_WORDS | _CYR_ANCHOR_LEMMAS):
            return True
    return False


def _capitalised(word: str) -> bool:
    bare = word.rstrip(".")
    if bare.endswith(("'s", "’s")):
        return False  # "Governor Gladkov's driver": a possessive after the head names someone else
    return bare[:1].isupper()


def _link_ok(word: str, language: str) -> bool:
    """A word that may follow the head inside the office phrase ("of the Odesa regional administration",
    "обласної військової адміністрації", "Кремля", "по правам человека")."""
    if _capitalised(word) or word.lower() in _EN_LINK | _CYR_LINK:
        return True
    ls = _lemmas(word, language)
    if ls & (_EN_ANCHOR_WORDS | _CYR_ANCHOR_LEMMAS):
        return True
    if _CYR.search(word):
        # A genitive or other oblique form modifies the head; a nominative noun ("водитель", "сын") starts
        # another noun phrase: the name is not the office holder's.
        langs = (language,) if language in morph.MORPH_LANGUAGES else morph.MORPH_LANGUAGES
        for lg in langs:
            for p in morph.parses(word, lg):
                if {"gent", "datv", "ablt", "loct"} & set(p.tag.grammemes):
                    return True
    return False


def _pre_ok(word: str, language: str) -> bool:
    """A word that may precede the head in apposition ("the", "former", "Ukraine's", "бывший")."""
    return _capitalised(word) or word.endswith(("'s", "’s")) or word.lower() in _EN_PRE | _CYR_PRE


# A city's head by the Ukrainian and Russian title of a mayor ("міський голова", "городской голова"): a mayor, as
# "мер" and "мэр" are; a village's or settlement's head (сільський, селищний голова) is local (:data:`_LOCAL`).
_CITY_LEMMAS = frozenset({"міський", "городской"})
_HEAD_LEMMAS = frozenset({"голова"})


def _mayor(words: list[str], language: str) -> bool:
    return any(
        _lemmas(a, language) & _CITY_LEMMAS and _lemmas(b, language) & _HEAD_LEMMAS
        for a, b in zip(words, words[1:], strict=False)
    )


def _office(words: list[str], language: str) -> bool:
    """Whether ``words`` (the office phrase, head included, in text order) name a public office."""
    if not words or _local(words, language):
        return False
    kinds = [_kind(w, language) for w in words]
    if "national" in kinds or _mayor(words, language):
        return True
    if "anchored" not in kinds and "expert" in kinds:
        # a commentator's body is named after the head ("Експерт Центру оборонних стратегій", "analyst at the
        # Carnegie Endowment") or abbreviated before it ("ISW analyst"); a capitalised word before it may be a
        # sentence's first ("Сын экономиста"), no body
        head = kinds.index("expert")
        return _anchored(words[head + 1 :], language) or any(
            len(w.rstrip(".")) >= 2 and w.rstrip(".").isupper() for w in words[:head]
        )
    if "anchored" not in kinds:
        return False
    head = kinds.index("anchored")
    # The anchor is a word other than the head itself ("Head" at a sentence start is no anchor).
    return _anchored(words[:head] + words[head + 1 :], language)


def _before(text: str, start: int, language: str) -> bool:
    """An office phrase ends right before the name ("Kremlin spokesman |Dmitry Peskov")."""
    return _office_before(text, start, language) is True


def _office_before(text: str, start: int, language: str) -> bool | None:
    """True when a public office phrase ends right before the name, False when an office head stands there whose
    phrase is no public office ("with secretary |Ilko Zhuk, prosecutor …": the name is the secretary's, and the office
    in apposition after it is the next person's), None when no office head stands before the name."""
    left = text[max(0, start - 160) : start]
    cut = list(_BREAK.finditer(left))
    if cut:
        left = left[cut[-1].end() :]
    tail = left.rstrip()
    tail = tail.rstrip(",—–-").rstrip()  # "губернатор Курской области, Александр Хинштейн"
    tail = tail.rstrip("»\"”'").rstrip()  # "речниця ОК «Південь» Наталія Гуменюк"
    ws = _words(tail)
    if not ws or not tail.endswith(ws[-1]):
        return None
    phrase: list[str] = []
    headed: bool | None = None
    for w in reversed(ws[-(MAX_MODIFIERS + 1) :]):
        if _stop(w, language):
            break
        if _kind(w, language) is not None and all(_link_ok(x, language) for x in phrase):
            if _office([w, *phrase], language) or _office(ws[max(0, len(ws) - len(phrase) - 4) :], language):
                return True
            headed = False
        phrase.insert(0, w)
    return headed


def _after(text: str, end: int, language: str) -> bool:
    """An office phrase in apposition after the name ("Oleh Kiper|, head of the Odesa regional ...")."""
    right = text[end : end + 160]
    m = regex.match(r"\s*[,—–]\s*", right)
    if m is None:
        return False
    right = right[m.end() :]
    cut = _BREAK.search(right)
    if cut:
        right = right[: cut.start()]
    stop = regex.search(r",", right)
    phrase_text = right[: stop.start()] if stop else right
    ws = _words(phrase_text)[: MAX_MODIFIERS + 1]
    phrase: list[str] = []
    for w in ws:
        if _stop(w, language):
            break
        phrase.append(w)
    heads = [i for i, w in enumerate(phrase) if _kind(w, language) is not None]
    pair = next((i for i in range(1, len(phrase)) if _EN_EXPERT_PAIR.search(" ".join(phrase[i - 1 : i + 1]))), None)
    if pair is not None and (not heads or pair < heads[0]):
        # "X, a political scientist at the University of Helsinki": a two-word expert head, public with a body
        # named after it as a one-word head is
        return all(_pre_ok(w, language) for w in phrase[: pair - 1]) and _anchored(phrase[pair + 1 :], language)
    if not heads:
        return False
    head = heads[0]
    # The head comes early, after articles and adjectives only ("the acting governor of X", "Ukraine's
    # foreign minister"); "son of the governor" is someone else.
    if not all(_pre_ok(w, language) for w in phrase[:head]):
        return False
    return _office(phrase, language)


def _expert_head(words: list[str], language: str) -> bool:
    """Whether ``words`` end with an expert head ("Социолог", "military expert", "political scientists")."""
    if not words:
        return False
    if _EN_EXPERT_PAIR.search(" ".join(words[-3:])):
        return True
    return bool(_lemmas(words[-1], language) & (_EN_EXPERT | _CYR_EXPERT))


def _quotes_a_view(sentence: str, language: str) -> bool:
    return any(_lemmas(w, language) & (_EN_VIEW | _CYR_VIEW) for w in _words(sentence))


def _same_case(head: str, name: list[str], language: str) -> bool:
    """Whether a Cyrillic expert head and every word of the name after it share a case ("социолога Григория Юдина",
    "Социолог Григорий Юдин"), as an apposition does."""
    langs = (language,) if language in morph.MORPH_LANGUAGES else morph.MORPH_LANGUAGES
    cases = {"nomn", "gent", "datv", "accs", "ablt", "loct"}
    for lg in langs:
        shared = {c for p in morph.parses(head, lg) if p.tag.POS == "NOUN" for c in cases & set(p.tag.grammemes)}
        for w in name:
            if _CYR.search(w):
                parses = morph.parses(w, lg)
                named = [p for p in parses if {"Name", "Surn", "Patr"} & set(p.tag.grammemes)] or parses
                shared &= {c for p in named for c in cases & set(p.tag.grammemes)}
        if shared:
            return True
    return False


def quoted_expert(text: str, start: int, end: int, language: str) -> bool:
    """Whether the person named at ``text[start:end]`` is introduced with a profession of public comment (an
    expert head right before the name, or "such as" between them) in a sentence that quotes the person's view, or
    with a body named around the head; a local word around it (a village, school, company, unit) never counts."""
    left = text[max(0, start - 120) : start]
    cut = list(_BREAK.finditer(left))
    if cut:
        left = left[cut[-1].end() :]
    tail = left.rstrip().rstrip(",—–-").rstrip()
    ws = _words(tail)
    if not ws or not tail.endswith(ws[-1]):
        return False
    while ws and ws[-1].lower() in _EN_EXPERT_LINK:
        ws.pop()
    if not _expert_head(ws, language) or _local(ws[-MAX_MODIFIERS:], language):
        return False
    name = _words(text[start:end])
    if _CYR.search(ws[-1]) and name and not _same_case(ws[-1], name, language):
        return False  # "Сын экономиста Ростислав ...": the head is another noun's, not in apposition to the name
    right = text[end : end + 200]
    stop = _BREAK.search(right)
    sentence = left + " " + (right[: stop.start()] if stop else right)
    if _local(_words(right[: stop.start()] if stop else right)[:4], language):
        return False  # "аналитик X из сельсовета": a local post
    return _quotes_a_view(sentence, language)


# "X of the prisoners' rights group Russia Behind Bars estimates", "X of the Levada Center said": an English name, "of"
# and a named body, then the view.
_NAME_REST = regex.compile(r"(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,2}(?=[ \t]+of[ \t])")
_OF_BODY = regex.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?([^.;:!?\n()]{1,80})")


def _of_a_body(text: str, end: int, language: str) -> bool:
    """Whether an English name is followed by "of" a capitalised body (no unit, village or company: :data:`_LOCAL`)
    and a verb of saying or estimating right after the body's name: someone speaking for a named organisation."""
    rest = _NAME_REST.match(text, end)  # a finding of the given name alone: the surname after it is the same name
    m = _OF_BODY.match(text, rest.end() if rest is not None else end)
    if m is None or _CYR.search(m.group(1)):
        return False
    ws = _words(m.group(1))[:9]
    for i, w in enumerate(ws[1:], start=1):
        if _lemmas(w, language) & _EN_VIEW and w[:1].islower() and ws[i - 1][:1].isupper():
            body = ws[:i]
            return not _local(body, language) and not any(ch.isdigit() for b in body for ch in b)
    return False


def public_official(text: str, start: int, end: int, language: str) -> bool:
    """Whether the person named at ``text[start:end]`` is introduced with a public office or as a public
    commentator (:func:`quoted_expert`), or is the surname alone of someone the same text introduced so."""
    before = _office_before(text, start, language)
    if before is True or quoted_expert(text, start, end, language):
        return True
    if before is None and (_after(text, end, language) or _of_a_body(text, end, language)):
        # an office in apposition after the name, unless the name has an office of its own before it ("with
        # secretary X, prosecutor Y": the prosecutor's office is Y's)
        return True
    ws = _words(text[start:end])
    if len(ws) == 1:
        from redact.public import word_keys

        return bool(word_keys(ws[0], language, names_only=True) & titled_surnames(text, language))
    return False


_NAME = regex.compile(r"\p{Lu}[\p{Ll}'’ʼ-]+(?:\s+\p{Lu}[\p{Ll}'’ʼ-]+){1,2}")


@functools.lru_cache(maxsize=64)
def titled_surnames(text: str, language: str) -> frozenset[str]:
    """Name keys of the surnames of every person ``text`` introduces with a public office (2-3 capitalised
    words right after or before an office phrase)."""
    from redact.public import word_keys

    keys: set[str] = set()
    for m in _NAME.finditer(text, overlapped=True):
        if (
            _before(text, m.start(), language)
            or _after(text, m.end(), language)
            or quoted_expert(text, m.start(), m.end(), language)
        ):
            last = _words(m.group(0))[-1]
            keys |= word_keys(last, language, names_only=True) | word_keys(last, language)
    return frozenset(keys)
