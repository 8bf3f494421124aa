"""Call signs and nicknames in Russian and Ukrainian, with their inflected repeats.

Matches the word(s) after an introducer — позывной / позывным / под
позывным, кличка, погоняло, прозвище, "его все зовут"; Ukrainian позивний,
з позивним, на псевдо, прізвисько — either in quotes («Гром», "Утюг") or as
one or two capitalised words (позывной Гром). A quoted capitalised word in
the same sentence after an introducer is a call sign too ("Позывной у меня
«Тайга», а у командира «Шаман»"). The introducer and the quotes stay outside
the span.

After "позывной" a call sign stays nominative in quotes, but elsewhere it
inflects ("Беса увезли", "с Котом"): every call sign found is expanded into
its case forms (pymorphy3 lexeme, or a suffix table for words the dictionary
does not know, see :func:`redact.morph.variants`) and each capitalised
occurrence anywhere in the text is reported as well.

Known false positive: a capitalised common noun that happens to be a call
sign's case form ("Кот" starting a sentence about a cat) is tagged once the
call sign "Кот" has been seen in the same document.
"""

from __future__ import annotations

from typing import Any

import regex
from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult

from redact import morph

__all__ = ["RuCallSignRecognizer"]

_INTRO = (
    r"(?:позывн(?:ой|ого|ому|ым|ом|ые|ых|ыми|ая)|позывняк\w*|кличк(?:а|и|е|у|ой)|погонял(?:о|а|у|ом)|"
    r"прозвищ(?:е|а|у|ем)|позивн(?:ий|ого|ому|им|і|их)|псевдо|псевдонім\w*|прізвиськ(?:о|а|у|ом)|"
    r"(?:его|её|ее|меня|нас|его\s+все|все\s+его|все|його|її|мене|усі|всі)\s+(?:тут\s+)?(?:зовут|звали|кличут|кличуть|звуть|називають))"
)
_QUOTED = r"[«\"„“']\s*(?P<v>[^«»\"„“”'\n]{1,40}?)\s*[»\"“”']"
_BARE = r"(?P<v>[А-ЯЁІЇЄҐA-Z][\w’'-]*(?:\s+[А-ЯЁІЇЄҐA-Z][\w’'-]*)?)"
# Between the introducer and the call sign: "у меня", "у него был", "—", ":", "это".
_GAP = r"(?:[\s,:—–-]|у\s+(?:меня|него|неё|нее|нас|командира|мене|нього|неї)\b|был[аио]?\b|была\b|это\b|такой\b|був\b|це\b|—)*?"
_PATTERNS = [
    regex.compile(rf"(?<!\w){_INTRO}{_GAP}\s*{_QUOTED}", regex.IGNORECASE),
    regex.compile(rf"(?<!\w){_INTRO}{_GAP}\s*{_BARE}", regex.IGNORECASE | regex.VERSION1),
]
_INTRO_RE = regex.compile(rf"(?<!\w){_INTRO}", regex.IGNORECASE)
_QUOTED_RE = regex.compile(_QUOTED)
_SENTENCE_END = regex.compile(r"[.!?…\n]")
# Words after an introducer that are not call signs ("позывной не помню", "позывной Сергей?" is still taken).
_NOT_SIGNS = frozenset({"не", "нет", "у", "его", "был", "это", "такой", "какой", "свой", "мой", "твой"})


class RuCallSignRecognizer(LocalRecognizer):
    """CALL_SIGN in Russian/Ukrainian: introducer + quoted or capitalised word, then every case form of it."""

    LANGUAGES = ("ru", "uk")
    ENTITIES = ["CALL_SIGN"]
    SCORE = 0.9
    REPEAT_SCORE = 0.86  # above slovnet's 0.85 PER, which tags noun call signs as people

    def __init__(self, supported_language: str = "ru") -> None:
        super().__init__(
            supported_entities=list(self.ENTITIES),
            supported_language=supported_language,
            name="RuCallSignRecognizer",
        )

    def load(self) -> None:
        """Nothing to load."""

    def _direct(self, text: str) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        for pat in _PATTERNS:
            for m in pat.finditer(text):
                start, end = m.span("v")
                value = text[start:end].strip()
                if not value or value.lower() in _NOT_SIGNS or value[:1].isdigit():
                    continue
                if pat is _PATTERNS[1] and not value[:1].isupper():
                    continue
                spans.append((start, start + len(value)))
        # Later quoted capitalised words in the same sentence as an introducer.
        for m in _INTRO_RE.finditer(text):
            stop = _SENTENCE_END.search(text, m.end())
            end = stop.start() if stop else len(text)
            for q in _QUOTED_RE.finditer(text, m.end(), end):
                v = q.group("v")
                if v[:1].isupper() and len(v.split()) <= 3:
                    spans.append(q.span("v"))
        return sorted(set(spans))

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        """Call signs after an introducer, then their case forms anywhere in the text."""
        if "CALL_SIGN" not in entities:
            return []
        direct = self._direct(text)
        results = [self._result(s, e, self.SCORE, "after a call-sign introducer") for s, e in direct]
        forms: set[str] = set()
        for s, e in direct:
            sign = text[s:e]
            if sign[:1].isupper():
                forms |= morph.variants(sign, self.supported_language, ("Name", "Surn", "NOUN"))
        forms = {f for f in forms if len(f) >= 2 and f[:1].isupper()}
        if forms:
            pat = regex.compile(
                r"(?<![\w-])(?:" + "|".join(map(regex.escape, sorted(forms, key=len, reverse=True))) + r")(?![\w-])"
            )
            for m in pat.finditer(text):
                if any(s <= m.start() < e for s, e in direct):
                    continue
                results.append(self._result(m.start(), m.end(), self.REPEAT_SCORE, "case form of a call sign"))
        return results

    def _result(self, start: int, end: int, score: float, why: str) -> RecognizerResult:
        return RecognizerResult(
            entity_type="CALL_SIGN",
            start=start,
            end=end,
            score=score,
            analysis_explanation=AnalysisExplanation(recognizer=self.name, original_score=score, textual_explanation=why),
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )
