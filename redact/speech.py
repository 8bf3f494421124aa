"""Whether a text is speech: a transcript whose speakers take turns, or a chat whose authors post in turn.

Intercepted calls are published with a speaker key and labelled turns ("(R): ...", "SOLDIER: ...", "МАТЬ: ..."),
chats as screenshots with an author and a time on each post ("Olga K. 21:14", "[08:15] Yulia K.: ..."), dialogue with
dashes ("— Where are you?"). Soldiers on the phone name the front-line places they fight at without the words a
report governs them with ("Don't tell her about Marinka", "till we leave Kupiansk"); the policy reads such a mention
as the place of fighting it is, unless the speaker ties someone to it (:func:`redact.front.war_context`).

A text is speech when one label opens two or more of its lines (a speaker speaks again), or when two or more lines
are chat posts (author and time) or dash turns. A report's field labels ("Source:", "Details:", "Quote:") each
open one line and do not make it speech.
"""

from __future__ import annotations

import functools
from collections import Counter

import regex

__all__ = ["speech"]

# A turn's label at a line start: "(R):", "(1):", "SOLDIER:", "МАТЬ:", "Nadya K.:", "olga_mikh:", "[08:15] Yulia K.:",
# a call sign in quotes in a radio exchange ("«Гюрза»:", "05:42 «Кедр-3»:").
_LABEL = regex.compile(
    r"^[ \t]*(?:\[?\d{1,2}:\d\d\]?[ \t]+)?[«\"„“]?(\(\p{L}{1,4}\d?\)|\(\d\)|[\p{L}@][\p{L}\p{N}_.'’ -]{0,28}?)[»\"”“]?"
    r"[ \t]*:(?!\d)",
    regex.MULTILINE,
)
# A chat post's header: an author and a time alone on a line ("Olga K. 21:14", "@marina_berdsk 21:16", "Ruslan 19:02").
_POST = regex.compile(r"^[ \t]*@?\p{L}[\p{L}\p{N}_.'’| -]{0,40}[ \t]\d{1,2}:\d\d[ \t]*$", regex.MULTILINE)
# A dash turn: "— Where are you?", "- Negative".
_DASH = regex.compile(r"^[ \t]*(?:\d{1,2}:\d\d[ \t]*)?[—–-][ \t]+\S", regex.MULTILINE)


@functools.lru_cache(maxsize=64)
def speech(text: str) -> bool:
    """Whether ``text`` is a transcript or chat (see the module docstring)."""
    labels = Counter(m.group(1).casefold() for m in _LABEL.finditer(text))
    if labels and labels.most_common(1)[0][1] >= 2:
        return True
    return len(_POST.findall(text)) >= 2 or len(_DASH.findall(text)) >= 2
