"""Home beats size: is a place named as someone's home ("born in Kharkiv", "родом из Курска", "мешканець Львова")?

A grammar over cue lemmas within a window, in English, Russian and Ukrainian. Walking back from the place
through at most :data:`MAX_FILLER` filler words (articles, prepositions, "city of", "селе", "рідному"), the
next word must be a home cue:

* a cue lemma: born, raised, grow (up), live, reside, native, resident, hometown, home; родом, уроженец,
  житель, земляк, жить, проживать, родиться, вырасти, прописать; родом, уродженець, мешканець, житель,
  жити, проживати, народитися, вирости; or
* "from" / "из" / "з" after a word saying who is from there: a form of *be* or *come*, "originally", a
  personal pronoun, a person noun ("a soldier from Buryatia", "парень из Читы", "хлопець зі Львова").

After the place, "native", "-born", "resident", "man", "woman", "family" ("a Kursk man", "Kharkiv-born")
also make it a home. The window never crosses a sentence end or a line break. A place in home context is
withheld whatever its size; everywhere else the public register may keep it.
"""

from __future__ import annotations

import functools

import regex

from redact.abbreviations import alternation as _abbreviations
from redact.recognizers.nlp.places import MOURNING_SUBJECT_AFTER

__all__ = ["MAX_FILLER", "home_context"]

MAX_FILLER = 5
_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’ʼ-]*\.?")
# A sentence ends at a full stop, but not that of an abbreviation: one letter ("м. Покровськ", "г. Курск", "н.п.") or
# the abbreviation table's "clause" column ("обл.", "вул.", redact/data/abbreviations.tsv), as redact/public.py reads.
_STOP = regex.compile(rf"[!?;:]\s|[\n\r]|(?<!(?<!\p{{L}})(?:\p{{L}}|{_abbreviations('clause')}))\.\s")

# English: inflected form -> lemma, for the few verbs the grammar needs.
_EN_FORMS = {
    "born": "bear",
    "raised": "raise",
    "grew": "grow",
    "grown": "grow",
    "growing": "grow",
    "lived": "live",
    "lives": "live",
    "living": "live",
    "resides": "reside",
    "resided": "reside",
    "residing": "reside",
    "natives": "native",
    "residents": "resident",
    "hometowns": "hometown",
    "comes": "come",
    "came": "come",
    "coming": "come",
    "hails": "hail",
    "hailed": "hail",
    "is": "be",
    "was": "be",
    "are": "be",
    "were": "be",
    "am": "be",
    "'s": "be",
    "’s": "be",
    "'m": "be",
    "’m": "be",
    "'re": "be",
    "’re": "be",
    "been": "be",
    "being": "be",
    "men": "man",
    "women": "woman",
    "families": "family",
    "soldiers": "soldier",
    "boys": "boy",
    "girls": "girl",
}
_EN_CUES = frozenset(
    "bear raise grow live reside native resident hometown home address conscript mobilize mobilise draft enlist "
    "registered leave enlistment recruitment".split()
)
_EN_FORMS.update(
    {
        "conscripted": "conscript",
        "mobilized": "mobilize",
        "mobilised": "mobilise",
        "drafted": "draft",
        "enlisted": "enlist",
        "addresses": "address",
    }
)
_EN_FILLER = frozenset(
    """
    in at of near outside up the a an his her their my our your its small tiny little native city town village
    hamlet settlement district region oblast province county area suburb suburbs countryside nearby on year office
    january february march april may june july august september october november december
    """.split()
)
_EN_FROM = frozenset({"from"})
# A settlement word before an earlier place name in the chain ("the village of Ust-Borgoi in Buryatia") makes
# the chain a home address: villages are never public.
_SETTLEMENT = frozenset("village hamlet деревня село посёлок поселок хутор станица аул селище хутір".split())
# Who is somewhere: "she is in Saint Petersburg", "Она в Питере", "my girl is in Krasnoyarsk" (family, not "we").
_RESIDENT = frozenset(
    """
    she he they her his parent parents family wife mother mom mum girl girlfriend sister grandmother
    она он они она оно родители семья жена мама мать девушка сестра бабушка
    вона він вони батьки родина дружина мати мама дівчина сестра бабуся
    """.split()
)
_IN = frozenset({"in", "в", "во", "у"})
# "Они в Москве сидят", "вони там у Києві сидять", "they sit in Moscow": the soldiers' word for the command far from the
# front, "they" sitting in a capital; where one's own live is said with a verb of living or none ("они в Омске").
_THEY = frozenset({"они", "вони", "they"})
_SITTING_AFTER = regex.compile(r"(?i)\s+(?:(?:все|всі|там|тут|себе)\s+)?(?:сид\p{L}*|sit|sitting|sat)(?!\p{L})")
# "left his unit near Bakhmut", "покинул часть под Бахмутом": near a place is where the fighting is, no garrison.
# "из-под Покровска", "з-під Бахмута": from near a place, where the fighting was ("части, выведенные из-под
# Покровска"), a home only after an origin cue ("родом из-под Курска", "хлопець з-під Сум": :data:`_RU_FROM`).
_FROM_NEAR = frozenset("из-под изпод з-під із-під зпід".split())
_NEAR = frozenset("near outside around под під біля около возле поблизу неподалеку неподалік".split()) | _FROM_NEAR
# The enemy as Ukrainian copy names him: "from near" a place after these is where he fights.
_ENEMY = regex.compile(r"(?i)(?:окупант|оккупант|орк|ворог|противник|враг)\p{L}*$")
# Towards a place: a unit moved "к Покровску" is sent to the fighting, not garrisoned there.
_TOWARDS = frozenset("к ко towards toward".split())
_ORIGIN = frozenset({"be", "come", "hail", "originally", "родом", "быть"})
# A garrison is as identifying as a home: "810-я бригада, в Севастополе", "войсковая часть 6912, Омск".
_UNIT = frozenset(
    """
    brigade regiment battalion unit division бригада полк батальон часть дивизия дивизион бригада полк
    батальйон частина дивізія
    """.split()
)
# "часть", "частина" right before a place in the genitive, with no preposition between, is a part of it ("частину
# Херсона", "часть Курской области"), not a unit garrisoned there ("часть в Омске", "частина у Херсоні").
_PART = frozenset({"часть", "частина"})
# An address: the place is followed by a district, street or house ("Belgorod region, Grayvoron district").
_ADDRESS_AFTER = regex.compile(
    r"(?i)^\s*,\s*(?:(?!(?:в|во|у|на|in|near|at|під|под|а|и|і|й|та|and|but|while)\s)\p{L}+\s+){0,2}(?:district|street|village|район\w*|улиц\w*|ул\.|вулиц\w*|вул\.|село|селі|"
    r"деревн\w*|дом\b|буд\.|кв\.|apt|в/ч|військова частина|воинская часть|military unit)"
)
# A sector of the front named by its places after the noun ("направление Угледар — Великая Новосёлка", "напрямок
# Покровськ"), and a nearness preposition no address opens with ("под Часовым Яром, в/ч 12721").
_FRONT_NAMED_BEFORE = regex.compile(
    r"(?i)(?<!\p{L})(?:направлени|напрям)\p{L}*[ \t]+"
    r"(?:\p{Lu}[\p{L}'’ʼ-]+(?:[ \t]+\p{Lu}[\p{L}'’ʼ-]+)?[ \t]*[—–-][ \t]*)?$"
)
_UNDER_BEFORE = regex.compile(r"(?i)(?<!\p{L})(?:под|під|возле|около|біля|поблизу|near)[ \t]+$")
# A record line: the place right after a year of birth ("1991 г. р., Братск", "1990 р. н., Суми", "b. 1991, Omsk").
# A possessive and a person before "is/lives in": where someone's family is ("my wife is in", "his mum lives in").
_WHEREABOUTS_BEFORE = regex.compile(
    r"(?i)\b(?:my|his|her|our|their|your)\s+\p{L}+\s+(?:is|was|lives|lived|stays|stayed|'s)(?:\s+(?:now|still))?"
    r"\s+(?:in|at)\s+$"
)
# A district named right after the place: the place is part of an address, not a place of events.
_DISTRICT_AFTER = regex.compile(
    r"(?i)\s*,\s*\p{Lu}[\p{L}'’-]+(?:\s+\p{L}+)?\s+(?:district|raion|rayon|район\w*|р-н\w*|округ\w*)(?!\p{L})"
)
# Speech names a home by who lives there or by "us": "позвоню бабушке в Обоянь", "к маме в Курск", "у тёщи в
# Копейске", "мамі у Бориспіль" (someone close at home; never a son or brother, who may be at the front, nor "деды",
# "бабки" of slang: old soldiers, money), and "у нас в Магнитке", "к нам в Тагил", "приеду домой в Кизел", "в нас у
# Борисполі", "додому в Суми" (the speakers' home).
_KIN_IN_BEFORE = regex.compile(
    r"(?i)(?<!\p{L})(?:(?:мам|мать|матер|мати|матір|бабушк|бабул|бабус|бабц|дедушк|дідус|жен[аеуыо]|дружин|тёщ|тещ|"
    r"свекр|родител|батьк|семь[еию]|сім['’ʼ]\p{L}|родн[ыяиюе]|родин|отц|отец)\p{L}*|(?:дед|дід|пап|тат)(?:а|у|е|і|о|ові|ом)?)"
    r"\s+(?:в|во|у)\s+$"
)
_HOME_IN_BEFORE = regex.compile(
    r"(?i)(?<!\p{L})(?:(?:у|к|в|до)\s+(?:нас|нам|вас|вам)|домой|дома|додому|вдома|удома)\s+"
    r"(?:(?:тут|там|щас|сейчас|зараз|теперь|тепер)\s+)?(?:в|во|у)\s+$"
)
_BIRTH_BEFORE = regex.compile(r"(?i)(?:г\.\s*р\.|р\.\s*н\.|года рождения|року народження|\bb\.\s*\d{4})\s*,\s*$")
# English nouns for who someone is end like these ("a welder from", "a tractor driver from", "an electrician
# from"); the words below end so too and are no person.
_EN_PERSON_END = regex.compile(r"(?:er|or|ist|ian|man|ant|ent|ee|ic|cian)$")
_EN_NOT_PERSON = frozenset(
    """
    letter order number paper border water center centre power other transfer offer error shelter matter summer
    winter october november december september element statement government document comment parliament
    department moment equipment segment amount account footage report monitor sector mirror factor motor
    tractor river cover after under later never ever whether either neither rather together corridor door floor
    reactor generator elevator detector terminal
    """.split()
)
_LIKE_ME = regex.compile(r"(?i)\s*,?\s*(?:like me|like us|как и я|как я|как и мы|як і я|як я|як і ми)(?!\p{L})")
_QUESTION = regex.compile(r"(?i)откуда|звідки|where\s+(?:are|is|were|was)\s+\w+\s+from")
_EN_WHO = frozenset(
    """
    be come hail originally i he she we they you man woman boy girl guy soldier conscript recruit volunteer
    family people student teacher mother father son daughter wife husband brother sister fighter serviceman
    """.split()
)
_EN_AFTER = frozenset("native born resident man woman boy girl family couple local".split())

_RU_CUES = frozenset(
    """
    родом уроженец уроженка житель жительница земляк землячка жить проживать родиться вырасти прописать
    прописанный родной уродженець уродженка мешканець мешканка жителька жити проживати народитися
    вирости прописаний рідний адрес адреса прописка военкомат військкомат мобилизовать призвать призываться
    мобілізувати призвати призиватися отпуск відпустка
    """.split()
)
_RU_FILLER = frozenset(
    """
    в во на под у около возле близ город село посёлок поселок деревня станица хутор пгт г с д п н нп ст небольшой
    маленький родной район область край областной районный республика
    місто село селище смт м невеликий маленький рідний район область край під біля год рік
    январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь
    січень лютий березень квітень травень червень липень серпень вересень жовтень листопад грудень
    """.split()
)
_RU_FROM = frozenset({"из", "изо", "с", "з", "із", "зі"}) | _FROM_NEAR
_RU_WHO = frozenset(
    """
    я он она мы они ты вы сам сама сами родом быть парень мужчина женщина девушка солдат боец военный
    мобилизованный призывник контрактник семья сын дочь муж жена
    він вона ми вони ти ви хлопець чоловік жінка дівчина боєць військовий мобілізований родина
    """.split()
)


@functools.lru_cache(maxsize=65536)
def _lemmas(word: str, language: str) -> frozenset[str]:
    w = word.lower().rstrip(".")
    if language == "en" or not regex.search(r"\p{Cyrillic}", w):
        return frozenset({_EN_FORMS.get(w, w)})
    from redact.words import dictionary_lemmas

    return dictionary_lemmas(w, language, other=language in {"ru", "uk"})


def _sentence_before(text: str, start: int) -> str:
    lo = max(0, start - 160)
    before = text[lo:start]
    stops = list(_STOP.finditer(before))
    return before[stops[-1].end() :] if stops else before


def _sentence_after(text: str, end: int) -> str:
    after = text[end : end + 60]
    m = _STOP.search(after)
    return after[: m.start()] if m else after


def _is_place(word: str) -> bool:
    """Whether a capitalised word is a place of the gazetteer ("shelled Kharkiv from Belgorod" is no home)."""
    from redact.recognizers.nlp.gazetteer import place_gazetteer

    return bool(place_gazetteer().get(word.removesuffix("'s").removesuffix("’s")))


def _is_verb(word: str, language: str) -> bool:
    from redact.recognizers.nlp import morph as _morph

    return any(p.tag.POS in {"VERB", "INFN", "PRTS", "GRND"} for p in _morph.parses(word, language)[:2])


# Personal pronouns in an object case (a closed class): "пишу тобі з Краматорська", "звоню тебе из Курска",
# "she wrote to me from Kursk" say where the speaker is, not where anyone is from.
_OBJECT_PRONOUNS = frozenset(
    """
    me him us them
    меня мне мной мною тебя тебе тобой тобою его ему им ним него нему её ее ей ней нее неё нас нам нами вас вам
    вами их ими них ними
    мене мені мною тебе тобі тобою його йому ним нього ньому її їй нею неї ній нас нам нами вас вам вами їх
    їм ними них
    """.split()
)


def _subject(word: str, language: str) -> bool:
    """Whether a who-word may be the one who is from somewhere (not a pronoun in an object case)."""
    return word.lower() not in _OBJECT_PRONOUNS


# Cyrillic prepositions whose case tells the sense: с/з + genitive is "from", + instrumental "with/beside";
# в/у + locative is "in", + accusative "to" ("його в Луганськ повезли": taken to, not living in).
_OTHER = {"ru": "uk", "uk": "ru"}
# ("из-под", "з-під" take the genitive only: a place the dictionary reads otherwise is one it does not know, like
# an indeclinable "из-под Работино")
_FROM_CASES = {"с": {"gent", "gen2"}, "зі": {"gent", "gen2"}, "з": {"gent", "gen2"}, "із": {"gent", "gen2"}}
_IN_CASES = {"в": {"loct", "loc2"}, "во": {"loct", "loc2"}, "у": {"loct", "loc2", "gent"}}


def _case_is(place: str, language: str, prep: str, cases: dict[str, set[str]]) -> bool:
    """Whether the place after ``prep`` may be in a case that gives the preposition its home sense (True when
    the preposition is not cased, the place is not Cyrillic, or the dictionary does not know its form)."""
    wanted = cases.get(prep)
    word = place.split()[0] if place.split() else place
    if wanted is None or language == "en" or not regex.search(r"\p{Cyrillic}", word):
        return True
    from redact.recognizers.nlp import morph as _morph

    # either Cyrillic dictionary: a Ukrainian form in a run read as Russian ("родом з Покровська") and the reverse
    found = [set(p.tag.grammemes) for p in _morph.parses(word, language) if p.tag.POS == "NOUN"]
    if not found and language in _OTHER:
        # a form only the other dictionary knows ("Москві" read as Russian): its reading decides
        found = [set(p.tag.grammemes) for p in _morph.parses(word, _OTHER[language]) if p.tag.POS == "NOUN"]
    return not found or any(wanted & g for g in found)


def _war_sentence(text: str, start: int, end: int) -> bool:
    """Whether the sentence around a place speaks of the fighting (:data:`redact.front._WAR_WORD`): "у нас в
    Покровске штурмы" is where the speakers fight, not their home."""
    from redact.front import _WAR_WORD

    return _WAR_WORD.search(_sentence_before(text, start) + " " + _sentence_after(text, end)) is not None


def _plural_residents(word: str, language: str) -> bool:
    """Whether ``word`` is the plural of a resident noun ("residents", "жителей", "мешканців"): a town's people,
    addressed or counted as a whole, not one person's home."""
    w = word.lower()
    if language == "en" or not regex.search(r"\p{Cyrillic}", w):
        return w == "residents"
    from redact.recognizers.nlp import morph as _morph
    from redact.recognizers.nlp.places import resident_lemmas

    first = _morph.parses(w, language)[:1]
    return (
        bool(first)
        and first[0].tag.POS == "NOUN"
        and "plur" in first[0].tag
        and str(first[0].normal_form) in resident_lemmas()
    )


# Words that make a clause's subject a count of people: "1,200 of the dead", "most of them", "большинство погибших",
# "сотни мобилизованных", "тисячі загиблих". Lemmas, any language.
_QUANTIFIERS = frozenset(
    """
    many most majority half dozens hundreds thousands several some all
    многие большинство половина десятки сотни тысячи несколько часть
    багато більшість половина десятки сотні тисячі кілька частина
    """.split()
)


_AGE = regex.compile(r"(?i)(?:aged\s+)?\d+(?:\s*-\s*|\s+)?(?:year|yr|лет|летн|года|год|річн|рок|р\.)\p{L}*|aged\s+\d+")


def _counted_subject(head: str, language: str) -> bool:
    """Whether the clause before an origin verb (``head`` ends right before it) makes its subject a count of people
    ("at least 1,200 of the dead", "большинство погибших"), not one person."""
    clause = regex.split(r"[,;:—–]\s|[.!?]\s", head)[-1][-60:]
    words = [m.group(0).lower() for m in _WORD.finditer(clause)]
    if any(w in {"he", "she", "i", "он", "она", "я", "він", "вона"} for w in words):
        return False
    counted = _AGE.sub(" ", clause)  # "a man aged 23", "23-летний": one person's age, no count
    return regex.search(r"\d", counted) is not None or any(_lemmas(w, language) & _QUANTIFIERS for w in words)


def _person_noun(word: str, language: str) -> bool:
    """Whether ``word`` is a lower-case noun for a person (an occupation, a role): who is from somewhere."""
    if not word[:1].islower():
        return False
    w = word.lower()
    if language == "en" or not regex.search(r"\p{Cyrillic}", w):
        # one person ("a welder from"), not a count of them ("1,200 of the dead came from Buryatia")
        return w not in _EN_NOT_PERSON and bool(_EN_PERSON_END.search(w)) and len(w) > 4 and not w.endswith("s")
    from redact.recognizers.nlp import morph as _morph

    first = _morph.parses(w, language)[:1]
    if w in _OBJECT_PRONOUNS or not first or {"Name", "Surn", "Patr", "Abbr"} & set(first[0].tag.grammemes):
        return False
    return first[0].tag.POS == "NOUN" and "anim" in first[0].tag and "plur" not in first[0].tag


def _signature(head: str) -> bool:
    """Whether the place follows "Given Surname, " at the start of a clause (a signature or an address line)."""
    m = regex.search(r"(?:^|[.:!?\n]\s*)(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+),\s*$", head)
    if m is None:
        return False
    from redact.recognizers.nlp.gazetteer import given_name_forms as _given_names

    return m.group(1).lower() in _given_names() and not _is_place(m.group(2))


def _answer_start(text: str, start: int) -> bool:
    """Whether the place opens an answer (a line or a dash turn), at most a preposition before it."""
    head = regex.search(r"(?:^|[\n—–-]\s*|\?\s+)(?:\p{L}{1,3}\s+)?$", text[max(0, start - 40) : start])
    return head is not None


def _gap(text: str, start: int, from_word: str, previous: str) -> bool:
    """Whether "from" follows a comma (an apposition: "Svetlana A., 46, from Kursk region")."""
    seg = text[max(0, start - 80) : start]
    k = seg.rfind(from_word)
    return k > 0 and seg[:k].rstrip().endswith(",")


# English words that describe a place between a home cue and its name: "front-line", "war-torn", "occupied",
# "embattled", "eastern" (a lower-case hyphenated word, a participle, a compass adjective).
_EN_DESCRIBING = regex.compile(r"^\p{Ll}+(?:-\p{Ll}+)+$|^\p{Ll}{3,}ed$|^(?:north|south|east|west)(?:ern)?$")


_PREPOSITIONS = frozenset(
    """
    в во на под у около возле близ за над при по к із з зі с со из від от під біля до
    in at near of from by on to
    """.split()
)


def _describing(word: str, language: str, rest: list[str]) -> bool:
    """Whether a lower-case word describes the place after it ("прифронтового", "оккупированной", "front-line"):
    an adjective or participle in Russian and Ukrainian, :data:`_EN_DESCRIBING` in English, right before a noun
    (``rest``, the words up to the place), not before a preposition ("погибшим под Угледаром" is a verb phrase).
    It stands between a home cue and the place as filler does."""
    if not word[:1].islower() or (rest and rest[0].lower() in _PREPOSITIONS):
        return False
    if language == "en" or not regex.search(r"\p{Cyrillic}", word):
        return _EN_DESCRIBING.match(word) is not None
    from redact.recognizers.nlp import morph as _morph

    first = _morph.parses(word, language)[:1]
    return bool(first) and first[0].tag.POS in {"ADJF", "PRTF"}


def home_context(text: str, start: int, end: int, language: str) -> bool:
    """Whether the place ``text[start:end]`` is named as someone's home (birthplace, residence, origin).

    Russian and Ukrainian share a page often (a Ukrainian header over a Russian transcript, Russian speech quoted in
    Ukrainian copy), and a run's language is a guess: a home in either dictionary's reading is a home ("строковик з
    Курська" in a run read as Russian, where "строковик" is no word)."""
    if _home_context(text, start, end, language):
        return True
    if language in _OTHER and _LETTERS[_OTHER[language]].search(_sentence_before(text, start)):
        # only where the sentence is written in the other language's letters: Russian copy is no Ukrainian text
        return _home_context(text, start, end, _OTHER[language])
    return False


# Letters only one of the two Cyrillic languages writes.
_LETTERS = {"uk": regex.compile(r"[іїєґІЇЄҐ]"), "ru": regex.compile(r"[ыэъёЫЭЪЁ]")}


def _home_context(text: str, start: int, end: int, language: str) -> bool:
    cyrillic = bool(regex.search(r"\p{Cyrillic}", text[start:end])) or language in {"ru", "uk"}
    lang = language if language in {"ru", "uk"} else ("ru" if cyrillic else "en")
    cues, filler, froms, who = (
        (_RU_CUES, _RU_FILLER, _RU_FROM, _RU_WHO) if lang != "en" else (_EN_CUES, _EN_FILLER, _EN_FROM, _EN_WHO)
    )
    if _QUESTION.search(text[max(0, start - 120) : start]) and _answer_start(text, start):
        return True  # "— Откуда призывались? — С Пскова"
    if _FRONT_NAMED_BEFORE.search(text, max(0, start - 60), start):
        return False  # "направление Угледар — Великая Новосёлка", "напрямок Покровськ": a sector of the front, no home
    if _ADDRESS_AFTER.match(text[end : end + 60]) and not _UNDER_BEFORE.search(text, max(0, start - 12), start):
        return True  # "Псков, в/ч 12345"; never "погиб под Часовым Яром, в/ч 12721" (an address has no "под")
    if MOURNING_SUBJECT_AFTER.match(text, end):
        return True  # "Житомир попрощався з захисником", "Конотоп у жалобі": the town mourning its own is his home
    if _LIKE_ME.match(text, end):
        return True  # "almost all from Tomsk region, like me": where the speaker is from
    head = _sentence_before(text, start)
    if _BIRTH_BEFORE.search(text[max(0, start - 40) : start]):
        return True
    if _signature(head):
        return True  # "Андрій Бойко, Краматорськ"
    if _WHEREABOUTS_BEFORE.search(text[max(0, start - 60) : start]):
        return True  # "my girl is in Krasnoyarsk", "his mother lives in Omsk": where someone close lives now
    near = text[max(0, start - 40) : start]
    if _KIN_IN_BEFORE.search(near):
        return True  # "позвоню бабушке в Обоянь": where someone close lives
    if _HOME_IN_BEFORE.search(near) and not _war_sentence(text, start, end):
        return True  # "у нас в Магнитке снег": the speakers' home, unless the fighting is there ("у нас в X штурмы")
    if _DISTRICT_AFTER.match(text[end : end + 60]):
        return True  # an address: "Belgorod region, Grayvoron district, village ...", "Ростовская обл., Кашарский р-н"
    before = [m.group(0) for m in _WORD.finditer(head)]
    tail = before[-4:]
    if tail and _lemmas(tail[-1], lang) & _PART and regex.search(r"\p{L}[ \t]+$", head):
        tail = []  # "знеструмлено частину Дніпровського району", "контролируют часть Курской области": a part of it
    for j, w in enumerate(tail):
        if (
            _lemmas(w, lang) & _UNIT
            and not any(x.lower() in _NEAR | _TOWARDS for x in tail[j + 1 :])
            and all(
                x[:1].isupper() or _lemmas(x, lang) & filler or (lang != "en" and not _is_verb(x, lang))
                for x in tail[j + 1 :]
            )
        ):
            return True
    skipped = 0
    names = 0
    # a region is too wide a home to withhold past a describing word ("мешканець окупованої Донеччини")
    from redact.front import _fold, _regions

    describe = _fold(text[start:end]) not in _regions()
    for i in range(len(before) - 1, -1, -1):
        word = before[i]
        lem = _lemmas(word, lang)
        if lem & cues and any(
            _plural_residents(word, lg) for lg in ((lang, _OTHER[lang]) if lang in _OTHER else (lang,))
        ):
            return False  # "закликав мешканців Покровська", "residents of Kherson were told": the town's people
        if lem & cues or (names and lem & _SETTLEMENT):
            return True
        if word.lower() in froms and not _case_is(text[start:end], lang, word.lower(), _FROM_CASES):
            break  # "рядом с Херсоном" (instrumental): beside, not from
        if word.lower() in _FROM_NEAR and i and _ENEMY.match(before[i - 1]):
            break  # "розмова окупанта з-під Покровська": the enemy near a place is where he fights, not his home
        if word.lower() in froms and any(x.lower() in _NEAR for x in before[i + 1 :]):
            break  # "his last message came from near Urozhaine": where the fighting was, not where he is from
        if word.lower() in froms:
            if i and _lemmas(before[i - 1], lang) & _ORIGIN:
                # "he is from", "she comes from", "originally from"; but a count of people ("1,200 of the dead came
                # from", "большинство погибших были из") is a statistic about a region, no one's home
                return not _counted_subject(head[: head.rfind(before[i - 1])], lang)
            prev = before[max(0, i - 2) : i]
            if any(_lemmas(w, lang) & (who - _ORIGIN) and _subject(w, lang) for w in prev):
                return True
            if i and _person_noun(before[i - 1], lang):
                return True  # "a welder from Novokuznetsk", "сварщик из Новокузнецка", "шахтар з Павлограда"
            # "Aleksandr Bilyk, from Makiivka", "Дядя Гена из Краматорска": a name right before "from" (not a
            # verb opening the sentence: "Пишу из Луганска" says where the writer is, not where they are from)
            gap = _gap(text, start, word, before[i - 1] if i else "")
            named = bool(i and before[i - 1][:1].isupper() and not _is_place(before[i - 1]))
            return (named and not (lang != "en" and _is_verb(before[i - 1], lang))) or gap
        if (
            word.lower() in _IN
            and _case_is(text[start:end], lang, word.lower(), _IN_CASES)
            and i
            and "," not in head[head.rfind(before[i - 1]) :]
            and not (before[i - 1].lower() in _THEY and _SITTING_AFTER.match(text, end))
            and (
                _lemmas(before[i - 1], lang) & _RESIDENT
                or (i > 1 and _lemmas(before[i - 1], lang) & {"be"} and _lemmas(before[i - 2], lang) & _RESIDENT)
            )
        ):
            return True
        if (
            lem & filler
            or word.lower().rstrip(".") in filler
            or (describe and _describing(word, lang, before[i + 1 :]))
        ):
            skipped += 1  # "жителька прифронтового Покровська", "a resident of the front-line town of"
            if skipped > MAX_FILLER:
                return False
            continue
        if word[:1].isupper() and names < 3:
            names += 1  # an earlier place of the chain: "from Buynaksk, Dagestan", "Ust-Borgoi in Buryatia"
            continue
        break
    after = _sentence_after(text, end)
    if lang == "en":
        m = regex.match(r"(?:\s+|-)(\p{L}+)", after)
        if m is not None and _lemmas(m.group(1), "en") & _EN_AFTER:
            return True
    return False
