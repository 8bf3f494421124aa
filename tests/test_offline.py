"""Building the engine and redacting open no network connection."""

from __future__ import annotations

import socket

import pytest


def test_engine_build_and_redaction_open_no_socket(monkeypatch: pytest.MonkeyPatch) -> None:
    attempts: list[str] = []

    def guard(*args, **kwargs):
        attempts.append(type(args[0]).__name__ if args else "call")
        raise OSError("network disabled in tests")

    monkeypatch.setattr(socket.socket, "connect", guard)
    monkeypatch.setattr(socket.socket, "connect_ex", guard)
    monkeypatch.setattr(socket, "getaddrinfo", guard)
    monkeypatch.setattr(socket, "create_connection", guard)

    from redact.documents import Document, Segment
    from redact.pipeline import Redactor
    from redact.policy import load_policy

    redactor = Redactor(load_policy("strict").policy)  # a fresh engine, built under the guard
    for text in (
        "Mom, it's Sergei Volkov, write to ivan.k@mail.ru or call +7 916 123-45-67.",
        "Мам, это Серёжа, пиши ivan.k@mail.ru, звони 8 (916) 123-45-67.",
    ):
        doc = Document("x.txt", "txt", text, (Segment(0, len(text), "text"),))
        red = redactor.redact(doc)
        assert red.counts.get("EMAIL_ADDRESS") == 1 and red.counts.get("PHONE_NUMBER") == 1
    assert attempts == []


def test_missing_model_is_a_clear_error() -> None:
    from redact.engine import check_model
    from redact.errors import ModelNotInstalledError

    with pytest.raises(ModelNotInstalledError, match="'en_core_web_lg' is not installed"):
        check_model("en_core_web_lg")
