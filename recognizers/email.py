"""E-mail addresses (Presidio's pattern, with the public-suffix check kept offline).

Known false positive: ``user@host`` fragments in pasted logs with a real TLD.
"""

from __future__ import annotations

from presidio_analyzer.predefined_recognizers import EmailRecognizer as _PresidioEmail


class EmailRecognizer(_PresidioEmail):
    """E-mail addresses in any language."""

    LANGUAGES = ("en", "ru", "uk")
    ENTITIES = ["EMAIL_ADDRESS"]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(supported_language=supported_language, name="EmailRecognizer")
