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
    r"|мобільн\p{L}*|мобильн\p{L}*|особист\p{L}*|личн\p{L}*|mobile|cell|personal"
    r")(?!\p{L})"
)
# Where a number's clause starts: a sentence end or a line break (a list line holds its own cue).
# A town's own dialling code in brackets ("(04562)", "8 (35342)"): four digits or more after a leading zero is a
# district town's exchange, which would say where the story's family lives; a capital's or region's ("(044)",
# "(495)") says no more than the story's geography.
_AREA_CODE = regex.compile(r"\((\d{3,6})\)")
_CLAUSE_START = regex.compile(r"[.!?;\n](?=[^.!?;\n]*$)")
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
    return last is not None and _PRIVATE.search(clause, last) is None
