"""A register person's surname standing alone: the passage decides whether it names the public figure.

The register (redact/data/public/default.yaml) marks the surnames private people share ``surname_alone: false``
(Gerasimov, Lavrov, Kovalenko, Гладков): such a surname alone is not the figure by itself. It is, when the words
around it say so (:func:`public_act`): it governs a public act (a statement, a report, a promise: "Gerasimov
announced", "Лавров заявил", "Гладков пише", "Герасимов докладывал"), it is the source of a report ("according to
Gerasimov", "по словам Лаврова", "за словами Коваленка"), a noun of a public act governs it ("заявление Лаврова",
"Gerasimov's remarks"), it governs a visit of the command or an inspection ("Герасимов особисто приїжджав, нарада
була", "Gerasimov came to the HQ", "Шойгу проинспектировал"), it is the addressee of an appeal or a letter
("написать обращение Гладкову", "write to Vladimirov") or follows a general's rank or a national office ("генерала
Лапина", "губернатору Русских"), it stands in a clause about television, a video or a channel ("по телевизору
Соловьёв обещает", "said in a video"), it is listed with another public figure of the register ("Путин и
Герасимов"), or it governs a plain "said" beside one ("Gerasimov says it's taken, Zelensky says it isn't"), a verb of
watching or listening stands right beside it ("ты меньше Соловьёва смотри"), or, in a transcript or chat
(:func:`redact.speech. speech`), another figure of the register is named in the same turn or the turn before or after
("Шойгу пусть приедет, Герасимов").

Whatever the register says, a surname alone is a private person's (:func:`private_here`) after a rank below
colonel (the register's people are generals, ministers and officials), with a word of kin in apposition ("his cousin
Shoigu", "брат Лавров", "Лавров, мій дядько"), as an address ("товарищ Лавров", "Лавров, ты где?"), and in every
mention of a passage that links the surname to a private person (:func:`linked_to_private`): a first name or
initial not the figure's ("Андрей Лавров", "A. Gerasimov"), a rank below colonel, a word of kin, a birth date or
age ("Сергій Коваленко, 1990 р.н.").

Every function takes the text and offsets and never logs or raises with the mention text.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from redact.recognizers.nlp import compiled
from redact.speech import speech

__all__ = ["linked_to_private", "private_here", "public_act"]

_CYR = compiled.pattern(r"\p{Script=Cyrillic}")
# The clause a surname stands in: up to a sentence end or a line break (an intercept's line is its sentence).
_SENTENCE_END = compiled.pattern(r"[.!?…]\s|\n")

# A public act the surname governs, within three words after it ("Песков в среду заявил", "Gerasimov told
# reporters"): stems of statement, report and promise verbs, not of orders or movements (a company commander
# orders and arrives; a minister states).
_ACT_CYR = (
    r"заяв\p{L}*|сообщ\p{L}*|повідом\p{L}*|объяв\p{L}*|оголос\p{L}*|пообещ\p{L}*|обеща\p{L}*|пообіц\p{L}*|обіця\p{L}*"
    r"|доклад\p{L}*|доложи\p{L}*|допові\p{L}*|рапорт\p{L}*|отчита\p{L}*|отчиты\p{L}*|звітува\p{L}*|звіту\p{L}*"
    r"|выступ\p{L}*|виступ\p{L}*|признал\p{L}*|признаёт|признает|визна[вл]\p{L}*|визнає|утвержда\p{L}*|стверджу\p{L}*"
    r"|уверя\p{L}*|запевня\p{L}*|пригрози\p{L}*|погрози\p{L}*|грозит\p{L}*|погрожу\p{L}*|призва[лв]\p{L}*"
    r"|призыва\p{L}*|заклика\p{L}*|пишет|пише|написа[лв]\p{L}*|писа[лв]\p{L}*|поздрави\p{L}*|поздравля\p{L}*"
    r"|привіта\p{L}*|вітав\p{L}*|опроверг\p{L}*|спростува\p{L}*|анонсирова\p{L}*|анонсува\p{L}*|подтверди\p{L}*"
    r"|підтверди\p{L}*|прокомментирова\p{L}*|прокоментува\p{L}*|высказа\p{L}*|висловив\p{L}*|висловила"
    r"|зазнач\p{L}*|отметил\p{L}*|отмечает|подчеркну\p{L}*|подчёркивает|подчеркивает|наголоси\p{L}*|наголошує"
    r"|добавил\p{L}*|додав|додала|поясни\p{L}*|поясню\p{L}*|объясни\p{L}*|объясня\p{L}*|пригрозил\p{L}*"
)
_ACT_EN = (
    r"stated|states|announced|announces|claimed|claims|declared|declares|promised|promises|pledged|vowed|reported"
    r"|reports|briefed|insisted|insists|boasted|warned|warns|wrote|writes|posted|threatened|threatens|admitted"
    r"|denied|denies|confirmed|confirms|urged|urges|told\s+(?:reporters|journalists|the\s+\p{L}+|state\s+\p{L}+)"
    r"|noted|notes|added|stressed|stresses|emphasi[sz]ed|explained|commented|responded|acknowledged|reiterated"
    r"|said\s+(?:in|on|at|during)\s+(?:a|an|the|his|her)?\s*(?:video|statement|interview|address|briefing|"
    r"Telegram|television|TV|meeting|conference|press)"
)
_ACT_AFTER = compiled.pattern(
    r"^(?:'s)?(?:\s+[\p{L}-]+){0,3}?\s+(?:" + _ACT_CYR + r"|" + _ACT_EN + r")(?!\p{L})", regex.IGNORECASE
)
# A plain verb of speech: public only beside another public figure or in a clause about the media.
_SAY_AFTER = compiled.pattern(
    r"^(?:\s+[\p{L}-]+){0,2}?\s+(?:сказа[лв]\p{L}*|говори[тл]\p{L}*|говорить|каже|казав\p{L}*|said|says)(?!\p{L})",
    regex.IGNORECASE,
)
# A visit of the command or an inspection the surname governs ("Герасимов особисто приїжджав, нарада була",
# "к нам приезжал Шойгу со свитой", "Gerasimov came to the HQ", "Герасимов проинспектировал командный пункт"): a
# company commander comes too, so a verb of coming counts only with a word of the command's visit in the clause
# (:data:`_VISIT_CUE`: personally, the HQ or command post, a meeting, an inspection, the grouping, awards, the
# generals, the entourage); a verb of inspecting counts alone.
_INSPECT = r"проинспектир\p{L}*|инспектир\p{L}*|проінспектув\p{L}*|інспектув\p{L}*|inspected|inspects|inspecting"
_VISIT = (
    r"прие[дхз]\p{L}*|приезжа\p{L}*|приїжджа\p{L}*|приїха\p{L}*|приїд\p{L}*|приїзди\p{L}*|прилет\p{L}*|прилета\p{L}*"
    r"|приліта\p{L}*|прилеті\p{L}*|посети\p{L}*|посеща\p{L}*|відвіда\p{L}*|відвідув\p{L}*|побыва\p{L}*"
    r"|побува\p{L}*|наведа\p{L}*|навіда\p{L}*|заезжа\p{L}*|заїжджа\p{L}*|заїха\p{L}*|провери\p{L}*"
    r"|проверя\p{L}*|перевіри\p{L}*|перевіря\p{L}*|облете\p{L}*|облеті\p{L}*|came|comes|come|visited|visits|visit|flew"
    r"|arrived|arrives|toured|dropped\s+by|showed\s+up|checked"
)
_VISIT_AFTER = compiled.pattern(
    r"^(?:\s+[\p{L}-]+){0,3}?\s+(?:(" + _INSPECT + r")|" + _VISIT + r")(?!\p{L})", regex.IGNORECASE
)
_VISIT_BEFORE = compiled.pattern(
    r"(?<!\p{L})(?:(" + _INSPECT + r")|" + _VISIT + r")(?:\s+(?:к|до|в|у|на|сюди|сюда|here|to)(?:\s+\p{Ll}+)?)?"
    r"\s+(?:(?:сам|сама|лично|особисто|personally)\s+)?$",
    regex.IGNORECASE,
)
# The soldiers' taunt: the figure should come here himself ("пусть Соловьёв сюда приедет и посидит в посадке",
# "Gerasimov should come here and walk down this road"): a wish before the verb and a word of "here" in the clause.
_TAUNT = compiled.pattern(r"(?i)(?<!\p{L})(?:пусть|пускай|нехай|хай|let|should)(?!\p{L})")
_HERE = compiled.pattern(r"(?i)(?<!\p{L})(?:сюда|сюди|here|к\s+нам|до\s+нас)(?!\p{L})")
_VISIT_CUE = compiled.pattern(
    r"(?i)(?<!\p{L})(?:сам|лично|особисто|personally|himself|штаб\p{L}*|HQ|headquarters|command\s+post"
    r"|командн\p{L}*\s+пункт\p{L}*|пункт\p{L}*\s+управлен\p{L}*|пункт\p{L}*\s+управлін\p{L}*|КП|нарад\p{L}*"
    r"|совещани\p{L}*|meeting|проверк\p{L}*|перевірк\p{L}*|инспекци\p{L}*|інспекці\p{L}*|inspection|смотр\p{L}*"
    r"|группировк\p{L}*|угрупован\p{L}*|угрупуван\p{L}*|передов\p{L}*|front\s+line|frontline"
    r"|наград\p{L}*|нагород\p{L}*|medals|awards|генерал\p{L}*|generals|brass"
    r"|начальств\p{L}*|командовани\p{L}*|командуван\p{L}*|свит\p{L}*|свита|охран\p{L}*|охорон\p{L}*|кортеж\p{L}*"
    r"|motorcade|entourage|вертол[её]т\p{L}*|гелікоптер\p{L}*|helicopter)(?!\p{L})"
)
# The source of a report right before the surname ("according to Gerasimov", "по словам Лаврова", "як заявив").
_SOURCE_BEFORE = compiled.pattern(
    r"(?i)(?:according\s+to|по\s+словам|за\s+словами|со\s+слов|по\s+данным|за\s+даними|(?:как|як)\s+(?:заявил\p{L}*"
    r"|заявив\p{L}*|сообщил\p{L}*|повідомив\p{L}*|сказал\p{L}*|сказав\p{L}*|написал\p{L}*|написав\p{L}*))\s+$"
)
# A public act named by a noun the surname (in the genitive, or a possessive) belongs to: "заявление Лаврова", "слова
# Герасимова", "заява Коваленка", "Lavrov's remarks". Not orders: a company commander gives those too.
_ACT_NOUN_BEFORE = compiled.pattern(
    r"(?i)(?<!\p{L})(?:заявлени\p{L}*|заяв[аиуі]|заявою|слова|словам|словах|выступлени\p{L}*|виступ\p{L}*|интервью"
    r"|інтерв['’ʼ]ю|обещани\p{L}*|обіцянк\p{L}*|пресс-служб\p{L}*|прес-служб\p{L}*|речник\p{L}*|речниц\p{L}*"
    r"|пресс-секретар\p{L}*|прес-секретар\p{L}*|телеграм-канал\p{L}*|реплик\p{L}*|репліка?\p{L}*|доклад\p{L}*"
    r"|доповід\p{L}*|визит\p{L}*|візит\p{L}*)\s+$"
)
_ACT_NOUN_AFTER = compiled.pattern(
    r"^['’]s\s+(?:\p{L}+\s+)?(?:statement|remarks|comments|words|speech|interview|address|claim|claims|promise|"
    r"promises|report|briefing|spokes(?:man|woman|person)|press\s+service|Telegram|visit|office|ministry)(?!\p{L})",
    regex.IGNORECASE,
)
# Another register figure right beside it in a list ("Путин и Герасимов", "Shoigu and Gerasimov", "Герасимов, Шойгу").
_COORD_AFTER = compiled.pattern(r"^(?:,\s*|\s+(?:и|і|й|та|and|or|или|або)\s+)(\p{Lu}[\p{L}'’ʼ-]+)")
_COORD_BEFORE = compiled.pattern(r"(\p{Lu}[\p{L}'’ʼ-]+)(?:,\s*|\s+(?:и|і|й|та|and|or|или|або)\s+)$")

# An appeal addressed to the figure, the surname in the dative or after "to" ("написать обращение Гладкову", "пишите
# все Хабирову", "жалобы губернатору Русских", "обратиться к Шапше", "звернутися до Кіпера", "write to Vladimirov",
# "appealed to Gladkov"), up to two lowercase words between; or the appeal noun right after it ("Хабирову обращение").
_APPEAL_BEFORE = compiled.pattern(
    r"(?i)(?<!\p{L})(?:обращени\p{L}*|обращени|(?:обрат|обращ|зверн|зверта)\p{L}*\s+(?:к|до)|звернен\p{L}*"
    r"|жалоб\p{L}*|скарг\p{L}*|пиш\p{L}*|писат\p{L}*|писал\p{L}*|писав\p{L}*|написа\p{L}*|напиш\p{L}*"
    r"|(?:write|wrote|writing|written|appeal\p{L}*|complain\p{L}*)\s+to|petition\p{L}*)(?:\s+\p{Ll}+){0,2}\s+$"
)
_APPEAL_AFTER = compiled.pattern(r"(?i)^\s+(?:обращени\p{L}*|звернен\p{L}*|жалоб\p{L}*|скарг\p{L}*)(?!\p{L})")
# A general's rank or a national office right before the surname ("генерала Лапина", "губернатору Русских",
# "General Lapin", "Governor Orlov"): the register's people are generals, ministers and governors (a rank below
# colonel makes the surname a private man's, :func:`private_here`).
_TITLE_BEFORE = compiled.pattern(
    r"(?i)(?<!\p{L})(?:генерал\p{L}*|генерал-\p{L}+|губернатор\p{L}*|министр\p{L}*|міністр\p{L}*|маршал\p{L}*"
    r"|general|governor|minister|marshal)\s+$"
)

# A clause about television, a video, a channel or the news: the surname in it is a figure on the screen.
_MEDIA = compiled.pattern(
    r"(?i)(?<!\p{L})(?:телевизор\p{L}*|телевізор\p{L}*|телик\p{L}*|ящик[уе]|эфир\p{L}*|ефір\p{L}*|телеграм\p{L}*"
    r"|видео|відео|новост\p{L}*|новин\p{L}*|интервью|інтерв['’ʼ]ю|брифинг\p{L}*|брифінг\p{L}*|пресс-конференц\p{L}*"
    r"|прес-конференц\p{L}*|телеканал\p{L}*|TV|television|the\s+news|video|Telegram|interview|briefing"
    r"|press\s+conference|state\s+media)(?!\p{L})"
)

# A verb of watching or listening right beside the surname: a figure on the screen ("ты меньше Соловьёва смотри",
# "слушай Соловьёва", "watch Solovyov"), as the media clause above.
_WATCH_BEFORE = compiled.pattern(
    r"(?i)(?<!\p{L})(?:смотр\p{L}*|посмотр\p{L}*|слуша\p{L}*|послуша\p{L}*|дивис\p{L}*|дивит\p{L}*|подивис\p{L}*"
    r"|слухай\p{L}*|слухат\p{L}*|watch\p{L}*|listen\p{L}*\s+to)\s+(?:\p{L}+\s+)?$"
)
_WATCH_AFTER = compiled.pattern(
    r"(?i)^\s+(?:смотр\p{L}*|посмотр\p{L}*|слуша\p{L}*|послуша\p{L}*|дивис\p{L}*|дивит\p{L}*|слухай\p{L}*)(?!\p{L})"
)

# Kin in apposition before the surname ("his cousin Shoigu", "двоюродный брат Лавров", "дядько Коваленко").
_KIN = (
    r"cousin|brother|sister|uncle|aunt|nephew|niece|son|daughter|father|mother|wife|husband|grandfather|grandson"
    r"|neighbou?r|classmate|friend|godfather|father-in-law|brother-in-law|son-in-law"
    r"|брат\p{L}*|сестр\p{L}*|дяд\p{L}*|тёт\p{L}*|тет\p{L}*|тітк\p{L}*|дядьк\p{L}*|племянник\p{L}*|племінник\p{L}*"
    r"|сын\p{L}*|син\p{L}*|отц\p{L}*|отец|батьк\p{L}*|муж|мужа|мужу|чоловік\p{L}*|дед\p{L}*|дід\p{L}*|внук\p{L}*"
    r"|кум\p{L}*|сосед\p{L}*|сусід\p{L}*|одноклассник\p{L}*|однокласник\p{L}*|зят\p{L}*|шурин\p{L}*|свояк\p{L}*"
    r"|тест\p{L}*|свёкор|свекр\p{L}*|друг\p{L}*|приятел\p{L}*|товарищ\p{L}*|товариш\p{L}*|comrade|сослуживц\p{L}*"
    r"|сослуживец|побратим\p{L}*"
)
_KIN_BEFORE = compiled.pattern(r"(?i)(?<!\p{L})(?:" + _KIN + r")(?:-in-law)?\s+$")
_KIN_AFTER = compiled.pattern(
    r"(?i)^,?\s+(?:(?:my|his|her|our|their|мой|моя|мой|наш|мій|моя|наш|его|її|його)\s+)?(?:\p{L}+\s+)?(?:"
    + _KIN
    + r")(?!\p{L})"
)
# An address: a title of address before, or the surname opening a line or an utterance and followed by a comma
# and a second-person word ("Лавров, ты где?", "Gerasimov, you there?").
_ADDRESS_BEFORE = compiled.pattern(r"(?i)(?<!\p{L})(?:товарищ|товариш|comrade|пане|пані|гражданин|громадянин)\s+$")
_ADDRESS_AFTER = compiled.pattern(
    r"(?i)^\s*[,!]\s*(?:ты|вы|ти|ви|you|тебе|вас|тобі|вам|давай|слышь|чуєш|слушай|слухай|иди|йди|come|where)(?!\p{L})"
)
# A birth date or an age after a mention: a record of a private person ("Сергій Коваленко, 1990 р.н.", "(35)").
_BIRTH_AFTER = compiled.pattern(
    r"(?i)^\s*(?:,\s*|\(\s*)(?:\d{1,2}[./]\d{1,2}[./])?(?:19|20)\d\d\s*(?:р\.\s*н\.|г\.\s*р\.|року|года|born|р\.н|г\.р)"
    r"|^\s*(?:,\s*|\(\s*)\d{2}\s*(?:\)|,|років|лет|года|year)|^\s*,?\s*(?:born|уроженец|уродженець|народ\p{L}*|родил\p{L}*)"
)
_INITIAL_BEFORE = compiled.pattern(r"(?<!\p{L})(\p{Lu})\.\s*(?:\p{Lu}\.\s*)?$")
_CAPITALISED = compiled.pattern(r"\p{Lu}[\p{L}'’ʼ-]+")
_WORD_BEFORE = compiled.pattern(r"(\p{Lu}[\p{L}'’ʼ-]+)\s+$")


def _sentence(text: str, start: int, end: int) -> tuple[str, str]:
    """The clause before and after a mention, within its sentence and line."""
    lo = max(0, start - 200)
    before = regex.split(_SENTENCE_END, text[lo:start])[-1]
    after = regex.split(_SENTENCE_END, text[end : end + 200])[0]
    return before, after


def public_act(
    text: str, start: int, end: int, language: str, public_person: Callable[[int, int], bool] | None = None
) -> bool:
    """Whether the surname at ``text[start:end]`` governs a public act or is named as a source or on a screen.

    ``public_person(start, end)`` says whether a capitalised word of the same sentence is another public figure of
    the register (for a plain "said" beside one)."""
    before, after = _sentence(text, start, end)
    if _ACT_AFTER.match(after) is not None or _SOURCE_BEFORE.search(before) is not None:
        return True
    if _ACT_NOUN_BEFORE.search(before) is not None or _ACT_NOUN_AFTER.match(after) is not None:
        return True
    if _APPEAL_BEFORE.search(before) is not None or _APPEAL_AFTER.match(after) is not None:
        return True
    if _TITLE_BEFORE.search(before) is not None:
        return True
    visit = _VISIT_AFTER.match(after) or _VISIT_BEFORE.search(before)
    clause = before + text[start:end] + after
    if visit is not None and (
        visit.group(1) or _VISIT_CUE.search(clause) or (_TAUNT.search(clause) and _HERE.search(clause))
    ):
        return True
    if public_person is not None:
        for m, offset in ((_COORD_AFTER.match(after), end), (_COORD_BEFORE.search(before), start - len(before))):
            if m is not None and public_person(offset + m.start(1), offset + m.end(1)):
                return True
    if _MEDIA.search(before) is not None or _MEDIA.search(after) is not None:
        return True
    if _WATCH_BEFORE.search(before) is not None or _WATCH_AFTER.match(after) is not None:
        return True
    if public_person is not None and speech(text):
        # a speaker's turn is one line: another figure of the register named in it or in the turn before or after
        # makes the surname the figure's ("Шойгу пусть приедет, Герасимов", "Shoigu… I mean Belousov said this",
        # "— Слышал, Герасимов приезжал? — По телевизору Шойгу...")
        lo = text.rfind("\n", 0, max(0, text.rfind("\n", 0, start))) + 1
        hi = text.find("\n", end)
        hi = len(text) if hi < 0 else text.find("\n", hi + 1)
        hi = len(text) if hi < 0 else hi
        for m in _CAPITALISED.finditer(text, max(lo, start - 200), min(hi, end + 200)):
            if (m.start(), m.end()) != (start, end) and public_person(m.start(), m.end()):
                return True
    if public_person is not None and _SAY_AFTER.match(after) is not None:
        lo = start - len(before)
        for m in regex.finditer(r"\p{Lu}[\p{L}'’ʼ-]+", before + text[start:end] + after):
            a, b = lo + m.start(), lo + m.end()
            if (a, b) != (start, end) and public_person(a, b):
                return True
    return False


def private_here(text: str, start: int, end: int) -> bool:
    """Whether the words right around the surname make it a private person's: kin in apposition, an address, a birth
    date or age after it."""
    left = text[max(0, start - 40) : start]
    right = text[end : end + 60]
    if _ADDRESS_BEFORE.search(left) is not None or _ADDRESS_AFTER.match(right) is not None:
        return True
    if _BIRTH_AFTER.match(right) is not None or _KIN_AFTER.match(right) is not None:
        return True
    return _KIN_BEFORE.search(left) is not None and not _possessor(text, start, end)


def _possessor(text: str, start: int, end: int) -> bool:
    """Whether a Cyrillic surname after a kin word is that kin's possessor in the genitive ("сын Лаврова": the
    minister's son; "брат Лавров": a brother named Lavrov). Latin text has no case: kin right before is apposition."""
    surface = text[start:end]
    if not _CYR.search(surface):
        return False
    from redact.recognizers.nlp import morph as _morph

    kin = regex.search(r"(\p{L}+)\s+$", text[max(0, start - 40) : start])
    if kin is None:
        return False
    lang = "uk" if regex.search(r"[іїєґ]", text[max(0, start - 200) : end + 200]) else "ru"

    def cases(word: str) -> set[str]:
        return {g for p in _morph.parses(word, lang) for g in p.tag.grammemes} & {
            "nomn", "gent", "datv", "accs", "ablt", "loct", "voct",
        }  # fmt: skip

    surname, noun = cases(surface), cases(kin.group(1))
    # an indeclinable surname (Шойгу) agrees with anything: withheld, the safe reading
    return "gent" in surname and not (surname & noun) and len(surname) < 6


def linked_to_private(
    text: str,
    keys: frozenset[str],
    name_keys: Callable[[str], frozenset[str]],
    figure_parts: frozenset[str],
    is_given_name: Callable[[str], bool],
    low_rank_before: Callable[[int], bool],
) -> bool:
    """Whether the passage links the surname (its identity ``keys``) to a private person anywhere: a first name or
    initial before one of its mentions that is not the figure's (``figure_parts``: keys of every word of the
    figure's names), a rank below colonel, kin in apposition, an address, a birth date or age."""
    from redact.names.keys import skeleton

    for m in regex.finditer(r"\p{Lu}[\p{L}'’ʼ-]+", text):
        if not (name_keys(m.group(0)) & keys):
            continue
        a, b = m.start(), m.end()
        if low_rank_before(a) or private_here(text, a, b):
            return True
        left = text[max(0, a - 40) : a]
        initial = _INITIAL_BEFORE.search(left)
        if initial is not None and not any(p[:1] == skeleton(initial.group(1))[:1] for p in figure_parts):
            return True
        given = _WORD_BEFORE.search(left)
        if given is not None and is_given_name(given.group(1)) and not (name_keys(given.group(1)) & figure_parts):
            return True
    return False
