"""Surnames in the slugs of memorial and funeral links, as PERSON: ".../haisyn-proshchannia-kovalchuk".

Local news sites name the fallen in the link itself ("/news/berdychiv-farewell-savchenko",
"/zarichne-melnyk-pokhoron"), in Latin transliteration and lower case, where no name model looks. A slug word
is a surname when two things hold:

- the slug is a memorial one: one of its words is a farewell, funeral, death or memory word in Ukrainian or
  Russian transliteration or in English (proshchannia, poproshchalysia, pokhoron, zahynuv, pogib, pamiat,
  farewell, funeral, ...), matched by stem;
- the word has the shape of an East Slavic surname in transliteration: a suffix of the -enko, -chuk/-iuk,
  -ovych/-evych, -skyi/-skiy families; the -ska, -ov/-ova/-ev/-eva/-in/-ina endings, which English words share
  ("again", "captain"), count only when the memorial word itself is transliterated, not English.

A slug word is also a name, memorial slug or not, when it spells a name the text itself uses: the link
"…/poproshchalysia-z-vasylem-kobylyanskym" under "Василя Кобилянського", "…/school-8-dudka" under "Roman
Dudka". Both are reduced to a consonant skeleton (transliteration variants such as ya/ia, kh/h/g, yi/iy drop
out) and the slug word may add one case-ending consonant ("vasylem" = "Василь" + -em).

Known gaps: surnames of other shapes ("melnyk", "bondar", "tkach") are not found; a place the slug names is
left to the place-tag recogniser. Known false positive: a transliterated ordinary word of one of those shapes
in a memorial slug ("voinov", "pamiatnyk" is not one: it has no such suffix).
"""

from __future__ import annotations

from typing import Any, ClassVar

import regex
from presidio_analyzer import RecognizerResult

from redact.recognizers._local import SingleEntityRecognizer
from redact.recognizers.nlp import morph
from redact.recognizers.nlp.places import place_beats_name
from redact.recognizers.ru_person import _NEEDS_NEIGHBOUR

__all__ = ["SlugNameRecognizer"]

_URL = regex.compile(
    r"(?:https?://|www\.)[^\s<>\"'«»]+"
    r"|(?<![\w@.-])[\w-]+(?:\.[\w-]+)*\.(?:info|com|net|org|ua|ru|by|kz|city|news|media|online|today|su)"
    r"(?:/[^\s<>\"'«»]*)?",
    regex.IGNORECASE,
)
_SLUG_WORD = regex.compile(r"(?<![A-Za-z])[A-Za-z]{3,}(?![A-Za-z])")
# Stems of farewell, funeral, death and memory words (uk/ru transliterations and English).
_MEMORIAL = regex.compile(
    r"^(?:pro(?:shch|shh|sch|st)|poproshch|poproshh|pokhor|pohor|pokhov|pohov|zahyb|zahin|zagib|zagin|zahynu|pogib"
    r"|pohyb|pam[iy]at|pamj|farewell|funeral|buri|died|killed|fallen|memor|obituar|nekrolog|vichn|vechn|heroi|geroi)",
    regex.IGNORECASE,
)
_SURNAME = regex.compile(
    r"^[a-z]{3,}(?:enko|chuk|iuk|yuk|ovych|evych|ovich|evich|skyi|skyy|skyj|skiy|skii|tskyi|tskiy)$"
)
# Endings English words share ("again", "captain", "alaska"): only in a slug whose memorial word is Slavic.
_SURNAME_WEAK = regex.compile(r"^[a-z]{4,}(?:ska|ova|eva|ov|ev|ina|in)$")
_ENGLISH_MEMORIAL = regex.compile(r"^(?:farewell|funeral|buri|died|killed|fallen|memor|obituar)", regex.IGNORECASE)
# Slug words of those shapes that are not surnames: transliterated ordinary words and news-site vocabulary.
_NOT_NAMES = frozenset(
    "admin archiv domain origin login plugin online ukrainska russkaya rossiyskaya oblasna oblastnaya kyivska "
    "novyny novosti ukrainy rossii voin voinov geroev heroiv pamiatnyk zahyblykh pogibshikh".split()
)


_TRANSLIT = dict(
    zip(
        "абвгґдеєёжзиіїйклмнопрстуфхцчшщьъыэюя",
        "a b v h g d e ye yo zh z y i yi y k l m n o p r s t u f kh ts ch sh shch _ _ y e yu ya".split(),
        strict=True,
    )
)
_DIGRAPHS = (("shch", "s"), ("sch", "s"), ("zh", "z"), ("kh", "h"), ("ts", "c"), ("tz", "c"), ("ch", "c"), ("sh", "s"))
_NON_SKELETON = regex.compile(r"[aeiouyjw'’_-]")
_CYR_WORD = regex.compile(r"(?<![\p{L}-])\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?")
_LATIN_WORD = regex.compile(r"(?<![\p{L}-])[A-Z][a-z'’]{2,}")
# Case endings a transliterated slug adds to a name: -em/-om/-ym (instrumental), -oho/-ogo, -ovi, -u, -a.
_ENDING_CONSONANTS = frozenset("mhvg")
_CYRILLIC = regex.compile(r"\p{Cyrillic}")


def skeleton(word: str) -> str:
    """The consonants of a (transliterated) word, with variant spellings of one sound made equal."""
    w = "".join(_TRANSLIT.get(ch, ch) for ch in word.lower())
    for a, b in _DIGRAPHS:
        w = w.replace(a, b)
    return str(_NON_SKELETON.sub("", w.replace("g", "h").replace("x", "ks")))


def _spells(slug_word: str, names: set[str]) -> bool:
    sk = skeleton(slug_word)
    if len(sk) < 3:
        return False
    return sk in names or (sk[-1] in _ENDING_CONSONANTS and sk[:-1] in names)


# A hashtag and the parts of its body: "#ОлегПетренко", "#pamiat_ivanenko", "#ВічнаПамять_Коваленко".
_HASHTAG = regex.compile(r"(?<![\w&])#(?P<body>[\p{L}\d_]{3,60})")
_CAMEL_PART = regex.compile(r"\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})")


# A hashtag body that is a full name in camel case, two or three Title-case words and nothing else.
_CAMEL_NAME = regex.compile(r"(?:\p{Lu}\p{Ll}{1,20}){2,3}")


def _whole_name_tag(body: str, named: list[str]) -> bool:
    """Whether a camel-case hashtag body is one person's full name: besides its name parts, each word is neither an
    English dictionary word nor a Russian/Ukrainian one ("#SlavaUkraini", "#ПамятаємоГероя" are slogans)."""
    if _CAMEL_NAME.fullmatch(body) is None:
        return False
    from redact.recognizers.spacy_ner import dictionary_word

    for part in _CAMEL_PART.findall(body):
        if part in named:
            continue
        if _CYRILLIC.search(part):
            if morph.is_known(part.lower(), "ru") or morph.is_known(part.lower(), "uk"):
                return False
        elif dictionary_word(part) or part.lower() in _NOT_NAMES:
            return False
    return True


class SlugNameRecognizer(SingleEntityRecognizer):
    """PERSON: surname-shaped words in the slug of a memorial or funeral link."""

    LANGUAGES: ClassVar[tuple[str, ...]] = ("en", "ru", "uk")
    ENTITIES = ["PERSON"]
    SCORE = 0.6

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        """Surname-shaped slug words of memorial links, slug words and hashtag parts that spell a name."""
        if "PERSON" not in entities:
            return []
        out = self._hashtags(text) if "#" in text else []
        if "/" not in text and "." not in text:
            return out
        urls = list(_URL.finditer(text))
        names = self._text_names(text, urls) if urls else set()
        for u in urls:
            words = list(_SLUG_WORD.finditer(u.group()))
            if names:
                for w in words:
                    if len(w.group()) >= 4 and w.group().lower() not in _NOT_NAMES and _spells(w.group(), names):
                        s = u.start() + w.start()
                        out.append(self._result(s, s + len(w.group()), self.SCORE, "a name of the text in a link"))
            cues = [w.group() for w in words if _MEMORIAL.match(w.group())]
            if not cues:
                continue
            slavic = any(not _ENGLISH_MEMORIAL.match(c) for c in cues)
            for w in words:
                low = w.group().lower()
                if low in _NOT_NAMES or _MEMORIAL.match(low):
                    continue
                if not (_SURNAME.match(low) or (slavic and _SURNAME_WEAK.match(low))):
                    continue
                s = u.start() + w.start()
                if not any(r.start == s for r in out):
                    out.append(self._result(s, s + len(w.group()), self.SCORE, "surname in a memorial link"))
        return out

    def _hashtags(self, text: str) -> list[RecognizerResult]:
        """Hashtag parts that are names ("#ОлегПетренко" → Олег, Петренко) or spell a name of the text."""
        out: list[RecognizerResult] = []
        lang = self.supported_language
        names: set[str] | None = None
        for h in _HASHTAG.finditer(text):
            body_start = h.start("body")
            before = len(out)
            for part in _CAMEL_PART.finditer(h.group("body")):
                word = part.group()
                if len(word) < 3 or word.isupper():
                    continue
                title = word[:1].upper() + word[1:].lower()
                hit = False
                if _CYRILLIC.search(word) and lang in ("ru", "uk"):
                    hit = (
                        morph.tag_share(title, lang) >= 0.5
                        and not place_beats_name(title, lang)
                        and title.lower() not in _NEEDS_NEIGHBOUR  # "#СлаваУкраїні"
                    )
                elif not _CYRILLIC.search(word):
                    from redact.recognizers.given_name import given_names

                    hit = any("ambiguous" not in e.flags for e in given_names().get(title))
                if not hit and len(word) >= 4:
                    if names is None:
                        names = self._text_names(text, list(_HASHTAG.finditer(text)))
                    hit = _spells(word, names)
                if hit:
                    s = body_start + part.start()
                    out.append(self._result(s, s + len(word), self.SCORE, "a name in a hashtag"))
            if len(out) > before and _whole_name_tag(h.group("body"), [text[r.start : r.end] for r in out[before:]]):
                # "#KiselyovDenis", "#ОлегПетренко": the word beside the given name is the surname; the body is one name
                out[before:] = [self._result(body_start, h.end("body"), self.SCORE, "a name in a hashtag")]
        return out

    def _text_names(self, text: str, urls: list[Any]) -> set[str]:
        """Skeletons of the words outside links that read as given names or surnames (dictionary forms too)."""
        masked = list(text)
        for u in urls:
            masked[u.start() : u.end()] = " " * (u.end() - u.start())
        plain = "".join(masked)
        out: set[str] = set()
        if self.supported_language in ("ru", "uk"):
            lang = self.supported_language
            words = list(_CYR_WORD.finditer(plain))
            strong = [morph.tag_share(m.group(), lang) >= 0.5 for m in words]
            for i, m in enumerate(words):
                word = m.group()
                # A name reading that is the word's main one, or any name reading beside such a word
                # ("Андреем Мельником": мельник is also a miller).
                beside = any(
                    0 <= j < len(words)
                    and strong[j]
                    and plain[min(m.end(), words[j].end()) : max(m.start(), words[j].start())] == " "
                    for j in (i - 1, i + 1)
                )
                if not (strong[i] or beside) or place_beats_name(word, lang):
                    continue
                forms = morph.name_lemmas(word, lang) if strong[i] else morph.lemmas(word, lang)
                for form in {word} | forms:
                    out.add(skeleton(form))
        else:
            from redact.recognizers.given_name import given_names

            known = given_names()
            words = list(_LATIN_WORD.finditer(plain))
            for i, m in enumerate(words):
                word = m.group()
                if not known.get(word):
                    continue
                out.add(skeleton(word))
                # The Title-case word right after a given name is the surname: "Roman Dudka".
                if i + 1 < len(words) and plain[m.end() : words[i + 1].start()] == " ":
                    out.add(skeleton(words[i + 1].group()))
        return {sk for sk in out if len(sk) >= 3}
