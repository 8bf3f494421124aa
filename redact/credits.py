"""Credit lines and bylines: the journalists and photographers a publication names as its authors.

News credits its people in a few fixed shapes, the same in every outlet: "(Reporting by Olena Harmash; Editing by
Mark Trevelyan)", "Additional reporting by Guy Faulconbridge in Moscow", "By Andrew Marshall" opening a line,
"Photo: Dimitar Dilkoff/AFP", "REUTERS/Shannon Stapleton", "Sergei Karpukhin / Reuters"; "Фото: Сергей Мальгавко /
ТАСС", "Фото: Ирина Смирнова, «Кизильские вести»", "Текст: Анна Орлова", "Автор: Олена Бондар", "Фото: Оксана
Коваль/Суспільне". The name is the publication's own, public by the act of publishing; the default policy keeps it
(the register's ``person`` treatment: strict withholds it).

A credit is a grammar, not a list: a credit cue (a capitalised "Photo:", "Фото:", "Автор:", "Текст:", "Reporting
by", "Editing by", "By" at a line start, an agency and a slash), then names joined by commas and "and/и/і/та", the
finding among them, then the end of the credit (a line end, a slash and the outlet, a comma or semicolon and the
next credit or outlet, a bracket). A caption of who is pictured ("На фото: ...", "Pictured: ...", "Фото: Иван
Петров с сыном") is no credit, and a photo from a family's archive or a relative ("Фото: Ольга Петрова, сестра
погибшего", "Фото из личного архива") is the family's: a word of kin or of a private archive anywhere after the
name on the line withholds it.
"""

from __future__ import annotations

import regex

__all__ = ["credited"]

# A credit cue, ending right before the first credited name.
_CUE = regex.compile(
    r"(?:"
    # "Reporting by", "Additional reporting by", "Editing by", "Photo by", "Text by"
    r"(?i:(?:additional\s+)?reporting|writing|written|editing|edited|compiled|reported|text|words|photos?|"
    r"photographs?|pictures?|video|illustrations?|graphics?|story|interview)\s+by"
    # "By Andrew Marshall" opening a line
    r"|(?<![^\n])[ \t]*(?:\(\w+\)\s*)?By"
    # "Photo: ...", "Фото: ...", "Автор: ..." (capitalised: "на фото:" is who is pictured)
    r"|(?:Photos?|Photograph|Photographs|Picture|Pictures|Credit|Image|Video|Text|Author|Фото|Фотографии|"
    r"Фотографія|Фотограф|Фоторепортаж|Текст|Автор|Авторка|Автори|Авторы|Видео|Відео|Редактор|Редакторка|"
    r"Иллюстрация|Ілюстрація|Корреспондент|Кореспондент|Кореспондентка)\s*[:—–]"
    # "REUTERS/Shannon Stapleton", "AFP/ Name", "AP Photo/Name"
    r"|(?:REUTERS|Reuters|AFP|AP(?:\s+Photo)?|EPA(?:-EFE)?|TASS|ТАСС|РИА\s+Новости|Getty\s+Images|Anadolu)\s*/"
    r")[ \t]*$"
)
# Who is pictured, not who took it: "На фото:", "On the photo:", "В центре фото:".
_PICTURED_BEFORE = regex.compile(r"(?i)(?:(?<!\p{L})(?:на|у|в|on|in)\s+(?:the\s+)?)$")
_NAME = r"\p{Lu}[\p{L}\p{M}'’ʼ.-]*"
# Names credited before the finding in the same credit: "Olena Harmash, ", "Иван Петров и ".
_NAMES_BEFORE = regex.compile(
    rf"(?:{_NAME}(?:[ \t]+{_NAME}){{0,3}}(?:[ \t]+in[ \t]+{_NAME})?(?:[ \t]*,[ \t]*|[ \t]+(?:and|и|і|та|й)[ \t]+))*$"
)
# The end of a credited name (past the rest of a name a finding holds only part of): the line's end, the outlet
# after a slash, the next name or credit, a bracket.
_CREDIT_END = regex.compile(
    rf"(?:[ \t]+{_NAME}){{0,3}}[ \t]*(?:$|\n|/|[;)(]|[,][ \t]*(?:[«\"“„]|{_NAME})"
    r"|[ \t](?:and|и|і|та|й|for|для|in|—|–)[ \t]"
    r"|[.](?:[ \t]*$|\s*\n))",
    regex.MULTILINE,
)
# A relative or a private archive named after the credit on its line: the family's photo, not an outlet's.
_PRIVATE_AFTER = regex.compile(
    r"(?i)(?<!\p{L})(?:мам|мать|матер|мати|матір|жена|жены|жене|вдов|отец|отц|брат|сестр|сын|дочь|дочер|доньк|"
    r"родн|родствен|родич|родин|семь|семей|сім['’ʼ]|дружин|чолов|муж|батьк|архив|архів|личн|особист|"
    r"mother|mum|wife|widow|husband|father|brother|sister|son|daughter|family|relative|archive|personal|courtesy)"
)
_LINE = regex.compile(r"[^\n]*")


def credited(text: str, start: int, end: int) -> bool:
    """Whether the name ``text[start:end]`` is credited as a publication's author (see the module docstring)."""
    surface = text[start:end]
    if not surface.strip()[:1].isupper() or "\n" in surface.strip() or len(surface.split()) > 5:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    names = _NAMES_BEFORE.search(text, line_start, start)
    cue_end = names.start() if names is not None else start
    cue = _CUE.search(text, max(line_start, cue_end - 60), cue_end)
    if cue is None:
        return False
    if _PICTURED_BEFORE.search(text, max(line_start, cue.start() - 12), cue.start()) is not None:
        return False
    if _CREDIT_END.match(text, end) is None:
        return False
    rest = _LINE.match(text, end)
    return rest is None or _PRIVATE_AFTER.search(rest.group()) is None
