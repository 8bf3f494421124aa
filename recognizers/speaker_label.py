"""Speaker labels that are names: "ANDREI:", "SERGEI VOLKOV:", "Nadya:", "[Igor]:".

A label is one to three words followed by a colon at the start of a line, or
after a timestamp ("[00:01:14] PETYA:") or the end of the previous turn
("... thank god!! Slava: I'm alive"). Role labels (MOTHER:, SOLDIER:, Q:, A:,
INTERVIEWER:) and heading words are not names and are skipped.

A Latin-script label made only of English dictionary words ("Died:", "Service:", "Car:", "Contact:",
"Home:", "Right:") is the field label of a record card, a caption or a profile, not a speaker, unless the
text uses it as a name: written capitalised elsewhere not as a label and not opening a sentence ("Miller:
... I told Miller"), or repeated as a label in a dialogue where another speaker label is a name ("MILLER:"
and "PETROV:" taking turns). A given name is never a dictionary word here ("Nadya", "Roman").
In Russian and Ukrainian only one label runs here (the person recognisers read the others): a chat member signed by
kinship to her son or husband, "Мама Даньки 21:25", "Жена Саши:", "Ірина (мама Тараса):", the kin word inside the
span, since the whole chat name is what identifies her; the name after the kin word is his, in the genitive ("Бабуся
Галя:" is her own name with a kin title, which stays outside as everywhere else); and a chat member signed with her
role in the group, "Адмін Роксолана:", "Admin | Tanya:", the role word inside the span, as the writers of the chat
corpora mark display names. A display name with its owner's region code, town or surname initial ("Kostyan 161:", "Vera
from Pogar:", "Светлана К:") is read in every language, the addition inside the span; so is a Russian rank written
before a call sign in a chat name ("Starshina Storm:"), where a rank alone is no name, and an English rank or its
abbreviation before a surname and its initials ("Sgt. Danilov R.:", "Jr. Lt. Orlov:"); so is a chat member signed by
kinship in an English translation ("Mama Andriia:", "Mum of Sashko:", "Dima's wife 21:40"), the kin word inside.

Known false positive: a capitalised heading word that is no dictionary word is tagged PERSON.
Known miss: a speaker whose surname is an English word, labelled once with no other named speaker.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

import regex
from presidio_analyzer import RecognizerResult

from redact.recognizers._names import NamePattern, RegexRecognizer, compile_pattern, is_not_name
from redact.recognizers.nlp import morph
from redact.recognizers.nlp.ranks import transliterated
from redact.recognizers.spacy_ner import dictionary_word

# Where a label may start: line start, after "]" of a timestamp, after the end of a turn.
_BEFORE = r"(?:^|(?<=\]\s?)|(?<=[.!?…)\"”]\s)|(?<=\s[-—–]\s))\s*"
_CAPS = r"\p{Lu}[\p{Lu}'’-]+"
_TITLE = r"\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?"
_LABEL = regex.compile(
    _BEFORE + rf"(?P<v>(?:{_CAPS}|{_TITLE})(?:\s(?:{_CAPS}|{_TITLE})){{0,2}})\s?:(?=\s|$)", regex.MULTILINE
)
_LATIN = regex.compile(r"^[\p{Script=Latin}'’\s-]+$")
# A chat member named by kinship to her son or husband, as wives' and mothers' chats sign themselves: "Мама Даньки
# 21:25", "Жена Саши:", "Ірина (мама Тараса):". The kin word opens the label or stands in brackets after a given name;
# the label ends in a colon or the message's time.
_KIN_LABEL_WORD = r"(?i:мама|мать|жена|сестра|бабушка|дочь|мати|дружина|бабуся|донька|тёща|теща|свекровь)"
_KIN_LABEL = (
    r"(?:^|(?<=\]\s?))[ \t]*(?P<v>(?:" + _TITLE + r"[ \t]+\(" + _KIN_LABEL_WORD + r"[ \t]+" + _TITLE + r"\)"
    r"|(?=\p{Lu})" + _KIN_LABEL_WORD + r"[ \t]+" + _TITLE + r"))"
    r"(?=[ \t]*(?::|,?[ \t]+\d{1,2}:\d{2}\b))"
)

# A chat member signed with her role in the group: "Адмін Роксолана:", "Admin | Tanya:", "Роксолана (адмін):". The
# chat name is the whole label, role word included.
_ROLE_LABEL_WORD = r"(?i:адмін|админ|адміністратор|администратор|модератор|admin|moderator)"
_ROLE_LABEL = (
    r"(?:^|(?<=\]\s?))[ \t]*(?P<v>(?:"
    + _ROLE_LABEL_WORD
    + r"(?:[ \t]*[|/•·—–-][ \t]*|[ \t]+)"
    + _TITLE
    + r"|"
    + _TITLE
    + r"(?:[ \t]*[|/•·—–-][ \t]*|[ \t]+)"
    + _ROLE_LABEL_WORD
    + r"|"
    + _TITLE
    + r"[ \t]+\("
    + _ROLE_LABEL_WORD
    + r"\)))"
    r"(?=[ \t]*(?::|,?[ \t]+\d{1,2}:\d{2}\b))"
)

# A chat member's display name with what messengers' users add to it: the code of their home region ("Kostyan 161",
# "Dima 31"), their town ("Vera from Pogar", "Юля из Ростова", "Оксана з Ніжина") or the initial of their surname
# ("Светлана К", "Tanya S."). The whole display name is the one identifying thing; the label opens a line and ends
# in a colon or the message's time.
_LABEL_END = r"(?=[ \t]*(?::(?=\s|$)|,?[ \t]+\[?\d{1,2}:\d{2}\b))"
_CHAT_LABEL = (
    r"(?:^|(?<=\]\s?))[ \t]*(?P<v>" + _TITLE + r"(?:[ \t]" + _TITLE + r")?"
    r"(?:[ \t]+(?:from|из|с|со|з|із|зі)[ \t]+" + _TITLE + r"|[ \t]+\d{2,3}(?!\d)))" + _LABEL_END
)
_INITIAL_LABEL = r"(?:^|(?<=\]\s?))[ \t]*(?P<v>" + _TITLE + r"[ \t]+\p{Lu}\.?)" + _LABEL_END
# A chat member whose display name puts his rank before his surname, as soldiers' chats are signed in English
# translation: "Sgt. Danilov R.:", "Jr. Lt. Orlov:", "Sergeant Kuzin V.V. 14:02". The rank word (an English rank or
# its abbreviation, or a transliterated Russian one) is part of the display name; one or two name words follow, then
# the initials of the rest, if any.
_RANK_WORD = (
    r"(?i:(?:(?:jr|snr|sr|junior|senior|staff|lance|chief)\.?[ \t]+)?"
    r"(?:sgt|cpl|pvt|pfc|lt|capt|cpt|maj|col|gen|sergeant|corporal|private|lieutenant|captain|major|colonel|"
    r"starshina|praporshchik|yefreitor|efreitor)\.?)"
)
_RANK_LABEL = (
    r"(?:^|(?<=\]\s?))[ \t]*(?P<v>(?=\p{Lu})" + _RANK_WORD + r"[ \t]+" + _TITLE + r"(?:[ \t]+" + _TITLE + r")?"
    r"(?:[ \t]+\p{Lu}\.(?:[ \t]?\p{Lu}\.)?)?)" + _LABEL_END
)
# A chat member signed by kinship in English translation of a relatives' chat: "Mama Andriia:", "Mum of Sashko:",
# "Dima's wife 21:40". The kin word stays inside the span, as in the Cyrillic kin label: the whole display name is
# the one that identifies her.
_KIN_WORD_LATIN = r"(?:mama|mum|mom|mother|wife|sister|granny|grandma|daughter)"
_KIN_LABEL_LATIN = (
    r"(?:^|(?<=\]\s?))[ \t]*(?P<v>(?i:(?=\p{Lu})"
    + _KIN_WORD_LATIN
    + r")[ \t]+(?:of[ \t]+)?"
    + _TITLE
    + r"|"
    + _TITLE
    + r"['’]s[ \t]+"
    + _KIN_WORD_LATIN
    + r")"
    + _LABEL_END
)

# Vector rows of the English model are ordered by frequency: a field label is a frequent word ("service" 316,
# "buried" 3572), a surname the lemma tables hold because a famous bearer is in WordNet ("Pavlov", "Lysenko")
# has no vector or a rare one.
_FREQUENT = 20_000


def _dictionary_word(word: str, vocab: Any = None) -> bool:
    """A frequent English dictionary word that is no given name: "Service", "Car", "Died"; not "Nadya", "Pavlov"."""
    if vocab is not None:
        lexeme = vocab[word.lower()]
        if not lexeme.has_vector or lexeme.rank > _FREQUENT:
            return False
    return dictionary_word(word)


def _labels(text: str) -> list[tuple[int, str]]:
    return [(m.start("v"), m.group("v")) for m in _LABEL.finditer(text)]


def _used_as_name(text: str, start: int, label: str, vocab: Any = None) -> bool:
    """Whether ``label`` (a dictionary word) names someone in ``text``: in prose, or as a speaker taking turns."""
    for m in regex.finditer(r"(?<![\p{L}'’-])" + regex.escape(label) + r"(?![\p{L}'’-])", text, regex.IGNORECASE):
        if m.start() == start or not m.group()[:1].isupper() or text[m.end() : m.end() + 2].lstrip(" ")[:1] == ":":
            continue
        before = text[max(0, m.start() - 3) : m.start()].rstrip(" \t\"'“«([")
        if before and before[-1] not in ".!?…\n:—-":
            return True  # capitalised mid-sentence: a name
    labels = _labels(text)
    same = sum(1 for _, v in labels if v.casefold() == label.casefold())
    others = {v.casefold() for _, v in labels if v.casefold() != label.casefold()}
    return same >= 2 and any(not is_not_name(w) and not _dictionary_word(w, vocab) for v in others for w in v.split())


def _genitive(word: str, language: str) -> bool:
    """Whether ``word`` reads first as a genitive, not as a nominative ("Даньки", "Тараса"; not "Галя")."""
    ps = morph.parses(word, language)[:2]
    return bool(ps) and "nomn" not in ps[0].tag.grammemes and any("gent" in p.tag.grammemes for p in ps)


# The chat names every language reads here (the other labels of Russian and Ukrainian are the person recognisers').
_CHAT_PATTERNS = frozenset({"kin_label", "role_label", "chat_label", "initial_label", "rank_label", "kin_label_latin"})


def _given_name(word: str, language: str) -> bool:
    """Whether ``word`` is a given name: listed, or (Cyrillic) tagged Name by the dictionary."""
    from redact.recognizers.given_name import given_names

    if given_names().get(word):
        return True
    if _LATIN.match(word):
        return False
    return morph.has_tag(word, language if language in {"ru", "uk"} else "ru", "Name")


class SpeakerLabelRecognizer(RegexRecognizer):
    """Person names used as speaker labels in transcripts and chat exports."""

    LANGUAGES: ClassVar[tuple[str, ...]] = ("en", "ru", "uk")
    ENTITIES: ClassVar[list[str]] = ["PERSON"]
    PATTERNS: ClassVar[tuple[NamePattern, ...]] = (
        compile_pattern("caps_label", _BEFORE + rf"(?P<v>{_CAPS}(?:\s{_CAPS}){{0,2}})\s?:(?=\s|$)", 0.7),
        compile_pattern("title_label", _BEFORE + rf"(?P<v>{_TITLE}(?:\s{_TITLE})?)\s?:(?=\s|$)", 0.6),
        compile_pattern("bracket_label", rf"\[(?P<v>{_TITLE}(?:\s{_TITLE})?)\]\s?:", 0.75),
        compile_pattern("kin_label", _KIN_LABEL, 0.9),  # above the NER's name inside it
        compile_pattern("role_label", _ROLE_LABEL, 0.9),
        compile_pattern("chat_label", _CHAT_LABEL, 0.9),  # above the NER's given name inside it
        compile_pattern("initial_label", _INITIAL_LABEL, 0.9),
        compile_pattern("rank_label", _RANK_LABEL, 0.9),  # above the surname recogniser's name after the rank
        compile_pattern("kin_label_latin", _KIN_LABEL_LATIN, 0.9),
    )

    def spans(self, text: str) -> Iterable[tuple[int, int, NamePattern]]:
        """Every pattern in English; in Russian and Ukrainian only the kinship chat name (their other labels are
        the person recognisers' and the discipline's)."""
        for start, end, pat in super().spans(text):
            if self.supported_language == "en" or pat.name in _CHAT_PATTERNS:
                yield start, end, pat

    def accept(self, text: str, start: int, end: int, pattern: NamePattern) -> bool:
        """Skip role labels, headings and single letters."""
        label = text[start:end]
        if pattern.name == "role_label":
            # "Адмін Роксолана": a given name beside the role word, not "Адмін групи" or "Admin Panel"
            name = regex.sub(_ROLE_LABEL_WORD, " ", label).strip(" |/•·—–-()")
            if not name:
                return False
            if _LATIN.match(name):
                return True
            # a Cyrillic name is read with both dictionaries: a Ukrainian chat is full of Russian names ("Admin |
            # Ира") and an English transcript has no dictionary of its own
            return any(morph.has_tag(name, lang, "Name") for lang in ("ru", "uk"))
        if pattern.name == "kin_label":
            # "Мама Даньки": the name is her son's, in the genitive, and the whole label names her; "Бабуся Галя" is
            # her own name with a kin title before it, which stays outside the name as everywhere else
            return _genitive(label.rstrip(")").split()[-1], self.supported_language)
        words = label.split()
        if pattern.name in {"rank_label", "kin_label_latin"}:
            # "Sgt. Danilov R.", "Mama Andriia": a name word after the rank or kin word, no rank, role or heading
            # word ("Sgt. Major", "Mother Superior") and no English word unless initials follow ("Cpl. Baker V.")
            kin = regex.compile(r"(?i)^(?:" + _KIN_WORD_LATIN + r"|of)$")
            names = [
                w.rstrip(".")
                for w in regex.sub(r"['’]s(?=\s)", "", regex.sub(_RANK_WORD, " ", label, count=1)).split()
                if len(w.rstrip(".")) > 1 and not kin.match(w)
            ]
            if not names or any(is_not_name(w) for w in names):
                return False
            if pattern.name == "kin_label_latin" and len(words) == 2 and kin.match(words[0]):
                # "Mama Andriia": his name in the genitive, hers the label; "Wife Marina:" is her own name (a listed
                # nominative) with a kin title before it, which stays outside as in "Бабуся Галя:"
                from redact.recognizers.given_name import given_names

                if given_names().get(words[1]):
                    return False
            initials = bool(regex.search(r"\s\p{Lu}\.$", label))
            return initials or any(_given_name(w, self.supported_language) or not _dictionary_word(w) for w in names)
        if pattern.name in {"chat_label", "initial_label"}:
            # "Kostyan 161", "Vera from Pogar", "Светлана К": a given name, or a word no dictionary holds, opens it
            first = words[0]
            if is_not_name(first):
                return False
            return _given_name(first, self.supported_language) or (
                bool(_LATIN.match(first)) and not _dictionary_word(first)
            )
        if len(words) >= 2 and words[0].casefold() in transliterated():
            # "Starshina Storm:", "Kombat Grom:": a Russian rank written into a chat name before a call sign
            return not any(is_not_name(w) for w in words[1:])
        return len(label) >= 3 and not any(is_not_name(w) for w in words)

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        """Accepted labels, less the field labels of records (see the module docstring)."""
        doc = getattr(nlp_artifacts, "tokens", None)
        vocab = doc.vocab if doc is not None and doc.vocab.vectors.shape[0] else None
        out: list[RecognizerResult] = []
        for r in super().analyze(text, entities, nlp_artifacts):
            label = text[r.start : r.end]
            if (
                _LATIN.match(label)
                and all(_dictionary_word(w, vocab) for w in label.split())
                and not _used_as_name(text, r.start, label, vocab)
            ):
                continue
            out.append(r)
        return out
