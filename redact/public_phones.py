"""Public phone numbers: hotlines and toll-free lines of public bodies, known by their form.

Reporting on the missing, prisoners and evacuations prints the numbers families should call: "на гарячу лінію НІБ за
номером 16-48 (для дзвінків з-за кордону +38 (044) 287-81-65)", "Координаційного штабу за номером: 0 800 300 529",
"горячая линия Минобороны — 122", "the Coordination Headquarters hotline at 0 800 300 529", "call centre: 095 ...".
Such a number belongs to an office, not to a person, and a reader needs it as written; the default policy keeps it
(the register's ``body`` treatment; ``strict`` withholds it).

A grammar, not a list of numbers: a phone is public when

- it is a complete toll-free number (``0 800 …`` in Ukraine, ``8 800 …`` / ``+7 800 …`` in Russia): no person has one;
- or a hotline word (гаряча лінія, горячая линия, hotline, helpline, телефон довіри/доверия, call centre,
  контакт-центр, чат-бот) stands before it in the same sentence or list line, with no word of a private person
  between the two ("… на гарячу лінію, а мамі за номером …", "her mobile"), and no district town's dialling code in
  brackets says where it rings ("(04562)": a local office's line narrows a family's home down to its district).

- or a national office is named before it in the clause with a phone word between ("Координаційного штабу ..., де
  за телефоном (044) 428-62-74", "Об'єднаного центру при СБУ за телефонами: (067) ... та (098) ...", "the Ministry
  of Defence hotline number"), and no word of a private person and no given name stands between the two;
- or it is the office's line for calls from abroad ("для дзвінків з-за кордону: +38 (044) ...", "380 44 287-81-65 (для
  дзвінків з-за кордону)", "из-за рубежа", "from abroad");
- or it follows a toll-free or short service number in the same clause ("за номером 0 800 300 529, для дзвінків ...",
  "1648 або 380 44 ..."), with no private word between: the numbers of one office listed together.

A local office's duty line ("дежурная часть ОМВД по району", a village council's reception) is not kept: its number
names the district.
"""

from __future__ import annotations

import regex

__all__ = ["public_phone"]

_DIGITS = regex.compile(r"\d")
# Toll-free numbers: Ukraine 0 800 + 6 digits (10 in all, or 380 800 …), Russia 8 800 / 7 800 + 7 digits.
_TOLL_FREE = regex.compile(r"(?:0800\d{6}|380800\d{6}|[78]800\d{7})")
_HOTLINE = regex.compile(
    r"(?i)(?<!\p{L})(?:"
    r"гаряч\p{L}*\s+ліні\p{L}*|горяч\p{L}*\s+лини\p{L}*|прям\p{L}*\s+(?:ліні|лини)\p{L}*"
    r"|телефон\p{L}*\s+(?:довіри|доверия)|довідков\p{L}*\s+(?:служб|телефон)\p{L}*|справочн\p{L}*\s+(?:служб|телефон)\p{L}*"
    r"|контакт-центр\p{L}*|кол[л]?-центр\p{L}*|call[- ]?cent(?:re|er)s?|hot[- ]?lines?|help[- ]?lines?"
    r"|чат-бот\p{L}*"
    r")(?!\p{L})"
)
# A word that makes the next number a private person's: a possessive, a word of kin, a personal phone.
_PRIVATE = regex.compile(
    r"(?i)(?<!\p{L})(?:"
    r"мій|моя|моє|мої|мой|моё|мои|його|її|его|её|ее|их|їх|свій|свою|свой|my|his|her|their"
    r"|мам\p{L}*|мати|матір\p{L}*|матер\p{L}*|отц\p{L}*|батьк\p{L}*|жен\p{L}*|дружин\p{L}*|сестр\p{L}*|брат\p{L}*"
    r"|сын\p{L}*|син\p{L}*|дочер\p{L}*|доньк\p{L}*|mum|mom|mother|father|wife|sister|brother|son|daughter"
    # a family's own number ("телефон родини", "номер семьи"); a hotline "для родин" is still the office's
    r"|(?:телефон|номер)\p{L}*\s+(?:родин[иі]|сім['’ʼ]ї|семьи|родных|рідних)|family['’]s"
    r"|мобільн\p{L}*|мобильн\p{L}*|особист\p{L}*|личн\p{L}*|mobile|cell|personal"
    r")(?!\p{L})"
)
# Where a number's clause starts: a sentence end or a line break (a list line holds its own cue).
# A town's own dialling code in brackets ("(04562)", "8 (35342)"): four digits or more after a leading zero is a
# district town's exchange, which would say where the story's family lives; a capital's or region's ("(044)",
# "(495)") says no more than the story's geography.
_AREA_CODE = regex.compile(r"\((\d{3,6})\)")
_CLAUSE_START = regex.compile(r"[.!?;\n](?=[^.!?;\n]*$)")
# National offices that print numbers for families: the prisoners' and the missing's bodies, ministries, the security
# services, the ombudsman, the Red Cross. A unit's own headquarters ("штаб батальйону") is not one.
_OFFICE = regex.compile(
    r"(?i)(?<!\p{L})(?:координац\p{L}*\s+штаб\p{L}*|координаційн\p{L}*\s+штаб\p{L}*|коордштаб\p{L}*"
    r"|інформаційн\p{L}*\s+бюро|информационн\p{L}*\s+бюро|НІБ|об['’ʼ]?[єе]днан\p{L}*\s+центр\p{L}*"
    r"|міністерств\p{L}*|министерств\p{L}*|міноборони|минобороны|мінреінтеграції|(?-i:МВС|МВД|СБУ|ГУР|ФСБ|МККК|МКЧХ|ICRC)"
    r"|омбудсман\p{L}*|уповноважен\p{L}*\s+(?:верховної\s+ради\s+)?(?:з\s+прав|у\s+справах|з\s+питань)\p{L}*"
    r"|уполномоченн\p{L}*\s+по\s+правам|червон\p{L}*\s+хрест\p{L}*|красн\p{L}*\s+крест\p{L}*|red\s+cross"
    r"|coordination\s+headquarters|information\s+bureau|joint\s+cent(?:er|re)|ministry|ombudsman)(?!\p{L})"
)
_PHONE_WORD = regex.compile(
    r"(?i)(?<!\p{L})(?:телефон\p{L}*|номер\p{L}*|тел\.|phone|number|line|лінія|линия|консультаці\p{L}*|звертатися"
    r"|обращаться|call)(?!\p{L})"
)
# The line an office gives for calls from abroad, before the number or in brackets after it.
_ABROAD = regex.compile(
    r"(?i)(?:дзвінків|дзвінка|звонков|звонка|calls?)\s+(?:з|із|из|from)[-\s]?(?:за\s+)?(?:кордону|границы|рубежа|abroad)"
    r"|from\s+abroad|international\s+calls"
)
_ABROAD_AFTER = regex.compile(
    r"\s*\(\s*(?:для\s+|for\s+)?(?:дзвінків|дзвінка|звонков|звонка|calls?)\s+(?:з|із|из|from)"
)
# A short service number after its phone word ("за номером 1648", "лінія 16-48", "line 102") or a toll-free one,
# earlier in the clause; the number after it is listed with it when only a joiner (and maybe the words for calls
# from abroad) stands between.
_SERVICE_NUMBER = regex.compile(
    r"(?i)(?<=(?:номер\p{L}*|телефон\p{L}*|ліні[юяї]|лини[юяи]|line|at)\s*[:—–-]?\s*)(?:\d{3,4}|\d{2}-\d{2})(?![\d-])"
    r"|(?<!\d)(?:0|8|\+?7)[ -]?800(?:[ -]?\d){6,7}(?!\d)"
)
_JOINER = regex.compile(r"(?i)[\s,;:()—–-]*(?:(?:або|или|or|та|і|и|and)(?!\p{L}))?[\s,;:()—–-]*")
_BARE = regex.compile(r"[\s:—–-]*")
_CAP_WORD = regex.compile(r"(?<![\p{L}'’ʼ-])\p{Lu}\p{Ll}+(?![\p{L}'’ʼ-])")
_WINDOW = 160


def public_phone(text: str, start: int, end: int) -> bool:
    """Whether the phone finding ``text[start:end]`` is a public office's line (see the module docstring)."""
    digits = "".join(_DIGITS.findall(text[start:end]))
    if _TOLL_FREE.fullmatch(digits):
        return True
    code = _AREA_CODE.search(text, start, end)
    if code is not None and len(code.group(1).lstrip("0")) >= 4:
        return False
    lo = max(0, start - _WINDOW)
    before = text[lo:start]
    # a full stop inside a number or an abbreviation ("м. Київ", "16.48") does not end the clause: only ". " does
    cut = _CLAUSE_START.search(before.replace(". ", "\n ").replace(".\t", "\n\t"))
    clause = before[cut.end() :] if cut is not None else before
    last = max((m.end() for m in _HOTLINE.finditer(clause)), default=None)
    if last is not None and _PRIVATE.search(clause, last) is None:
        return True
    return _office_line(clause, text, end)


def _office_line(clause: str, text: str, end: int) -> bool:
    """A national office's line, its line for calls from abroad, or a number listed after a service number."""
    abroad = _ABROAD.search(clause) is not None or _ABROAD_AFTER.match(text, end) is not None
    office = max((m.end() for m in _OFFICE.finditer(clause)), default=None)
    service = max((m.end() for m in _SERVICE_NUMBER.finditer(clause)), default=None)
    for cue, kind in ((office, "office"), (service, "listed"), (0 if abroad else None, "abroad")):
        if cue is None:
            continue
        between = clause[cue:]
        # the office's name right before its number ("Національне інформаційне бюро — 1648") needs no phone word
        if kind == "office" and _PHONE_WORD.search(between) is None and not _BARE.fullmatch(between):
            continue
        if (
            kind == "listed"
            and _JOINER.fullmatch(_ABROAD.sub(" ", between).replace("для", " ").replace("for", " ")) is None
        ):
            continue
        if _PRIVATE.search(between) is None and not _given_name_in(between):
            return True
    return False


def _given_name_in(between: str) -> bool:
    """Whether a capitalised given name stands between the cue and the number ("..., волонтерка Олена: 067 ...")."""
    from redact.recognizers.nlp.gazetteer import is_given_name

    return any(is_given_name(m.group(), "uk") or is_given_name(m.group(), "ru") for m in _CAP_WORD.finditer(between))
