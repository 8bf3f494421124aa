"""Messenger and social-network handles and profile links.

Matches "@volk_1990", "t.me/volk_1990", "vk.com/id123456789",
"instagram.com/…", and handles dictated or named without "@" ("собака
volk_1990", "ник volk_1990", "his tg is dan_rsk_61"), and nicknames shaped as handles where a chat prints
them: words joined by "_" anywhere ("Натаха_Кемерово:", "olga_mikh"), a name
with digits run into it as a speaker label ("Alina1990:"). The "@" stays in the
span; the cue word does not. Known false positive: an "@mention" of a public
channel or a newsroom's own account.
"""

from __future__ import annotations

from typing import ClassVar

from redact.recognizers._cued import CuedPattern, CuedPatternRecognizer

__all__ = ["SocialHandleRecognizer"]

_NAME = r"[A-Za-z][A-Za-z0-9_.]{2,31}(?<![.])"
AT_HANDLE = r"(?<![\w@./])@" + _NAME + r"\b(?!@|\.[a-z]{2,6}\b)"
_SITES = (
    r"(?:t\.me|telegram\.me|telegram\.dog|vk\.com|vk\.ru|m\.vk\.com|ok\.ru|instagram\.com|instagr\.am|facebook\.com"
    r"|fb\.com|m\.facebook\.com|tiktok\.com|x\.com|twitter\.com|youtube\.com|youtu\.be|wa\.me|threads\.net"
    r"|linkedin\.com/in|livejournal\.com|rutube\.ru|dzen\.ru|vk\.me)"
)
PROFILE_URL = r"(?<![\w.])(?:https?://)?(?:www\.)?" + _SITES + r"/[@\w.\-/+%]*[\w/]"
# A handle spelt out ("собака" = "@") or named by a messenger word; it must look like a handle: a digit, an "_" or a
# dot between letters ("olena.koval", the name-dot-surname most Instagram accounts are).
_HANDLE_LIKE = r"(?=[A-Za-z0-9_.]*(?:[\d_]|\.[A-Za-z]))[A-Za-z][A-Za-z0-9_.]{2,31}(?<![.])"
# In Russian or Ukrainian text a Latin word in lower case after a messenger word is the account whatever its letters
# ("пиши в телеграм tarasbond", "в інсті olenka"): no Russian or Ukrainian word is written so.
_LATIN_AFTER_CYRILLIC = r"(?<=\p{Cyrillic}[^\n]{0,30})(?-i:[a-z][a-z0-9_.]{2,31})(?<![.])"
# A nickname in Cyrillic, as games and chats allow ("волк_93", "Шаман1988"): an underscore or a digit inside it.
_HANDLE_LIKE_CYR = r"(?=[\p{Cyrillic}0-9_.]*[\d_])\p{Cyrillic}[\p{Cyrillic}0-9_.]{2,31}(?<![.])"
DICTATED = (
    r"\b(?:собак[аеуиой]|собачк[аеуиой]|at\s+sign|ник(?:ней?м)?|username|user\s?name|юзернейм|логин"
    r"|(?:in\s?)?(?:tg|telegram|insta(?:gram)?|vk|тг|телег[аеуи]|телеграм[аеуі]?|инст[аеуы]|інст[аіу]|инстаграм[аеу]?|інстаграм[аіу]?|тик[\s-]?то[кц][аеу]?|тік[\s-]?то[кц][аіу]?"
    # the cue is a whole word: "Instagram (@...)" is no "insta" with the handle "gram"
    r"|вк|вконтакте|facebook|фейсбу[кц]\p{L}*|фб|fb|threads|тредс\p{L}*))(?![\p{L}\d_])"
    r"(?:\s+(?:is|was|as|under|он|она|він|вона|у\s+него|у\s+неё|у\s+нее|у\s+неї|його|її|её|ее|мой|мій|моя|моя|мене|меня))?"
    # where the nickname is used, between the cue and it: "ник в игре волк_93", "ник в тг Shaman_77"
    r"(?:\s+(?:в|у|на|in)\s+\p{L}{2,12})?\s*[:—-]?\s*(?P<v>"
    + _HANDLE_LIKE
    + r"|"
    + _LATIN_AFTER_CYRILLIC
    # a Cyrillic nickname after any of these names ("ник в игре волк_93", "в інсті Котик_2003")
    + r"|"
    + _HANDLE_LIKE_CYR
    + r")(?![\p{L}\d_])(?!@)"
)


# A chat nickname written without "@", as an export or a retelling prints it ("olga_mikh:", "Натаха_Кемерово: …",
# "Lekha_Vagonnik_87 that's me in vk"): words joined by an underscore are no word of any language. One lower-case
# letter at least (not a SCREAMING_CASE constant); not a hashtag, a path, a link, an e-mail or a file name.
UNDERSCORED = (
    r"(?<![\w@#/\\.:-])(?P<v>(?=[\p{L}\d_]*(?-i:\p{Ll}))\p{L}[\p{L}\d]*(?:_[\p{L}\d]+)+)"
    r"(?![\w@/\\-]|\.[\p{L}\d])"
)
# A speaker label that is a nickname with digits run into it ("Alina1990:", "Шаман_77:") at a line's start.
LABEL_HANDLE = r"^[ \t]*(?P<v>\p{L}[\p{L}_.]*\p{L}_?\d{1,4})[ \t]?:(?=\s)"


class SocialHandleRecognizer(CuedPatternRecognizer):
    """@handles, profile links on common networks, and dictated handles ("собака volk_1990").

    Known false positive: an @mention of a public channel quoted in a report.
    """

    ENTITY = "SOCIAL_HANDLE"
    ENTITIES: ClassVar[list[str]] = ["SOCIAL_HANDLE"]
    LANGUAGES = ("en", "ru", "uk")
    PATTERNS: ClassVar[list[CuedPattern]] = [
        CuedPattern("@handle", AT_HANDLE, 0.7),
        CuedPattern("profile link", PROFILE_URL, 0.85),
        CuedPattern("dictated handle", DICTATED, 0.6),
        CuedPattern("underscored nickname", UNDERSCORED, 0.6),
        CuedPattern("nickname as a speaker label", LABEL_HANDLE, 0.6),
    ]
    CONTEXT: ClassVar[dict[str, list[str]]] = {
        "en": ["telegram", "tg", "vk", "insta", "account", "profile", "channel", "dm", "write", "username"],
        "ru": ["телег", "тг", "вк", "инст", "аккаунт", "профил", "канал", "пиши", "ник", "страниц"],
        "uk": ["телег", "тг", "вк", "інст", "акаунт", "профіл", "канал", "пиши", "нік", "сторінк"],
    }

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(supported_language=supported_language)
