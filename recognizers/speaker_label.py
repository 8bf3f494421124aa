"""Speaker labels that are names: "ANDREI:", "SERGEI VOLKOV:", "Nadya:", "[Igor]:".

A label is one to three words followed by a colon at the start of a line, or
after a timestamp ("[00:01:14] PETYA:") or the end of the previous turn
("... thank god!! Slava: I'm alive"). Role labels (MOTHER:, SOLDIER:, Q:, A:,
INTERVIEWER:) and heading words are not names and are skipped.
Known false positive: a capitalised heading word missing from the role list
("Reminder: ...") is tagged PERSON.
"""

from __future__ import annotations

from typing import ClassVar

from redact.recognizers._names import NamePattern, RegexRecognizer, compile_pattern, is_not_name

# Where a label may start: line start, after "]" of a timestamp, after the end of a turn.
_BEFORE = r"(?:^|(?<=\]\s?)|(?<=[.!?…)\"”]\s)|(?<=\s[-—–]\s))\s*"
_CAPS = r"\p{Lu}[\p{Lu}'’-]+"
_TITLE = r"\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?"


class SpeakerLabelRecognizer(RegexRecognizer):
    """Person names used as speaker labels in transcripts and chat exports."""

    ENTITIES: ClassVar[list[str]] = ["PERSON"]
    PATTERNS: ClassVar[tuple[NamePattern, ...]] = (
        compile_pattern("caps_label", _BEFORE + rf"(?P<v>{_CAPS}(?:\s{_CAPS}){{0,2}})\s?:(?=\s|$)", 0.7),
        compile_pattern("title_label", _BEFORE + rf"(?P<v>{_TITLE}(?:\s{_TITLE})?)\s?:(?=\s|$)", 0.6),
        compile_pattern("bracket_label", rf"\[(?P<v>{_TITLE}(?:\s{_TITLE})?)\]\s?:", 0.75),
    )

    def accept(self, text: str, start: int, end: int, pattern: NamePattern) -> bool:
        """Skip role labels, headings and single letters."""
        words = text[start:end].split()
        if any(is_not_name(w) for w in words):
            return False
        return len(text[start:end]) >= 3
